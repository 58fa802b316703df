#include "window/windowgeometry.h"

#include <algorithm>

namespace herkomst::ui {

namespace {

// Space the client area may take: the available area less the window's frame.
QRect clientArea(const QRect &available, const QMargins &frame)
{
    return available.marginsRemoved(frame);
}

} // namespace

QRect WindowGeometry::initial(const QRect &available, const QMargins &frame)
{
    const QRect area = clientArea(available, frame);
    const QSize size = preferredSize().boundedTo(area.size());
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(area.center());
    return geometry;
}

QRect WindowGeometry::clamped(const QRect &geometry, const QRect &available, const QMargins &frame)
{
    const QRect area = clientArea(available, frame);
    if (area.contains(geometry))
        return geometry;
    QRect result(geometry.topLeft(), geometry.size().boundedTo(area.size()));
    // Move it in from whichever edge it crosses; the title bar is never left off the top.
    result.moveLeft(std::clamp(result.left(), area.left(), area.right() + 1 - result.width()));
    result.moveTop(std::clamp(result.top(), area.top(), area.bottom() + 1 - result.height()));
    return result;
}

} // namespace herkomst::ui
