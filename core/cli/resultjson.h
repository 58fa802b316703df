#pragma once

#include "analysis/funnelanalysis.h"

#include <QJsonObject>

namespace herkomst {

// The analysis as one JSON object: "funnel" ({step, label, rule, kept, dropped, undetermined}),
// "products" ({hs6, description, industry, stage, top_partner, top_partner_share, import_value,
// export_value, world_hhi, ...}), "suppliers" and "provenance". Numbers stay plain JSON numbers;
// missing values are null and infinite ratios the string "inf".
QJsonObject analysisToJson(const StatisticsTable &table, const AnalysisResult &result, const AnalysisSettings &settings,
                           const QString &presetKey);

} // namespace herkomst
