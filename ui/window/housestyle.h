#pragma once

class QApplication;

namespace herkomst::ui {

// The window's look: Fusion with a light palette around the Rijkshuisstijl dark blue, and the
// style sheet from the resources (chips, cards, the demo-data banner).
void applyHouseStyle(QApplication &app);
// Registers the embedded icons, style and translations (a static library needs this once).
void initResources();

} // namespace herkomst::ui
