// The contacts file: header names, and the words for channels, directions and kinds.
#include "csv/InteractionCsv.h"

#include <QLocale>

namespace relatio::csv {

namespace {

struct ColumnName
{
    InteractionColumn column;
    QLatin1StringView header;
};

constexpr ColumnName kNames[] = {
    {InteractionColumn::Uuid, QLatin1StringView("uuid")},
    {InteractionColumn::CustomerUuid, QLatin1StringView("customer_uuid")},
    {InteractionColumn::CustomerExternalId, QLatin1StringView("customer_external_id")},
    {InteractionColumn::CustomerEmail, QLatin1StringView("customer_email")},
    {InteractionColumn::OccurredAt, QLatin1StringView("occurred_at")},
    {InteractionColumn::Channel, QLatin1StringView("channel")},
    {InteractionColumn::Direction, QLatin1StringView("direction")},
    {InteractionColumn::Kind, QLatin1StringView("kind")},
    {InteractionColumn::Subject, QLatin1StringView("subject")},
    {InteractionColumn::Notes, QLatin1StringView("notes")},
    {InteractionColumn::HandledBy, QLatin1StringView("handled_by")},
    {InteractionColumn::Csat, QLatin1StringView("csat")},
    {InteractionColumn::Nps, QLatin1StringView("nps")},
    {InteractionColumn::TakenBy, QLatin1StringView("taken_by")},
    {InteractionColumn::TakenAt, QLatin1StringView("taken_at")},
    {InteractionColumn::ResolvedAt, QLatin1StringView("resolved_at")},
};

template<typename T>
void addWords(QHash<QString, T> &map, T value, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        map.insert(InteractionCsv::fold(QString::fromUtf8(w)), value);
}

// Header words people use (English, Dutch, Norwegian), folded. "customer id" is the customer's
// number in another system, as in the customer file; "id" alone is the contact's own.
const QHash<QString, InteractionColumn> &headerSynonyms()
{
    static const QHash<QString, InteractionColumn> map = [] {
        QHash<QString, InteractionColumn> m;
        using C = InteractionColumn;
        addWords(m, C::Uuid, {"uuid", "id", "interaction id", "interaction uuid", "relatio id", "contact uuid"});
        addWords(m, C::CustomerUuid,
                 {"customer uuid", "customer relatio id", "klant uuid", "klant relatio id", "kunde uuid",
                  "kunde relatio id"});
        addWords(m, C::CustomerExternalId,
                 {"customer external id", "external id", "customer number", "customer no", "customer id",
                  "account number", "account id", "client number", "klantnummer", "klantnr", "klant id",
                  "klantcode", "extern id", "externe id", "debiteurnummer", "debiteurnr", "relatienummer",
                  "relatienr", "kundenummer", "kundenr", "kunde id", "ekstern id", "reskontronummer"});
        addWords(m, C::CustomerEmail,
                 {"customer email", "customer e-mail", "customer mail", "email", "e-mail", "email address",
                  "mail", "klant e-mail", "klant email", "e-mailadres", "mailadres", "kunde e-post", "e-post",
                  "e-postadresse", "kunde epost"});
        addWords(m, C::OccurredAt,
                 {"occurred at", "occurred", "date", "date time", "time", "timestamp", "when", "contact date",
                  "contacted at", "datum", "datum tijd", "tijdstip", "tijd", "contactdatum", "wanneer", "dato",
                  "tidspunkt", "tid", "kontaktdato", "når"});
        addWords(m, C::Channel,
                 {"channel", "contact channel", "medium", "kanaal", "contactkanaal", "kanal", "kontaktkanal"});
        addWords(m, C::Direction, {"direction", "in out", "inbound outbound", "richting", "retning"});
        addWords(m, C::Kind,
                 {"kind", "type", "category", "contact type", "interaction type", "soort", "categorie",
                  "contactsoort", "aard", "kategori", "art", "kontakttype", "henvendelsestype"});
        addWords(m, C::Subject,
                 {"subject", "title", "topic", "summary", "onderwerp", "titel", "emne", "tittel", "sammendrag"});
        addWords(m, C::Notes,
                 {"notes", "note", "comments", "comment", "description", "details", "notities", "notitie",
                  "opmerkingen", "opmerking", "omschrijving", "beschrijving", "notater", "notat", "kommentar",
                  "kommentarer", "beskrivelse", "merknader", "merknad"});
        addWords(m, C::HandledBy,
                 {"handled by", "handler", "agent", "employee", "staff", "team member", "user", "owner",
                  "behandeld door", "behandelaar", "medewerker", "eigenaar", "behandlet av", "saksbehandler",
                  "ansatt", "medarbeider", "eier"});
        addWords(m, C::Csat,
                 {"csat", "csat score", "satisfaction", "customer satisfaction", "satisfaction score",
                  "tevredenheid", "klanttevredenheid", "tevredenheidsscore", "tilfredshet", "kundetilfredshet"});
        addWords(m, C::Nps,
                 {"nps", "nps score", "net promoter score", "recommendation", "likelihood to recommend",
                  "aanbeveling", "aanbevelingsscore", "anbefaling"});
        addWords(m, C::TakenBy,
                 {"taken by", "picked up by", "assigned to", "assignee", "opgepakt door", "toegewezen aan",
                  "tatt av", "tildelt", "tildelt til"});
        addWords(m, C::TakenAt,
                 {"taken at", "taken", "picked up at", "picked up", "assigned at", "opgepakt op", "opgepakt",
                  "toegewezen op", "tatt", "tatt dato", "tildelt dato"});
        addWords(m, C::ResolvedAt,
                 {"resolved at", "resolved", "closed at", "closed", "solved at", "solved", "opgelost op",
                  "opgelost", "afgehandeld op", "afgehandeld", "gesloten", "løst", "løst dato", "lukket",
                  "avsluttet"});
        return m;
    }();
    return map;
}

const QHash<QString, Direction> &directionWords()
{
    static const QHash<QString, Direction> map = [] {
        QHash<QString, Direction> m;
        addWords(m, Direction::In,
                 {"in", "incoming", "inbound", "received", "inkomend", "binnenkomend", "inkomende", "ontvangen",
                  "inn", "innkommende", "inngående", "mottatt"});
        addWords(m, Direction::Out,
                 {"out", "outgoing", "outbound", "sent", "uit", "uitgaand", "uitgaande", "verzonden", "verstuurd",
                  "ut", "utgående", "sendt"});
        return m;
    }();
    return map;
}

const QHash<QString, InteractionKind> &kindWords()
{
    static const QHash<QString, InteractionKind> map = [] {
        QHash<QString, InteractionKind> m;
        using K = InteractionKind;
        addWords(m, K::Question, {"question", "inquiry", "enquiry", "vraag", "spørsmål"});
        addWords(m, K::Complaint, {"complaint", "klacht", "klage"});
        addWords(m, K::Order, {"order", "purchase", "bestelling", "bestilling", "ordre"});
        addWords(m, K::Feedback,
                 {"feedback", "feedback or idea", "idea", "suggestion", "idee", "suggestie", "feedback of idee",
                  "tilbakemelding", "idé", "forslag", "tilbakemelding eller idé"});
        addWords(m, K::SelfService,
                 {"self_service", "self-service", "self-service action", "zelfservice", "selfservice",
                  "selfserviceactie", "zelfserviceactie", "selvbetjening", "selvbetjeningshandling"});
        addWords(m, K::Other, {"other", "overig", "overige", "anders", "annet", "annen", "andre"});
        return m;
    }();
    return map;
}

// The default channels' names besides their code and their translated name.
const QHash<QString, QString> &channelWords()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *code, std::initializer_list<const char *> words) {
            addWords(m, QString::fromLatin1(code), words);
        };
        add("phone", {"phone", "telephone", "tel", "call", "phone call", "telefoon", "telefonisch", "telefon",
                      "telefonsamtale"});
        add("email", {"email", "e-mail", "epost", "e-post"});
        add("web", {"web", "website", "web self-service", "webselfservice", "portal", "webportal",
                    "zelfservice web", "nettside", "nett", "selvbetjening på nett", "nettselvbetjening"});
        add("chat", {"chat", "live chat", "webchat", "nettprat"});
        add("social", {"social", "social media", "socials", "sociale media", "social medium", "sosiale medier",
                       "sosiale medium"});
        add("visit", {"visit", "in person", "meeting", "bezoek", "afspraak", "besøk", "møte", "oppmøte"});
        add("post", {"post", "letter", "postal mail", "brief", "per post", "brev"});
        add("app", {"app", "mobile app", "application", "mobiele app", "mobilapp"});
        return m;
    }();
    return map;
}

} // namespace

const QList<InteractionColumn> &interactionColumns()
{
    static const QList<InteractionColumn> columns = [] {
        QList<InteractionColumn> list;
        for (const ColumnName &n : kNames)
            list.append(n.column);
        return list;
    }();
    return columns;
}

QString headerName(InteractionColumn column)
{
    for (const ColumnName &n : kNames)
        if (n.column == column)
            return n.header;
    return {};
}

QString InteractionCsv::label(InteractionColumn column)
{
    switch (column) {
    case InteractionColumn::Uuid: return tr("Relatio id of the contact");
    case InteractionColumn::CustomerUuid: return tr("Customer's Relatio id");
    case InteractionColumn::CustomerExternalId: return tr("Customer's external id");
    case InteractionColumn::CustomerEmail: return tr("Customer's e-mail");
    case InteractionColumn::OccurredAt: return tr("Date and time");
    case InteractionColumn::Channel: return tr("Channel");
    case InteractionColumn::Direction: return tr("Direction");
    case InteractionColumn::Kind: return tr("Kind");
    case InteractionColumn::Subject: return tr("Subject");
    case InteractionColumn::Notes: return tr("Notes");
    case InteractionColumn::HandledBy: return tr("Handled by");
    case InteractionColumn::Csat: return tr("Satisfaction (CSAT)");
    case InteractionColumn::Nps: return tr("Recommendation (NPS)");
    case InteractionColumn::TakenBy: return tr("Taken by");
    case InteractionColumn::TakenAt: return tr("Taken at");
    case InteractionColumn::ResolvedAt: return tr("Resolved at");
    }
    return {};
}

QString InteractionCsv::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        // Letters that do not decompose, written as people without them on the keyboard do.
        switch (ch.unicode()) {
        case u'ø':
        case u'Ø': out.append(QLatin1Char('o')); continue;
        case u'æ':
        case u'Æ': out.append(QLatin1String("ae")); continue;
        case u'œ':
        case u'Œ': out.append(QLatin1String("oe")); continue;
        default: break;
        }
        if (ch.isLetterOrNumber() && ch.category() != QChar::Mark_NonSpacing)
            out.append(ch.toLower());
    }
    return out;
}

std::optional<InteractionColumn> InteractionCsv::guessColumn(const QString &header)
{
    const auto &map = headerSynonyms();
    const auto it = map.constFind(fold(header));
    if (it == map.constEnd())
        return std::nullopt;
    return *it;
}

bool InteractionCsv::isReasonColumn(const QString &header)
{
    return header.trimmed() == QLatin1String("reason");
}

std::optional<Direction> InteractionCsv::parseDirection(const QString &text)
{
    const QString folded = fold(text);
    const auto &map = directionWords();
    if (const auto it = map.constFind(folded); it != map.constEnd())
        return *it;
    // The names the program shows now, whatever its language.
    for (const Direction d : {Direction::In, Direction::Out})
        if (fold(directionName(d)) == folded)
            return d;
    return std::nullopt;
}

std::optional<InteractionKind> InteractionCsv::parseKind(const QString &text)
{
    const QString folded = fold(text);
    const auto &map = kindWords();
    if (const auto it = map.constFind(folded); it != map.constEnd())
        return *it;
    for (const InteractionKind k : allInteractionKinds())
        if (fold(kindName(k)) == folded)
            return k;
    return std::nullopt;
}

ChannelNames::ChannelNames(const QList<Channel> &channels)
{
    // Later entries win: the words for the default channels, then the names shown and the
    // renamed channels' own names, then the codes (which is what an export writes).
    const auto &words = channelWords();
    for (const Channel &c : channels) {
        if (c.code.isEmpty())
            continue;
        for (auto it = words.constBegin(); it != words.constEnd(); ++it)
            if (it.value() == c.code)
                m_byName.insert(it.key(), c.id);
    }
    QStringList known;
    for (const Channel &c : channels) {
        const QString shown = c.displayName();
        m_byName.insert(InteractionCsv::fold(shown), c.id);
        if (!c.code.isEmpty())
            m_byName.insert(InteractionCsv::fold(Channel::defaultName(c.code)), c.id);
        m_exportNames.insert(c.id, c.code.isEmpty() ? shown : c.code);
        known.append(c.code.isEmpty() || InteractionCsv::fold(shown) == c.code
                         ? shown
                         : tr("%1 (%2)", "a channel's name and its code").arg(shown, c.code));
    }
    for (const Channel &c : channels)
        if (!c.code.isEmpty())
            m_byName.insert(c.code, c.id);
    m_known = QLocale().createSeparatedList(known);
}

qint64 ChannelNames::find(const QString &text) const
{
    return m_byName.value(InteractionCsv::fold(text), 0);
}

} // namespace relatio::csv
