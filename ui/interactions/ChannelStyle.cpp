// Channel and state colours.
#include "interactions/ChannelStyle.h"

#include <array>

namespace relatio {

QColor channelColour(qint64 channelId)
{
    // Built-in ids 1..8: phone, e-mail, web, chat, social, visit, post, app.
    static const std::array<QColor, 12> palette = {
        QColor(0x1f, 0x6f, 0xb5), QColor(0x00, 0x83, 0x7a), QColor(0x6a, 0x4c, 0xb0), QColor(0x2e, 0x8b, 0x3a),
        QColor(0xc2, 0x18, 0x5b), QColor(0xd0, 0x6a, 0x00), QColor(0x8d, 0x5b, 0x3a), QColor(0x3f, 0x51, 0xb5),
        QColor(0x00, 0x7c, 0xa6), QColor(0x9e, 0x7c, 0x00), QColor(0x7b, 0x1f, 0xa2), QColor(0x55, 0x6b, 0x2f)};
    if (channelId <= 0)
        return QColor(0x75, 0x75, 0x75);
    return palette[std::size_t(channelId - 1) % palette.size()];
}

QColor complaintStateColour(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Open: return QColor(0xb3, 0x26, 0x1e);
    case ComplaintState::Taken: return QColor(0x9a, 0x67, 0x00);
    case ComplaintState::Resolved: return QColor(0x2e, 0x7d, 0x32);
    case ComplaintState::None: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor tintOf(const QColor &colour)
{
    // A light wash of the colour over white.
    constexpr float a = 0.16f;
    return QColor::fromRgbF(1 - a + a * colour.redF(), 1 - a + a * colour.greenF(), 1 - a + a * colour.blueF());
}

QColor inkOf(const QColor &colour)
{
    return colour.darker(135);
}

} // namespace relatio
