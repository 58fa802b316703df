#pragma once

#include "analysis/funnelanalysis.h"

#include <QJsonObject>

namespace herkomst {

// The analysis as one JSON object: "warnings" (always present: {kind, step, year, message} for a
// flow the data does not cover, thin world data, imports with a hidden partner; see
// analysiswarnings.h), "funnel" ({step, label, rule, kept, dropped, undetermined}), "products"
// ({hs6, description (resolved: Dutch, else English, else the HS nomenclature), industry, stage,
// top_partner, top_partner_share, import_value, export_value, world_hhi, hidden_partner,
// hidden_partner_share, ..., margins, borderline}), "suppliers" and "provenance". Numbers stay
// plain JSON numbers; missing values are null and infinite ratios the string "inf".
// "margins" (docs/design.md §9) holds, by step key, {value, threshold, margin, drops_at} for every
// criterion of a product after the last step, or {value, threshold, margin, outcome} for the one
// that stopped it; "borderline" is true when a threshold moved by up to 10 % would flip it.
QJsonObject analysisToJson(const StatisticsSet &statistics, const AnalysisResult &result,
                           const AnalysisSettings &settings, const QString &presetKey);

// "provenance": data set, reporter, year, EU composition, preset, criteria and industries.
QJsonObject provenanceToJson(const StatisticsTable &table, const AnalysisSettings &settings, const QString &presetKey);

} // namespace herkomst
