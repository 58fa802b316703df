#include "window/exporthandler.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "charts/productdetailchart.h"
#include "document/analysisdocument.h"
#include "export/annexreport.h"
#include "export/chartcaption.h"
#include "export/chartexporter.h"
#include "export/csvexport.h"
#include "export/exporttable.h"
#include "export/xlsxexport.h"
#include "table/productfilterproxymodel.h"
#include "table/producttablemodel.h"
#include "table/producttablepanel.h"
#include "window/exportsettings.h"

#include "domain/preset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>

namespace herkomst::ui {

ExportHandler::ExportHandler(AnalysisDocument *document, const Views &views, QWidget *window)
    : QObject(window), mDocument(document), mViews(views), mWindow(window)
{}

void ExportHandler::fillMenu(QMenu *menu)
{
    menu->clear();
    const std::pair<ChartWidget *, QString> charts[] = {{mViews.funnel, tr("Figuur 1 — trechter")},
                                                        {mViews.countries, tr("Figuur 2 — landen")},
                                                        {mViews.detail, tr("Productdetail")}};
    for (const auto &[chart, name] : charts) {
        QMenu *chartMenu = menu->addMenu(name);
        ChartWidget *target = chart;
        connect(chartMenu->addAction(tr("PNG (300 dpi)…")), &QAction::triggered, this,
                [this, target] { exportChart(target, QStringLiteral("png")); });
        connect(chartMenu->addAction(tr("SVG…")), &QAction::triggered, this,
                [this, target] { exportChart(target, QStringLiteral("svg")); });
        connect(chartMenu->addAction(tr("PDF…")), &QAction::triggered, this,
                [this, target] { exportChart(target, QStringLiteral("pdf")); });
        connect(chartMenu->addAction(tr("Kopiëren naar klembord")), &QAction::triggered, this,
                [this, target] { exportChart(target, QStringLiteral("clipboard")); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Producttabel als &XLSX…")), &QAction::triggered, this,
            [this] { exportTable(QStringLiteral("xlsx")); });
    connect(menu->addAction(tr("Producttabel als &CSV…")), &QAction::triggered, this,
            [this] { exportTable(QStringLiteral("csv")); });
    menu->addSeparator();
    connect(menu->addAction(tr("&Bijlage (ODT)…")), &QAction::triggered, this,
            [this] { exportAnnex(QStringLiteral("odt")); });
    connect(menu->addAction(tr("Bijlage (&PDF)…")), &QAction::triggered, this,
            [this] { exportAnnex(QStringLiteral("pdf")); });
    menu->addSeparator();
    connect(menu->addAction(tr("Exportinstellingen (formaat, bronregel)…")), &QAction::triggered, this,
            &ExportHandler::editExportSettings);
}

QString ExportHandler::askExportPath(const QString &title, const QString &format, const QString &filter)
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("exportFolder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(mWindow, title, folder, filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    settings.setValue(QStringLiteral("exportFolder"), QFileInfo(path).absolutePath());
    return path;
}

void ExportHandler::reportSaved(bool ok, const QString &path, const QString &error)
{
    if (!ok)
        emit errorOccurred(error);
    else
        emit statusMessage(tr("Opgeslagen: %1").arg(QDir::toNativeSeparators(path)), 5000);
}

ExportTable ExportHandler::productExportTable() const
{
    // The rows as the table shows them (filters and sort order), with plain numbers.
    ProductTablePanel *panel = mViews.table;
    ExportTable table = exportTableFromModel(*panel->proxy(), Qt::EditRole);
    table.sheetName = tr("Producten");
    table.title = tr("Producten: %1").arg(panel->filterSummary());
    const AnalysisSettings settings{mDocument->criteria(), mDocument->state().industries};
    table.notes << defaultCaption(mDocument->table(), settings, mDocument->sourceLine());
    const std::pair<int, std::pair<ColumnKind, int>> kinds[] = {
        {ProductTableModel::Stage, {ColumnKind::Text, 0}},
        {ProductTableModel::Share, {ColumnKind::Percentage, 1}},
        {ProductTableModel::Imports, {ColumnKind::Decimal, 0}},
        {ProductTableModel::Exports, {ColumnKind::Decimal, 0}},
        {ProductTableModel::Ratio, {ColumnKind::Decimal, 2}},
        {ProductTableModel::WorldHhi, {ColumnKind::Decimal, 3}}};
    for (const auto &[column, kind] : kinds) {
        table.columns[size_t(column)].kind = kind.first;
        table.columns[size_t(column)].decimals = kind.second;
    }
    for (ExportColumn &column : table.columns)
        column.header.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return table;
}

void ExportHandler::exportTable(const QString &format)
{
    const QString path =
        askExportPath(tr("Producttabel exporteren"), format,
                      format == QLatin1String("xlsx") ? tr("Excel-werkmap (*.xlsx)") : tr("CSV-bestand (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const ExportTable table = productExportTable();
    const bool ok = format == QLatin1String("xlsx") ? writeXlsx(table, path, &error) : writeCsv(table, path, &error);
    reportSaved(ok, path, error);
}

void ExportHandler::exportAnnex(const QString &format)
{
    const QString path =
        askExportPath(tr("Bijlage exporteren"), format,
                      format == QLatin1String("odt") ? tr("OpenDocument-tekst (*.odt)") : tr("PDF-document (*.pdf)"));
    if (path.isEmpty())
        return;
    const AnalysisSettings settings{mDocument->criteria(), mDocument->state().industries};
    AnnexReport report(mDocument->table(), mDocument->result(), settings);
    if (const Preset *preset = findPreset(mDocument->presetKey()))
        report.setCriteriaSource(QCoreApplication::translate("Preset", preset->source.toUtf8().constData()));
    report.setCharts(mViews.funnel, mViews.countries);
    report.setSourceLine(mDocument->sourceLine());
    QString error;
    const bool ok = format == QLatin1String("odt") ? report.writeOdt(path, &error) : report.writePdf(path, &error);
    reportSaved(ok, path, error);
}

void ExportHandler::exportChart(ChartWidget *chart, const QString &format)
{
    const ChartExportOptions options = ExportSettings::load().chartOptions();
    if (format == QLatin1String("clipboard")) {
        copyChartToClipboard(*chart, options);
        emit statusMessage(tr("%1 staat op het klembord").arg(chart->title()), 5000);
        return;
    }
    const QString filter = format == QLatin1String("png")   ? tr("PNG-afbeelding (*.png)")
                           : format == QLatin1String("svg") ? tr("SVG-afbeelding (*.svg)")
                                                            : tr("PDF-document (*.pdf)");
    const QString path = askExportPath(tr("Figuur exporteren"), format, filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = format == QLatin1String("png")   ? exportChartPng(*chart, path, options, &error)
                    : format == QLatin1String("svg") ? exportChartSvg(*chart, path, options, &error)
                                                     : exportChartPdf(*chart, path, options, &error);
    reportSaved(ok, path, error);
}

void ExportHandler::editExportSettings()
{
    const StatisticsTable &shown = mDocument->table();
    const QString fallback = defaultSourceLine(
        shown.data && shown.data->synthetic ? QStringLiteral("demo") : (shown.data ? shown.data->source : QString()));
    ExportSettingsDialog dialog(ExportSettings::load(), fallback, mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportSettings chosen = dialog.settings();
    chosen.save();
    mDocument->setSourceLine(chosen.sourceLine); // the captions follow
}

} // namespace herkomst::ui
