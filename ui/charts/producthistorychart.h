#pragma once

#include "analysis/yeartrend.h"
#include "domain/criterion.h"

#include <QCoreApplication>
#include <QRectF>
#include <vector>

class QPainter;

namespace herkomst::ui {

// A product over the data set's years, drawn in the product detail (ProductDetailChart::
// setHistory): four small line plots side by side or two by two, the largest non-EU share, the
// world-market HHI, the imports and imports over exports, each with the current threshold of an
// enabled criterion on that metric dashed. A year without the product is a gap ("–"), never zero.
class ProductHistoryChart {
    Q_DECLARE_TR_FUNCTIONS(ProductHistoryChart)
public:
    // Height the plots take at a width; 0 with fewer than two years.
    static double height(const std::vector<herkomst::ProductYear> &history, double width);
    static void draw(QPainter &painter, const QRectF &area, const std::vector<herkomst::ProductYear> &history,
                     const std::vector<herkomst::Criterion> &criteria);
};

} // namespace herkomst::ui
