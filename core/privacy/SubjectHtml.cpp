// The personal-data document for people: what SubjectExport::collect() gathered, laid out so that
// it reads on a screen and on A4. Tables people know get their own columns with names resolved
// (a contact's channel, a permission's purpose); any other table is shown row by row, field by field.
#include "privacy/SubjectExport.h"

#include "csv/CustomerCsv.h"
#include "interactions/Interaction.h"
#include "orders/Money.h"
#include "privacy/ChangeHistory.h"
#include "privacy/Consent.h"
#include "util/Stamps.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace relatio {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubjectExport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString plain(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Double: return QLocale::c().toString(v.toDouble(), 'g', 15);
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// A stored time in local time; other text as it is.
QString shown(const QJsonValue &v)
{
    const QString text = plain(v);
    if (text.size() >= 20 && text.endsWith(QLatin1Char('Z')) && text.at(10) == QLatin1Char('T')) {
        const QDateTime t = fromStoredTime(text);
        if (t.isValid())
            return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
    }
    return text;
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return QStringLiteral("<p class=\"none\">%1</p>\n").arg(esc(Text::tr("Nothing held.")));
    QString html = QStringLiteral("<table width=\"100%\">\n<tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

class Document
{
public:
    explicit Document(const QJsonObject &subject)
        : m_subject(subject)
        , m_records(subject.value(QStringLiteral("records")).toObject())
        , m_columns(subject.value(QStringLiteral("columns")).toObject())
    {
        const QJsonObject referenced = subject.value(QStringLiteral("referenced")).toObject();
        for (auto it = referenced.constBegin(); it != referenced.constEnd(); ++it)
            for (const QJsonValue &row : it.value().toArray())
                m_referenced[it.key()].insert(row.toObject().value(QStringLiteral("id")).toInteger(), row.toObject());
    }

    QString html()
    {
        const QJsonObject summary = m_subject.value(QStringLiteral("summary")).toObject();
        const QString title = Text::tr("Personal data held about %1").arg(summary.value(QStringLiteral("display_name")).toString());
        QString html = QStringLiteral(
                           "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>"
                           "body{font-family:sans-serif;max-width:60em}"
                           "table{border-collapse:collapse;margin-bottom:1em}"
                           "th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}"
                           "th{background:#eee}.none,.note{color:#555}"
                           "</style></head><body>\n<h1>%1</h1>\n")
                           .arg(esc(title));
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(Text::tr("Everything Relatio holds about this customer, exported on %1 by %2.")
                                 .arg(shown(m_subject.value(QStringLiteral("exported_at"))),
                                      m_subject.value(QStringLiteral("exported_by")).toString())));
        html += record(summary) + permissions(summary);
        for (auto it = m_records.constBegin(); it != m_records.constEnd(); ++it) {
            if (it.key() == QLatin1String("customer_tag"))
                continue; // shown with the record
            html += QStringLiteral("<h2>%1</h2>\n").arg(esc(SubjectExport::tableTitle(it.key())))
                + section(it.key(), it.value().toArray());
        }
        html += QStringLiteral("<p class=\"note\">%1</p>\n")
                    .arg(esc(Text::tr("The JSON file exported with this document holds the same data completely, "
                                      "with every stored field and the records these refer to.")));
        return html + QStringLiteral("</body></html>\n");
    }

private:
    QStringList columnsOf(const QString &table, const QJsonObject &sample) const
    {
        QStringList names;
        for (const QJsonValue &v : m_columns.value(table).toArray())
            names.append(v.toString());
        return names.isEmpty() ? sample.keys() : names;
    }

    QJsonObject referencedRow(const QString &table, const QJsonValue &id) const
    {
        return m_referenced.value(table).value(id.toInteger());
    }

    QString record(const QJsonObject &summary) const
    {
        using csv::CustomerColumn;
        const QJsonObject customer = m_subject.value(QStringLiteral("customer")).toObject();
        struct Field
        {
            const char *column;
            CustomerColumn label;
        };
        static const Field fields[] = {
            {"uuid", CustomerColumn::Id},           {"external_id", CustomerColumn::ExternalId},
            {"kind", CustomerColumn::Kind},         {"given_name", CustomerColumn::GivenName},
            {"family_name", CustomerColumn::FamilyName}, {"organisation_name", CustomerColumn::Organisation},
            {"email", CustomerColumn::Email},       {"email_alt", CustomerColumn::EmailAlt},
            {"phone", CustomerColumn::Phone},       {"mobile", CustomerColumn::Mobile},
            {"street", CustomerColumn::Street},     {"postcode", CustomerColumn::Postcode},
            {"city", CustomerColumn::City},         {"country", CustomerColumn::Country},
            {"language", CustomerColumn::Language}, {"notes", CustomerColumn::Notes},
            {"created_at", CustomerColumn::CreatedAt}, {"updated_at", CustomerColumn::UpdatedAt},
        };
        QString html = QStringLiteral("<h2>%1</h2>\n<table width=\"100%\">\n").arg(esc(Text::tr("The record")));
        auto row = [&html](const QString &label, const QString &value) {
            html += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>\n").arg(esc(label), esc(value));
        };
        for (const Field &f : fields) {
            const QString column = QLatin1String(f.column);
            QString value = shown(customer.value(column));
            if (column == QLatin1String("kind"))
                value = value == QLatin1String("organisation") ? Text::tr("Organisation") : Text::tr("Person");
            if (column == QLatin1String("organisation_name") && value.isEmpty())
                continue;
            row(csv::CustomerCsv::label(f.label), value);
        }
        const QJsonObject org = summary.value(QStringLiteral("organisation")).toObject();
        if (!org.isEmpty())
            row(Text::tr("Member of"), org.value(QStringLiteral("name")).toString());
        row(csv::CustomerCsv::label(CustomerColumn::Owner), summary.value(QStringLiteral("owner")).toString());
        QStringList tags;
        for (const QJsonValue &t : summary.value(QStringLiteral("tags")).toArray())
            tags.append(t.toString());
        row(csv::CustomerCsv::label(CustomerColumn::Tags), tags.join(QStringLiteral("; ")));
        if (!customer.value(QStringLiteral("deleted_at")).isNull())
            row(Text::tr("Deleted"), shown(customer.value(QStringLiteral("deleted_at"))));
        html += QStringLiteral("</table>\n");
        return html + QStringLiteral("<p class=\"note\">%1</p>\n")
                          .arg(esc(Text::tr("Also stored, derived from the above for sorting and search: the "
                                            "organisation's name, sort keys and the digits of the phone numbers.")));
    }

    QString permissions(const QJsonObject &summary) const
    {
        QList<QStringList> rows;
        QString wordings;
        for (const QJsonValue &v : summary.value(QStringLiteral("consents")).toArray()) {
            const QJsonObject c = v.toObject();
            QString state = c.value(QStringLiteral("status")).toString();
            if (c.contains(QStringLiteral("confirmed_at")))
                state += QLatin1Char(' ')
                    + Text::tr("(address confirmed %1)").arg(shown(c.value(QStringLiteral("confirmed_at"))));
            rows.append({c.value(QStringLiteral("purpose")).toString(), state, shown(c.value(QStringLiteral("since"))),
                         c.value(QStringLiteral("source")).toString()});
            if (c.contains(QStringLiteral("wording")))
                wordings += QStringLiteral("<p><b>%1</b> (%2): “%3”</p>\n")
                                .arg(esc(c.value(QStringLiteral("purpose")).toString()),
                                     esc(Text::tr("version %1").arg(c.value(QStringLiteral("text_version")).toInteger())),
                                     esc(c.value(QStringLiteral("wording")).toString()));
        }
        QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(Text::tr("Permissions")));
        html += table({Text::tr("Purpose"), Text::tr("State"), Text::tr("Since"), Text::tr("How")}, rows);
        if (!wordings.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(esc(Text::tr("The wording shown when the permissions in force were given:")))
                + wordings;
        return html;
    }

    QString section(const QString &name, const QJsonArray &list) const
    {
        QList<QStringList> rows;
        if (name == QLatin1String("interaction")) {
            for (const QJsonValue &v : list) {
                const QJsonObject r = v.toObject();
                const QJsonObject ch = referencedRow(QStringLiteral("channel"), r.value(QStringLiteral("channel_id")));
                Channel channel;
                channel.code = ch.value(QStringLiteral("code")).toString();
                channel.name = ch.value(QStringLiteral("name")).toString();
                const auto direction = directionFromCode(r.value(QStringLiteral("direction")).toString());
                const auto kind = kindFromCode(r.value(QStringLiteral("kind")).toString());
                QStringList scores;
                if (!r.value(QStringLiteral("csat")).isNull())
                    scores.append(QStringLiteral("CSAT %1").arg(r.value(QStringLiteral("csat")).toInteger()));
                if (!r.value(QStringLiteral("nps")).isNull())
                    scores.append(QStringLiteral("NPS %1").arg(r.value(QStringLiteral("nps")).toInteger()));
                rows.append({shown(r.value(QStringLiteral("occurred_at"))),
                             channel.displayName() + (direction ? QStringLiteral(", ") + directionName(*direction) : QString()),
                             kind ? kindName(*kind) : QString(), r.value(QStringLiteral("subject")).toString(),
                             r.value(QStringLiteral("notes")).toString(), scores.join(QStringLiteral(", "))});
            }
            return table({Text::tr("When"), Text::tr("Channel"), Text::tr("Kind"), Text::tr("Subject"), Text::tr("Notes"),
                          Text::tr("Scores")},
                         rows);
        }
        if (name == QLatin1String("purchase")) {
            for (const QJsonValue &v : list) {
                const QJsonObject r = v.toObject();
                const QJsonObject product = referencedRow(QStringLiteral("product"), r.value(QStringLiteral("product_id")));
                const QJsonObject ch = referencedRow(QStringLiteral("channel"), r.value(QStringLiteral("channel_id")));
                Channel channel;
                channel.code = ch.value(QStringLiteral("code")).toString();
                channel.name = ch.value(QStringLiteral("name")).toString();
                const QString currency = r.value(QStringLiteral("currency")).toString();
                QString what = product.value(QStringLiteral("name")).toString();
                if (!product.value(QStringLiteral("category")).toString().isEmpty())
                    what += QStringLiteral(" (%1)").arg(product.value(QStringLiteral("category")).toString());
                if (!r.value(QStringLiteral("deleted_at")).isNull())
                    what += QLatin1Char('\n') + Text::tr("deleted %1").arg(shown(r.value(QStringLiteral("deleted_at"))));
                rows.append({plain(r.value(QStringLiteral("ordered_on"))), r.value(QStringLiteral("external_id")).toString(),
                             what, QString::number(r.value(QStringLiteral("quantity")).toInteger()),
                             Money::format(r.value(QStringLiteral("amount_cents")).toInteger(), currency),
                             ch.isEmpty() ? QString() : channel.displayName()});
            }
            return table({Text::tr("Day"), Text::tr("Order"), Text::tr("Product"), Text::tr("Quantity"),
                          Text::tr("Amount"), Text::tr("Channel")},
                         rows);
        }
        if (name == QLatin1String("follow_up")) {
            for (const QJsonValue &v : list) {
                const QJsonObject r = v.toObject();
                rows.append({plain(r.value(QStringLiteral("due_date"))), r.value(QStringLiteral("note")).toString(),
                             shown(r.value(QStringLiteral("done_at")))});
            }
            return table({Text::tr("Due"), Text::tr("Note"), Text::tr("Done")}, rows);
        }
        if (name == QLatin1String("consent_entry")) {
            for (const QJsonValue &v : list) {
                const QJsonObject r = v.toObject();
                const QJsonObject p = referencedRow(QStringLiteral("consent_purpose"), r.value(QStringLiteral("purpose_id")));
                ConsentPurpose purpose;
                purpose.code = p.value(QStringLiteral("code")).toString();
                purpose.name = p.value(QStringLiteral("name")).toString();
                const QJsonObject text = referencedRow(QStringLiteral("consent_text"), r.value(QStringLiteral("text_id")));
                const auto action = consentActionFromCode(r.value(QStringLiteral("action")).toString());
                const auto source = consentSourceFromCode(r.value(QStringLiteral("source")).toString());
                QString what = action ? consentActionName(*action) : QString();
                if (source)
                    what += QStringLiteral(" (%1)").arg(consentSourceName(*source));
                if (!text.isEmpty())
                    what += QLatin1Char('\n') + Text::tr("wording version %1").arg(text.value(QStringLiteral("version")).toInteger());
                rows.append({shown(r.value(QStringLiteral("occurred_at"))), purpose.displayName(), what,
                             r.value(QStringLiteral("evidence")).toString(), r.value(QStringLiteral("recorded_by")).toString()});
            }
            return table({Text::tr("When"), Text::tr("Purpose"), Text::tr("What"), Text::tr("Evidence"),
                          Text::tr("Recorded by")},
                         rows);
        }
        if (name == QLatin1String("customer_change")) {
            for (const QJsonValue &v : list) {
                const QJsonObject r = v.toObject();
                const QString field = r.value(QStringLiteral("field")).toString();
                CustomerChange change;
                change.field = field;
                change.newValue = r.value(QStringLiteral("new_value")).toString();
                const bool event = field == ChangeHistory::kRecord || field == ChangeHistory::kDeleted;
                rows.append({shown(r.value(QStringLiteral("changed_at"))),
                             event ? ChangeHistory::eventName(change) : ChangeHistory::fieldLabel(field),
                             event ? QString() : r.value(QStringLiteral("old_value")).toString(),
                             event ? QString() : change.newValue, r.value(QStringLiteral("changed_by")).toString()});
            }
            return table({Text::tr("When"), Text::tr("What"), Text::tr("Was"), Text::tr("Became"), Text::tr("By")}, rows);
        }
        if (name == QLatin1String("import_change")) {
            for (const QJsonValue &v : list) {
                const QJsonObject r = v.toObject();
                const QJsonObject batch = referencedRow(QStringLiteral("import_batch"), r.value(QStringLiteral("batch_id")));
                const QJsonObject before = QJsonDocument::fromJson(r.value(QStringLiteral("before")).toString().toUtf8()).object();
                const QJsonObject after = QJsonDocument::fromJson(r.value(QStringLiteral("after")).toString().toUtf8()).object();
                QStringList changed;
                for (auto it = after.constBegin(); it != after.constEnd(); ++it)
                    if (before.value(it.key()) != it.value())
                        changed.append(QStringLiteral("%1: %2 → %3")
                                           .arg(ChangeHistory::fieldLabel(it.key()), plain(before.value(it.key())),
                                                plain(it.value())));
                rows.append({shown(batch.value(QStringLiteral("created_at"))), batch.value(QStringLiteral("file_name")).toString(),
                             changed.join(QLatin1Char('\n'))});
            }
            return table({Text::tr("When"), Text::tr("File"), Text::tr("Changed")}, rows);
        }
        return fieldByField(name, list);
    }

    // A table this document does not know: each row as its fields and values.
    QString fieldByField(const QString &name, const QJsonArray &list) const
    {
        if (list.isEmpty())
            return table({}, {});
        QString html;
        const QStringList columns = columnsOf(name, list.first().toObject());
        for (const QJsonValue &v : list) {
            const QJsonObject r = v.toObject();
            html += QStringLiteral("<table width=\"100%\">\n");
            for (const QString &c : columns)
                html += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>\n").arg(esc(c), esc(shown(r.value(c))));
            html += QStringLiteral("</table>\n");
        }
        return html;
    }

    const QJsonObject &m_subject;
    QJsonObject m_records;
    QJsonObject m_columns;
    QHash<QString, QHash<qint64, QJsonObject>> m_referenced;
};

} // namespace

QString SubjectExport::toHtml(const QJsonObject &subject)
{
    return Document(subject).html();
}

} // namespace relatio
