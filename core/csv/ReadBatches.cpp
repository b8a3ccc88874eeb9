// Raw text of records the reader could not read.
#include "csv/ReadBatches.h"

#include <QFile>

#include <algorithm>

namespace relatio::csv {

QString rawText(const QString &path, Encoding encoding, qint64 from, qint64 to)
{
    QFile file(path);
    if (from < 0 || to <= from || !file.open(QIODevice::ReadOnly) || !file.seek(from))
        return {};
    const QByteArray bytes = file.read(std::min<qint64>(to - from, 1 << 20));
    TextDecoder decoder(encoding);
    std::vector<char16_t> units(std::size_t(TextDecoder::maxUnits(bytes.size())));
    const auto outcome = decoder.decode(bytes.constData(), bytes.size(), units.data(), true);
    QString text = QString::fromUtf16(units.data(), outcome.written);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

} // namespace relatio::csv
