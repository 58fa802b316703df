#include "charts/selectionmark.h"

#include "charts/chartstyle.h"
#include "charts/chartwidget.h"

#include <QPainter>

namespace herkomst::ui {

SelectionMark::SelectionMark(ChartWidget *chart) : QWidget(chart), mChart(chart)
{
    setObjectName(QStringLiteral("selectionMark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

void SelectionMark::paintEvent(QPaintEvent *)
{
    const QRect area = mChart->selectionArea();
    if (area.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = ChartStyle::selectionColour();
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(ChartStyle::selectionColour(), 2));
    painter.drawRoundedRect(QRectF(area).adjusted(1, 1, -1, -1), 4, 4);
}

} // namespace herkomst::ui
