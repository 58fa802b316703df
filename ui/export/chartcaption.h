#pragma once

#include "analysis/funnelanalysis.h"
#include "analysis/productstatistics.h"

#include <QString>

namespace herkomst::ui {

// The source line a caption starts with unless the user set another, by the data set's source
// ("CBS" -> "Bron: CBS, bewerking BZ", "BACI" -> "Bron: CEPII BACI, bewerking BZ", ...).
QString defaultSourceLine(const QString &dataSource = QStringLiteral("CBS"));

// Caption under every exported chart: the source line, the data (reporter, year), the criteria
// with their thresholds, and "synthetische demodata" when the numbers are not real. An empty
// sourceLine means the default for the data's source.
QString defaultCaption(const herkomst::StatisticsTable &table, const herkomst::AnalysisSettings &settings,
                       const QString &sourceLine = QString());

} // namespace herkomst::ui
