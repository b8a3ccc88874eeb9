// relatio-cli's privacy commands: the marketing list of a purpose, the personal-data export of
// a customer, and erasure.
#include "CliSupport.h"
#include "privacy/ConsentRepository.h"
#include "privacy/CustomerReferences.h"
#include "privacy/Erasure.h"
#include "privacy/MarketingExporter.h"
#include "privacy/SubjectExport.h"
#include "store/Database.h"

#include <QLocale>

namespace relatio::cli {

// The privacy commands act for the user logged in (recorded with the export or erasure).
int exportMarketing(const Store &store, const QString &purposeName, const QString &file,
                    const MarketingExportOptions &options)
{
    auto db = openStore(store.dbPath, store.server, store.passwordStdin);
    if (!db)
        return failure(db.error());
    const auto purpose = ConsentRepository(*db).findPurpose(purposeName);
    if (!purpose)
        return usageError(purpose.error().message);
    const auto summary = MarketingExporter(*db).exportList(purpose->id, file, options);
    if (!summary)
        return failure(summary.error());
    const QLocale locale;
    out() << (summary->written == 1
                  ? Cli::tr("Exported 1 customer with permission for \"%1\" to %2.").arg(summary->purpose, file)
                  : Cli::tr("Exported %1 customers with permission for \"%2\" to %3.")
                        .arg(locale.toString(summary->written), summary->purpose, file))
          << "\n";
    if (summary->withoutContact > 0)
        out() << Cli::tr("Left out: %1 with permission but without the contact details the list needs.")
                     .arg(locale.toString(summary->withoutContact))
              << "\n";
    return Success;
}

int exportSubject(const Store &store, const QString &customer, const QString &file)
{
    auto db = openStore(store.dbPath, store.server, store.passwordStdin);
    if (!db)
        return failure(db.error());
    const auto id = CustomerReferences::resolve((*db)->connection(), customer);
    if (!id)
        return failure(id.error());
    const auto written = SubjectExport(*db).write(*id, SubjectExport::pathsFor(file));
    if (!written)
        return failure(written.error());
    out() << Cli::tr("Wrote everything held about customer %1 to %2 and %3.").arg(customer, written->json, written->html)
          << "\n";
    return Success;
}

int eraseCustomer(const Store &store, const QString &customer)
{
    auto db = openStore(store.dbPath, store.server, store.passwordStdin);
    if (!db)
        return failure(db.error());
    const auto id = CustomerReferences::resolve((*db)->connection(), customer);
    if (!id)
        return failure(id.error());
    const auto report = Erasure(*db).erase(*id);
    if (!report)
        return failure(report.error());
    const QLocale locale;
    QStringList tables;
    for (const auto &removed : report->rowsRemoved)
        if (removed.second > 0)
            tables.append(QStringLiteral("%1 %2").arg(removed.first, locale.toString(removed.second)));
    out() << Cli::tr("Erased customer %1 (%2): %3 rows (%4). Only a tombstone with the Relatio id is left.")
                 .arg(customer, report->uuid, locale.toString(report->totalRemoved()), tables.join(QStringLiteral(", ")))
          << "\n";
    if (report->membersUnlinked > 0)
        out() << Cli::tr("%1 people who belonged to it keep their records, without the organisation.")
                     .arg(locale.toString(report->membersUnlinked))
              << "\n";
    for (const auto &kept : report->rowsUnlinked)
        out() << Cli::tr("%1: %2 rows are kept without the link to the customer.")
                     .arg(kept.first, locale.toString(kept.second))
              << "\n";
    if (report->rejects.rowsRemoved > 0)
        out() << Cli::tr("Removed %1 rows about the customer from %2 rejects files.")
                     .arg(locale.toString(report->rejects.rowsRemoved), locale.toString(report->rejects.filesChanged))
              << "\n";
    for (const QString &missing : report->rejects.missing)
        out() << Cli::tr("Not found (moved or deleted?), so not checked: %1").arg(missing) << "\n";
    if (!report->logCleared)
        out() << Cli::tr("Another program is reading the database: the old pages leave its log when that program "
                         "closes it.")
              << "\n";
    for (const QString &failed : report->rejects.failed)
        err() << "relatio-cli: " << failed << "\n";
    return report->rejects.failed.isEmpty() ? Success : Failure;
}

} // namespace relatio::cli
