#pragma once

#include "charts/chartwidget.h"
#include "sensitivity/sensitivityseries.h"

#include <memory>

namespace herkomst::ui {

// The view "Gevoeligheid", left: one small plot per enabled criterion with the products after the
// last step against that criterion's threshold (the others as in the analysis), the current
// threshold as a solid line with its count and the preset's threshold dashed. Drawn with
// QCustomPlot; every plot shares the vertical scale, so the curves compare at a glance.
class SensitivityCurvesChart : public ChartWidget {
    Q_OBJECT
public:
    explicit SensitivityCurvesChart(QWidget *parent = nullptr);
    ~SensitivityCurvesChart() override;

    // The curves, the funnel's own count after the last step and the name of that set
    // (finalSetName) for the title.
    void setCurves(std::vector<SensitivityCurve> curves, int currentKept, const QString &finalSet);
    const std::vector<SensitivityCurve> &curves() const;

    QString title() const override;
    void render(QPainter &painter, const QRectF &target) override;
    double naturalHeight(double width) const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::ui
