#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

namespace herkomst::ui {

// Where the window goes on a screen. Pure functions over rectangles, so the rules are tested
// without a screen: a first start fits the available area, and a remembered geometry from a
// larger screen (or another monitor) is brought back onto the current one.
struct WindowGeometry {
    // The size the window opens at when the screen has room: enough for the dock, both figures
    // and about fifteen table rows.
    static QSize preferredSize() { return {1440, 900}; }

    // The first start: the preferred size, or less where the available area (without task bars)
    // is smaller, centred. frame is the window's decoration (title bar, borders), as far as known.
    static QRect initial(const QRect &available, const QMargins &frame);
    // A restored geometry (client area) moved and shrunk until the window with its frame lies
    // inside the available area; a geometry that already fits is returned as it is.
    static QRect clamped(const QRect &geometry, const QRect &available, const QMargins &frame);
};

} // namespace herkomst::ui
