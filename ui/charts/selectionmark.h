#pragma once

#include <QWidget>

namespace herkomst::ui {

// On screen only, over a chart: marks the part the user picked (a funnel step, a supplier's
// bar) while the table shows its products. The chart places it over that part (ChartWidget::
// updateSelectionMark); it lets clicks and tooltips through to the plot, and exports, which draw
// the chart itself, never show it.
class SelectionMark : public QWidget {
    Q_OBJECT

public:
    explicit SelectionMark(QWidget *chart);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace herkomst::ui
