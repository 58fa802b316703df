// The document behind the window: one signal per change, undo steps, merging of slider drags,
// statistics loaded once per data selection and off the GUI thread, cancel, the file and its
// modified state, threshold domains, and results equal to core's runFunnel.
#include "demo/demodata.h"
#include "demo/letterreference.h"
#include "document/analysisdocument.h"
#include "domain/preset.h"
#include "session/dataselection.h"
#include "session/savedanalysis.h"
#include "store/store.h"
#include "support/documentwait.h"

#include <QApplication>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

std::vector<int> keptCounts(const AnalysisResult &result)
{
    std::vector<int> counts;
    for (const FunnelStep &step : result.steps)
        counts.push_back(step.kept);
    return counts;
}

// The core's own answer for the demo data, computed without the document.
AnalysisResult coreResult(const std::vector<Criterion> &criteria, EuComposition eu = EuComposition::Eu27_2020,
                          const QStringList &industries = {}, Persistence persistence = {})
{
    DataSelection selection;
    selection.euComposition = eu;
    QString error;
    const std::optional<StatisticsSet> statistics =
        loadStatistics(nullptr, selection, requiredYearWindow(persistence), &error);
    if (!statistics)
        qFatal("demo statistics: %s", qPrintable(error));
    return runFunnel(*statistics, AnalysisSettings{criteria, industries, persistence});
}

} // namespace

class TestAnalysisDocument : public QObject {
    Q_OBJECT

private slots:
    void startsOnDemoWithLetterCounts();
    void thresholdChangeRerunsFunnelOnly();
    void oneSignalPerChange();
    void sliderGestureIsOneUndoStep();
    void presetUndoRestoresCriteria();
    void euCompositionReloadsStatistics();
    void badYearLeavesDocumentAsItWas();
    void industryFilterNarrowsUniverse();
    void loadsOffTheGuiThread();
    void cancelReturnsToThePreviousData();
    void thresholdsStayInTheirMetricsDomain();
    void fileNameAndModifiedState();
    void opensStoreWithDemoDataSet();
    void addedCriterionAddsFunnelStep();
    void removedCriterionLeavesTheOthers();
    void movedCriterionReordersSteps();
    void droppingMultiYearCriteriaKeepsStatistics();
};

void TestAnalysisDocument::startsOnDemoWithLetterCounts()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    QVERIFY(document.isDemo());
    QVERIFY(document.isSynthetic());
    QCOMPARE(document.presetKey(), QStringLiteral("cbs2021"));
    const PublishedFunnel letter = publishedFunnel2020();
    QCOMPARE(keptCounts(document.result()),
             (std::vector<int>{letter.universe, letter.singleNonEuSupplier, letter.netImporter, letter.concentrated}));
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(defaultPreset().criteria)));
}

void TestAnalysisDocument::thresholdChangeRerunsFunnelOnly()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    const int generation = document.statisticsGeneration();
    const StatisticsSet *statistics = &document.statistics();
    document.setThreshold(0, 0.6);
    QCOMPARE(document.statisticsGeneration(), generation);
    QCOMPARE(&document.statistics(), statistics);
    std::vector<Criterion> criteria = defaultPreset().criteria;
    criteria[0].threshold = 0.6;
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(criteria)));
    QVERIFY(document.result().steps[1].kept < publishedFunnel2020().singleNonEuSupplier);
    QCOMPARE(document.presetKey(), QStringLiteral("custom"));
}

void TestAnalysisDocument::oneSignalPerChange()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    QSignalSpy spy(&document, &AnalysisDocument::analysisChanged);
    document.setThreshold(1, 1.5);
    QCOMPARE(spy.count(), 1);
    document.setCriterionEnabled(2, false);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(document.result().finalStage(), 2);
    document.undoStack()->undo();
    QCOMPARE(spy.count(), 3);
    QCOMPARE(document.result().finalStage(), 3);
    // No change, no signal and no undo step.
    const int steps = document.undoStack()->count();
    document.setThreshold(1, 1.5);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(document.undoStack()->count(), steps);
}

void TestAnalysisDocument::sliderGestureIsOneUndoStep()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    const std::vector<int> before = keptCounts(document.result());
    document.endThresholdGesture();
    for (double t : {0.52, 0.55, 0.58, 0.6})
        document.setThreshold(0, t);
    document.endThresholdGesture();
    QCOMPARE(document.undoStack()->count(), 1);
    document.setThreshold(0, 0.65); // a new gesture
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.criteria()[0].threshold, 0.6);
    document.undoStack()->undo();
    QCOMPARE(document.criteria()[0].threshold, 0.5);
    QCOMPARE(keptCounts(document.result()), before);
    // A drag that returns to where it started leaves no step behind.
    document.endThresholdGesture();
    document.undoStack()->clear();
    document.setThreshold(0, 0.7);
    document.setThreshold(0, 0.5);
    document.endThresholdGesture();
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestAnalysisDocument::presetUndoRestoresCriteria()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    document.applyPreset(QStringLiteral("ec2021"));
    QCOMPARE(document.presetKey(), QStringLiteral("ec2021"));
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(findPreset(QStringLiteral("ec2021"))->criteria)));
    document.applyPreset(QStringLiteral("geodep")); // needs three years
    QVERIFY(waitUntilLoaded(document));
    const Preset &geodep = *findPreset(QStringLiteral("geodep"));
    QCOMPARE(keptCounts(document.result()),
             keptCounts(coreResult(geodep.criteria, EuComposition::Eu27_2020, {}, geodep.persistence)));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.presetKey(), QStringLiteral("cbs2021"));
    document.setThreshold(2, 0.3);
    document.resetToDefaults();
    QCOMPARE(document.presetKey(), QStringLiteral("cbs2021"));
    QCOMPARE(document.result().finalCount(), publishedFunnel2020().concentrated);
}

void TestAnalysisDocument::euCompositionReloadsStatistics()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    const int generation = document.statisticsGeneration();
    DataSelection selection = document.state().selection;
    selection.euComposition = EuComposition::Eu28;
    document.setSelection(selection);
    QVERIFY(document.isLoading()); // statistics for another EU composition load in the background
    QVERIFY(waitUntilLoaded(document));
    QVERIFY(document.statisticsGeneration() != generation);
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(defaultPreset().criteria, EuComposition::Eu28)));
    document.undoStack()->undo(); // undo keeps the statistics it needs: nothing loads
    QVERIFY(!document.isLoading());
    QCOMPARE(document.state().selection.euComposition, EuComposition::Eu27_2020);
    QCOMPARE(document.result().finalCount(), publishedFunnel2020().concentrated);
}

void TestAnalysisDocument::badYearLeavesDocumentAsItWas()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    QSignalSpy errors(&document, &AnalysisDocument::errorOccurred);
    DataSelection selection = document.state().selection;
    selection.year = 1999;
    document.setSelection(selection);
    QVERIFY(waitUntilLoaded(document));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("1999")));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.analysisYear(), demo::kReferenceYear);
}

void TestAnalysisDocument::industryFilterNarrowsUniverse()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    const QStringList industries = document.availableIndustries();
    QVERIFY(industries.size() > 2);
    document.setIndustries({industries.first()});
    const AnalysisResult expected =
        coreResult(defaultPreset().criteria, EuComposition::Eu27_2020, {industries.first()});
    QCOMPARE(keptCounts(document.result()), keptCounts(expected));
    QVERIFY(document.result().steps[0].kept < publishedFunnel2020().universe);
}

void TestAnalysisDocument::loadsOffTheGuiThread()
{
    AnalysisDocument document;
    QSignalSpy loading(&document, &AnalysisDocument::loadingChanged);
    QSignalSpy changed(&document, &AnalysisDocument::analysisChanged);
    document.useDemoData();
    // The call returns before the statistics are in: nothing is shown yet, edits wait.
    QVERIFY(document.isLoading());
    QCOMPARE(loading.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document.result().steps[0].kept, 0);
    document.setThreshold(0, 0.6);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(waitUntilLoaded(document));
    QCOMPARE(loading.count(), 2);
    QVERIFY(!loading.last().first().toBool());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document.result().finalCount(), publishedFunnel2020().concentrated);
    QCOMPARE(document.criteria()[0].threshold, 0.5);
}

void TestAnalysisDocument::cancelReturnsToThePreviousData()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    const std::vector<int> before = keptCounts(document.result());
    QSignalSpy changed(&document, &AnalysisDocument::analysisChanged);
    QSignalSpy errors(&document, &AnalysisDocument::errorOccurred);
    DataSelection selection = document.state().selection;
    selection.euComposition = EuComposition::Eu28;
    document.setSelection(selection);
    QVERIFY(document.isLoading());
    document.cancelLoading();
    QVERIFY(!document.isLoading());
    // The worker may still finish; its result no longer counts.
    QTest::qWait(300);
    QCOMPARE(document.state().selection.euComposition, EuComposition::Eu27_2020);
    QCOMPARE(keptCounts(document.result()), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(document.undoStack()->count(), 0);
    // While one choice loads, edits wait (the window disables the dock): the first choice counts.
    selection.euComposition = EuComposition::Eu28;
    document.setSelection(selection);
    selection.euComposition = EuComposition::MembershipInYear;
    document.setSelection(selection);
    document.setThreshold(0, 0.6);
    QVERIFY(waitUntilLoaded(document));
    QTest::qWait(200);
    QCOMPARE(document.state().selection.euComposition, EuComposition::Eu28);
    QCOMPARE(document.criteria()[0].threshold, 0.5);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(defaultPreset().criteria, EuComposition::Eu28)));
}

void TestAnalysisDocument::thresholdsStayInTheirMetricsDomain()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    QSignalSpy errors(&document, &AnalysisDocument::errorOccurred);
    document.setThreshold(0, -5.0);  // a share below 0
    document.setThreshold(2, 1.5);   // an HHI above 1
    document.setThreshold(1, 1e308); // a ratio far past 1000
    document.setThreshold(1, std::nan(""));
    QCOMPARE(errors.count(), 4);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("buiten het bereik")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.criteria(), defaultPreset().criteria);
    document.setThreshold(1, 1000.0); // the ends of a domain are thresholds like any other
    document.setThreshold(0, 1.0);
    QCOMPARE(errors.count(), 4);
    QCOMPARE(document.criteria()[1].threshold, 1000.0);
}

void TestAnalysisDocument::fileNameAndModifiedState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("analyse.herkomst"));
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    QSignalSpy file(&document, &AnalysisDocument::fileChanged);
    QVERIFY(document.fileName().isEmpty());
    QVERIFY(!document.isModified());
    QVERIFY(document.windowTitle().startsWith(QStringLiteral("Niet-opgeslagen analyse[*]")));
    document.setThreshold(0, 0.6);
    QVERIFY(document.isModified());
    QVERIFY(file.count() >= 1);

    QString error;
    QVERIFY2(document.save(path, QJsonObject{{QStringLiteral("mine"), 1}}, &error), qPrintable(error));
    QCOMPARE(document.fileName(), path);
    QVERIFY(!document.isModified());
    QVERIFY(document.windowTitle().startsWith(QStringLiteral("analyse.herkomst[*]")));
    // The modified state is the undo stack's clean state: undo past the save is a change, redo is not.
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    document.undoStack()->redo();
    QVERIFY(!document.isModified());
    // What was written is the state with its provenance.
    const std::optional<SavedAnalysis> saved = readSavedAnalysis(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->state.criteria[0].threshold, 0.6);
    QVERIFY(saved->synthetic);

    // Opening reads and checks at once, loads in the background, then announces the view.
    document.setThreshold(0, 0.7);
    QSignalSpy opened(&document, &AnalysisDocument::opened);
    QVERIFY2(document.open(path, &error), qPrintable(error));
    QVERIFY(waitUntilLoaded(document));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toJsonObject().value(QStringLiteral("mine")).toInt(), 1);
    QCOMPARE(document.criteria()[0].threshold, 0.6);
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);

    // Another data source is a change the file does not hold.
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    QVERIFY(document.isModified());
    QCOMPARE(document.fileName(), path);

    // A remembered unsaved session comes back untitled and marked unsaved; a new analysis is clean.
    AnalysisState state = AnalysisState::defaults();
    state.criteria[2].threshold = 0.3;
    QVERIFY(document.restoreSession({}, state, {}, true, &error));
    QVERIFY(waitUntilLoaded(document));
    QVERIFY(document.fileName().isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(document.criteria()[2].threshold, 0.3);
    document.startNew();
    QVERIFY(waitUntilLoaded(document));
    QVERIFY(!document.isModified());
    QCOMPARE(document.criteria(), defaultPreset().criteria);
}

void TestAnalysisDocument::opensStoreWithDemoDataSet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(demo::writeToStore(store, &error), qPrintable(error));
    }
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    QSignalSpy source(&document, &AnalysisDocument::sourceChanged);
    QSignalSpy progress(&document, &AnalysisDocument::loadingProgress);
    QString error;
    QVERIFY2(document.openStore(path, AnalysisState::defaults(), &error), qPrintable(error));
    QVERIFY(document.isLoading());
    QVERIFY(document.isDemo()); // the store becomes the source when its statistics are in
    QVERIFY(waitUntilLoaded(document));
    QCOMPARE(source.count(), 1);
    // The worker's progress reaches the GUI thread, ending at 100 %.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 100);
    QVERIFY(!document.isDemo());
    QCOMPARE(document.dataSets().size(), size_t(1));
    QVERIFY(document.isSynthetic());
    QCOMPARE(document.result().finalCount(), publishedFunnel2020().concentrated);
    // A store that does not open leaves the document on what it had.
    QVERIFY(
        !document.openStore(dir.filePath(QStringLiteral("missing/none.sqlite")), AnalysisState::defaults(), &error));
    QVERIFY2(error.contains(QStringLiteral("none.sqlite")), qPrintable(error));
    QVERIFY(!document.isLoading());
    QVERIFY(!document.isDemo());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

void TestAnalysisDocument::addedCriterionAddsFunnelStep()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    const StatisticsSet *statistics = &document.statistics();
    const int generation = document.statisticsGeneration();
    QSignalSpy spy(&document, &AnalysisDocument::analysisChanged);
    document.addCriterion(Metric::TopWorldExporterShare);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(document.criteria().size(), size_t(4));
    const Criterion &added = document.criteria().back();
    QCOMPARE(added.metric, Metric::TopWorldExporterShare);
    QCOMPARE(added.comparison, Comparison::Greater);
    QCOMPARE(added.threshold, 0.5); // a share: more than half
    QCOMPARE(document.result().steps.size(), size_t(5));
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(document.criteria())));
    QVERIFY(document.result().finalCount() < publishedFunnel2020().concentrated);
    QCOMPARE(document.presetKey(), QStringLiteral("custom"));
    QCOMPARE(&document.statistics(), statistics);
    QCOMPARE(document.statisticsGeneration(), generation);
    // An index gets the usual concentration bound, and a second one a step key of its own.
    document.addCriterion(Metric::WorldMarketHhi);
    QCOMPARE(document.criteria().back().threshold, 0.25);
    QVERIFY(document.criteria().back().stepKey != document.criteria()[2].stepKey);
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.presetKey(), QStringLiteral("cbs2021"));
    QCOMPARE(document.result().steps.size(), size_t(4));
    QCOMPARE(document.result().finalCount(), publishedFunnel2020().concentrated);
}

void TestAnalysisDocument::removedCriterionLeavesTheOthers()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    const std::vector<Criterion> cbs = defaultPreset().criteria;
    document.removeCriterion(1);
    QCOMPARE(document.criteria(), (std::vector<Criterion>{cbs[0], cbs[2]}));
    QCOMPARE(document.result().steps.size(), size_t(3));
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult({cbs[0], cbs[2]})));
    // Without the net-importer step more products stay.
    QVERIFY(document.result().finalCount() > publishedFunnel2020().concentrated);
    QCOMPARE(document.presetKey(), QStringLiteral("custom"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.criteria(), cbs);
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(cbs)));
    // The funnel keeps at least one criterion; out-of-range indexes change nothing.
    document.removeCriterion(7);
    document.removeCriterion(0);
    document.removeCriterion(0);
    QCOMPARE(document.criteria().size(), size_t(1));
    document.removeCriterion(0);
    QCOMPARE(document.criteria().size(), size_t(1));
}

void TestAnalysisDocument::movedCriterionReordersSteps()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    const std::vector<Criterion> cbs = defaultPreset().criteria;
    const std::vector<int> before = keptCounts(document.result());
    document.moveCriterion(2, -2); // world-market HHI first
    const std::vector<Criterion> moved{cbs[2], cbs[0], cbs[1]};
    QCOMPARE(document.criteria(), moved);
    QCOMPARE(document.result().steps[1].key, cbs[2].stepKey);
    QCOMPARE(document.result().steps[1].criterionIndex, 0);
    const std::vector<int> after = keptCounts(document.result());
    QCOMPARE(after, keptCounts(coreResult(moved)));
    QVERIFY(after[1] != before[1]);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.criteria(), cbs);
    QCOMPARE(keptCounts(document.result()), before);
    // One place down, and nothing past either end.
    document.moveCriterion(0, 1);
    QCOMPARE(document.criteria(), (std::vector<Criterion>{cbs[1], cbs[0], cbs[2]}));
    const int steps = document.undoStack()->count();
    document.moveCriterion(0, -1);
    document.moveCriterion(2, 1);
    QCOMPARE(document.undoStack()->count(), steps);
}

void TestAnalysisDocument::droppingMultiYearCriteriaKeepsStatistics()
{
    AnalysisDocument document;
    document.useDemoData();
    QVERIFY(waitUntilLoaded(document));
    const int single = document.statisticsGeneration();
    document.applyPreset(QStringLiteral("geodep")); // three years: loaded once
    QVERIFY(waitUntilLoaded(document));
    const int threeYears = document.statisticsGeneration();
    QVERIFY(threeYears > single);
    const StatisticsSet *statistics = &document.statistics();
    document.addCriterion(Metric::SupplierShare);
    document.removeCriterion(0);
    document.moveCriterion(0, 1);
    QCOMPARE(document.statisticsGeneration(), threeYears);
    // Criteria of one year are served by the statistics of three.
    document.applyPreset(QStringLiteral("cbs2021"));
    QCOMPARE(&document.statistics(), statistics);
    QCOMPARE(document.statisticsGeneration(), threeYears);
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(defaultPreset().criteria)));
    document.undoStack()->undo();
    QCOMPARE(keptCounts(document.result()),
             keptCounts(coreResult(document.criteria(), EuComposition::Eu27_2020, {}, document.state().persistence)));
    // Used by one-year criteria, the three years still serve three-year criteria: nothing loads.
    document.applyPreset(QStringLiteral("cbs2021"));
    document.applyPreset(QStringLiteral("geodep"));
    QVERIFY(!document.isLoading());
    QCOMPARE(document.statisticsGeneration(), threeYears);
}

QTEST_MAIN(TestAnalysisDocument)
#include "test_analysisdocument.moc"
