// The rejects file of an import: the rows that could not be imported, as the file had them, each
// with the line and the reason, so that the user can fix them and import the file again.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

#include <memory>

namespace relatio::csv {

class RejectsFile
{
    Q_DECLARE_TR_FUNCTIONS(RejectsFile)

public:
    // headers: the file's header row. reasonColumn: a header that already holds reasons (the
    // file is a rejects file imported again) takes the new reason; -1 appends a "reason" column.
    RejectsFile(QString path, QStringList headers, QChar delimiter, qsizetype reasonColumn = -1);
    ~RejectsFile();

    // Writes a row: its fields, or the raw line when it could not be split into fields. The file
    // is made on the first row, and appears under its name only on commit().
    Result<void> add(const QStringList &fields, const QString &raw, qint64 line, const QString &reason);
    // True once a row has been written.
    bool hasRows() const { return m_file != nullptr; }
    // Puts the file in place (after the import's transaction commits); false with errorString()
    // when that fails.
    bool commit();
    QString errorString() const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QStringList m_headers;
    char m_delimiter;
    qsizetype m_reasonColumn;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace relatio::csv
