// libphonenumber adapter.
#include "customers/PhoneNumbers.h"

#include <phonenumbers/phonenumberutil.h>

#include <optional>
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


// Text that is already in E.164 ("+31612345678"), read without libphonenumber's general parser
// (a dozen regular expressions a number): calling codes are prefix-free, so the first one to
// three digits that name a calling code are it. Numbers whose national part starts with 0 (Italy)
// are left to the parser.
std::optional<PhoneNumber> fromE164(const QString &text, const PhoneNumberUtil *util)
{
    if (text.size() < 8 || text.size() > 16 || text[0] != QLatin1Char('+') || text[1] == QLatin1Char('0'))
        return std::nullopt;
    for (qsizetype i = 1; i < text.size(); ++i)
        if (text[i] < QLatin1Char('0') || text[i] > QLatin1Char('9'))
            return std::nullopt;
    for (int length = 1; length <= 3; ++length) {
        const int code = QStringView(text).mid(1, length).toInt();
        std::string regionCode;
        util->GetRegionCodeForCountryCode(code, &regionCode);
        if (regionCode == "ZZ")
            continue;
        const QStringView national = QStringView(text).mid(1 + length);
        if (national.isEmpty() || national[0] == QLatin1Char('0'))
            return std::nullopt;
        PhoneNumber number;
        number.set_country_code(code);
        number.set_national_number(national.toULongLong());
        return number;
    }
    return std::nullopt;
}

} // namespace

Result<QString> PhoneNumbers::toE164(const QString &input, const QString &region)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    if (const auto direct = fromE164(trimmed, util); direct && util->IsValidNumber(*direct))
        return trimmed;
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

namespace {

// Calling codes of the team's home markets and neighbours, with their trunk prefix. For these
// the digit forms follow from the E.164 text directly; parsing with libphonenumber costs ~15 µs
// a number, which adds up to minutes in a million-record import.
struct CallingCode
{
    QLatin1StringView code;
    QLatin1StringView trunk;
};
constexpr CallingCode kFastCodes[] = {
    {QLatin1StringView("31"), QLatin1StringView("0")}, {QLatin1StringView("32"), QLatin1StringView("0")},
    {QLatin1StringView("47"), QLatin1StringView("")},  {QLatin1StringView("49"), QLatin1StringView("0")},
    {QLatin1StringView("33"), QLatin1StringView("0")}, {QLatin1StringView("44"), QLatin1StringView("0")},
    {QLatin1StringView("46"), QLatin1StringView("0")}, {QLatin1StringView("45"), QLatin1StringView("")},
    {QLatin1StringView("352"), QLatin1StringView("")},
};

bool fastForms(const QString &e164, QStringList &forms)
{
    if (e164.size() < 6 || e164.front() != QLatin1Char('+'))
        return false;
    for (qsizetype i = 1; i < e164.size(); ++i)
        if (!e164.at(i).isDigit())
            return false;
    const QStringView digits = QStringView(e164).mid(1);
    for (const CallingCode &cc : kFastCodes) {
        if (!digits.startsWith(cc.code))
            continue;
        const QStringView significant = digits.mid(cc.code.size());
        for (const QString &form : {digits.toString(), QString(cc.trunk) + significant.toString(), significant.toString()})
            if (!forms.contains(form))
                forms.append(form);
        return true;
    }
    return false;
}

} // namespace

QString PhoneNumbers::searchForms(const QStringList &e164Numbers)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    QStringList forms;
    for (const QString &e164 : e164Numbers) {
        if (e164.isEmpty() || fastForms(e164, forms))
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
