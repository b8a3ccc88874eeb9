// Phone numbers through libphonenumber: E.164 for storage, national format for display, digit
// forms for search.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace relatio {

class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)

public:
    // Parses what a user typed ("06-12345678", "+47 412 34 567", "(020) 123 4567") in the context
    // of region (ISO 3166 alpha-2; the customer's country) and returns it in E.164. Empty input
    // gives an empty string; anything that is not a valid number gives an Invalid error.
    static Result<QString> toE164(const QString &input, const QString &region);

    // National format when the number belongs to homeRegion, international format otherwise.
    // Text that does not parse is returned unchanged.
    static QString display(const QString &e164, const QString &homeRegion);

    // Space-separated digit forms for the search index: full international digits, national
    // digits with trunk prefix, national significant number. "+31612345678" gives
    // "31612345678 0612345678 612345678".
    static QString searchForms(const QStringList &e164Numbers);
};

} // namespace relatio
