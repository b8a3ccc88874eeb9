// The right of access: everything Relatio holds about one customer, as JSON (complete, for
// machines and for moving the data elsewhere) and as an HTML document people can read.
//
// Complete means: the customer's row, and every row of every table that refers to it, found from
// the foreign keys in the schema (so tables added later are included without a change here), plus
// the rows those rows point to that explain them (the wording of a consent, a channel's name, the
// team member who handled a contact), and the consent state derived from the ledger.
#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace relatio {

struct SubjectExportFiles
{
    QString json;
    QString html;
};

class SubjectExport
{
    Q_DECLARE_TR_FUNCTIONS(SubjectExport)

public:
    explicit SubjectExport(DatabasePtr db);

    // Who exports, noted in the document; the user running the program by default.
    void setActor(const QString &who);

    // {"format", "version", "exported_at", "exported_by", "customer": {column: value},
    //  "summary": {display name, owner, organisation, tags, consents},
    //  "records": {table: [rows]} for every related table (empty ones too), "columns": {table:
    //  [names in table order]},
    //  "referenced": {table: [rows]} the rows of other tables that related rows point to}.
    // Values keep their SQLite type: integer, real, text, null; blobs as {"base64": "…"}.
    Result<QJsonObject> collect(qint64 customerId) const;

    // A table's name for people ("Contacts" for interaction); the table's own name when it has none.
    static QString tableTitle(const QString &table);

    // The document for people: headings and labels translated, every table shown.
    static QString toHtml(const QJsonObject &subject);

    // Writes both (each replaced in one step). Paths from a file the user chose: see pathsFor().
    Result<SubjectExportFiles> write(qint64 customerId, const SubjectExportFiles &paths) const;
    // The same for what collect() returned.
    static Result<SubjectExportFiles> save(const QJsonObject &subject, const SubjectExportFiles &paths);
    // "x.json" → x.json and x.html; "x.html" → x.json and x.html; "x" → x and x.html.
    static SubjectExportFiles pathsFor(const QString &file);

private:
    DatabasePtr m_db;
    QString m_actor;
};

} // namespace relatio
