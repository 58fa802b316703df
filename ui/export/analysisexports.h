#pragma once

#include "analysis/funnelanalysis.h"
#include "export/exporttable.h"
#include "window/exportsettings.h"

#include <QString>

class QWidget;

namespace herkomst {
struct PartnerComparison;
struct YearChangesAnnex;
} // namespace herkomst

namespace herkomst::ui {

class ChartWidget;
class ProductDetailChart;
class SensitivityMapChart;

// What the annex's section "Hoe gevoelig is de uitkomst?" is made of: the analysis's statistics
// and the two charts of the view "Gevoeligheid". Without them the annex has no such section.
struct AnnexSensitivity {
    const herkomst::StatisticsSet *statistics = nullptr;
    ChartWidget *curves = nullptr;
    SensitivityMapChart *map = nullptr;
};

// What the window exports, so its export part needs a few lines per menu entry and the command
// line and the window write the same files: the figures (with caption), the product detail with
// its caption, the Bijlage 2 list as XLSX, CSV or a Word table, the product table, the annex.
// Every file name is suggested in the folder the last export went to.
class AnalysisExports {
public:
    enum class Item {
        Funnel,
        Countries,
        ProductDetail,
        ProductTable,
        ConcentratedList,
        Annex,
        SensitivityCurves,
        SensitivityMap
    };

    AnalysisExports(const herkomst::StatisticsTable &table, const herkomst::AnalysisResult &result,
                    const herkomst::AnalysisSettings &settings, const ExportSettings &exportSettings);

    // Where the criteria come from (Preset::source), for the annex's method and sources.
    void setCriteriaSource(const QString &source) { mCriteriaSource = source; }

    // The caption under every figure: the export settings' source line, data, criteria.
    QString caption() const;
    // The caption of one chart: caption(), or for the sensitivity charts what they vary and what
    // stays fixed before it (export/sensitivitycaption.h).
    QString captionFor(const ChartWidget &chart) const;

    // "figuur1-trechter.png", "figuur2-landen.svg", "product-851712-leveranciers.png",
    // "producttabel.xlsx", "bijlage2-geconcentreerde-producten.xlsx" (or "bijlage2-producten-na-
    // stap-2.xlsx" when the funnel ends elsewhere), "bijlage-analyse-herkomst.docx".
    QString suggestedFileName(Item item, const QString &format, const QString &hs6 = QString()) const;
    // The suggested name in the last export folder (Documents before the first export).
    QString suggestedPath(Item item, const QString &format, const QString &hs6 = QString()) const;
    static QString lastExportFolder();
    static void rememberExportFolder(const QString &filePath);
    // "Word-document (*.docx)", "PNG-afbeelding (*.png)", ...
    static QString fileFilter(const QString &format);
    // A save dialog on the suggested path; the suffix is added when missing and the folder
    // remembered. Empty when the user cancels.
    QString askPath(QWidget *parent, const QString &title, Item item, const QString &format,
                    const QString &hs6 = QString()) const;

    // Figure 1, Figure 2 or the product detail as png, svg or pdf at the settings' size, with
    // the caption (set for the export only: the screen keeps its own).
    bool writeChart(ChartWidget &chart, const QString &path, const QString &format, QString *error) const;
    // Chart to the clipboard as PNG at the settings' resolution and SVG, with the caption.
    void copyChart(ChartWidget &chart) const;
    // Bijlage 2 as "xlsx", "csv" or "docx" (a Word table with title and notes), in the settings' unit.
    bool writeConcentratedList(const QString &path, const QString &format, QString *error) const;
    // Any export table (the product table as shown: ProductTablePanel::exportTable) the same ways.
    static bool writeTable(const herkomst::ExportTable &table, const QString &path, const QString &format,
                           QString *error);
    // The annex as "docx", "odt" or "pdf", with the window's charts as the user set them up.
    // With servicesAndGoods, the annex has the section "Diensten en goederen" (Table 1); with
    // yearChanges "Wat is veranderd sinds <jaar>?".
    bool writeAnnex(const QString &path, const QString &format, ChartWidget *funnel, ChartWidget *countries,
                    QString *error, const AnnexSensitivity &sensitivity = AnnexSensitivity(),
                    const herkomst::PartnerComparison *servicesAndGoods = nullptr,
                    const herkomst::YearChangesAnnex *yearChanges = nullptr) const;

private:
    const herkomst::StatisticsTable &mTable;
    const herkomst::AnalysisResult &mResult;
    const herkomst::AnalysisSettings &mSettings;
    ExportSettings mExportSettings;
    QString mCriteriaSource;
};

} // namespace herkomst::ui
