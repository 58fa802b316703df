#pragma once

#include <QWidget>

namespace herkomst::ui {

class ChartWidget;

// On screen only, over a chart: marks the part the user picked (a funnel step, a supplier's
// bar) while the table shows its products. It lies over the plot as a sheet of glass, so clicks
// and tooltips still reach the plot, and exports, which draw the chart itself, never show it.
class SelectionMark : public QWidget {
    Q_OBJECT

public:
    explicit SelectionMark(ChartWidget *chart);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ChartWidget *mChart;
};

} // namespace herkomst::ui
