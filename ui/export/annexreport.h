#pragma once

#include "analysis/funnelanalysis.h"
#include "domain/partnercomparison.h"
#include "export/reportdocument.h"
#include "export/valueunit.h"
#include "export/yearcomparisontable.h"

#include <QString>
#include <memory>

namespace herkomst::ui {

class ChartWidget;
class SensitivityMapChart;

// The annex in the shape of the letter's Bijlage 1 and 2 (core: export/annexcontent.h), with its
// two figures rendered here at print resolution: one document model, written as DOCX (Word),
// ODT or PDF. With demo data, a visible "synthetische demodata" warning.
class AnnexReport {
public:
    AnnexReport(const herkomst::StatisticsTable &table, const herkomst::AnalysisResult &result,
                const herkomst::AnalysisSettings &settings);
    ~AnnexReport();

    // Source line under the figures; empty: the default for the data's source.
    void setSourceLine(const QString &sourceLine);
    // Where the criteria come from (Preset::source), named in the method paragraph and sources.
    void setCriteriaSource(const QString &source);
    // Unit of the import values in the list and in Figure 2 by value.
    void setValueUnit(herkomst::ValueUnit unit);
    // The window's charts, so the report shows what the user sees (measure, stacking, caption).
    // Without them the report draws default charts of its own.
    void setCharts(ChartWidget *funnel, ChartWidget *countries);
    // Adds the section "Diensten en goederen": Table 1 with its figure (docs/design.md, "Table 1").
    void setServicesAndGoods(const herkomst::PartnerComparison &comparison);
    // With statistics, the annex has the section "Hoe gevoelig is de uitkomst?": both charts of
    // the view "Gevoeligheid" (its own, drawn as the view would, when they are null), the robust
    // core over the map's box and the borderline products, computed on those statistics.
    void setSensitivity(const herkomst::StatisticsSet *statistics, ChartWidget *curves, SensitivityMapChart *map);
    // Adds the section "Wat is veranderd sinds <jaar>?" (the view "Jaren"; only with several years).
    void setYearChanges(const herkomst::YearChangesAnnex &changes);

    // The model with both figures as PNG at 300 dpi and the text width.
    herkomst::ReportDocument document() const;
    bool writeDocx(const QString &path, QString *error) const;
    bool writeOdt(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;
    // By format name: "docx", "odt" or "pdf".
    bool write(const QString &path, const QString &format, QString *error) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::ui
