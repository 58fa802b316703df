#pragma once

#include "analysis/funnelanalysis.h"

#include <QString>
#include <memory>

class QTextDocument;

namespace herkomst::ui {

class ChartWidget;

// The annex in the shape of the letter's Bijlage 1 and 2: method paragraph with thresholds, the
// funnel figure, the country figure, the table of concentrated products and the sources; with
// demo data, a visible "synthetische demodata" warning. Written as ODT (opens in Word and
// LibreOffice) or PDF from one QTextDocument.
class AnnexReport {
public:
    AnnexReport(const herkomst::StatisticsTable &table, const herkomst::AnalysisResult &result,
                const herkomst::AnalysisSettings &settings);
    ~AnnexReport();

    // Source line under the figures; empty: defaultSourceLine().
    void setSourceLine(const QString &sourceLine);
    // Where the criteria come from (Preset::source), named in the method paragraph and sources.
    void setCriteriaSource(const QString &source);
    // The window's charts, so the report shows what the user sees (measure, stacking, caption).
    // Without them the report draws default charts of its own.
    void setCharts(ChartWidget *funnel, ChartWidget *countries);

    std::unique_ptr<QTextDocument> document() const;
    bool writeOdt(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::ui
