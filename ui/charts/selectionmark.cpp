#include "charts/selectionmark.h"

#include "charts/chartstyle.h"

#include <QPainter>

namespace herkomst::ui {

SelectionMark::SelectionMark(QWidget *chart) : QWidget(chart)
{
    setObjectName(QStringLiteral("selectionMark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

void SelectionMark::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = ChartStyle::selectionColour();
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(ChartStyle::selectionColour(), 2));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
}

} // namespace herkomst::ui
