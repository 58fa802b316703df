#pragma once

#include "charts/chartwidget.h"
#include "domain/partnercomparison.h"

#include <vector>

namespace herkomst::ui {

// Table 1 of the letter as a figure: one row per partner of either top list, ordered by its
// larger value, with its services import (circle) and goods import (diamond) on one axis in mln
// euro, joined by a line (a dumbbell). Colour says EU member or not; a CBS residual group is grey
// and keeps its printed name; a partner in one list only has one marker and says which. Drawn
// with QPainter, so screen and every export share one drawing.
class Table1Chart : public ChartWidget {
    Q_OBJECT
public:
    explicit Table1Chart(QWidget *parent = nullptr);

    void setComparison(const herkomst::PartnerComparison &comparison);
    const herkomst::PartnerComparison &comparison() const { return mComparison; }

    QString title() const override;
    void render(QPainter &painter, const QRectF &target) override;
    double naturalHeight(double width) const override;
    QSize sizeHint() const override;

    // One row of the figure: the partner's entries in either list (nullptr when absent).
    struct Row {
        QString label; // as printed, "†" added when in one list only
        const herkomst::RankedPartner *services = nullptr;
        const herkomst::RankedPartner *goods = nullptr;
    };
    const std::vector<Row> &rows() const { return mRows; }
    // The default caption: the comparison's source line, what the lists are, the markers.
    QString defaultCaption(const QString &sourceLine = QString()) const;

    // Draws the plot (legend, rows, axis) into rect; used on screen and by render().
    void drawPlot(QPainter &painter, const QRectF &rect) const;

private:
    herkomst::PartnerComparison mComparison;
    std::vector<Row> mRows;
    QWidget *mPlot = nullptr;
};

} // namespace herkomst::ui
