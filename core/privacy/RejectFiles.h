// The rejects files imports write (the rows with errors, to be fixed and imported again): noted in
// the store when written, so that erasing a customer can remove the rows about them from each.
#pragma once

#include "customers/Customer.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace relatio {

// What identifies a customer in a row of a file: values compared whole (case ignored), the digit
// forms of their phone numbers, and the pair of given and family name.
struct CustomerTraces
{
    QStringList values;       // uuid, external id, e-mail addresses, full name, organisation name
    QStringList phoneDigits;  // "31612345678", "0612345678", "612345678"
    QString givenName;
    QString familyName;

    static CustomerTraces of(const Customer &customer);
    bool isEmpty() const { return values.isEmpty() && phoneDigits.isEmpty(); }
    // True when a field is one of the values or numbers, or the row names the person (given and
    // family name in fields of their own).
    bool matches(const QStringList &fields) const;
    // For text that could not be split into fields: any of the values inside it.
    bool mentionedIn(const QString &text) const;
};

struct RejectScrub
{
    int filesChanged = 0;
    qint64 rowsRemoved = 0;
    QStringList missing;      // noted files that are no longer there (moved, deleted, on a drive not attached)
    QStringList failed;       // "path: reason" for files that could not be read or written
};

class RejectFiles
{
    Q_DECLARE_TR_FUNCTIONS(RejectFiles)

public:
    // Notes a rejects file (made absolute), inside the import's write transaction. batchId 0: none.
    static Result<void> note(const QSqlDatabase &db, const QString &path, qint64 batchId);
    static Result<QStringList> noted(const QSqlDatabase &db);

    // Removes from each file the rows that match the traces, keeping the header and every other
    // row byte for byte. Each file is replaced in one step (written beside it, then renamed).
    static RejectScrub scrub(const QStringList &paths, const CustomerTraces &traces);
    // One file; returns the rows removed.
    static Result<qint64> scrubFile(const QString &path, const CustomerTraces &traces);
};

} // namespace relatio
