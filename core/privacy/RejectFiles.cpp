// Noting rejects files and removing a customer's rows from them.
#include "privacy/RejectFiles.h"

#include "csv/CsvReader.h"
#include "customers/PhoneNumbers.h"
#include "store/Database.h"
#include "util/Stamps.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace relatio {

namespace {

// Fewer digits than this are not a phone number worth matching (house numbers, postcodes).
constexpr int kMinPhoneDigits = 6;

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

// A field as a spreadsheet-safe export may have written it: a leading apostrophe removed.
QString plain(const QString &field)
{
    QString t = field.trimmed();
    if (t.startsWith(QLatin1Char('\'')))
        t.remove(0, 1);
    return t;
}

} // namespace

CustomerTraces CustomerTraces::of(const Customer &c)
{
    CustomerTraces t;
    for (const QString &v : {c.uuid, c.externalId, c.email, c.emailAlt, c.organisationName})
        if (!v.trimmed().isEmpty())
            t.values.append(v.trimmed());
    if (c.isPerson() && !c.givenName.isEmpty() && !c.familyName.isEmpty()) {
        t.values.append(c.displayName());
        t.givenName = c.givenName;
        t.familyName = c.familyName;
    }
    const QString forms = PhoneNumbers::searchForms({c.phone, c.mobile});
    for (const QString &f : forms.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (f.size() >= kMinPhoneDigits)
            t.phoneDigits.append(f);
    return t;
}

bool CustomerTraces::matches(const QStringList &fields) const
{
    bool given = false;
    bool family = false;
    for (const QString &field : fields) {
        const QString f = plain(field);
        if (f.isEmpty())
            continue;
        for (const QString &v : values)
            if (f.compare(v, Qt::CaseInsensitive) == 0)
                return true;
        const QString digits = digitsOf(f);
        if (digits.size() >= kMinPhoneDigits && phoneDigits.contains(digits))
            return true;
        given = given || (!givenName.isEmpty() && f.compare(givenName, Qt::CaseInsensitive) == 0);
        family = family || (!familyName.isEmpty() && f.compare(familyName, Qt::CaseInsensitive) == 0);
    }
    return given && family;
}

bool CustomerTraces::mentionedIn(const QString &text) const
{
    for (const QString &v : values)
        if (text.contains(v, Qt::CaseInsensitive))
            return true;
    return false;
}

Result<void> RejectFiles::note(const QSqlDatabase &db, const QString &path, qint64 batchId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO import_reject_file (path, written_at, batch_id) VALUES (?, ?, ?)"
                             " ON CONFLICT (path) DO UPDATE SET written_at = excluded.written_at,"
                             " batch_id = excluded.batch_id"));
    q.addBindValue(QFileInfo(path).absoluteFilePath());
    q.addBindValue(nowStored());
    q.addBindValue(batchId > 0 ? QVariant(batchId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Noting the rejects file %1").arg(path)));
    return {};
}

Result<QStringList> RejectFiles::noted(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT path FROM import_reject_file ORDER BY id")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the list of rejects files")));
    QStringList paths;
    while (q.next())
        paths.append(q.value(0).toString());
    return paths;
}

Result<qint64> RejectFiles::scrubFile(const QString &path, const CustomerTraces &traces)
{
    QByteArray data;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        data = file.readAll();
    }
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    csv::Options options;
    options.requireSameFieldCount = false;
    options.strictQuotes = false;
    csv::CsvReader reader(&buffer, path, options);
    if (auto opened = reader.open(); !opened) {
        if (reader.lastProblem() == csv::Problem::EmptyFile)
            return 0;
        return std::unexpected(opened.error());
    }

    // Each record's start, and whether it goes; a record runs to the start of the next one.
    struct Piece
    {
        qint64 start;
        bool unread;  // a record the reader could not split: judged on its raw text
        bool drop;
    };
    std::vector<Piece> pieces;
    bool header = true;
    while (auto next = reader.next()) {
        if (!*next) {
            if (csv::isFatal(reader.lastProblem()))
                return std::unexpected(next->error());
            if (reader.lastProblemByteOffset() >= 0)
                pieces.push_back(Piece{reader.lastProblemByteOffset(), true, false});
            continue;
        }
        const csv::Record &record = **next;
        pieces.push_back(Piece{record.byteOffset, false, !header && traces.matches(record.fields)});
        header = false;
    }
    if (pieces.empty())
        return 0;
    qint64 removed = 0;
    QByteArray kept = data.left(pieces.front().start); // the byte order mark
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const qint64 end = i + 1 < pieces.size() ? pieces[i + 1].start : data.size();
        const QByteArray bytes = data.mid(pieces[i].start, end - pieces[i].start);
        const bool drop = pieces[i].unread ? traces.mentionedIn(QString::fromUtf8(bytes)) : pieces[i].drop;
        if (drop)
            ++removed;
        else
            kept.append(bytes);
    }
    if (removed == 0)
        return 0;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size() || !out.commit())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, out.errorString()));
    return removed;
}

RejectScrub RejectFiles::scrub(const QStringList &paths, const CustomerTraces &traces)
{
    RejectScrub report;
    if (traces.isEmpty())
        return report;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            report.missing.append(path);
            continue;
        }
        const auto removed = scrubFile(path, traces);
        if (!removed) {
            report.failed.append(removed.error().message);
            continue;
        }
        if (*removed > 0) {
            ++report.filesChanged;
            report.rowsRemoved += *removed;
        }
    }
    return report;
}

} // namespace relatio
