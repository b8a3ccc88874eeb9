// Small pieces shared by the import wizard and the export dialog: message labels, how a reader
// problem and a delimiter are named, and the folder file choosers start in.
#pragma once

#include "csv/CustomerImporter.h"

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace relatio::csvui {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvUi)

public:
    // "Comma ( , )", "Tab", …
    static QString delimiterName(QChar delimiter);
    // FILE:LINE:COLUMN: message, as compilers and the command line write it (no column when unknown).
    static QString problem(const QString &fileName, const csv::RowProblem &problem);
};

// A word-wrapped label for an error or a warning, hidden until it gets text.
QLabel *errorLabel();
QLabel *warningLabel();
// A quieter label for explanations.
QLabel *noteLabel(const QString &text = {});
// Shows text in a message label, hiding it when there is none.
void setMessage(QLabel *label, const QString &text);

// Where the rows with errors of an import go unless the user chooses: beside the source file,
// NAME-rejects.csv, or NAME-rejects-2.csv when that is taken.
QString defaultRejectsPath(const QString &source);

// The folder the last CSV file was chosen in, else the user's documents.
QString lastFolder();
void rememberFolder(const QString &filePath);

} // namespace relatio::csvui
