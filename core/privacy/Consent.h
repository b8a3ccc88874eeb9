// Permission for marketing: purposes, their versioned wording, the ledger of grants, confirmations
// and withdrawals, and the state derived from it.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace relatio {

// Which contact details a purpose uses (and a marketing list for it carries).
enum class ConsentMedium { Email, Phone, Post, None };

enum class ConsentAction {
    Grant,      // permission given
    Confirm,    // the e-mail address confirmed the grant (double opt-in)
    Withdraw,   // permission taken back
};

// How a grant or withdrawal reached us.
enum class ConsentSource { WebForm, Email, Phone, Counter, Letter, Import, Other };

enum class ConsentStatus {
    None,       // never asked, or nothing recorded
    Pending,    // granted, waiting for the double opt-in confirmation
    Active,     // granted (and confirmed where the purpose needs it)
    Withdrawn,
};

// Stored codes ("grant", "web_form", "email") and back; nullopt for unknown codes.
QString consentActionCode(ConsentAction action);
std::optional<ConsentAction> consentActionFromCode(const QString &code);
QString consentSourceCode(ConsentSource source);
std::optional<ConsentSource> consentSourceFromCode(const QString &code);
QString consentMediumCode(ConsentMedium medium);
std::optional<ConsentMedium> consentMediumFromCode(const QString &code);
const QList<ConsentSource> &allConsentSources();
const QList<ConsentMedium> &allConsentMedia();

// Translated names for people.
QString consentActionName(ConsentAction action);
QString consentSourceName(ConsentSource source);
QString consentMediumName(ConsentMedium medium);
QString consentStatusName(ConsentStatus status);

struct ConsentPurpose
{
    qint64 id = 0;
    QString uuid;
    QString code;                 // "newsletter", "email_marketing", "phone", "post", "profiling"; empty for added ones
    QString name;                 // as named by the user; empty = the translated default of code
    ConsentMedium medium = ConsentMedium::None;
    bool requiresDoubleOptIn = false;
    int position = 0;
    bool retired = false;         // kept for the ledger, not offered for new grants

    QString displayName() const;
    static QString defaultName(const QString &code);
};

struct ConsentText
{
    qint64 id = 0;
    QString uuid;
    qint64 purposeId = 0;
    int version = 0;
    QString language;             // ISO 639-1 of the wording; may be empty
    QString wording;
    QDateTime createdAt;

    // "Version 2 (nl)".
    QString label() const;
};

struct ConsentEntry
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    qint64 purposeId = 0;
    ConsentAction action = ConsentAction::Grant;
    QDateTime occurredAt;         // when the person acted (UTC)
    ConsentSource source = ConsentSource::Other;
    qint64 textId = 0;            // grants: the wording shown; 0 = none
    int textVersion = 0;          // read with the entry
    QString textLanguage;
    QString confirmsUuid;         // confirmations: the grant confirmed
    QString evidence;             // form id, IP address, call reference, …
    QString recordedBy;
    QDateTime recordedAt;         // when it was stored (UTC)
};

// The state of one purpose for one customer, as the ledger says.
struct ConsentState
{
    ConsentPurpose purpose;
    ConsentStatus status = ConsentStatus::None;
    std::optional<ConsentEntry> basis;   // the grant or withdrawal the state rests on
    QDateTime confirmedAt;               // Active with double opt-in: when the address confirmed
};

// Derives the current state per purpose from a customer's entries (in any order). The latest grant
// or withdrawal decides, by when it happened (then when it was recorded, then its id); a grant for
// a purpose that needs double opt-in counts only once a confirmation of that very grant is there.
QList<ConsentState> deriveConsentStates(const QList<ConsentPurpose> &purposes, const QList<ConsentEntry> &entries);
ConsentState deriveConsentState(const ConsentPurpose &purpose, const QList<ConsentEntry> &entries);

} // namespace relatio
