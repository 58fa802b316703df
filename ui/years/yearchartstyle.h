#pragma once

// Include after qcustomplot.h (whose translation unit allows Q_FOREACH).
#include "charts/chartwidget.h"
#include "sensitivity/sensitivityaxes.h"

#include <QSharedPointer>

namespace herkomst::ui {

// What the two charts of the view "Jaren" share, set up once: the legend in a column right of the
// bars (never over them), axes as the sensitivity charts draw them.
inline QCPAxisRect *setUpYearPlot(QCustomPlot *plot)
{
    plot->plotLayout()->clear();
    auto *rect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, rect);
    auto *legend = new QCPLegend;
    rect->insetLayout()->setVisible(false);
    // The legend at the top of a column of its own, as compact as its entries.
    auto *side = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 1, side);
    plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, legend);
    side->addElement(1, 0, new QCPLayoutElement(plot));
    side->setRowStretchFactor(0, 0.001);
    plot->legend = legend;
    legend->setLayer(QStringLiteral("legend"));
    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setFont(ChartStyle::captionFont());
    legend->setTextColor(ChartStyle::textColour());
    legend->setIconSize(14, 10);
    for (QCPAxis *axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)}) {
        styleSensitivityAxis(axis);
        axis->grid()->setPen(QPen(ChartStyle::gridColour(), 0, Qt::DotLine));
    }
    rect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    rect->axis(QCPAxis::atBottom)->setTickLabelColor(ChartStyle::textColour());
    rect->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<QCPAxisTicker>(new CountTicker));
    return rect;
}

// A count above a bar, small and muted.
inline void addBarLabel(QCustomPlot *plot, QCPAxisRect *rect, double key, double value, const QString &text)
{
    auto *label = new QCPItemText(plot);
    label->setClipToAxisRect(false);
    label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    label->position->setCoords(key, value);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setFont(ChartStyle::captionFont());
    label->setColor(ChartStyle::textColour());
    label->setText(text);
    label->setSelectable(false);
}

} // namespace herkomst::ui
