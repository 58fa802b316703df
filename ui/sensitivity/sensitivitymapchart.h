#pragma once

#include "charts/chartwidget.h"
#include "sensitivity/sensitivityseries.h"

#include <memory>

namespace herkomst::ui {

// The view "Gevoeligheid", right: a colour map of two criteria's thresholds with, in each cell, the
// products after the last step at that pair (every other criterion as in the analysis). The current
// pair is outlined, the preset's pair dashed. Clicking a cell asks for both thresholds at once
// (cellClicked); the view makes that one undo step. Drawn with QCustomPlot's QCPColorMap.
class SensitivityMapChart : public ChartWidget {
    Q_OBJECT
public:
    explicit SensitivityMapChart(QWidget *parent = nullptr);
    ~SensitivityMapChart() override;

    void setMap(SensitivityMap map, const QString &finalSet);
    const SensitivityMap &map() const;

    QString title() const override;
    void render(QPainter &painter, const QRectF &target) override;
    double naturalHeight(double width) const override;

    // Centre of a cell in this widget's coordinates (for tests and keyboard users); null when none.
    QPoint cellPosition(int firstStep, int secondStep) const;

signals:
    // Thresholds firstThresholds[firstStep] and secondThresholds[secondStep] were picked: by a
    // click, or from the keyboard (arrow keys move a dotted cell, Enter or Space picks it).
    void cellClicked(int firstStep, int secondStep);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::ui
