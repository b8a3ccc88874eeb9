// Marketing lists: a mailing or call list for one purpose holds only the live customers whose
// permission for it is in force (confirmed by the address where the purpose needs double opt-in),
// and each list written is logged: who, when, which purpose, how many.
#pragma once

#include "privacy/Consent.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace relatio {

struct MarketingExportOptions
{
    QChar delimiter = QLatin1Char(',');  // ',' or ';'
    bool bom = false;                    // UTF-8 with a byte order mark, for Excel
};

struct MarketingExportSummary
{
    qint64 written = 0;          // customers in the file
    qint64 withoutContact = 0;   // with permission but without the address or number the list needs
    QString purpose;             // as shown
};

struct MarketingExportLogEntry
{
    qint64 id = 0;
    QString purpose;
    QDateTime exportedAt;
    QString exportedBy;
    qint64 customers = 0;
    QString fileName;
};

class MarketingExporter
{
    Q_DECLARE_TR_FUNCTIONS(MarketingExporter)

public:
    explicit MarketingExporter(DatabasePtr db);

    // Who exports, for the log; the user running the program by default.
    void setActor(const QString &who);

    // The live customers with permission in force for the purpose, in id order (whether or not
    // they have the contact details the list needs).
    Result<std::vector<qint64>> eligible(qint64 purposeId) const;

    // The file's columns for a purpose's medium: id, names, organisation, language, the contact
    // details (e-mail; phone and mobile; the address), and the permission's evidence.
    static QStringList headerFor(ConsentMedium medium);

    // Writes the list (beside the target, renamed into place when complete) and logs it, in one
    // step: a failure leaves neither file nor log entry.
    Result<MarketingExportSummary> exportList(qint64 purposeId, const QString &path,
                                              const MarketingExportOptions &options = {});

    // The logged exports, newest first.
    Result<QList<MarketingExportLogEntry>> log() const;

private:
    DatabasePtr m_db;
    QString m_actor;
};

} // namespace relatio
