#pragma once

#include "analysis/funnelanalysis.h"
#include "export/exporttable.h"
#include "export/valueunit.h"

namespace herkomst {

// The letter's lists as export tables, shared by the window, the annex report and the CLI.

// Bijlage 2: the products left after the last active step, by HS6: HS6, omschrijving,
// leverancier (largest non-EU supplier), aandeel, invoerwaarde in the chosen unit. The title
// names the set ("Lijst van geconcentreerde producten", "... na stap 2 (...)").
ExportTable concentratedProductsTable(const StatisticsTable &table, const AnalysisResult &result,
                                      const AnalysisSettings &settings, ValueUnit unit = ValueUnit::Millions);
QString concentratedListTitle(const AnalysisResult &result);

// Every product with the columns of the window's product table.
ExportTable productListTable(const StatisticsTable &table, const AnalysisResult &result,
                             const AnalysisSettings &settings, ValueUnit unit = ValueUnit::Millions);

} // namespace herkomst
