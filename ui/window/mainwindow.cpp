#include "window/mainwindow.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "charts/productdetailchart.h"
#include "document/analysisdocument.h"
#include "export/annexreport.h"
#include "export/chartcaption.h"
#include "export/chartexporter.h"
#include "export/csvexport.h"
#include "export/xlsxexport.h"
#include "import/datasetmanager.h"
#include "import/importwizard.h"
#include "panels/thresholdpanel.h"
#include "table/productfilterproxymodel.h"
#include "table/producttablemodel.h"
#include "table/producttablepanel.h"
#include "window/exportsettings.h"
#include "window/languagemanager.h"
#include "window/settingsdialog.h"
#include "window/stablelabel.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"
#include "domain/preset.h"
#include "session/savedanalysis.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace herkomst::ui {

namespace {

constexpr int kMaxRecentFiles = 8;
constexpr int kSettingsVersion = 1;

QString countryName(const QString &iso3)
{
    return CountryRegistry::instance().name(
        iso3, NumberFormat::language().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("nl"));
}

// A white panel around a chart or the table, so the window reads as a set of figures.
QFrame *card(QWidget *content, QLayout *header = nullptr)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    if (header)
        layout->addLayout(header);
    layout->addWidget(content, 1);
    return frame;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), mDocument(new AnalysisDocument(this))
{
    setObjectName(QStringLiteral("herkomstMainWindow"));
    setAcceptDrops(true); // files dropped on the window open the import wizard
    mSourceLine = ExportSettings::load().sourceLine;
    createActions();
    createCentralArea();
    createDock();
    createMenus();
    createStatusBar();

    connect(mDocument, &AnalysisDocument::analysisChanged, this, &MainWindow::updateViews);
    connect(mDocument, &AnalysisDocument::sourceChanged, this, &MainWindow::updateSourceInfo);
    connect(mDocument, &AnalysisDocument::errorOccurred, this, &MainWindow::showError);
    connect(mDocument->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateWindowTitle);
    connect(mTable, &ProductTablePanel::productSelected, this, &MainWindow::updateDetail);
    connect(mFunnel, &FunnelChart::stepClicked, this, &MainWindow::onStepClicked);
    connect(mCountries, &CountryChart::countryClicked, this, &MainWindow::onCountryClicked);

    retranslate();
    resize(1440, 900);
}

MainWindow::~MainWindow()
{
    // The document dies among this window's children; its undo stack must not signal half-gone views.
    mDocument->undoStack()->blockSignals(true);
    mDocument->blockSignals(true);
}

void MainWindow::createActions()
{
    mOpenAction = new QAction(this);
    mOpenAction->setShortcut(QKeySequence::Open);
    mOpenAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::openAnalysisDialog);

    mSaveAction = new QAction(this);
    mSaveAction->setShortcut(QKeySequence::Save);
    mSaveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(mSaveAction, &QAction::triggered, this, &MainWindow::save);

    mSaveAsAction = new QAction(this);
    mSaveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(mSaveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    mImportAction = new QAction(this);
    mImportAction->setObjectName(QStringLiteral("importAction"));
    mImportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(mImportAction, &QAction::triggered, this, [this] { openImportWizard(); });
    mDataSetsAction = new QAction(this);
    mDataSetsAction->setObjectName(QStringLiteral("dataSetsAction"));
    connect(mDataSetsAction, &QAction::triggered, this, &MainWindow::openDataSetManager);

    mOpenStoreAction = new QAction(this);
    connect(mOpenStoreAction, &QAction::triggered, this, &MainWindow::openStoreDialog);
    mDemoAction = new QAction(this);
    connect(mDemoAction, &QAction::triggered, this, &MainWindow::useDemo);

    mQuitAction = new QAction(this);
    mQuitAction->setShortcut(QKeySequence::Quit);
    mQuitAction->setMenuRole(QAction::QuitRole);
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);

    // Own actions rather than QUndoStack::createUndoAction, whose text prefix cannot be retranslated.
    QUndoStack *stack = mDocument->undoStack();
    mUndoAction = new QAction(this);
    mUndoAction->setObjectName(QStringLiteral("undoAction"));
    mUndoAction->setShortcut(QKeySequence::Undo);
    mUndoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(mUndoAction, &QAction::triggered, stack, &QUndoStack::undo);
    mRedoAction = new QAction(this);
    mRedoAction->setObjectName(QStringLiteral("redoAction"));
    mRedoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    mRedoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(mRedoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);

    mCopyAction = new QAction(this);
    connect(mCopyAction, &QAction::triggered, this, [this] { mTable->copySelection(); });
    mFindAction = new QAction(this);
    connect(mFindAction, &QAction::triggered, this, [this] { mTable->focusSearch(); });
    mClearFiltersAction = new QAction(this);
    mClearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(mClearFiltersAction, &QAction::triggered, this, [this] { mTable->clearFilters(); });
    mResetAction = new QAction(this);
    mResetAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(mResetAction, &QAction::triggered, mDocument, &AnalysisDocument::resetToDefaults);
    mSettingsAction = new QAction(this);
    mSettingsAction->setShortcut(QKeySequence::Preferences);
    mSettingsAction->setMenuRole(QAction::PreferencesRole);
    connect(mSettingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    mAboutAction = new QAction(this);
    connect(mAboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createCentralArea()
{
    mBanner = new QLabel;
    mBanner->setObjectName(QStringLiteral("demoBanner"));
    mBanner->setWordWrap(true);
    mBanner->setTextFormat(Qt::RichText);

    mFunnel = new FunnelChart;
    mFunnel->setObjectName(QStringLiteral("funnelChart"));
    mCountries = new CountryChart;
    mCountries->setObjectName(QStringLiteral("countryChart"));
    mDetail = new ProductDetailChart;
    mDetail->setObjectName(QStringLiteral("productDetail"));
    mTable = new ProductTablePanel(mDocument);
    mTable->setObjectName(QStringLiteral("productTable"));

    // Figure 2 options sit right above it.
    mMeasureLabel = new QLabel;
    mMeasure = new QComboBox;
    mMeasureLabel->setBuddy(mMeasure);
    mStacked = new QCheckBox;
    mTopNLabel = new QLabel;
    mTopN = new QSpinBox;
    mTopN->setRange(3, 40);
    mTopN->setValue(mCountries->topN());
    mTopNLabel->setBuddy(mTopN);
    auto *countryOptions = new QHBoxLayout;
    countryOptions->addWidget(mMeasureLabel);
    countryOptions->addWidget(mMeasure);
    countryOptions->addSpacing(12);
    countryOptions->addWidget(mStacked);
    countryOptions->addSpacing(12);
    countryOptions->addWidget(mTopNLabel);
    countryOptions->addWidget(mTopN);
    countryOptions->addStretch(1);
    connect(mMeasure, &QComboBox::activated, this,
            [this] { mCountries->setMeasure(CountryChart::Measure(mMeasure->currentData().toInt())); });
    connect(mStacked, &QCheckBox::toggled, mCountries, &CountryChart::setStackedByIndustry);
    connect(mTopN, &QSpinBox::valueChanged, mCountries, &CountryChart::setTopN);

    mTopSplitter = new QSplitter(Qt::Horizontal);
    mTopSplitter->setObjectName(QStringLiteral("topSplitter"));
    mTopSplitter->addWidget(card(mFunnel));
    mTopSplitter->addWidget(card(mCountries, countryOptions));
    mTopSplitter->setStretchFactor(0, 1);
    mTopSplitter->setStretchFactor(1, 1);

    mBottomSplitter = new QSplitter(Qt::Horizontal);
    mBottomSplitter->setObjectName(QStringLiteral("bottomSplitter"));
    mBottomSplitter->addWidget(card(mTable));
    mBottomSplitter->addWidget(card(mDetail));
    mBottomSplitter->setStretchFactor(0, 3);
    mBottomSplitter->setStretchFactor(1, 1);

    mVerticalSplitter = new QSplitter(Qt::Vertical);
    mVerticalSplitter->setObjectName(QStringLiteral("verticalSplitter"));
    mVerticalSplitter->addWidget(mTopSplitter);
    mVerticalSplitter->addWidget(mBottomSplitter);
    mVerticalSplitter->setStretchFactor(0, 5);
    mVerticalSplitter->setStretchFactor(1, 4);
    for (QSplitter *splitter : {mTopSplitter, mBottomSplitter, mVerticalSplitter})
        splitter->setChildrenCollapsible(false);

    auto *central = new QWidget;
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(8);
    layout->addWidget(mBanner);
    layout->addWidget(mVerticalSplitter, 1);
    setCentralWidget(central);
}

void MainWindow::createDock()
{
    mThresholds = new ThresholdPanel(mDocument);
    auto *scroll = new QScrollArea;
    scroll->setWidget(mThresholds);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(270);
    mDock = new QDockWidget(this);
    mDock->setObjectName(QStringLiteral("thresholdDock"));
    mDock->setWidget(scroll);
    mDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                       QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, mDock);
}

void MainWindow::createMenus()
{
    mFileMenu = menuBar()->addMenu(QString());
    mFileMenu->addAction(mOpenAction);
    mRecentMenu = mFileMenu->addMenu(QString());
    mFileMenu->addAction(mSaveAction);
    mFileMenu->addAction(mSaveAsAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mImportAction);
    mFileMenu->addAction(mDataSetsAction);
    mFileMenu->addAction(mOpenStoreAction);
    mFileMenu->addAction(mDemoAction);
    mFileMenu->addSeparator();
    mExportMenu = mFileMenu->addMenu(QString());
    mFileMenu->addSeparator();
    mFileMenu->addAction(mQuitAction);

    mEditMenu = menuBar()->addMenu(QString());
    mEditMenu->addAction(mUndoAction);
    mEditMenu->addAction(mRedoAction);
    mEditMenu->addSeparator();
    mEditMenu->addAction(mCopyAction);
    mEditMenu->addAction(mFindAction);
    mEditMenu->addAction(mClearFiltersAction);
    mEditMenu->addSeparator();
    mEditMenu->addAction(mResetAction);
    mEditMenu->addSeparator();
    mEditMenu->addAction(mSettingsAction);

    mViewMenu = menuBar()->addMenu(QString());
    mViewMenu->addAction(mDock->toggleViewAction());
    // Keyboard paths to what the charts do on a click: a step's products, a supplier's products.
    connect(mViewMenu, &QMenu::aboutToShow, this, [this] {
        const QList<QAction *> old = mViewMenu->actions();
        for (int i = 1; i < old.size(); ++i)
            delete old[i];
        mViewMenu->addSeparator();
        const AnalysisResult &result = mDocument->result();
        QMenu *steps = mViewMenu->addMenu(tr("Producten na &stap"));
        for (int s = 0; s < int(result.steps.size()); ++s) {
            QAction *a = steps->addAction(
                QStringLiteral("&%1 %2 (%3)")
                    .arg(s)
                    .arg(result.steps[size_t(s)].label, NumberFormat::count(result.steps[size_t(s)].kept)));
            connect(a, &QAction::triggered, this, [this, s] { onStepClicked(s); });
        }
        QMenu *suppliers = mViewMenu->addMenu(tr("Producten van &leverancier"));
        const QStringList codes = mCountries->barCountries();
        const QStringList labels = mCountries->barLabels();
        for (int i = 0; i < codes.size(); ++i) {
            QAction *a = suppliers->addAction(i < labels.size() ? labels[i] : codes[i]);
            const QString code = codes[i];
            connect(a, &QAction::triggered, this, [this, code] { onCountryClicked(code); });
        }
    });

    mHelpMenu = menuBar()->addMenu(QString());
    mHelpMenu->addAction(mAboutAction);

    auto *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(mOpenAction);
    toolBar->addAction(mSaveAction);
    toolBar->addSeparator();
    toolBar->addAction(mUndoAction);
    toolBar->addAction(mRedoAction);
    toolBar->addSeparator();
    toolBar->addAction(mResetAction);

    QSettings settings;
    mRecentFiles = settings.value(QStringLiteral("recentFiles")).toStringList();
    rebuildRecentMenu();
}

void MainWindow::createStatusBar()
{
    mStatusSynthetic = new QLabel;
    mStatusSynthetic->setObjectName(QStringLiteral("syntheticBadge"));
    mStatusDataSet = new QLabel;
    mStatusDataSet->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mStatusFunnel = new StableLabel;
    mStatusFunnel->setObjectName(QStringLiteral("statusFunnel"));
    statusBar()->addWidget(mStatusSynthetic);
    statusBar()->addWidget(mStatusDataSet, 1);
    statusBar()->addPermanentWidget(mStatusFunnel);
}

void MainWindow::updateViews()
{
    const AnalysisResult &result = mDocument->result();
    const StatisticsTable &table = mDocument->table();
    const AnalysisSettings settings{mDocument->criteria(), mDocument->state().industries};
    const QString caption = defaultCaption(table, settings, mSourceLine);
    mFunnel->setCaption(caption);
    mFunnel->setResult(result);
    mCountries->setCaption(caption);
    mCountries->setResult(result, table);
    updateDetail(mTable->selectedProductRow());

    QStringList counts;
    for (const FunnelStep &step : result.steps)
        counts << NumberFormat::count(step.kept);
    mStatusFunnel->setText(tr("Trechter: %1").arg(counts.join(QStringLiteral(" → "))));
    mResetAction->setEnabled(mDocument->state() != AnalysisState::defaults(mDocument->state().selection));
    updateSourceInfo();
}

void MainWindow::updateDetail(int row)
{
    // Shares and HHI do not depend on thresholds: redraw only for another product or data.
    if (row == mDetailRow && mDocument->statisticsGeneration() == mDetailGeneration)
        return;
    mDetailRow = row;
    mDetailGeneration = mDocument->statisticsGeneration();
    if (row < 0 || row >= int(mDocument->table().rows.size()))
        mDetail->clear();
    else
        mDetail->setProduct(mDocument->table(), row);
}

void MainWindow::updateSourceInfo()
{
    const bool synthetic = mDocument->isSynthetic();
    const DataSetInfo info = mDocument->currentDataSet();
    mBanner->setVisible(synthetic);
    mBanner->setText(
        tr("<b>Synthetische demodata</b> — gegenereerd in de vorm van de CBS-tabellen achter de Kamerbrief "
           "van 22 november 2021; <b>geen echte handelscijfers</b>. Echte gegevens komen via "
           "Bestand → Importeren of Bestand → Database openen."));
    mStatusSynthetic->setVisible(synthetic);
    mStatusSynthetic->setText(tr("synthetisch"));
    const QString reporter = countryName(mDocument->state().selection.reporter);
    mStatusDataSet->setText(
        tr("%1 · %2 %3 · %4").arg(info.name, reporter).arg(mDocument->analysisYear()).arg(mDocument->provenance()));
    mStatusDataSet->setToolTip(mDocument->isDemo() ? tr("Ingebouwde demodata")
                                                   : tr("Database: %1").arg(mDocument->storePath()));
    updateWindowTitle();
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = mDocument->undoStack();
    mUndoAction->setEnabled(stack->canUndo());
    mRedoAction->setEnabled(stack->canRedo());
    mUndoAction->setText(tr("&Ongedaan maken"));
    mRedoAction->setText(tr("O&pnieuw"));
    mUndoAction->setToolTip(stack->canUndo() ? tr("Ongedaan maken: %1 (Ctrl+Z)").arg(stack->undoText())
                                             : tr("Ongedaan maken (Ctrl+Z)"));
    mRedoAction->setToolTip(stack->canRedo() ? tr("Opnieuw: %1 (Ctrl+Shift+Z)").arg(stack->redoText())
                                             : tr("Opnieuw (Ctrl+Shift+Z)"));
}

void MainWindow::updateWindowTitle()
{
    const QString subject =
        mCurrentFile.isEmpty() ? mDocument->currentDataSet().name : QFileInfo(mCurrentFile).fileName();
    setWindowTitle(tr("%1[*] — Herkomst").arg(subject));
    setWindowModified(!mCurrentFile.isEmpty() && !mDocument->undoStack()->isClean());
}

void MainWindow::onStepClicked(int step)
{
    mTable->showSuppliers({}, QString());
    mTable->showStep(step);
}

void MainWindow::onCountryClicked(const QString &iso3)
{
    const AnalysisResult &result = mDocument->result();
    QSet<QString> codes;
    QString label;
    if (iso3.isEmpty()) {
        // "overige": every supplier that has no bar of its own.
        const QStringList shown = mCountries->barCountries();
        for (const SupplierGroup &group : result.bySupplier) {
            if (!shown.contains(group.iso3))
                codes.insert(group.iso3);
        }
        label = tr("overige landen");
    } else {
        codes.insert(iso3);
        label = countryName(iso3);
    }
    if (codes.isEmpty())
        return;
    mTable->showStep(result.finalStage());
    mTable->showSuppliers(codes, label);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Herkomst"), message);
}

QString MainWindow::askExportPath(const QString &title, const QString &format, const QString &filter)
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("exportFolder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(this, title, folder, filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    settings.setValue(QStringLiteral("exportFolder"), QFileInfo(path).absolutePath());
    return path;
}

ExportTable MainWindow::productExportTable() const
{
    // The rows as the table shows them (filters and sort order), with plain numbers.
    ExportTable table = exportTableFromModel(*mTable->proxy(), Qt::EditRole);
    table.sheetName = tr("Producten");
    table.title = tr("Producten: %1").arg(mTable->filterSummary());
    const AnalysisSettings settings{mDocument->criteria(), mDocument->state().industries};
    table.notes << defaultCaption(mDocument->table(), settings, mSourceLine);
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

void MainWindow::exportTable(const QString &format)
{
    const QString path =
        askExportPath(tr("Producttabel exporteren"), format,
                      format == QLatin1String("xlsx") ? tr("Excel-werkmap (*.xlsx)") : tr("CSV-bestand (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const ExportTable table = productExportTable();
    const bool ok = format == QLatin1String("xlsx") ? writeXlsx(table, path, &error) : writeCsv(table, path, &error);
    if (!ok)
        showError(error);
    else
        statusBar()->showMessage(tr("Opgeslagen: %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportAnnex(const QString &format)
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
    report.setCharts(mFunnel, mCountries);
    report.setSourceLine(mSourceLine);
    QString error;
    const bool ok = format == QLatin1String("odt") ? report.writeOdt(path, &error) : report.writePdf(path, &error);
    if (!ok)
        showError(error);
    else
        statusBar()->showMessage(tr("Opgeslagen: %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportChart(ChartWidget *chart, const QString &format)
{
    const ChartExportOptions options = ExportSettings::load().chartOptions();
    if (format == QLatin1String("clipboard")) {
        copyChartToClipboard(*chart, options);
        statusBar()->showMessage(tr("%1 staat op het klembord").arg(chart->title()), 5000);
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
    if (!ok)
        showError(error);
    else
        statusBar()->showMessage(tr("Opgeslagen: %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::editExportSettings()
{
    const QString fallback =
        defaultSourceLine(mDocument->table().data && mDocument->table().data->synthetic
                              ? QStringLiteral("demo")
                              : (mDocument->table().data ? mDocument->table().data->source : QString()));
    ExportSettingsDialog dialog(ExportSettings::load(), fallback, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportSettings chosen = dialog.settings();
    chosen.save();
    mSourceLine = chosen.sourceLine;
    updateViews();
}

// --- saved analyses ---------------------------------------------------------------------------

QJsonObject MainWindow::viewState() const
{
    return QJsonObject{{QStringLiteral("table"), mTable->viewState()},
                       {QStringLiteral("countryMeasure"), int(mCountries->measure())},
                       {QStringLiteral("countryStacked"), mCountries->isStackedByIndustry()},
                       {QStringLiteral("countryTopN"), mCountries->topN()}};
}

void MainWindow::restoreViewState(const QJsonObject &state)
{
    const auto measure = CountryChart::Measure(state.value(QStringLiteral("countryMeasure")).toInt(0));
    mCountries->setMeasure(measure);
    mMeasure->setCurrentIndex(mMeasure->findData(int(measure)));
    mStacked->setChecked(state.value(QStringLiteral("countryStacked")).toBool(false));
    mTopN->setValue(state.value(QStringLiteral("countryTopN")).toInt(mTopN->value()));
    if (state.contains(QStringLiteral("table")))
        mTable->restoreViewState(state.value(QStringLiteral("table")).toObject());
    else
        mTable->showStep(mDocument->result().finalStage());
}

bool MainWindow::saveAnalysis(const QString &path)
{
    SavedAnalysis analysis;
    analysis.selection = mDocument->state().selection;
    analysis.presetKey = mDocument->presetKey();
    analysis.criteria = mDocument->criteria();
    analysis.industries = mDocument->state().industries;
    analysis.viewState = viewState();
    QString error;
    if (!recordProvenance(analysis, mDocument->store(), &error) || !writeSavedAnalysis(analysis, path, &error)) {
        showError(error);
        return false;
    }
    mCurrentFile = path;
    mDocument->undoStack()->setClean();
    rememberRecent(path);
    updateWindowTitle();
    statusBar()->showMessage(tr("Analyse opgeslagen in %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::openAnalysis(const QString &path)
{
    QString error;
    const std::optional<SavedAnalysis> analysis = readSavedAnalysis(path, &error);
    if (!analysis) {
        showError(error);
        return false;
    }
    AnalysisState state;
    state.selection = analysis->selection;
    state.criteria = analysis->criteria;
    state.industries = analysis->industries;
    bool ok = false;
    if (analysis->storePath.isEmpty()) {
        if (!mDocument->isDemo())
            mDocument->useDemoData(state);
        ok = mDocument->restoreState(state, &error);
    } else {
        // Opening a missing store would create an empty one; say what is missing instead.
        if (!QFileInfo::exists(analysis->storePath)) {
            showError(tr("De analyse %1 hoort bij de database %2, die niet (meer) bestaat.")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(analysis->storePath)));
            return false;
        }
        Store probe;
        if (!probe.open(analysis->storePath, &error)) {
            showError(tr("De analyse %1 hoort bij de database %2, die niet te openen is: %3")
                          .arg(QDir::toNativeSeparators(path), analysis->storePath, error));
            return false;
        }
        error = checkAgainstStore(*analysis, &probe);
        probe.close();
        if (!error.isEmpty()) {
            showError(error);
            return false;
        }
        ok = mDocument->openStore(analysis->storePath, state, &error);
    }
    if (!ok) {
        showError(error);
        return false;
    }
    restoreViewState(analysis->viewState);
    mCurrentFile = path;
    mDocument->undoStack()->setClean();
    rememberRecent(path);
    updateWindowTitle();
    return true;
}

void MainWindow::openAnalysisDialog()
{
    if (!maybeSave())
        return;
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("analysisFolder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Analyse openen"), folder, savedAnalysisFileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("analysisFolder"), QFileInfo(path).absolutePath());
    openAnalysis(path);
}

bool MainWindow::save()
{
    return mCurrentFile.isEmpty() ? saveAs() : saveAnalysis(mCurrentFile);
}

bool MainWindow::saveAs()
{
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("analysisFolder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString suggestion =
        mCurrentFile.isEmpty() ? folder + QLatin1Char('/') + tr("analyse") + QLatin1Char('.') + savedAnalysisSuffix()
                               : mCurrentFile;
    QString path = QFileDialog::getSaveFileName(this, tr("Analyse opslaan"), suggestion, savedAnalysisFileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1Char('.') + savedAnalysisSuffix()))
        path += QLatin1Char('.') + savedAnalysisSuffix();
    settings.setValue(QStringLiteral("analysisFolder"), QFileInfo(path).absolutePath());
    return saveAnalysis(path);
}

bool MainWindow::maybeSave()
{
    if (mCurrentFile.isEmpty() || mDocument->undoStack()->isClean())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Herkomst"),
        tr("De analyse %1 is gewijzigd. Wijzigingen opslaan?").arg(QFileInfo(mCurrentFile).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::rememberRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    mRecentFiles.removeAll(absolute);
    mRecentFiles.prepend(absolute);
    while (mRecentFiles.size() > kMaxRecentFiles)
        mRecentFiles.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), mRecentFiles);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    mRecentMenu->clear();
    for (int i = 0; i < mRecentFiles.size(); ++i) {
        const QString path = mRecentFiles[i];
        QAction *action = mRecentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openAnalysis(path);
        });
    }
    mRecentMenu->setEnabled(!mRecentFiles.isEmpty());
}

void MainWindow::openStoreDialog()
{
    const QString start = mDocument->isDemo() ? Store::defaultPath() : mDocument->storePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Database openen"), QFileInfo(start).absolutePath(),
                                                      tr("Herkomst-database (*.sqlite *.db);;Alle bestanden (*)"));
    if (path.isEmpty())
        return;
    QString error;
    AnalysisState state = mDocument->state();
    state.selection.dataSet.clear();
    if (!mDocument->openStore(path, state, &error))
        showError(error);
}

void MainWindow::useDemo()
{
    AnalysisState state = mDocument->state();
    state.selection = DataSelection{};
    mDocument->useDemoData(state);
}

// --- session ----------------------------------------------------------------------------------

void MainWindow::startOnDemoData()
{
    mDocument->useDemoData();
    mTable->showStep(mDocument->result().finalStage());
    mTable->selectFirstIfNone();
}

void MainWindow::restoreLastSession()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    mLayoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kSettingsVersion);
    for (QSplitter *splitter : {mTopSplitter, mBottomSplitter, mVerticalSplitter})
        splitter->restoreState(settings.value(QStringLiteral("window/") + splitter->objectName()).toByteArray());

    const QJsonObject stateJson =
        QJsonDocument::fromJson(settings.value(QStringLiteral("analysis/state")).toByteArray()).object();
    const AnalysisState state = stateJson.isEmpty() ? AnalysisState::defaults() : AnalysisState::fromJson(stateJson);
    const QString storePath = settings.value(QStringLiteral("analysis/store")).toString();
    bool opened = false;
    if (!storePath.isEmpty()) {
        QString error;
        opened = QFileInfo::exists(storePath) && mDocument->openStore(storePath, state, &error);
        if (!opened)
            statusBar()->showMessage(
                tr("De vorige database %1 is niet te openen; de demodata worden getoond. %2").arg(storePath, error),
                15000);
    }
    if (!opened)
        mDocument->useDemoData(state);
    const QJsonObject view =
        QJsonDocument::fromJson(settings.value(QStringLiteral("analysis/view")).toByteArray()).object();
    restoreViewState(view);
    mTable->selectFirstIfNone();
    mCurrentFile = settings.value(QStringLiteral("analysis/file")).toString();
    if (!QFileInfo::exists(mCurrentFile))
        mCurrentFile.clear();
    updateWindowTitle();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kSettingsVersion));
    for (QSplitter *splitter : {mTopSplitter, mBottomSplitter, mVerticalSplitter})
        settings.setValue(QStringLiteral("window/") + splitter->objectName(), splitter->saveState());
    settings.setValue(QStringLiteral("analysis/store"), mDocument->storePath());
    settings.setValue(QStringLiteral("analysis/state"),
                      QJsonDocument(mDocument->state().toJson()).toJson(QJsonDocument::Compact));
    settings.setValue(QStringLiteral("analysis/view"), QJsonDocument(viewState()).toJson(QJsonDocument::Compact));
    settings.setValue(QStringLiteral("analysis/file"), mCurrentFile);
    settings.setValue(QStringLiteral("language"), LanguageManager::instance().language());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Docks take their width only once the window is laid out; a restored state already has it.
    if (!mLayoutRestored) {
        mLayoutRestored = true;
        resizeDocks({mDock}, {std::clamp(width() / 5, 280, 340)}, Qt::Horizontal);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::setLanguage(const QString &language)
{
    if (!LanguageManager::instance().setLanguage(language))
        statusBar()->showMessage(tr("De vertaling voor %1 ontbreekt; het scherm blijft Nederlands.").arg(language),
                                 10000);
    QSettings().setValue(QStringLiteral("language"), LanguageManager::instance().language());
    // Translators post LanguageChange; deliver it now so the switch is complete on return.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

// --- import ---------------------------------------------------------------------------------------

ImportWizard *MainWindow::openImportWizard(const QStringList &files)
{
    auto *wizard = new ImportWizard(mDocument, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!files.isEmpty())
        wizard->setFiles(files);
    wizard->open();
    return wizard;
}

DataSetManager *MainWindow::openDataSetManager()
{
    auto *manager = new DataSetManager(mDocument, this);
    manager->setAttribute(Qt::WA_DeleteOnClose);
    manager->open();
    return manager;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openImportWizard(files);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    connect(&dialog, &SettingsDialog::languageChosen, this, &MainWindow::setLanguage);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Over Herkomst"),
                       tr("<h3>Herkomst %1</h3><p>Waar komt de Nederlandse invoer vandaan, en welke producten zijn "
                          "strategische afhankelijkheden? Herkomst herhaalt de analyse achter de Kamerbrief van "
                          "22 november 2021 (Bijlage 1) met instelbare drempels.</p>"
                          "<p>Methode: CBS, maatwerk voor BZ; Europese Commissie SWD(2021) 352; CEPII GeoDep.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        mDetailRow = -2; // country names in the detail follow the language
        retranslate();
        mDocument->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    mFileMenu->setTitle(tr("&Bestand"));
    mRecentMenu->setTitle(tr("&Recente analyses"));
    mExportMenu->setTitle(tr("&Exporteren"));
    mEditMenu->setTitle(tr("B&ewerken"));
    mViewMenu->setTitle(tr("Bee&ld"));
    mHelpMenu->setTitle(tr("&Help"));
    mOpenAction->setText(tr("&Openen…"));
    mOpenAction->setToolTip(tr("Een opgeslagen analyse openen (Ctrl+O)"));
    mSaveAction->setText(tr("&Opslaan"));
    mSaveAction->setToolTip(tr("De analyse opslaan: gegevens, criteria, drempels en filters (Ctrl+S)"));
    mSaveAsAction->setText(tr("Opslaan &als…"));
    mImportAction->setText(tr("&Importeren…"));
    mImportAction->setToolTip(tr("Handelsgegevens importeren: het formaat wordt herkend, de kolommen kunt u "
                                 "controleren (Ctrl+I, of sleep bestanden op het venster)"));
    mImportAction->setStatusTip(mImportAction->toolTip());
    mDataSetsAction->setText(tr("&Gegevenssets beheren…"));
    mDataSetsAction->setToolTip(tr("Herkomst van de gegevenssets bekijken; hernoemen, verwijderen of gebruiken"));
    mOpenStoreAction->setText(tr("&Database openen…"));
    mDemoAction->setText(tr("&Demodata tonen"));
    mQuitAction->setText(tr("A&fsluiten"));
    updateUndoActions();
    mCopyAction->setText(tr("&Kopiëren als tabel"));
    mCopyAction->setShortcut(QKeySequence::Copy);
    mCopyAction->setShortcutContext(Qt::WidgetShortcut); // the table view owns Ctrl+C
    mCopyAction->setToolTip(tr("Kopieert de gekozen rijen als tekst met tabs (Ctrl+C in de tabel)"));
    mFindAction->setText(tr("&Zoeken in producten"));
    mFindAction->setShortcut(QKeySequence::Find);
    mFindAction->setShortcutContext(Qt::WidgetShortcut); // the table panel owns Ctrl+F
    mClearFiltersAction->setText(tr("&Filters wissen"));
    mResetAction->setText(tr("&Standaard (CBS 2021)"));
    mResetAction->setToolTip(tr("Criteria en drempels terug naar de Kamerbrief (CBS 2021)"));
    mSettingsAction->setText(tr("&Instellingen…"));
    mAboutAction->setText(tr("&Over Herkomst"));
    mDock->setWindowTitle(tr("Drempels"));
    mMeasureLabel->setText(tr("&Maat"));
    {
        const int current = mMeasure->currentIndex();
        mMeasure->clear();
        mMeasure->addItem(tr("Aantal producten"), int(CountryChart::Measure::Count));
        mMeasure->addItem(tr("Invoerwaarde"), int(CountryChart::Measure::ImportValue));
        mMeasure->setCurrentIndex(std::max(0, current));
    }
    mStacked->setText(tr("&Per bedrijfstak"));
    mStacked->setToolTip(tr("Balken gestapeld naar bedrijfstak"));
    mTopNLabel->setText(tr("&Landen"));
    mTopN->setToolTip(tr("Aantal landen met een eigen balk; de rest telt als 'overige'"));

    mExportMenu->clear();
    const std::pair<ChartWidget *, QString> charts[] = {
        {mFunnel, tr("Figuur 1 — trechter")}, {mCountries, tr("Figuur 2 — landen")}, {mDetail, tr("Productdetail")}};
    for (const auto &[chart, name] : charts) {
        QMenu *menu = mExportMenu->addMenu(name);
        ChartWidget *target = chart;
        connect(menu->addAction(tr("PNG (300 dpi)…")), &QAction::triggered, this,
                [this, target] { exportChart(target, QStringLiteral("png")); });
        connect(menu->addAction(tr("SVG…")), &QAction::triggered, this,
                [this, target] { exportChart(target, QStringLiteral("svg")); });
        connect(menu->addAction(tr("PDF…")), &QAction::triggered, this,
                [this, target] { exportChart(target, QStringLiteral("pdf")); });
        connect(menu->addAction(tr("Kopiëren naar klembord")), &QAction::triggered, this,
                [this, target] { exportChart(target, QStringLiteral("clipboard")); });
    }
    mExportMenu->addSeparator();
    connect(mExportMenu->addAction(tr("Producttabel als &XLSX…")), &QAction::triggered, this,
            [this] { exportTable(QStringLiteral("xlsx")); });
    connect(mExportMenu->addAction(tr("Producttabel als &CSV…")), &QAction::triggered, this,
            [this] { exportTable(QStringLiteral("csv")); });
    mExportMenu->addSeparator();
    connect(mExportMenu->addAction(tr("&Bijlage (ODT)…")), &QAction::triggered, this,
            [this] { exportAnnex(QStringLiteral("odt")); });
    connect(mExportMenu->addAction(tr("Bijlage (&PDF)…")), &QAction::triggered, this,
            [this] { exportAnnex(QStringLiteral("pdf")); });
    mExportMenu->addSeparator();
    connect(mExportMenu->addAction(tr("Exportinstellingen (formaat, bronregel)…")), &QAction::triggered, this,
            &MainWindow::editExportSettings);
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolBar->setWindowTitle(tr("Werkbalk"));
    updateSourceInfo();
}

} // namespace herkomst::ui
