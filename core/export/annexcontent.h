#pragma once

#include "analysis/funnelanalysis.h"
#include "domain/partnercomparison.h"
#include "export/exporttable.h"
#include "export/reportdocument.h"
#include "export/valueunit.h"

#include <optional>

namespace herkomst {

struct SensitivityAnnex;
struct YearChangesAnnex;

struct AnnexOptions {
    QString sourceLine;     // empty: the default for the data's source
    QString criteriaSource; // where the criteria come from (Preset::source), for method and sources
    ValueUnit unit = ValueUnit::Millions;
    // Table 1 of the letter (services against goods by partner) as a section of its own, with
    // its figure when one is given (docs/design.md, "Table 1"). Absent: no such section.
    std::optional<PartnerComparison> servicesAndGoods;
    std::optional<ReportFigure> servicesAndGoodsFigure;
    // The section "Hoe gevoelig is de uitkomst?" (export/annexsensitivity.h), after the
    // figures of the outcome; none when null.
    const SensitivityAnnex *sensitivity = nullptr;
    // The section "Wat is veranderd sinds <jaar>?" (export/yearcomparisontable.h), after the
    // sensitivity; none when null (a data set of one year has none).
    const YearChangesAnnex *yearChanges = nullptr;
};

// The annex in the shape of the letter's Bijlage 1 and 2, once, for every writer: the method
// with each step's rule and counts, the funnel as a table, the figures as given (Figure 1 and 2,
// rendered by the caller), the list of products the funnel ends with, and the sources. With
// synthetic data a warning heads it; an empty end of the funnel is said in words.
ReportDocument buildAnnex(const StatisticsTable &table, const AnalysisResult &result, const AnalysisSettings &settings,
                          const AnnexOptions &options, const std::vector<ReportFigure> &figures);

// An export table as a report table: Dutch numbers, units in the header only ("Aandeel (%)" over
// "52,3"), missing as "–", column widths after their content.
ReportTable reportTable(const ExportTable &table);
// One table as a document of its own (title, table, notes): Bijlage 2 as DOCX.
ReportDocument tableReport(const ExportTable &table);
// A cell as the report shows it.
QString reportCellText(const QVariant &value, const ExportColumn &column);

} // namespace herkomst
