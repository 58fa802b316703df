#include "charts/chartstyle.h"

#include <QStringList>
#include <array>

namespace herkomst::ui {

namespace {

QFont houseFont(int pixelSize, bool bold)
{
    QFont font;
    // The Rijksoverheid typeface when installed, otherwise a neutral sans-serif.
    font.setFamilies({QStringLiteral("RijksoverheidSansText"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace

QColor ChartStyle::mainColour()
{
    return QColor(0x15, 0x42, 0x73);
}
QColor ChartStyle::lightColour()
{
    return QColor(0xd4, 0xdd, 0xe8);
}
QColor ChartStyle::euColour()
{
    return QColor(0x8f, 0xca, 0xe7);
}
QColor ChartStyle::textColour()
{
    return QColor(0x1a, 0x1a, 0x1a);
}
QColor ChartStyle::mutedTextColour()
{
    return QColor(0x53, 0x53, 0x53);
}
QColor ChartStyle::gridColour()
{
    return QColor(0xe6, 0xe6, 0xe6);
}
QColor ChartStyle::selectionColour()
{
    return QColor(0xe1, 0x70, 0x00);
}

QColor ChartStyle::otherColour()
{
    return QColor(0xb4, 0xb4, 0xb4);
}

QColor ChartStyle::seriesColour(int index)
{
    // Rijkshuisstijl blues and greens first, warm accents last; grey is reserved for "overige".
    static const std::array<QColor, 10> colours = {
        QColor(0x15, 0x42, 0x73), QColor(0x00, 0x7b, 0xc7), QColor(0x8f, 0xca, 0xe7), QColor(0x01, 0x68, 0x9b),
        QColor(0x76, 0xd2, 0xb6), QColor(0x39, 0x87, 0x0c), QColor(0xff, 0xb6, 0x12), QColor(0xe1, 0x70, 0x00),
        QColor(0xa9, 0x00, 0x61), QColor(0x42, 0x14, 0x5f)};
    return colours[size_t(index) % colours.size()];
}

QFont ChartStyle::titleFont()
{
    return houseFont(14, true);
}
QFont ChartStyle::labelFont()
{
    return houseFont(12, false);
}
QFont ChartStyle::strongLabelFont()
{
    return houseFont(12, true);
}
QFont ChartStyle::captionFont()
{
    return houseFont(10, false);
}

} // namespace herkomst::ui
