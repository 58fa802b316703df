#include "window/mainwindow.h"

#include "analysis/analysiswarnings.h"
#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "charts/productdetailchart.h"
#include "document/analysisdocument.h"
#include "export/chartcaption.h"
#include "import/datasetmanager.h"
#include "import/importwizard.h"
#include "panels/countrychartoptions.h"
#include "panels/dockscrollarea.h"
#include "panels/thresholdpanel.h"
#include "sensitivity/sensitivityview.h"
#include "table/productfilterproxymodel.h"
#include "table/producttablepanel.h"
#include "table1/table1view.h"
#include "years/yearsview.h"
#include "ui_mainwindow.h"
#include "window/aboutdialog.h"
#include "window/exporthandler.h"
#include "window/exportsettings.h"
#include "window/languagemanager.h"
#include "window/loadingoverlay.h"
#include "window/methodhelp.h"
#include "window/sessionhandler.h"
#include "window/settingsdialog.h"
#include "window/stablelabel.h"
#include "window/undoshortcuts.h"
#include "window/windowgeometry.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWindow>
#include <algorithm>

namespace herkomst::ui {

namespace {

constexpr int kSettingsVersion = 1;

QString countryName(const QString &iso3)
{
    return CountryRegistry::instance().name(
        iso3, NumberFormat::language().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("nl"));
}

// A white panel around a chart or the table, so the window reads as a set of figures.
QFrame *card(QWidget *content, QWidget *header = nullptr)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    if (header)
        layout->addWidget(header);
    // The content paints its own white: a chart's caption that follows a threshold change then
    // repaints the chart alone, not the card, the splitters and the window behind it.
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    layout->addWidget(content, 1);
    return frame;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mUi(std::make_unique<Ui::MainWindow>()), mDocument(new AnalysisDocument(this))
{
    setObjectName(QStringLiteral("herkomstMainWindow"));
    setAcceptDrops(true); // files dropped on the window open the import wizard
    mUi->setupUi(this);
    mDocument->setSourceLine(ExportSettings::load().sourceLine);
    createCentralArea();
    createStatusBar();

    mThresholds = new ThresholdPanel(mDocument);
    delete mUi->thresholdDock->widget();
    mUi->thresholdDock->setWidget(new DockScrollArea(mThresholds));

    mExports = new ExportHandler(mDocument, {mFunnel, mCountries, mDetail, mTable}, this);
    mSession = new SessionHandler(
        mDocument, mUi->recentMenu, [this] { return viewState(); }, this);
    setUpActions();
    new UndoShortcuts(this); // Ctrl+Z reaches the analysis from a spin box too

    connect(mDocument, &AnalysisDocument::analysisChanged, this, &MainWindow::updateViews);
    connect(mDocument, &AnalysisDocument::sourceChanged, this, &MainWindow::updateSourceInfo);
    connect(mDocument, &AnalysisDocument::errorOccurred, this, &MainWindow::showError);
    connect(mDocument, &AnalysisDocument::fileChanged, this, &MainWindow::updateWindowTitle);
    connect(mDocument, &AnalysisDocument::opened, this, &MainWindow::restoreViewState);
    connect(mDocument, &AnalysisDocument::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(mSession, &SessionHandler::errorOccurred, this, &MainWindow::showError);
    connect(mExports, &ExportHandler::errorOccurred, this, &MainWindow::showError);
    connect(mSession, &SessionHandler::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(mExports, &ExportHandler::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(mTable, &ProductTablePanel::productSelected, this, &MainWindow::updateDetail);
    connect(mTable, &ProductTablePanel::detailRequested, this, &MainWindow::showDetail);
    connect(mFunnel, &FunnelChart::stepClicked, this, &MainWindow::onStepClicked);
    connect(mCountries, &CountryChart::countryClicked, this, &MainWindow::onCountryClicked);
    // The step and the suppliers the table lists stay marked in Figure 1 and 2.
    connect(mTable->proxy(), &ProductFilterProxyModel::filtersChanged, this, &MainWindow::updateSelectionMarks);

    retranslate();
    placeOnScreen();
}

MainWindow::~MainWindow()
{
    // The document dies among this window's children; its undo stack must not signal half-gone views.
    mDocument->undoStack()->blockSignals(true);
    mDocument->blockSignals(true);
}

void MainWindow::setUpActions()
{
    // Texts live in mainwindow.ui; shortcuts and icons follow the platform.
    Ui::MainWindow &ui = *mUi;
    ui.newAction->setShortcut(QKeySequence::New);
    ui.openAction->setShortcut(QKeySequence::Open);
    ui.openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    ui.saveAction->setShortcut(QKeySequence::Save);
    ui.saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    ui.saveAsAction->setShortcut(QKeySequence::SaveAs);
    ui.importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    ui.quitAction->setShortcut(QKeySequence::Quit);
    ui.undoAction->setShortcut(QKeySequence::Undo);
    ui.undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    ui.redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    ui.redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    ui.copyAction->setShortcut(QKeySequence::Copy);
    ui.copyAction->setShortcutContext(Qt::WidgetShortcut); // the table view owns Ctrl+C
    ui.findAction->setShortcut(QKeySequence::Find);
    ui.findAction->setShortcutContext(Qt::WidgetShortcut); // the table panel owns Ctrl+F
    ui.clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    ui.resetAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    ui.settingsAction->setShortcut(QKeySequence::Preferences);
    ui.viewMenu->insertAction(ui.tableOnlyAction, ui.thresholdDock->toggleViewAction());
    ui.tableOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    ui.methodAction->setShortcut(QKeySequence::HelpContents);

    connect(ui.newAction, &QAction::triggered, mSession, &SessionHandler::newAnalysis);
    connect(ui.openAction, &QAction::triggered, mSession, &SessionHandler::openAnalysisDialog);
    connect(ui.saveAction, &QAction::triggered, mSession, &SessionHandler::save);
    connect(ui.saveAsAction, &QAction::triggered, mSession, &SessionHandler::saveAs);
    connect(ui.importAction, &QAction::triggered, this, [this] { openImportWizard(); });
    connect(ui.dataSetsAction, &QAction::triggered, this, &MainWindow::openDataSetManager);
    connect(ui.openStoreAction, &QAction::triggered, mSession, &SessionHandler::openStoreDialog);
    connect(ui.demoAction, &QAction::triggered, mSession, &SessionHandler::useDemo);
    connect(ui.quitAction, &QAction::triggered, this, &QWidget::close);
    // Own actions rather than QUndoStack::createUndoAction, whose text prefix cannot be retranslated.
    QUndoStack *stack = mDocument->undoStack();
    connect(ui.undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(ui.redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(ui.copyAction, &QAction::triggered, this, [this] { mTable->copySelection(); });
    connect(ui.findAction, &QAction::triggered, this, [this] { mTable->focusSearch(); });
    connect(ui.clearFiltersAction, &QAction::triggered, this, [this] { mTable->clearFilters(); });
    connect(ui.resetAction, &QAction::triggered, mDocument, &AnalysisDocument::resetToDefaults);
    connect(ui.settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(ui.aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui.methodAction, &QAction::triggered, this, &MainWindow::showMethod);
    connect(ui.viewMenu, &QMenu::aboutToShow, this, &MainWindow::fillViewMenu);
    connect(ui.tableOnlyAction, &QAction::toggled, this, &MainWindow::setTableOnly);
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
    mCountryOptions = new CountryChartOptions(mCountries); // Figure 2's options sit right above it
    mDetail = new ProductDetailChart;
    mDetail->setObjectName(QStringLiteral("productDetail"));
    mTable = new ProductTablePanel(mDocument);
    mTable->setObjectName(QStringLiteral("productTable"));

    mTopSplitter = new QSplitter(Qt::Horizontal);
    mTopSplitter->setObjectName(QStringLiteral("topSplitter"));
    mTopSplitter->addWidget(card(mFunnel));
    mTopSplitter->addWidget(card(mCountries, mCountryOptions));
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
    // Figure 1 and 2 are the first tab; other views of the analysis are tabs beside them.
    mFigureTabs = new QTabWidget;
    mFigureTabs->setObjectName(QStringLiteral("figureTabs"));
    mFigureTabs->setDocumentMode(true);
    mFigureTabs->addTab(mTopSplitter, QString());
    mVerticalSplitter->addWidget(mFigureTabs);
    mVerticalSplitter->addWidget(mBottomSplitter);
    mVerticalSplitter->setStretchFactor(0, 5);
    mVerticalSplitter->setStretchFactor(1, 4);
    for (QSplitter *splitter : {mTopSplitter, mBottomSplitter, mVerticalSplitter})
        splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(mUi->centralArea);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(8);
    layout->addWidget(mBanner);
    layout->addWidget(mVerticalSplitter, 1);
    mLoading = new LoadingOverlay(mDocument, mVerticalSplitter);

    // Views beside the figures, one line each.
    addFigureView(new SensitivityView(mDocument));
    addFigureView(new Table1View(mDocument));
    addFigureView(new YearsView(mDocument, mDetail)); // with the product history in the detail
}

void MainWindow::addFigureView(QWidget *view)
{
    // The tab is named by the view's window title, which the view retranslates itself.
    mFigureTabs->addTab(view, view->windowTitle());
    connect(view, &QWidget::windowTitleChanged, mFigureTabs,
            [this, view](const QString &title) { mFigureTabs->setTabText(mFigureTabs->indexOf(view), title); });
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

// Keyboard paths to what the charts do on a click: a step's products, a supplier's products.
void MainWindow::fillViewMenu()
{
    QMenu *menu = mUi->viewMenu;
    // The dock's toggle and "Alleen de tabel" stay; the lists below follow the analysis.
    const QList<QAction *> old = menu->actions();
    for (QAction *action : old) {
        if (action != mUi->thresholdDock->toggleViewAction() && action != mUi->tableOnlyAction)
            delete action;
    }
    menu->addSeparator();
    const AnalysisResult &result = mDocument->result();
    QMenu *steps = menu->addMenu(tr("Producten na &stap"));
    for (int s = 0; s < int(result.steps.size()); ++s) {
        const FunnelStep &step = result.steps[size_t(s)];
        QAction *a =
            steps->addAction(QStringLiteral("&%1 %2 (%3)").arg(s).arg(step.label, NumberFormat::count(step.kept)));
        connect(a, &QAction::triggered, this, [this, s] { onStepClicked(s); });
    }
    QMenu *suppliers = menu->addMenu(tr("Producten van &leverancier"));
    const QStringList codes = mCountries->barCountries();
    const QStringList labels = mCountries->barLabels();
    for (int i = 0; i < codes.size(); ++i) {
        QAction *a = suppliers->addAction(i < labels.size() ? labels[i] : codes[i]);
        const QString &code = codes[i];
        connect(a, &QAction::triggered, this, [this, code] { onCountryClicked(code); });
    }
}

void MainWindow::updateViews()
{
    const AnalysisResult &result = mDocument->result();
    const StatisticsTable &table = mDocument->table();
    const AnalysisSettings settings = mDocument->state().settings();
    const QString caption = defaultCaption(table, settings, mDocument->sourceLine());
    mFunnel->setCaption(caption);
    mFunnel->setResult(result);
    mCountries->setCaption(caption);
    mCountries->setResult(result, table);
    updateDetail(mTable->selectedProductRow());

    QStringList counts;
    for (const FunnelStep &step : result.steps)
        counts << NumberFormat::count(step.kept);
    mStatusFunnel->setText(tr("Trechter: %1").arg(counts.join(QStringLiteral(" → "))));
    mUi->resetAction->setEnabled(!mDocument->isLoading() &&
                                 mDocument->state() != AnalysisState::defaults(mDocument->state().selection));
    updateSourceInfo();
}

void MainWindow::updateDetail(int row)
{
    mDetail->setMargins(mTable->marginLines(row)); // they follow the thresholds; the table computed them
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

void MainWindow::updateSelectionMarks()
{
    const ProductFilterProxyModel *proxy = mTable->proxy();
    mFunnel->setSelectedStep(proxy->stepFilter());
    mCountries->setSelectedCountries(proxy->supplierFilter());
}

void MainWindow::showDetail(int row)
{
    // The detail sits beside the table: out of the way it is given room again, and shown.
    updateDetail(row);
    const QList<int> sizes = mBottomSplitter->sizes();
    if (sizes.size() == 2 && sizes[1] < mDetail->minimumSizeHint().width()) {
        const int total = sizes[0] + sizes[1];
        mBottomSplitter->setSizes({total * 2 / 3, total - total * 2 / 3});
    }
    mDetail->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateSourceInfo()
{
    // Before the first data are in, nothing is shown that a banner or a source could describe.
    const bool shows = mDocument->showsData();
    const bool synthetic = shows && mDocument->isSynthetic();
    const DataSetInfo info = mDocument->currentDataSet();
    // What the data cannot decide is said above the figures (docs/design.md §1): the core's words.
    QStringList lines;
    if (synthetic)
        lines << tr("<b>Synthetische demodata</b> — gegenereerd in de vorm van de CBS-tabellen achter de Kamerbrief "
                    "van 22 november 2021; <b>geen echte handelscijfers</b>. Echte gegevens komen via "
                    "Bestand → Importeren of Bestand → Database openen.");
    if (shows) {
        const AnalysisSettings settings = mDocument->state().settings();
        for (const AnalysisWarning &warning : analysisWarnings(mDocument->statistics(), settings))
            lines << tr("<b>Let op:</b> %1").arg(warning.message.toHtmlEscaped());
    }
    mBanner->setVisible(!lines.isEmpty());
    mBanner->setText(lines.join(QStringLiteral("<br>")));
    mStatusSynthetic->setVisible(synthetic);
    mStatusSynthetic->setText(tr("synthetisch"));
    const QString reporter = countryName(mDocument->state().selection.reporter);
    mStatusDataSet->setText(
        shows
            ? tr("%1 · %2 %3 · %4").arg(info.name, reporter).arg(mDocument->analysisYear()).arg(mDocument->provenance())
            : QString());
    // The status bar may cut the line; its tooltip has all of it.
    mStatusDataSet->setToolTip(
        mStatusDataSet->text() + QLatin1Char('\n') +
        (mDocument->isDemo() ? tr("Ingebouwde demodata") : tr("Database: %1").arg(mDocument->storePath())));
    updateWindowTitle();
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = mDocument->undoStack();
    const bool idle = !mDocument->isLoading();
    mUi->undoAction->setEnabled(idle && stack->canUndo());
    mUi->redoAction->setEnabled(idle && stack->canRedo());
    mUi->undoAction->setToolTip(stack->canUndo() ? tr("Ongedaan maken: %1 (Ctrl+Z)").arg(stack->undoText())
                                                 : tr("Ongedaan maken (Ctrl+Z)"));
    mUi->redoAction->setToolTip(stack->canRedo() ? tr("Opnieuw: %1 (Ctrl+Shift+Z)").arg(stack->redoText())
                                                 : tr("Opnieuw (Ctrl+Shift+Z)"));
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(mDocument->windowTitle());
    setWindowModified(mDocument->isModified());
}

void MainWindow::onLoadingChanged(bool loading)
{
    // Undo and reset would edit a state about to be replaced; the dock disables itself.
    updateUndoActions();
    mUi->resetAction->setEnabled(!loading &&
                                 mDocument->state() != AnalysisState::defaults(mDocument->state().selection));
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

// --- session ------------------------------------------------------------------------------------

bool MainWindow::openAnalysis(const QString &path)
{
    return mSession->openAnalysis(path);
}

void MainWindow::startOnDemoData()
{
    mDocument->startNew();
}

void MainWindow::restoreLastSession()
{
    restoreLayout();
    mSession->restoreLastSession();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        keepOnScreen();
    mLayoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kSettingsVersion);
    for (QSplitter *splitter : {mTopSplitter, mBottomSplitter, mVerticalSplitter})
        splitter->restoreState(settings.value(QStringLiteral("window/") + splitter->objectName()).toByteArray());
    setTableOnly(settings.value(QStringLiteral("window/tableOnly"), false).toBool());
    mFigureTabs->setCurrentIndex(settings.value(QStringLiteral("window/figureTab"), 0).toInt());
}

QMargins MainWindow::frameEstimate() const
{
    // Known once the window system decorated the window; before that, a title bar's height.
    if (windowHandle() && !windowHandle()->frameMargins().isNull())
        return windowHandle()->frameMargins();
    return {0, style()->pixelMetric(QStyle::PM_TitleBarHeight), 0, 0};
}

QScreen *MainWindow::screenHolding(const QRect &rect) const
{
    QScreen *found = QGuiApplication::screenAt(rect.center());
    return found ? found : screen();
}

void MainWindow::placeOnScreen()
{
    const QRect available = screen()->availableGeometry();
    setGeometry(WindowGeometry::initial(available, frameEstimate()));
}

void MainWindow::keepOnScreen()
{
    if (isMaximized() || isFullScreen())
        return; // the window system fits those to the screen
    const QRect available = screenHolding(geometry())->availableGeometry();
    const QRect clamped = WindowGeometry::clamped(geometry(), available, frameEstimate());
    if (clamped != geometry())
        setGeometry(clamped);
}

void MainWindow::setTableOnly(bool tableOnly)
{
    // The figures step aside; the table (with the product detail beside it) takes their height.
    mFigureTabs->setVisible(!tableOnly);
    if (mUi->tableOnlyAction->isChecked() != tableOnly)
        mUi->tableOnlyAction->setChecked(tableOnly);
    QSettings().setValue(QStringLiteral("window/tableOnly"), tableOnly);
}

bool MainWindow::isTableOnly() const
{
    return mUi->tableOnlyAction->isChecked();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kSettingsVersion));
    for (QSplitter *splitter : {mTopSplitter, mBottomSplitter, mVerticalSplitter})
        settings.setValue(QStringLiteral("window/") + splitter->objectName(), splitter->saveState());
    settings.setValue(QStringLiteral("language"), LanguageManager::instance().language());
    settings.setValue(QStringLiteral("window/figureTab"), mFigureTabs->currentIndex());
}

QJsonObject MainWindow::viewState() const
{
    // Views beside the figures keep theirs under their object name, when they have one to keep.
    QJsonObject views;
    for (int i = 0; i < mFigureTabs->count(); ++i) {
        QWidget *view = mFigureTabs->widget(i);
        QJsonObject state;
        if (view->metaObject()->indexOfMethod("viewState()") >= 0 &&
            QMetaObject::invokeMethod(view, "viewState", Q_RETURN_ARG(QJsonObject, state)))
            views.insert(view->objectName(), state);
    }
    return QJsonObject{{QStringLiteral("table"), mTable->viewState()},
                       {QStringLiteral("countryMeasure"), int(mCountries->measure())},
                       {QStringLiteral("countryStacked"), mCountries->isStackedByIndustry()},
                       {QStringLiteral("countryTopN"), mCountries->topN()},
                       {QStringLiteral("views"), views}};
}

void MainWindow::restoreViewState(const QJsonObject &state)
{
    mCountries->setMeasure(CountryChart::Measure(state.value(QStringLiteral("countryMeasure")).toInt(0)));
    mCountries->setStackedByIndustry(state.value(QStringLiteral("countryStacked")).toBool(false));
    mCountries->setTopN(state.value(QStringLiteral("countryTopN")).toInt(mCountries->topN()));
    mCountryOptions->showChartSettings();
    const QJsonObject views = state.value(QStringLiteral("views")).toObject();
    for (int i = 0; i < mFigureTabs->count(); ++i) {
        QWidget *view = mFigureTabs->widget(i);
        if (views.contains(view->objectName()) &&
            view->metaObject()->indexOfMethod("restoreViewState(QJsonObject)") >= 0)
            QMetaObject::invokeMethod(view, "restoreViewState",
                                      Q_ARG(QJsonObject, views.value(view->objectName()).toObject()));
    }
    if (state.contains(QStringLiteral("table")))
        mTable->restoreViewState(state.value(QStringLiteral("table")).toObject());
    else
        mTable->showStep(mDocument->result().finalStage());
    mTable->selectFirstIfNone();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The window system knows the frame only now: the window and its title bar must fit.
    if (!mShownOnce) {
        mShownOnce = true;
        keepOnScreen();
    }
    // Docks take their width only once the window is laid out; a restored state already has it.
    if (!mLayoutRestored) {
        mLayoutRestored = true;
        resizeDocks({mUi->thresholdDock}, {std::clamp(width() / 5, 280, 340)}, Qt::Horizontal);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mSession->maybeSave(SessionHandler::Leaving::Quit)) {
        event->ignore();
        return;
    }
    mSession->rememberSession();
    saveLayout();
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

MethodHelp *MainWindow::showMethod()
{
    // Beside the window, not over it: a user reads the method while moving the thresholds.
    if (!mMethodHelp) {
        const Ui::MainWindow &ui = *mUi;
        mMethodHelp = new MethodHelp({ui.newAction, ui.openAction, ui.saveAction, ui.saveAsAction, ui.importAction,
                                      ui.quitAction, ui.undoAction, ui.redoAction, ui.copyAction, ui.findAction,
                                      ui.clearFiltersAction, ui.settingsAction, ui.tableOnlyAction, ui.methodAction},
                                     this);
    }
    mMethodHelp->show();
    mMethodHelp->raise();
    mMethodHelp->activateWindow();
    return mMethodHelp;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
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
    mUi->retranslateUi(this);
    mFigureTabs->setTabText(0, tr("Figuur 1 en 2"));
    updateUndoActions();
    mExports->fillMenu(mUi->exportMenu);
    updateSourceInfo();
}

} // namespace herkomst::ui
