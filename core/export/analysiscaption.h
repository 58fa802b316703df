#pragma once

#include "analysis/funnelanalysis.h"
#include "domain/preset.h"

#include <QString>
#include <QStringList>

namespace herkomst {

// Words that say exactly which analysis a figure, table or annex shows: the source line, the
// preset or "eigen instelling", the criteria with their thresholds, the EU composition when it is
// not the default, the industry filter, and the set the funnel ends with.

// The built-in preset these criteria are (same steps, order, thresholds, all on), or nullptr.
const Preset *matchingPreset(const std::vector<Criterion> &criteria);
// "CBS 2021 (Kamerbrief)", or "eigen instelling" once the user changed the criteria.
QString criteriaSetName(const std::vector<Criterion> &criteria);
// "Aandeel grootste niet-EU-leverancier > 50 %; ..." for the enabled criteria.
QString criteriaSummary(const AnalysisSettings &settings);
// "Criteria CBS 2021 (Kamerbrief): Aandeel ... > 50 %; ..." or "Criteria (eigen instelling): ...".
QString criteriaDescription(const AnalysisSettings &settings);

// The source line a caption starts with unless the user set another, by the data's source:
// "CBS" -> "Bron: CBS, figuur BZ" (the letter's Figure 1), "BACI" -> "Bron: CEPII BACI, bewerking BZ".
QString defaultSourceLine(const QString &dataSource = QStringLiteral("CBS"));
// The source line that applies to the table: the user's, else the default for its data. Synthetic
// data is never credited to CBS: the default line then names the demo data.
QString effectiveSourceLine(const StatisticsTable &table, const QString &sourceLine);

// Caption under a figure: source line, data (reporter, year), preset or "eigen instelling" with
// the criteria, EU composition when not EU27_2020, industries when filtered, a warning for
// synthetic data and the analysis's warnings. An empty sourceLine means the default for the data's
// source.
QString defaultCaption(const StatisticsTable &table, const AnalysisSettings &settings,
                       const QString &sourceLine = QString());

// The set the funnel ends with, as a figure title names it: "Geconcentreerde producten",
// "Producten na stap 2 (Meer invoer dan uitvoer)", or "Ingevoerde producten" without criteria.
QString finalSetName(const AnalysisResult &result);
// An empty end of the funnel in words: "Geen producten na stap 3 bij deze drempels."; empty when
// the funnel ends with products.
QString emptyResultText(const AnalysisResult &result);

// What the data cannot decide, as sentences without a closing full stop (analysisWarnings: a flow
// the source does not cover, thin world data, imports with a hidden partner); captions and notes
// mention them.
QStringList warningSentences(const StatisticsTable &table, const AnalysisSettings &settings);

// Notes for a table or report: data set, reporter and year, criteria, EU composition, industries,
// how missing values are treated, the synthetic warning and the analysis's warnings.
QStringList analysisNotes(const StatisticsTable &table, const AnalysisSettings &settings);

} // namespace herkomst
