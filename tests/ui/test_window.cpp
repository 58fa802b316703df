// The window as a user drives it, offscreen: the share slider moves all three views in step with
// core's runFunnel, a click on a country bar filters the table, undo restores the counts, the
// language switch retranslates, Ctrl+C copies rows, a saved analysis reopens as it was left, the
// window shows while its data load and a cancel returns to what was shown, and the session it
// remembers never passes discarded changes off as a saved file.
#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "document/analysisdocument.h"
#include "export/analysisexports.h"
#include "import/importwizard.h"
#include "panels/criterionrow.h"
#include "panels/thresholdpanel.h"
#include "store/store.h"
#include "support/documentwait.h"
#include "table/filterchipbar.h"
#include "table/productfilterproxymodel.h"
#include "table/producttablemodel.h"
#include "table/producttablepanel.h"
#include "window/exporthandler.h"
#include "window/exportsettings.h"
#include "window/housestyle.h"
#include "window/languagemanager.h"
#include "window/mainwindow.h"
#include "window/methodhelp.h"
#include "window/undoshortcuts.h"
#include "windowtesting.h"

#include "countries/countryregistry.h"
#include "demo/letterreference.h"
#include "domain/numberformat.h"
#include "domain/preset.h"
#include "export/exporttable.h"
#include "session/dataselection.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace herkomst;
using namespace herkomst::ui;

class TestWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnLabelledDemoData();
    void shareSliderMovesAllViews();
    void sliderDragIsOneUndoStep();
    void countryBarClickFiltersTable();
    void funnelStepListsItsProducts();
    void searchAndChipsFilterAndClear();
    void copyGivesTabSeparatedRows();
    void numericColumnsSortByValue();
    void languageSwitchRetranslates();
    void exportedTableIsTheVisibleRows();
    void importShowsTheNewDataSet();
    void liveChangesLeaveTheScreenRight();
    void rememberedSourceLineStartsTheCaption();
    void criteriaAreAddedMovedAndRemovedInTheDock();
    void dockKeepsThresholdsInTheirDomain();
    void industryChipIsShortWithTheWholeListAsTooltip();
    void tableColumnsFollowTheCriteria();
    void rowContextMenuFiltersAndShowsDetail();
    void pickedStepAndSupplierStayMarked();
    void aChartBehindAnotherTabCatchesUpWhenShown();
    void undoWorksFromASpinBox();
    void helpExplainsTheMethodInBothLanguages();

private:
    void verifyViewsMatch(const AnalysisResult &expected) { verifyWindowShows(mWindow, expected); }

    MainWindow *mWindow = nullptr;
};

void TestWindow::initTestCase()
{
    QSettings().clear();
    applyHouseStyle(*qApp);
    LanguageManager::instance().setLanguage(QStringLiteral("nl"));
}

void TestWindow::init()
{
    mWindow = shownWindow(WindowStart::Demo);
    QVERIFY(mWindow);
}

void TestWindow::cleanup()
{
    delete mWindow;
    mWindow = nullptr;
    LanguageManager::instance().setLanguage(QStringLiteral("nl"));
}

void TestWindow::startsOnLabelledDemoData()
{
    QVERIFY(mWindow->demoBanner()->isVisible());
    QVERIFY(mWindow->demoBanner()->text().contains(QStringLiteral("Synthetische demodata")));
    const PublishedFunnel letter = publishedFunnel2020();
    const AnalysisResult &result = mWindow->document()->result();
    QCOMPARE(result.steps[0].kept, letter.universe);
    QCOMPARE(result.finalCount(), letter.concentrated);
    verifyViewsMatch(coreResultWithShare(0.5));
    // Figure 2 of the letter: China first, then the United States.
    QCOMPARE(mWindow->countryChart()->barCountries().mid(0, 2),
             (QStringList{QStringLiteral("CHN"), QStringLiteral("USA")}));
}

void TestWindow::shareSliderMovesAllViews()
{
    CriterionRow *share = mWindow->thresholdPanel()->criterionRow(0);
    QVERIFY(share);
    QCOMPARE(share->spinBox()->value(), 50.0);
    const AnalysisResult at50 = coreResultWithShare(0.5);
    const AnalysisResult at60 = coreResultWithShare(0.6);
    QVERIFY(at60.steps[1].kept < at50.steps[1].kept);

    // Keyboard on the slider: each arrow is one percentage point.
    share->slider()->setFocus();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(share->slider(), Qt::Key_Right);
    QCOMPARE(share->spinBox()->value(), 60.0);
    QCOMPARE(mWindow->document()->criteria()[0].threshold, 0.6);
    verifyViewsMatch(at60);
    QCOMPARE(mWindow->thresholdPanel()->presetBox()->currentData().toString(), QStringLiteral("custom"));

    // Ctrl+Z through the window's shortcut restores the counts, Ctrl+Shift+Z redoes.
    mWindow->document()->endThresholdGesture();
    mWindow->activateWindow();
    QTest::keySequence(mWindow, QKeySequence::Undo);
    QCOMPARE(mWindow->document()->criteria()[0].threshold, 0.5);
    verifyViewsMatch(at50);
    QCOMPARE(share->spinBox()->value(), 50.0);
    QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    verifyViewsMatch(at60);
}

void TestWindow::sliderDragIsOneUndoStep()
{
    QSlider *slider = mWindow->thresholdPanel()->criterionRow(0)->slider();
    const QPoint start = slider->rect().center();
    QTest::mousePress(slider, Qt::LeftButton, {}, QPoint(slider->width() / 2, slider->height() / 2));
    // Dragging the handle across a few positions while it is held down.
    for (int value : {520, 550, 580, 600})
        slider->setValue(value);
    QTest::mouseRelease(slider, Qt::LeftButton, {}, start);
    slider->setValue(600);
    QCOMPARE(mWindow->document()->criteria()[0].threshold, 0.6);
    QCOMPARE(mWindow->document()->undoStack()->count(), 1);
    mWindow->document()->undoStack()->undo();
    QCOMPARE(mWindow->document()->result().finalCount(), publishedFunnel2020().concentrated);
}

void TestWindow::countryBarClickFiltersTable()
{
    CountryChart *chart = mWindow->countryChart();
    const AnalysisResult &result = mWindow->document()->result();
    const QString second = chart->barCountries().at(1);
    const QPoint position = chart->barPosition(1);
    QWidget *target = chart->childAt(position);
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(chart, position));
    ProductTablePanel *table = mWindow->productTable();
    QCOMPARE(table->proxy()->supplierFilter(), QSet<QString>{second});
    int expected = 0;
    for (const SupplierGroup &group : result.bySupplier) {
        if (group.iso3 == second)
            expected = group.count;
    }
    QCOMPARE(table->visibleRowCount(), expected);
    for (int row = 0; row < table->visibleRowCount(); ++row)
        QCOMPARE(table->model()->supplierCode(table->proxy()->mapToSource(table->proxy()->index(row, 0)).row()),
                 second);

    // "overige" through the signal path: all suppliers without a bar of their own.
    emit chart->countryClicked(QString());
    int others = 0;
    const QStringList shown = chart->barCountries();
    for (const SupplierGroup &group : result.bySupplier) {
        if (!shown.contains(group.iso3))
            others += group.count;
    }
    QCOMPARE(table->visibleRowCount(), others);
}

void TestWindow::funnelStepListsItsProducts()
{
    FunnelChart *funnel = mWindow->funnelChart();
    const QPoint position = funnel->stepPosition(1);
    QWidget *target = funnel->childAt(position);
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(funnel, position));
    QCOMPARE(mWindow->productTable()->proxy()->stepFilter(), 1);
    QCOMPARE(mWindow->productTable()->visibleRowCount(), publishedFunnel2020().singleNonEuSupplier);
}

void TestWindow::searchAndChipsFilterAndClear()
{
    ProductTablePanel *table = mWindow->productTable();
    QCOMPARE(table->chipBar()->chipCount(), 1); // "Na stap 3"
    const QString name = CountryRegistry::instance().name(QStringLiteral("CHN"));
    table->focusSearch();
    QTest::keyClicks(table->searchField(), name);
    QVERIFY(table->visibleRowCount() > 0);
    QVERIFY(table->visibleRowCount() < publishedFunnel2020().concentrated);
    QCOMPARE(table->chipBar()->chipCount(), 2);
    // Removing the chips one by one with the keyboard brings back every product.
    while (table->chipBar()->chipCount() > 0) {
        auto *chip = table->chipBar()->findChild<QWidget *>(QStringLiteral("filterChip"));
        QVERIFY(chip);
        chip->setFocus();
        QTest::keyClick(chip, Qt::Key_Delete);
    }
    QCOMPARE(table->visibleRowCount(), publishedFunnel2020().universe);
}

void TestWindow::copyGivesTabSeparatedRows()
{
    QTableView *view = mWindow->productTable()->view();
    view->setFocus();
    view->selectRow(0);
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("HS6\tOmschrijving\t")));
    QCOMPARE(lines[1].count(QLatin1Char('\t')), view->model()->columnCount() - 1);
    QCOMPARE(lines[1].section(QLatin1Char('\t'), 0, 0), view->model()->index(0, 0).data().toString());
}

void TestWindow::numericColumnsSortByValue()
{
    ProductTablePanel *table = mWindow->productTable();
    table->showStep(-1);
    const int imports = table->model()->column(ProductTableModel::Field::Imports);
    table->view()->sortByColumn(imports, Qt::AscendingOrder);
    const ProductFilterProxyModel *proxy = table->proxy();
    double previous = -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const double value = proxy->index(row, imports).data(ProductTableModel::SortRole).toDouble();
        QVERIFY2(value >= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        previous = value;
    }
    // Display text is Dutch ("1.234"), which would sort wrongly as text; the sort role is a number.
    QCOMPARE(proxy->index(0, imports).data(ProductTableModel::SortRole).typeId(), int(QMetaType::Double));
}

void TestWindow::languageSwitchRetranslates()
{
    QCOMPARE(mWindow->menuBar()->actions().first()->text(), QStringLiteral("&Bestand"));
    const QAbstractItemModel *model = mWindow->productTable()->view()->model();
    const int description = mWindow->productTable()->model()->column(ProductTableModel::Field::Description);
    QCOMPARE(model->headerData(description, Qt::Horizontal).toString(), QStringLiteral("Omschrijving"));
    const QString dutchStep = mWindow->funnelChart()->stepLabel(1);

    mWindow->setLanguage(QStringLiteral("en"));
    QCOMPARE(mWindow->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(model->headerData(description, Qt::Horizontal).toString(), QStringLiteral("Description"));
    QVERIFY(mWindow->funnelChart()->stepLabel(1) != dutchStep);
    QVERIFY(mWindow->demoBanner()->text().contains(QStringLiteral("Synthetic demo data")));
    QCOMPARE(NumberFormat::count(3449), QStringLiteral("3,449"));

    mWindow->setLanguage(QStringLiteral("nl"));
    QCOMPARE(mWindow->menuBar()->actions().first()->text(), QStringLiteral("&Bestand"));
    QCOMPARE(mWindow->funnelChart()->stepLabel(1), dutchStep);
}

void TestWindow::exportedTableIsTheVisibleRows()
{
    emit mWindow->countryChart()->countryClicked(QStringLiteral("CHN"));
    ProductTablePanel *panel = mWindow->productTable();
    QString caption;
    mWindow->exports()->withExports([&](const AnalysisExports &exports) { caption = exports.caption(); });
    const ExportTable table = panel->exportTable(caption);
    const ProductTableModel *model = panel->model();
    const size_t hs6 = size_t(model->column(ProductTableModel::Field::Hs6));
    const size_t share = size_t(model->metricColumn(Metric::SupplierShare));
    const size_t imports = size_t(model->column(ProductTableModel::Field::Imports));
    const size_t exports = size_t(model->column(ProductTableModel::Field::Exports));
    QCOMPARE(int(table.rows.size()), panel->visibleRowCount());
    QCOMPARE(table.columns[share].kind, ColumnKind::Percentage);
    QVERIFY(!table.columns[imports].header.contains(QLatin1Char('\n')));
    QCOMPARE(table.notes, QStringList{caption});
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const int source = panel->proxy()->mapToSource(panel->proxy()->index(int(r), 0)).row();
        const ProductStats &stats = mWindow->document()->table().rows[size_t(source)];
        QCOMPARE(table.rows[r][hs6].toString(), mWindow->document()->table().product(source).hs6);
        QCOMPARE(table.rows[r][share].toDouble(), stats.supplierShare);
        // A missing export value is an empty cell, never zero; small values keep their decimals.
        QCOMPARE(table.rows[r][exports].isValid(), !std::isnan(stats.exportValue));
        QCOMPARE(table.rows[r][imports].toDouble(), stats.importValue / 1e6);
    }
    QVERIFY(table.title.contains(CountryRegistry::instance().name(QStringLiteral("CHN"))));
}

void TestWindow::importShowsTheNewDataSet()
{
    const QString baci = QStringLiteral(HERKOMST_SHARED_DATA_DIR "/baci/BACI_HS17_Y2020_V202301_extract_AFG_ZAF.csv");
    if (!QFileInfo::exists(baci))
        QSKIP("real BACI extract not present");
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    // File → Importeren with the file as if dropped: BACI is detected, the wizard imports it.
    ImportWizard *wizard = mWindow->openImportWizard({baci});
    wizard->setStorePath(storePath);
    QVERIFY(wizard->importer());
    wizard->next(); // the format's columns
    wizard->next(); // what will be imported
    wizard->next(); // Importeren
    QVERIFY(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::SummaryPageId; }, 120000));
    QVERIFY2(wizard->report().ok(), qPrintable(wizard->report().summaryLines().join(QLatin1Char('\n'))));
    wizard->accept();
    AnalysisDocument *document = mWindow->document();
    QVERIFY(waitUntilLoaded(*document));
    QVERIFY(!document->isDemo());
    QVERIFY(!document->isSynthetic());
    // No demo warning; but the extract has no Dutch exports, which the banner says (issue 13).
    QVERIFY(!mWindow->demoBanner()->text().contains(QStringLiteral("Synthetische")));
    QVERIFY2(mWindow->demoBanner()->text().contains(QStringLiteral("onbepaald")),
             qPrintable(mWindow->demoBanner()->text()));
    // The window shows what core computes for the new data set.
    Store store;
    QString error;
    QVERIFY(store.open(storePath, &error));
    DataSelection selection;
    selection.dataSet = document->currentDataSet().name;
    const std::optional<StatisticsSet> statistics = loadStatistics(&store, selection, 1, &error);
    QVERIFY2(statistics, qPrintable(error));
    const AnalysisResult expected = runFunnel(*statistics, AnalysisSettings{defaultPreset().criteria, {}});
    QCOMPARE(document->result().steps[0].kept, expected.steps[0].kept);
    QVERIFY(expected.steps[0].kept > 0);
    QCOMPARE(document->result().finalCount(), expected.finalCount());
    QCOMPARE(mWindow->productTable()->visibleRowCount(), expected.finalCount());
}

void TestWindow::liveChangesLeaveTheScreenRight()
{
    // After every threshold change the table on screen is what a fresh paint of it gives:
    // rows that came or went, and steps that changed, are never left stale.
    QTableView *view = mWindow->productTable()->view();
    QSlider *slider = mWindow->thresholdPanel()->criterionRow(0)->slider();
    QApplication::processEvents();
    for (int value : {505, 510, 515, 520, 560, 600, 590, 450, 400, 500, 501, 502}) {
        slider->setValue(value);
        // The table lays out on a zero timer and repaints on the pass after it.
        for (int pass = 0; pass < 4; ++pass)
            QApplication::processEvents();
        const QPoint topLeft = view->viewport()->mapTo(mWindow, QPoint(0, 0));
        const QImage onScreen = mWindow->screen()
                                    ->grabWindow(mWindow->winId(), topLeft.x(), topLeft.y(), view->viewport()->width(),
                                                 view->viewport()->height())
                                    .toImage()
                                    .convertToFormat(QImage::Format_RGB32);
        const QImage fresh = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY2(!onScreen.isNull(), "the offscreen platform grabs the window");
        QVERIFY2(onScreen == fresh,
                 qPrintable(QStringLiteral("table on screen differs after moving the slider to %1").arg(value)));
    }
}

void TestWindow::rememberedSourceLineStartsTheCaption()
{
    // Demo data: the default caption names the synthetic data, never CBS.
    QVERIFY2(mWindow->funnelChart()->caption().startsWith(QStringLiteral("Bron: synthetische demodata")),
             qPrintable(mWindow->funnelChart()->caption()));
    ExportSettings chosen;
    chosen.widthCm = 12.0;
    chosen.sourceLine = QStringLiteral("Bron: CBS, bewerking EZK");
    chosen.save();
    delete mWindow;
    mWindow = shownWindow(WindowStart::Demo);
    QVERIFY(mWindow);
    const QString caption = mWindow->countryChart()->caption();
    QVERIFY2(caption.startsWith(QStringLiteral("Bron: CBS, bewerking EZK")), qPrintable(caption));
    // A user's own source line never hides that the figures are synthetic.
    QVERIFY(caption.contains(QStringLiteral("synthetische demodata")));
    QCOMPARE(ExportSettings::load().chartOptions().widthCm, 12.0);
    QSettings().clear();
}

void TestWindow::criteriaAreAddedMovedAndRemovedInTheDock()
{
    ThresholdPanel *panel = mWindow->thresholdPanel();
    AnalysisDocument *document = mWindow->document();
    const std::vector<Criterion> cbs = defaultPreset().criteria;
    QVERIFY(panel->addCriterionButton()->menu());
    QCOMPARE(panel->addCriterionButton()->menu()->actions().size(), int(allMetrics().size()));

    // Add: the first metric in the menu that is world-market concentration by its top exporter.
    QAction *add = nullptr;
    for (QAction *action : panel->addCriterionButton()->menu()->actions()) {
        if (Metric(action->data().toInt()) == Metric::TopWorldExporterShare)
            add = action;
    }
    QVERIFY(add);
    add->trigger();
    QCOMPARE(panel->criterionRowCount(), 4);
    QCOMPARE(panel->presetBox()->currentText(), QStringLiteral("Eigen instelling"));
    const AnalysisResult added = coreResultFor(document->criteria());
    // The table showed the last step, and still does: the new final set, not the old one.
    QCOMPARE(mWindow->productTable()->visibleRowCount(), added.finalCount());
    QVERIFY(added.finalCount() < publishedFunnel2020().concentrated);
    QCOMPARE(document->result().steps.size(), size_t(5));
    for (size_t s = 0; s < added.steps.size(); ++s)
        QCOMPARE(document->result().steps[s].kept, added.steps[s].kept);
    QCOMPARE(mWindow->funnelChart()->stepCount(), 5);
    QVERIFY(mWindow->funnelChart()->stepLabel(4).contains(NumberFormat::count(added.steps[4].kept)));
    QCOMPARE(int(std::lround(sum(mWindow->countryChart()->barValues()))), added.finalCount());
    QVERIFY(!panel->criterionRow(3)->moveDownAction()->isEnabled());
    QVERIFY(panel->criterionRow(3)->moveUpAction()->isEnabled());
    QVERIFY(!panel->criterionRow(0)->moveUpAction()->isEnabled());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(panel->criterionRow(3)->actionsButton()));

    // Remove it again from its row's menu, then move the HHI step up from its row's menu.
    panel->criterionRow(3)->removeAction()->trigger();
    QCOMPARE(panel->criterionRowCount(), 3);
    QCOMPARE(document->criteria(), cbs);
    QCOMPARE(panel->presetBox()->currentData().toString(), QStringLiteral("cbs2021"));
    panel->criterionRow(2)->moveUpAction()->trigger();
    const std::vector<Criterion> moved{cbs[0], cbs[2], cbs[1]};
    QCOMPARE(document->criteria(), moved);
    verifyViewsMatch(coreResultFor(moved));
    QCOMPARE(panel->criterionRow(1)->metric(), Metric::WorldMarketHhi);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(panel->criterionRow(1)->actionsButton()));

    // One undo each, and the rows follow.
    QCOMPARE(document->undoStack()->count(), 3);
    document->undoStack()->undo();
    QCOMPARE(panel->criterionRow(2)->metric(), Metric::WorldMarketHhi);
    verifyViewsMatch(coreResultFor(cbs));
    document->undoStack()->undo();
    QCOMPARE(panel->criterionRowCount(), 4);
    document->undoStack()->undo();
    QCOMPARE(panel->criterionRowCount(), 3);
    QCOMPARE(panel->presetBox()->currentData().toString(), QStringLiteral("cbs2021"));
}

void TestWindow::dockKeepsThresholdsInTheirDomain()
{
    // Each spin box takes its metric's whole domain and no more, as --set and saved files do.
    ThresholdPanel *panel = mWindow->thresholdPanel();
    AnalysisDocument *document = mWindow->document();
    QDoubleSpinBox *share = panel->criterionRow(0)->spinBox();
    QDoubleSpinBox *ratio = panel->criterionRow(1)->spinBox();
    QDoubleSpinBox *hhi = panel->criterionRow(2)->spinBox();
    QCOMPARE(share->minimum(), 0.0);
    QCOMPARE(share->maximum(), 100.0); // percent
    QCOMPARE(ratio->minimum(), 0.0);
    QCOMPARE(ratio->maximum(), 1000.0);
    QCOMPARE(hhi->maximum(), 1.0);
    ratio->setValue(5000);
    QCOMPARE(document->criteria()[1].threshold, 1000.0);
    share->setValue(-5);
    QCOMPARE(document->criteria()[0].threshold, 0.0);
    // Typed past the end, the box keeps a value inside.
    hhi->setFocus();
    hhi->selectAll();
    QTest::keyClicks(hhi, QStringLiteral("7"));
    QTest::keyClick(hhi, Qt::Key_Return);
    QVERIFY(document->criteria()[2].threshold <= 1.0);
    QVERIFY(document->criteria()[2].threshold >= 0.0);
}

void TestWindow::industryChipIsShortWithTheWholeListAsTooltip()
{
    // Unticking one industry leaves twelve: the chip counts them and lists them in its tooltip.
    QListWidget *industries = mWindow->thresholdPanel()->industryList();
    const int all = industries->count();
    QVERIFY(all > 3);
    const int widthBefore = mWindow->minimumSizeHint().width();
    industries->item(0)->setCheckState(Qt::Unchecked);
    FilterChipBar *chips = mWindow->productTable()->chipBar();
    QVERIFY(chips->chipTexts().contains(QStringLiteral("Bedrijfstakken: %1 van %2  ✕").arg(all - 1).arg(all)));
    QToolButton *chip = nullptr;
    for (QToolButton *button : chips->findChildren<QToolButton *>(QStringLiteral("filterChip"))) {
        if (button->text().startsWith(QStringLiteral("Bedrijfstakken")))
            chip = button;
    }
    QVERIFY(chip);
    for (int i = 1; i < all; ++i)
        QVERIFY2(chip->toolTip().contains(industries->item(i)->text()), qPrintable(chip->toolTip()));
    QVERIFY(!chip->toolTip().contains(industries->item(0)->text() + QStringLiteral(",")));
    // The chip never widens the window, now or after the industry is ticked again.
    QVERIFY(mWindow->minimumSizeHint().width() <= widthBefore);
    industries->item(0)->setCheckState(Qt::Checked);
    QVERIFY(mWindow->minimumSizeHint().width() <= widthBefore);
}

void TestWindow::tableColumnsFollowTheCriteria()
{
    // Under each preset the table shows the values its criteria filter on, so a product's step
    // can be read off its row; the CBS columns only under CBS.
    ProductTablePanel *panel = mWindow->productTable();
    const ProductTableModel *model = panel->model();
    const auto metricColumns = [model] {
        std::vector<Metric> metrics;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->columnAt(c).field == ProductTableModel::Field::Metric)
                metrics.push_back(model->columnAt(c).metric);
        }
        return metrics;
    };
    for (const QString &key : {QStringLiteral("ec2021"), QStringLiteral("geodep"), QStringLiteral("cbs2021")}) {
        mWindow->document()->applyPreset(key);
        QVERIFY(waitUntilLoaded(*mWindow->document()));
        std::vector<Metric> expected;
        for (const Criterion &criterion : findPreset(key)->criteria) {
            if (std::find(expected.begin(), expected.end(), criterion.metric) == expected.end())
                expected.push_back(criterion.metric);
        }
        QCOMPARE(metricColumns(), expected);
        // Each column holds the metric the funnel compared, for the row's product.
        const StatisticsTable &table = mWindow->document()->table();
        for (Metric metric : expected) {
            const int column = model->metricColumn(metric);
            for (int row = 0; row < std::min(20, panel->proxy()->rowCount()); ++row) {
                const QModelIndex index = panel->proxy()->index(row, column);
                const double value = table.rows[size_t(panel->proxy()->mapToSource(index).row())].metric(metric);
                const double shown = index.data(ProductTableModel::SortRole).toDouble();
                QVERIFY(std::isnan(value) ? std::isnan(shown) : shown == value);
            }
        }
    }
    // A criterion switched off takes its column along; switched on, it comes back.
    mWindow->document()->setCriterionEnabled(2, false);
    QCOMPARE(model->metricColumn(Metric::WorldMarketHhi), -1);
    mWindow->document()->setCriterionEnabled(2, true);
    QVERIFY(model->metricColumn(Metric::WorldMarketHhi) >= 0);
}

void TestWindow::rowContextMenuFiltersAndShowsDetail()
{
    ProductTablePanel *panel = mWindow->productTable();
    panel->showStep(-1);
    const QModelIndex index = panel->proxy()->index(3, 0);
    const int row = panel->proxy()->mapToSource(index).row();
    const QString supplier = panel->model()->supplierCode(row);
    std::unique_ptr<QMenu> menu(panel->createContextMenu(index));
    QVERIFY(menu);
    QCOMPARE(panel->selectedProductRow(), row); // the clicked row, as in a spreadsheet
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text();
    QVERIFY2(texts.filter(QStringLiteral("Kopiëren")).size() == 1, qPrintable(texts.join(QLatin1Char('|'))));
    QAction *bySupplier = nullptr;
    QAction *detail = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().contains(panel->model()->supplierName(row)))
            bySupplier = action;
        if (action->text().contains(mWindow->document()->table().product(row).hs6))
            detail = action;
    }
    QVERIFY(bySupplier && detail);
    bySupplier->trigger();
    QCOMPARE(panel->proxy()->supplierFilter(), QSet<QString>{supplier});
    for (int r = 0; r < panel->proxy()->rowCount(); ++r)
        QCOMPARE(panel->model()->supplierCode(panel->proxy()->mapToSource(panel->proxy()->index(r, 0)).row()),
                 supplier);
    QSignalSpy requested(panel, &ProductTablePanel::detailRequested);
    detail->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toInt(), row);
}

void TestWindow::aChartBehindAnotherTabCatchesUpWhenShown()
{
    // Behind the sensitivity tab Figure 1 does not replot on each change (it costs the live
    // frame budget); shown again it must draw the funnel as it now is.
    FunnelChart *funnel = mWindow->funnelChart();
    QWidget *plot = nullptr;
    for (QWidget *child : funnel->findChildren<QWidget *>()) {
        if (QLatin1String(child->metaObject()->className()) == QLatin1String("QCustomPlot"))
            plot = child;
    }
    QVERIFY(plot);
    mWindow->figureTabs()->setCurrentIndex(1);
    QApplication::processEvents();
    QVERIFY(!funnel->isVisible());
    QSignalSpy replots(plot, SIGNAL(afterReplot()));
    const double before = mWindow->document()->criteria().front().threshold;
    mWindow->document()->setThreshold(0, 0.6);
    mWindow->document()->setThreshold(0, 0.55);
    QApplication::processEvents();
    QCOMPARE(replots.count(), 0);
    mWindow->figureTabs()->setCurrentIndex(0);
    QApplication::processEvents();
    QVERIFY(replots.count() >= 1);
    const QImage shown = plot->grab().toImage();
    QVERIFY(QMetaObject::invokeMethod(plot, "replot"));
    QCOMPARE(shown, plot->grab().toImage());
    mWindow->document()->setThreshold(0, before);
    QApplication::processEvents();
}

void TestWindow::pickedStepAndSupplierStayMarked()
{
    FunnelChart *funnel = mWindow->funnelChart();
    CountryChart *countries = mWindow->countryChart();
    QApplication::processEvents();
    // The table lists the last step's products from the start: that step is marked.
    QCOMPARE(funnel->selectedStep(), mWindow->document()->result().finalStage());
    QVERIFY(funnel->selectionArea().contains(funnel->stepPosition(funnel->selectedStep())));
    QVERIFY(countries->selectionArea().isEmpty());

    // A click on step 1 and on China's bar: both stay marked while the table lists them.
    QWidget *target = funnel->childAt(funnel->stepPosition(1));
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(funnel, funnel->stepPosition(1)));
    QCOMPARE(funnel->selectedStep(), 1);
    QVERIFY(funnel->selectionArea().contains(funnel->stepPosition(1)));
    QVERIFY(!funnel->selectionArea().contains(funnel->stepPosition(2)));
    emit countries->countryClicked(QStringLiteral("CHN"));
    QApplication::processEvents();
    const int china = int(countries->barCountries().indexOf(QStringLiteral("CHN")));
    QVERIFY(countries->selectionArea().contains(countries->barPosition(china)));
    QVERIFY(!countries->selectionArea().contains(countries->barPosition(china + 1)));
    // "overige" marks the bar of the rest.
    emit countries->countryClicked(QString());
    QApplication::processEvents();
    const int others = int(countries->barCountries().indexOf(QString()));
    QVERIFY(others >= 0);
    QVERIFY(countries->selectionArea().contains(countries->barPosition(others)));
    QVERIFY(!countries->selectionArea().contains(countries->barPosition(china)));

    // The mark is the screen's: an export draws the same figure with or without it.
    const auto drawn = [](ChartWidget *chart) {
        QImage image(800, 500, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart->render(painter, QRectF(0, 0, 800, 500));
        return image;
    };
    const QImage marked = drawn(countries);
    // On screen the mark covers the marked bars alone: a sheet over the whole chart would repaint
    // the chart beneath it on every threshold change.
    const auto mark = [](ChartWidget *chart) { return chart->findChild<QWidget *>(QStringLiteral("selectionMark")); };
    QVERIFY(mark(countries) && mark(funnel));
    QVERIFY(mark(countries)->isVisible());
    QCOMPARE(mark(countries)->geometry(), countries->selectionArea());
    mWindow->productTable()->clearFilters();
    QApplication::processEvents();
    QVERIFY(countries->selectionArea().isEmpty());
    QCOMPARE(funnel->selectedStep(), -1);
    QVERIFY(drawn(countries) == marked);
    QVERIFY(!mark(countries)->isVisible());
    QVERIFY(!mark(funnel)->isVisible());
}

void TestWindow::undoWorksFromASpinBox()
{
    // A user types 60 in the share's spin box and presses Enter, then Ctrl+Z with the keyboard
    // still there: the analysis goes back to 50 %, as from anywhere else in the window.
    mWindow->activateWindow();
    QDoubleSpinBox *spin = mWindow->thresholdPanel()->criterionRow(0)->spinBox();
    spin->setFocus();
    QVERIFY(QTest::qWaitFor([spin] { return spin->hasFocus(); }));
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("60"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(mWindow->document()->criteria()[0].threshold, 0.6);
    verifyViewsMatch(coreResultWithShare(0.6));
    QVERIFY(spin->hasFocus());
    QTest::keyClick(spin, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mWindow->document()->criteria()[0].threshold, 0.5);
    QCOMPARE(spin->value(), 50.0);
    verifyViewsMatch(coreResultWithShare(0.5));
    QTest::keyClick(spin, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(mWindow->document()->criteria()[0].threshold, 0.6);

    // While typing (not yet committed), Ctrl+Z undoes the typing in the box, not the analysis.
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("7"));
    QVERIFY(UndoShortcuts::hasOwnUndo(spin));
    QTest::keyClick(spin, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mWindow->document()->criteria()[0].threshold, 0.6);
    // From the table, too.
    mWindow->productTable()->view()->setFocus();
    QTest::keyClick(mWindow->productTable()->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mWindow->document()->criteria()[0].threshold, 0.5);
}

void TestWindow::helpExplainsTheMethodInBothLanguages()
{
    // Help → Methode en sneltoetsen (F1): the method, definitions, the EU, missing values,
    // sources and units, and the shortcuts the window really has.
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow));
    QTest::keyClick(mWindow, Qt::Key_F1);
    auto *help = mWindow->findChild<MethodHelp *>();
    QVERIFY(help && help->isVisible());
    const QString dutch = help->browser()->toPlainText();
    for (const QString &part :
         {QStringLiteral("De methode"), QStringLiteral("Definities"), QStringLiteral("Criteriasets"),
          QStringLiteral("De EU-samenstelling"), QStringLiteral("Ontbrekende en geheime waarden"),
          QStringLiteral("Bronnen en eenheden"), QStringLiteral("Sneltoetsen"),
          QCoreApplication::translate("Metric", metricInfo(Metric::WorldMarketHhi).definition),
          CountryRegistry::instance().name(QStringLiteral("HRV")), QStringLiteral("Ctrl+Z"), QStringLiteral("Ctrl+T"),
          QStringLiteral("3.449"), QStringLiteral("135")})
        QVERIFY2(dutch.contains(part), qPrintable(part));
    QVERIFY(!dutch.contains(CountryRegistry::instance().name(QStringLiteral("GBR")) + QStringLiteral(", ")));

    mWindow->setLanguage(QStringLiteral("en"));
    const QString english = help->browser()->toPlainText();
    QVERIFY(english != dutch);
    for (const QString &part : {QStringLiteral("The method"), QStringLiteral("Definitions"),
                                QStringLiteral("Keyboard shortcuts"), QStringLiteral("Croatia")})
        QVERIFY2(english.contains(part), qPrintable(part));
    help->close();
}

QTEST_MAIN(TestWindow)
#include "test_window.moc"
