#pragma once

#include <QByteArray>

namespace herkomst::ui {

// SVG that looks the same in another program without Herkomst's fonts (LibreOffice Draw, rsvg,
// a browser on the ministry's workstation). Qt's SVG writer names one font and places every
// text at the left edge it measured; a wider substitute then overruns bars and margins. This
// rewrites its output:
// - Anchored: every text gets a font list that ends in a generic family (the font Qt measured
//   with first, then the house fonts, then sans-serif), and an anchor from its layout: texts
//   that end at one edge (the country names left of the bars) get text-anchor="end" at that
//   edge, texts centred on one line (the funnel labels) "middle", the rest "start".
// - Paths: every text becomes its outline, exactly as drawn; nothing depends on fonts, but the
//   text is no longer text (not searchable, not editable).
enum class SvgTextMode { Anchored, Paths };

QByteArray portableSvg(const QByteArray &qtSvg, SvgTextMode mode);

} // namespace herkomst::ui
