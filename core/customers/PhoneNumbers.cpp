// libphonenumber adapter.
#include "customers/PhoneNumbers.h"

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace relatio {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::string regionOrDefault(const QString &region)
{
    const QString r = region.trimmed().toUpper();
    return r.size() == 2 ? r.toStdString() : std::string("NL");
}

QString digitsOnly(const std::string &s)
{
    QString out;
    out.reserve(int(s.size()));
    for (char c : s)
        if (c >= '0' && c <= '9')
            out.append(QLatin1Char(c));
    return out;
}

} // namespace

Result<QString> PhoneNumbers::toE164(const QString &input, const QString &region)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util->Parse(trimmed.toStdString(), regionOrDefault(region), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR)
        return fail(Error::Code::Invalid, tr("\"%1\" is not a phone number.").arg(trimmed));
    if (!util->IsValidNumber(number)) {
        std::string numberRegion;
        util->GetRegionCodeForNumber(number, &numberRegion);
        return fail(Error::Code::Invalid,
                    tr("\"%1\" is not a valid phone number in %2.")
                        .arg(trimmed, QString::fromStdString(numberRegion.empty() || numberRegion == "ZZ"
                                                                 ? regionOrDefault(region)
                                                                 : numberRegion)));
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString PhoneNumbers::display(const QString &e164, const QString &homeRegion)
{
    if (e164.isEmpty())
        return e164;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), regionOrDefault(homeRegion), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    std::string numberRegion;
    util->GetRegionCodeForNumber(number, &numberRegion);
    const bool home = numberRegion == regionOrDefault(homeRegion);
    util->Format(number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QString PhoneNumbers::searchForms(const QStringList &e164Numbers)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    QStringList forms;
    for (const QString &e164 : e164Numbers) {
        if (e164.isEmpty())
            continue;
        PhoneNumber number;
        if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
            forms.append(digitsOnly(e164.toStdString()));
            continue;
        }
        std::string international;
        std::string national;
        std::string significant;
        util->Format(number, PhoneNumberUtil::E164, &international);
        util->Format(number, PhoneNumberUtil::NATIONAL, &national);
        util->GetNationalSignificantNumber(number, &significant);
        for (const std::string &form : {international, national, significant}) {
            const QString digits = digitsOnly(form);
            if (!digits.isEmpty() && !forms.contains(digits))
                forms.append(digits);
        }
    }
    return forms.join(QLatin1Char(' '));
}

} // namespace relatio
