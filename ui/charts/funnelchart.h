#pragma once

#include "analysis/analysisresult.h"
#include "charts/chartwidget.h"

#include <memory>

namespace herkomst::ui {

// Figure 1 of the letter: one centred bar per funnel step, its length proportional to the
// products kept, on a pale bar of the products that entered the step; above each bar the rule
// in Dutch with kept, dropped and (when any) undetermined counts. Drawn with QCustomPlot.
class FunnelChart : public ChartWidget {
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);
    ~FunnelChart() override;

    void setResult(const herkomst::AnalysisResult &result);

    QString title() const override;
    void render(QPainter &painter, const QRectF &target) override;
    double naturalHeight(double width) const override;

    int stepCount() const;
    // The line above the bar, e.g. "Meer dan de helft uit één niet-EU-land — 419 over, 3.030 af".
    QString stepLabel(int step) const;
    // Rule and threshold for the hover tooltip.
    QString stepToolTip(int step) const;
    // Centre of a step's bar in this widget's coordinates (for tests and keyboard users).
    QPoint stepPosition(int step) const;
    // Step under a point in this widget's coordinates; -1 when none.
    int stepAt(const QPoint &position) const;
    // The step whose products the table lists stays marked on screen; -1 for none.
    void setSelectedStep(int step);
    int selectedStep() const;
    QRect selectionArea() const override;

signals:
    void stepClicked(int step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::ui
