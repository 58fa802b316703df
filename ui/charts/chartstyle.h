#pragma once

#include <QColor>
#include <QFont>

namespace herkomst::ui {

// House style for figures in government publications: a restrained palette around the
// Rijkshuisstijl dark blue, one sans-serif family, sizes that read as the letter's text at
// 16 cm. Sizes are in pixels at 96 dpi so a chart lays out identically on screen, in PNG at any
// dpi, in SVG and in PDF (point sizes would follow each device's resolution).
class ChartStyle {
public:
    static QColor mainColour();  // #154273, Rijkshuisstijl donkerblauw
    static QColor lightColour(); // pale blue-grey for what a step dropped
    static QColor euColour();    // EU partners in the product detail
    static QColor textColour();
    static QColor mutedTextColour(); // captions, axis labels
    static QColor gridColour();
    static QColor otherColour();     // "overige"
    static QColor selectionColour(); // #e17000, Rijkshuisstijl oranje: what the user picked, on screen only
    // Series colours for stacked charts, main colour first.
    static QColor seriesColour(int index);

    static QFont titleFont();
    static QFont labelFont();
    static QFont strongLabelFont();
    static QFont captionFont();

    // Logical pixels (1/96 inch) per centimetre.
    static constexpr double kPixelsPerCm = 96.0 / 2.54;
};

} // namespace herkomst::ui
