// The list of consent purposes, editable: add a purpose, rename it, retire it (its entries stay),
// and add a new version of the wording a purpose shows. A wording is never edited in place.
#pragma once

#include "privacy/ConsentRepository.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace relatio {

class PurposesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PurposesDialog(DatabasePtr db, QWidget *parent = nullptr);

    qint64 currentPurpose() const;
    void selectPurpose(qint64 purposeId);

signals:
    void purposesChanged();

private:
    void fillPurposes(qint64 select);
    void purposeChanged();
    void textChanged();
    void addPurpose();
    void renamePurpose();
    void toggleRetired();
    void addText();
    void showResult(const Result<void> &result);

    ConsentRepository m_repository;
    QListWidget *m_purposes;
    QListWidget *m_texts;
    QPlainTextEdit *m_wording;
    QLabel *m_purposeInfo;
    QPushButton *m_rename;
    QPushButton *m_retire;
    QPushButton *m_addText;
    QLabel *m_error;
};

} // namespace relatio
