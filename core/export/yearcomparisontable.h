#pragma once

#include "analysis/yearcomparison.h"
#include "export/exporttable.h"
#include "export/reportdocument.h"

#include <QCoreApplication>

namespace herkomst {

// Two years compared (analysis/yearcomparison.h) as one table, for the view "Jaren", XLSX, CSV,
// DOCX and the annex section "Wat is veranderd sinds <jaar>?" (docs/design.md, "Years"): one row
// per product after the last step in either year (new, gone, then persistent, each in HS6 order)
// with the step that keeps it out in the year it is not there, and each criterion's value in
// both years (missing empty, never zero).
class YearComparisonTable {
    Q_DECLARE_TR_FUNCTIONS(YearComparisonTable)
public:
    // The columns before the values: HS6, description, change, reason.
    static constexpr int kValueColumn = 4;
    enum class Change { New, Gone, Persistent };

    static ExportTable build(const YearComparison &comparison, const YearAnalysis &from, const YearAnalysis &to,
                             const AnalysisSettings &settings, const QString &sourceLine);
    // "Wat is veranderd sinds 2018? Producten na de laatste stap in 2018 en 2020"
    static QString title(int from, int to);
    static QString changeText(Change change);
    // The summary sentence: how many stayed, went and came.
    static QString summary(const YearComparison &comparison, int from, int to);
    // The annex section: heading, summary, the table with its notes.
    static void addAnnexSection(ReportDocument &doc, const YearComparison &comparison, const ExportTable &table,
                                int from, int to);
};

// What the annex needs for the section; buildAnnex adds it when AnnexOptions::yearChanges is set,
// which the caller does only when the data set has more than one year.
struct YearChangesAnnex {
    YearComparison comparison;
    ExportTable table;
    int from = 0;
    int to = 0;
};

} // namespace herkomst
