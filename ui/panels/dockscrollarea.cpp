#include "panels/dockscrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace herkomst::ui {

DockScrollArea::DockScrollArea(QWidget *content, QWidget *parent) : QScrollArea(parent)
{
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    content->installEventFilter(this);
}

QSize DockScrollArea::minimumSizeHint() const
{
    // Room for the panel beside a vertical scroll bar, which appears whenever the dock is short.
    const int frame = 2 * frameWidth();
    const int width = widget() ? widget()->minimumSizeHint().width() : 0;
    return {width + verticalScrollBar()->sizeHint().width() + frame, 120};
}

bool DockScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry(); // the dock's minimum follows the panel's
    return QScrollArea::eventFilter(watched, event);
}

} // namespace herkomst::ui
