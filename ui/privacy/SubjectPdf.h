// The personal-data document as PDF: the HTML core writes, laid out on A4 pages by Qt's text engine
// (PDF needs Qt Gui, which core does not link).
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relatio {

class SubjectPdf
{
    Q_DECLARE_TR_FUNCTIONS(SubjectPdf)

public:
    static Result<void> write(const QString &html, const QString &path);
};

} // namespace relatio
