// Sort keys for names.
#include "customers/SortKey.h"

#include <QStringList>

namespace relatio {

namespace {

// Separates key parts; sorts before every letter, so "berg" comes before "bergen".
constexpr QChar kSeparator = QChar(0x01);

bool isParticle(const QString &word)
{
    static const QStringList particles = {
        QStringLiteral("van"), QStringLiteral("de"),  QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("het"), QStringLiteral("'t"),  QStringLiteral("ter"), QStringLiteral("ten"),
        QStringLiteral("te"),  QStringLiteral("in"),  QStringLiteral("op"),  QStringLiteral("von"),
        QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("du"),  QStringLiteral("des"),
        QStringLiteral("d'"),  QStringLiteral("vander"), QStringLiteral("vanden"),
    };
    return particles.contains(word);
}

} // namespace

QString foldForSort(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(c.toLower());
            continue;
        }
        switch (u) {
        case 0xC6: case 0xE6: out.append(QChar(0xE6)); continue;  // æ
        case 0xD8: case 0xF8: out.append(QChar(0xF8)); continue;  // ø
        case 0xC5: case 0xE5: out.append(QChar(0xE5)); continue;  // å
        case 0xDF: out.append(QStringLiteral("ss")); continue;    // ß
        default: break;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (const QChar d : decomposed) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            out.append(d.toLower());
        }
    }
    return out.simplified();
}

QString personSortKey(const QString &givenName, const QString &familyName)
{
    const QStringList words = familyName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int core = 0;
    while (core < words.size() - 1 && isParticle(words.at(core).toLower()))
        ++core;
    const QString particles = words.mid(0, core).join(QLatin1Char(' '));
    const QString rest = words.mid(core).join(QLatin1Char(' '));
    QString key = foldForSort(rest.isEmpty() ? givenName : rest);
    key += kSeparator;
    if (!rest.isEmpty())
        key += foldForSort(givenName);
    if (!particles.isEmpty()) {
        key += kSeparator;
        key += foldForSort(particles);
    }
    return key;
}

QString organisationSortKey(const QString &name)
{
    return foldForSort(name);
}

} // namespace relatio
