#pragma once

#include "analysis/yeartrend.h"
#include "charts/chartwidget.h"

#include <memory>
#include <vector>

namespace herkomst::ui {

// The view "Jaren", right: the products after the last step in each year, stacked by their
// largest non-EU supplier (the five with the most products over the years, then "overig"), the
// total above each bar and the analysis year named under its bar. Drawn with QCustomPlot.
class YearSupplierChart : public ChartWidget {
    Q_OBJECT
public:
    explicit YearSupplierChart(QWidget *parent = nullptr);
    ~YearSupplierChart() override;

    // finalSet names the products (finalSetName) for the title.
    void setSeries(std::vector<int> years, std::vector<herkomst::SupplierSeries> series, int analysisYear,
                   const QString &finalSet);
    const std::vector<herkomst::SupplierSeries> &series() const;

    QString title() const override;
    void render(QPainter &painter, const QRectF &target) override;
    double naturalHeight(double width) const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::ui
