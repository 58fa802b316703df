#pragma once

#include "analysis/productstatistics.h"
#include "analysis/yeartrend.h"
#include "charts/chartwidget.h"
#include "domain/criterion.h"

#include <memory>

namespace herkomst::ui {

// The product detail: for one product, the reporter's suppliers and the world's exporters as
// share bars, with the world-market HHI, and below them its margins against the thresholds. Painted directly, so it exports like every chart.
class ProductDetailChart : public ChartWidget {
    Q_OBJECT
public:
    explicit ProductDetailChart(QWidget *parent = nullptr);
    ~ProductDetailChart() override;

    void setProduct(const herkomst::StatisticsTable &table, int row);
    void clear();
    // The product's margins in words (one line per criterion), below the bars; they follow the
    // thresholds, so the window sets them at every change. Empty: none shown.
    void setMargins(const QStringList &lines);
    QStringList margins() const;
    // The product over the data set's years (ProductHistoryChart), below the margins, with the
    // thresholds of the criteria drawn; the view "Jaren" sets it when the product changes
    // (productChanged) and at every change of the analysis. Empty (or one year): none shown.
    void setHistory(std::vector<herkomst::ProductYear> history, std::vector<herkomst::Criterion> criteria);
    const std::vector<herkomst::ProductYear> &history() const;
    QString productCode() const; // the HS6 shown; empty when none
    // Bars per panel (the rest is summed into "overige").
    void setTopN(int n);

    QString title() const override;
    void render(QPainter &painter, const QRectF &target) override;
    double naturalHeight(double width) const override;
    QSize sizeHint() const override;

signals:
    void productChanged(); // another product (or none): its history is no longer the shown one's

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::ui
