#include "window/exporthandler.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "charts/productdetailchart.h"
#include "document/analysisdocument.h"
#include "export/analysiscaption.h"
#include "sensitivity/sensitivitycurveschart.h"
#include "sensitivity/sensitivitymapchart.h"
#include "sensitivity/sensitivityview.h"
#include "table/producttablepanel.h"
#include "table1/table1view.h"
#include "window/exportsettings.h"
#include "years/yearsview.h"

#include "domain/preset.h"

#include <QCoreApplication>
#include <QDir>
#include <QMenu>

namespace herkomst::ui {

ExportHandler::ExportHandler(AnalysisDocument *document, const Views &views, QWidget *window)
    : QObject(window), mDocument(document), mViews(views), mWindow(window)
{
    applyExportSettings();
}

void ExportHandler::withExports(const std::function<void(const AnalysisExports &)> &f) const
{
    const AnalysisSettings settings = mDocument->state().settings();
    AnalysisExports exports(mDocument->table(), mDocument->result(), settings, ExportSettings::load());
    if (const Preset *preset = findPreset(mDocument->presetKey()))
        exports.setCriteriaSource(QCoreApplication::translate("Preset", preset->source.toUtf8().constData()));
    f(exports);
}

void ExportHandler::fillMenu(QMenu *menu)
{
    menu->clear();
    const std::pair<Item, QString> charts[] = {{Item::Funnel, tr("Figuur &1 — trechter")},
                                               {Item::Countries, tr("Figuur &2 — landen")},
                                               {Item::ProductDetail, tr("Product&detail — leveranciers")},
                                               {Item::SensitivityCurves, tr("&Gevoeligheid — per drempel")},
                                               {Item::SensitivityMap, tr("Gevoeligheid — &kaart van twee drempels")}};
    for (const auto &[item, name] : charts) {
        QMenu *chartMenu = menu->addMenu(name);
        const Item target = item;
        const std::pair<QString, QString> formats[] = {{QStringLiteral("png"), tr("PNG (300 dpi)…")},
                                                       {QStringLiteral("svg"), tr("SVG…")},
                                                       {QStringLiteral("pdf"), tr("PDF…")},
                                                       {QStringLiteral("clipboard"), tr("Kopiëren naar klembord")}};
        for (const auto &[format, label] : formats) {
            const QString f = format;
            connect(chartMenu->addAction(label), &QAction::triggered, this,
                    [this, target, f] { exportChart(target, f); });
        }
    }
    menu->addSeparator();
    const std::pair<QString, QString> lists[] = {{QStringLiteral("xlsx"), tr("Bijlage 2 als &XLSX…")},
                                                 {QStringLiteral("csv"), tr("Bijlage 2 als &CSV…")},
                                                 {QStringLiteral("docx"), tr("Bijlage 2 als &Word…")}};
    for (const auto &[format, label] : lists) {
        const QString f = format;
        QAction *action = menu->addAction(label);
        action->setToolTip(tr("De producten na de laatste stap, in de vorm van Bijlage 2 van de Kamerbrief"));
        connect(action, &QAction::triggered, this, [this, f] { exportConcentratedList(f); });
    }
    const std::pair<QString, QString> tables[] = {{QStringLiteral("xlsx"), tr("Producttabel als XLSX…")},
                                                  {QStringLiteral("csv"), tr("Producttabel als CSV…")},
                                                  {QStringLiteral("docx"), tr("Producttabel als Word…")}};
    for (const auto &[format, label] : tables) {
        const QString f = format;
        QAction *action = menu->addAction(label);
        action->setToolTip(tr("De tabel zoals getoond: filters, volgorde en kolommen"));
        connect(action, &QAction::triggered, this, [this, f] { exportTable(f); });
    }
    menu->addSeparator();
    const std::pair<QString, QString> annexes[] = {{QStringLiteral("docx"), tr("Bijlage (W&ord)…")},
                                                   {QStringLiteral("odt"), tr("Bijlage (&ODT)…")},
                                                   {QStringLiteral("pdf"), tr("Bijlage (&PDF)…")}};
    for (const auto &[format, label] : annexes) {
        const QString f = format;
        connect(menu->addAction(label), &QAction::triggered, this, [this, f] { exportAnnex(f); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Exportinstellingen (formaat, eenheid, bronregel)…")), &QAction::triggered, this,
            &ExportHandler::editExportSettings);
}

ChartWidget *ExportHandler::chart(Item item) const
{
    switch (item) {
    case Item::Funnel:
        return mViews.funnel;
    case Item::Countries:
        return mViews.countries;
    case Item::ProductDetail:
        return mViews.detail;
    case Item::SensitivityCurves:
    case Item::SensitivityMap:
        // The view beside the figures, brought up to date even when its tab is not shown.
        if (auto *view = sensitivityView()) {
            view->refresh();
            return item == Item::SensitivityCurves ? static_cast<ChartWidget *>(view->curvesChart())
                                                   : static_cast<ChartWidget *>(view->mapChart());
        }
        return nullptr;
    default:
        return nullptr;
    }
}

SensitivityView *ExportHandler::sensitivityView() const
{
    return mWindow->findChild<SensitivityView *>();
}

QString ExportHandler::selectedHs6() const
{
    const int row = mViews.table->selectedProductRow();
    return row >= 0 ? mDocument->table().product(row).hs6 : QString();
}

void ExportHandler::reportSaved(bool ok, const QString &path, const QString &error)
{
    if (!ok)
        emit errorOccurred(error);
    else
        emit statusMessage(tr("Opgeslagen: %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ExportHandler::exportChart(Item item, const QString &format)
{
    ChartWidget *target = chart(item);
    if (!target)
        return;
    const QString hs6 = item == Item::ProductDetail ? selectedHs6() : QString();
    if (item == Item::ProductDetail && hs6.isEmpty()) {
        emit errorOccurred(tr("Kies eerst een product in de tabel; de figuur toont zijn leveranciers."));
        return;
    }
    withExports([&](const AnalysisExports &exports) {
        if (format == QLatin1String("clipboard")) {
            exports.copyChart(*target);
            emit statusMessage(tr("%1 staat op het klembord (PNG en SVG)").arg(target->title()), 5000);
            return;
        }
        const QString path = exports.askPath(mWindow, tr("Figuur exporteren"), item, format, hs6);
        if (path.isEmpty())
            return;
        QString error;
        reportSaved(exports.writeChart(*target, path, format, &error), path, error);
    });
}

void ExportHandler::exportConcentratedList(const QString &format)
{
    withExports([&](const AnalysisExports &exports) {
        const QString path = exports.askPath(mWindow, tr("Bijlage 2 exporteren"), Item::ConcentratedList, format);
        if (path.isEmpty())
            return;
        QString error;
        reportSaved(exports.writeConcentratedList(path, format, &error), path, error);
    });
}

void ExportHandler::exportTable(const QString &format)
{
    withExports([&](const AnalysisExports &exports) {
        const QString path = exports.askPath(mWindow, tr("Producttabel exporteren"), Item::ProductTable, format);
        if (path.isEmpty())
            return;
        QString error;
        reportSaved(AnalysisExports::writeTable(mViews.table->exportTable(exports.caption()), path, format, &error),
                    path, error);
    });
}

void ExportHandler::exportAnnex(const QString &format)
{
    withExports([&](const AnalysisExports &exports) {
        const QString path = exports.askPath(mWindow, tr("Bijlage exporteren"), Item::Annex, format);
        if (path.isEmpty())
            return;
        QString error;
        SensitivityView *view = sensitivityView();
        if (view)
            view->refresh();
        // Table 1 as the view "Diensten en goederen" shows it, when it is of the analysis's
        // reporter and year (the letter's table goes with an analysis of the Netherlands in 2020).
        const Table1View *table1 = mWindow->findChild<Table1View *>();
        const PartnerComparison *servicesAndGoods =
            table1 ? table1->comparisonOf(mDocument->table().data->reporter, mDocument->table().data->year) : nullptr;
        // What changed between the years the view "Jaren" compares, when the data has several.
        YearsView *years = mWindow->findChild<YearsView *>();
        const std::optional<YearChangesAnnex> changes = years ? years->yearChangesAnnex() : std::nullopt;
        reportSaved(
            exports.writeAnnex(path, format, mViews.funnel, mViews.countries, &error,
                               view ? AnnexSensitivity{&mDocument->statistics(), view->curvesChart(), view->mapChart()}
                                    : AnnexSensitivity{},
                               servicesAndGoods, changes ? &*changes : nullptr),
            path, error);
    });
}

void ExportHandler::applyExportSettings()
{
    const ExportSettings settings = ExportSettings::load();
    mViews.table->setValueUnit(settings.unit);
    mViews.countries->setValueUnit(settings.unit);
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
    applyExportSettings();
    mDocument->setSourceLine(chosen.sourceLine); // the captions follow
}

} // namespace herkomst::ui
