#pragma once

#include "analysis/funnelanalysis.h"
#include "analysis/productstatistics.h"

#include <QString>

namespace herkomst::ui {

// The source line a caption starts with unless the user set another.
QString defaultSourceLine();   // "Bron: CBS, bewerking BZ"

// Caption under every exported chart: the source line, the data (reporter, year), the criteria
// with their thresholds, and "synthetische demodata" when the numbers are not real.
QString defaultCaption(const herkomst::StatisticsTable &table, const herkomst::AnalysisSettings &settings,
                       const QString &sourceLine = defaultSourceLine());

} // namespace herkomst::ui
