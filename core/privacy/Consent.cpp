// Codes and translated names of the consent vocabulary, and the state derived from the ledger.
#include "privacy/Consent.h"

#include <QCoreApplication>

#include <tuple>

namespace relatio {

namespace {

template<typename E>
struct CodeEntry
{
    E value;
    const char *code;
    const char *name;
};

const CodeEntry<ConsentAction> kActions[] = {
    {ConsentAction::Grant, "grant", QT_TRANSLATE_NOOP("Consent", "Permission given")},
    {ConsentAction::Confirm, "confirm", QT_TRANSLATE_NOOP("Consent", "Address confirmed")},
    {ConsentAction::Withdraw, "withdraw", QT_TRANSLATE_NOOP("Consent", "Permission withdrawn")},
};

const CodeEntry<ConsentSource> kSources[] = {
    {ConsentSource::WebForm, "web_form", QT_TRANSLATE_NOOP("Consent", "Web form")},
    {ConsentSource::Email, "email", QT_TRANSLATE_NOOP("Consent", "E-mail")},
    {ConsentSource::Phone, "phone", QT_TRANSLATE_NOOP("Consent", "Phone call")},
    {ConsentSource::Counter, "counter", QT_TRANSLATE_NOOP("Consent", "At the counter")},
    {ConsentSource::Letter, "letter", QT_TRANSLATE_NOOP("Consent", "Letter")},
    {ConsentSource::Import, "import", QT_TRANSLATE_NOOP("Consent", "Import")},
    {ConsentSource::Other, "other", QT_TRANSLATE_NOOP("Consent", "Other")},
};

const CodeEntry<ConsentMedium> kMedia[] = {
    {ConsentMedium::Email, "email", QT_TRANSLATE_NOOP("Consent", "E-mail")},
    {ConsentMedium::Phone, "phone", QT_TRANSLATE_NOOP("Consent", "Phone")},
    {ConsentMedium::Post, "post", QT_TRANSLATE_NOOP("Consent", "Post")},
    {ConsentMedium::None, "none", QT_TRANSLATE_NOOP("Consent", "No contact (use of data)")},
};

struct PurposeEntry
{
    const char *code;
    const char *name;
};

const PurposeEntry kPurposes[] = {
    {"newsletter", QT_TRANSLATE_NOOP("ConsentPurpose", "E-mail newsletter")},
    {"email_marketing", QT_TRANSLATE_NOOP("ConsentPurpose", "Other e-mail marketing")},
    {"phone", QT_TRANSLATE_NOOP("ConsentPurpose", "Phone marketing")},
    {"post", QT_TRANSLATE_NOOP("ConsentPurpose", "Marketing by post")},
    {"profiling", QT_TRANSLATE_NOOP("ConsentPurpose", "Profiling and personalisation")},
};

template<typename E, std::size_t N>
QString codeOf(const CodeEntry<E> (&table)[N], E value)
{
    for (const auto &e : table)
        if (e.value == value)
            return QLatin1String(e.code);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const CodeEntry<E> (&table)[N], const QString &code)
{
    for (const auto &e : table)
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString nameOf(const CodeEntry<E> (&table)[N], E value)
{
    for (const auto &e : table)
        if (e.value == value)
            return QCoreApplication::translate("Consent", e.name);
    return {};
}

template<typename E, std::size_t N>
QList<E> valuesOf(const CodeEntry<E> (&table)[N])
{
    QList<E> list;
    for (const auto &e : table)
        list.append(e.value);
    return list;
}

// The order in which entries happened: when the person acted, then when it was recorded.
auto orderKey(const ConsentEntry &e)
{
    return std::make_tuple(e.occurredAt, e.recordedAt, e.id);
}

} // namespace

QString consentActionCode(ConsentAction action) { return codeOf(kActions, action); }
std::optional<ConsentAction> consentActionFromCode(const QString &code) { return fromCode(kActions, code); }
QString consentSourceCode(ConsentSource source) { return codeOf(kSources, source); }
std::optional<ConsentSource> consentSourceFromCode(const QString &code) { return fromCode(kSources, code); }
QString consentMediumCode(ConsentMedium medium) { return codeOf(kMedia, medium); }
std::optional<ConsentMedium> consentMediumFromCode(const QString &code) { return fromCode(kMedia, code); }
QString consentActionName(ConsentAction action) { return nameOf(kActions, action); }
QString consentSourceName(ConsentSource source) { return nameOf(kSources, source); }
QString consentMediumName(ConsentMedium medium) { return nameOf(kMedia, medium); }

const QList<ConsentSource> &allConsentSources()
{
    static const QList<ConsentSource> list = valuesOf(kSources);
    return list;
}

const QList<ConsentMedium> &allConsentMedia()
{
    static const QList<ConsentMedium> list = valuesOf(kMedia);
    return list;
}

QString consentStatusName(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::None: return QCoreApplication::translate("Consent", "Not asked");
    case ConsentStatus::Pending: return QCoreApplication::translate("Consent", "Waiting for confirmation");
    case ConsentStatus::Active: return QCoreApplication::translate("Consent", "Given");
    case ConsentStatus::Withdrawn: return QCoreApplication::translate("Consent", "Withdrawn");
    }
    return {};
}

QString ConsentPurpose::defaultName(const QString &code)
{
    for (const PurposeEntry &e : kPurposes)
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("ConsentPurpose", e.name);
    return {};
}

QString ConsentPurpose::displayName() const
{
    if (!name.isEmpty())
        return name;
    const QString builtIn = defaultName(code);
    return builtIn.isEmpty() ? code : builtIn;
}

QString ConsentText::label() const
{
    if (language.isEmpty())
        return QCoreApplication::translate("Consent", "Version %1").arg(version);
    return QCoreApplication::translate("Consent", "Version %1 (%2)").arg(version).arg(language);
}

ConsentState deriveConsentState(const ConsentPurpose &purpose, const QList<ConsentEntry> &entries)
{
    ConsentState state;
    state.purpose = purpose;
    const ConsentEntry *latest = nullptr;
    for (const ConsentEntry &e : entries) {
        if (e.purposeId != purpose.id || e.action == ConsentAction::Confirm)
            continue;
        if (!latest || orderKey(*latest) < orderKey(e))
            latest = &e;
    }
    if (!latest)
        return state;
    state.basis = *latest;
    if (latest->action == ConsentAction::Withdraw) {
        state.status = ConsentStatus::Withdrawn;
        return state;
    }
    for (const ConsentEntry &e : entries) {
        if (e.action == ConsentAction::Confirm && e.confirmsUuid == latest->uuid
            && (!state.confirmedAt.isValid() || e.occurredAt < state.confirmedAt))
            state.confirmedAt = e.occurredAt;
    }
    state.status = !purpose.requiresDoubleOptIn || state.confirmedAt.isValid() ? ConsentStatus::Active
                                                                                : ConsentStatus::Pending;
    return state;
}

QList<ConsentState> deriveConsentStates(const QList<ConsentPurpose> &purposes, const QList<ConsentEntry> &entries)
{
    QList<ConsentState> states;
    states.reserve(purposes.size());
    for (const ConsentPurpose &p : purposes)
        states.append(deriveConsentState(p, entries));
    return states;
}

} // namespace relatio
