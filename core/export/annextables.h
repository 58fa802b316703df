#pragma once

#include "analysis/funnelanalysis.h"
#include "export/exporttable.h"

namespace herkomst {

// The letter's lists as export tables, shared by the window, the annex report and the CLI.

// Bijlage 2: the products that passed every step, by HS6: HS6, omschrijving, leverancier
// (largest non-EU supplier), aandeel, invoerwaarde (mln).
ExportTable concentratedProductsTable(const StatisticsTable &table, const AnalysisResult &result,
                                      const AnalysisSettings &settings);

// Every product with the columns of the window's product table.
ExportTable productListTable(const StatisticsTable &table, const AnalysisResult &result,
                             const AnalysisSettings &settings);

// "Aandeel grootste niet-EU-leverancier > 50 %; ..." for the enabled criteria.
QString criteriaSummary(const AnalysisSettings &settings);

// Notes for a table or report: data set, reporter and year, criteria, and the synthetic warning.
QStringList analysisNotes(const StatisticsTable &table, const AnalysisSettings &settings);

// "mln euro" or "mln USD" for the data's currency.
QString millionsUnit(const StatisticsTable &table);

} // namespace herkomst
