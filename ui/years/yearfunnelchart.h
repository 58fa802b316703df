#pragma once

#include "analysis/analysisresult.h"
#include "charts/chartwidget.h"

#include <memory>
#include <vector>

namespace herkomst::ui {

// The view "Jaren", left: the funnel of every year of the data set in one chart, the steps along
// the axis and one bar per year at each step (the products kept), the undetermined hatched on
// top, so a year whose data cannot decide a step shows it. The analysis year is the darkest and
// named in the legend. Drawn with QCustomPlot; exports like every chart.
class YearFunnelChart : public ChartWidget {
    Q_OBJECT
public:
    struct Year {
        int year = 0;
        std::vector<herkomst::FunnelStep> steps; // as AnalysisResult::steps, universe first
    };

    explicit YearFunnelChart(QWidget *parent = nullptr);
    ~YearFunnelChart() override;

    void setYears(std::vector<Year> years, int analysisYear);
    const std::vector<Year> &years() const;

    QString title() const override;
    void render(QPainter &painter, const QRectF &target) override;
    double naturalHeight(double width) const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::ui
