#include "export/analysisexports.h"

#include "charts/chartwidget.h"
#include "export/analysiscaption.h"
#include "export/annexcontent.h"
#include "export/annexreport.h"
#include "export/annextables.h"
#include "export/chartexporter.h"
#include "export/csvexport.h"
#include "export/docxwriter.h"
#include "export/sensitivitycaption.h"
#include "export/xlsxexport.h"
#include "sensitivity/sensitivitycurveschart.h"
#include "sensitivity/sensitivitymapchart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace herkomst::ui {

namespace {

class ExportText {
    Q_DECLARE_TR_FUNCTIONS(AnalysisExports)
};

const QString kFolderKey = QStringLiteral("exportFolder"); // shared with earlier versions

// Sets a chart's caption for one export and gives the screen its own back.
class CaptionScope {
public:
    CaptionScope(ChartWidget &chart, const QString &caption) : mChart(chart), mSaved(chart.caption())
    {
        mChart.setCaption(caption);
    }
    ~CaptionScope() { mChart.setCaption(mSaved); }
    CaptionScope(const CaptionScope &) = delete;
    CaptionScope &operator=(const CaptionScope &) = delete;

private:
    ChartWidget &mChart;
    QString mSaved;
};

} // namespace

AnalysisExports::AnalysisExports(const StatisticsTable &table, const AnalysisResult &result,
                                 const AnalysisSettings &settings, const ExportSettings &exportSettings)
    : mTable(table), mResult(result), mSettings(settings), mExportSettings(exportSettings)
{}

QString AnalysisExports::caption() const
{
    return defaultCaption(mTable, mSettings, mExportSettings.sourceLine);
}

QString AnalysisExports::captionFor(const ChartWidget &chart) const
{
    if (qobject_cast<const SensitivityCurvesChart *>(&chart))
        return sensitivityCurvesCaption(mTable, mSettings, mExportSettings.sourceLine);
    if (const auto *mapChart = qobject_cast<const SensitivityMapChart *>(&chart)) {
        const SensitivityMap &map = mapChart->map();
        if (!map.isEmpty()) {
            return sensitivityMapCaption(mTable, mSettings,
                                         {map.firstIndex, map.firstThresholds.front(), map.firstThresholds.back(),
                                          map.secondIndex, map.secondThresholds.front(), map.secondThresholds.back()},
                                         mExportSettings.sourceLine);
        }
    }
    return caption();
}

QString AnalysisExports::suggestedFileName(Item item, const QString &format, const QString &hs6) const
{
    QString base;
    switch (item) {
    case Item::Funnel:
        base = QStringLiteral("figuur1-trechter");
        break;
    case Item::Countries:
        base = QStringLiteral("figuur2-landen");
        break;
    case Item::ProductDetail:
        base =
            hs6.isEmpty() ? QStringLiteral("product-leveranciers") : QStringLiteral("product-%1-leveranciers").arg(hs6);
        break;
    case Item::ProductTable:
        base = QStringLiteral("producttabel");
        break;
    case Item::ConcentratedList:
        base = mResult.steps.size() > 1 && mResult.steps.back().key == QLatin1String("concentrated")
                   ? QStringLiteral("bijlage2-geconcentreerde-producten")
                   : QStringLiteral("bijlage2-producten-na-stap-%1").arg(std::max(0, mResult.finalStage()));
        break;
    case Item::Annex:
        base = QStringLiteral("bijlage-analyse-herkomst");
        break;
    case Item::SensitivityCurves:
        base = QStringLiteral("gevoeligheid-drempels");
        break;
    case Item::SensitivityMap:
        base = QStringLiteral("gevoeligheid-kaart");
        break;
    }
    return base + QLatin1Char('.') + format.toLower();
}

QString AnalysisExports::lastExportFolder()
{
    const QString folder = QSettings().value(kFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void AnalysisExports::rememberExportFolder(const QString &filePath)
{
    QSettings().setValue(kFolderKey, QFileInfo(filePath).absolutePath());
}

QString AnalysisExports::suggestedPath(Item item, const QString &format, const QString &hs6) const
{
    return QDir(lastExportFolder()).filePath(suggestedFileName(item, format, hs6));
}

QString AnalysisExports::fileFilter(const QString &format)
{
    const QString f = format.toLower();
    if (f == QLatin1String("png"))
        return ExportText::tr("PNG-afbeelding (*.png)");
    if (f == QLatin1String("svg"))
        return ExportText::tr("SVG-afbeelding (*.svg)");
    if (f == QLatin1String("pdf"))
        return ExportText::tr("PDF-document (*.pdf)");
    if (f == QLatin1String("xlsx"))
        return ExportText::tr("Excel-werkmap (*.xlsx)");
    if (f == QLatin1String("csv"))
        return ExportText::tr("CSV-bestand (*.csv)");
    if (f == QLatin1String("docx"))
        return ExportText::tr("Word-document (*.docx)");
    if (f == QLatin1String("odt"))
        return ExportText::tr("OpenDocument-tekst (*.odt)");
    return ExportText::tr("Alle bestanden (*)");
}

QString AnalysisExports::askPath(QWidget *parent, const QString &title, Item item, const QString &format,
                                 const QString &hs6) const
{
    QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath(item, format, hs6), fileFilter(format));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format.toLower();
    rememberExportFolder(path);
    return path;
}

bool AnalysisExports::writeChart(ChartWidget &chart, const QString &path, const QString &format, QString *error) const
{
    const CaptionScope scope(chart, captionFor(chart));
    const ChartExportOptions options = mExportSettings.chartOptions();
    const QString f = format.toLower();
    if (f == QLatin1String("png"))
        return exportChartPng(chart, path, options, error);
    if (f == QLatin1String("svg"))
        return exportChartSvg(chart, path, options, error);
    if (f == QLatin1String("pdf"))
        return exportChartPdf(chart, path, options, error);
    if (error)
        *error = ExportText::tr("Een figuur kan als png, svg of pdf, niet als \"%1\".").arg(format);
    return false;
}

void AnalysisExports::copyChart(ChartWidget &chart) const
{
    const CaptionScope scope(chart, captionFor(chart));
    copyChartToClipboard(chart, mExportSettings.chartOptions());
}

bool AnalysisExports::writeTable(const ExportTable &table, const QString &path, const QString &format, QString *error)
{
    const QString f = format.toLower();
    if (f == QLatin1String("xlsx"))
        return writeXlsx(table, path, error);
    if (f == QLatin1String("csv"))
        return writeCsv(table, path, error);
    if (f == QLatin1String("docx"))
        return writeDocx(tableReport(table), path, error);
    if (error)
        *error = ExportText::tr("Een tabel kan als xlsx, csv of docx, niet als \"%1\".").arg(format);
    return false;
}

bool AnalysisExports::writeConcentratedList(const QString &path, const QString &format, QString *error) const
{
    ExportTable list = concentratedProductsTable(mTable, mResult, mSettings, mExportSettings.unit);
    list.notes.prepend(effectiveSourceLine(mTable, mExportSettings.sourceLine));
    return writeTable(list, path, format, error);
}

bool AnalysisExports::writeAnnex(const QString &path, const QString &format, ChartWidget *funnel,
                                 ChartWidget *countries, QString *error, const AnnexSensitivity &sensitivity,
                                 const PartnerComparison *servicesAndGoods, const YearChangesAnnex *yearChanges) const
{
    AnnexReport report(mTable, mResult, mSettings);
    report.setSourceLine(mExportSettings.sourceLine);
    report.setCriteriaSource(mCriteriaSource);
    report.setValueUnit(mExportSettings.unit);
    report.setCharts(funnel, countries);
    report.setSensitivity(sensitivity.statistics, sensitivity.curves, sensitivity.map);
    if (servicesAndGoods)
        report.setServicesAndGoods(*servicesAndGoods);
    if (yearChanges)
        report.setYearChanges(*yearChanges);
    return report.write(path, format.toLower(), error);
}

} // namespace herkomst::ui
