#pragma once

#include "export/analysiscaption.h"

namespace herkomst::ui {

// The captions live in core (export/analysiscaption.h) so the annex and the command line word them
// the same way; the window calls them as ui::defaultCaption(table, settings, sourceLine) and
// ui::defaultSourceLine(dataSource).
using herkomst::defaultCaption;
using herkomst::defaultSourceLine;

} // namespace herkomst::ui
