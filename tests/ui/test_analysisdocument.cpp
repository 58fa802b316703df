// The document behind the window: one signal per change, undo steps, merging of slider drags,
// statistics loaded once per data selection, and results equal to core's runFunnel.
#include "demo/demodata.h"
#include "demo/letterreference.h"
#include "document/analysisdocument.h"
#include "domain/preset.h"
#include "session/dataselection.h"
#include "store/store.h"

#include <QApplication>
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
                          const QStringList &industries = {})
{
    DataSelection selection;
    selection.euComposition = eu;
    QString error;
    const std::optional<StatisticsSet> statistics =
        loadStatistics(nullptr, selection, requiredYearWindow(criteria), &error);
    if (!statistics)
        qFatal("demo statistics: %s", qPrintable(error));
    return runFunnel(*statistics, AnalysisSettings{criteria, industries});
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
    void stateSurvivesJson();
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
    document.applyPreset(QStringLiteral("ec2021"));
    QCOMPARE(document.presetKey(), QStringLiteral("ec2021"));
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(findPreset(QStringLiteral("ec2021"))->criteria)));
    document.applyPreset(QStringLiteral("geodep")); // needs three years
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(findPreset(QStringLiteral("geodep"))->criteria)));
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
    const int generation = document.statisticsGeneration();
    DataSelection selection = document.state().selection;
    selection.euComposition = EuComposition::Eu28;
    QVERIFY(document.setSelection(selection));
    QVERIFY(document.statisticsGeneration() != generation);
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(defaultPreset().criteria, EuComposition::Eu28)));
    document.undoStack()->undo();
    QCOMPARE(document.state().selection.euComposition, EuComposition::Eu27_2020);
    QCOMPARE(document.result().finalCount(), publishedFunnel2020().concentrated);
}

void TestAnalysisDocument::badYearLeavesDocumentAsItWas()
{
    AnalysisDocument document;
    document.useDemoData();
    QSignalSpy errors(&document, &AnalysisDocument::errorOccurred);
    DataSelection selection = document.state().selection;
    selection.year = 1999;
    QVERIFY(!document.setSelection(selection));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("1999")));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.analysisYear(), demo::kReferenceYear);
}

void TestAnalysisDocument::industryFilterNarrowsUniverse()
{
    AnalysisDocument document;
    document.useDemoData();
    const QStringList industries = document.availableIndustries();
    QVERIFY(industries.size() > 2);
    document.setIndustries({industries.first()});
    const AnalysisResult expected =
        coreResult(defaultPreset().criteria, EuComposition::Eu27_2020, {industries.first()});
    QCOMPARE(keptCounts(document.result()), keptCounts(expected));
    QVERIFY(document.result().steps[0].kept < publishedFunnel2020().universe);
}

void TestAnalysisDocument::stateSurvivesJson()
{
    AnalysisState state = AnalysisState::defaults();
    state.criteria[0].threshold = 0.6;
    state.criteria[2].enabled = false;
    state.industries = QStringList{QStringLiteral("Chemie")};
    state.selection.euComposition = EuComposition::Eu28;
    state.selection.year = 2019;
    QCOMPARE(AnalysisState::fromJson(state.toJson()), state);
    QCOMPARE(presetKeyFor(state.criteria), QStringLiteral("custom"));
    // Garbage falls back to the defaults instead of breaking a start.
    QCOMPARE(AnalysisState::fromJson(QJsonObject{{QStringLiteral("criteria"), 3}}).criteria, defaultPreset().criteria);
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
    QSignalSpy source(&document, &AnalysisDocument::sourceChanged);
    QString error;
    QVERIFY2(document.openStore(path, AnalysisState::defaults(), &error), qPrintable(error));
    QCOMPARE(source.count(), 1);
    QVERIFY(!document.isDemo());
    QCOMPARE(document.dataSets().size(), size_t(1));
    QVERIFY(document.isSynthetic());
    QCOMPARE(document.result().finalCount(), publishedFunnel2020().concentrated);
    // A store that does not open leaves the document on what it had.
    QVERIFY(
        !document.openStore(dir.filePath(QStringLiteral("missing/none.sqlite")), AnalysisState::defaults(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!document.isDemo());
}

void TestAnalysisDocument::addedCriterionAddsFunnelStep()
{
    AnalysisDocument document;
    document.useDemoData();
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
    const int single = document.statisticsGeneration();
    document.applyPreset(QStringLiteral("geodep")); // three years: loaded once
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
    QCOMPARE(keptCounts(document.result()), keptCounts(coreResult(document.criteria())));
}

QTEST_MAIN(TestAnalysisDocument)
#include "test_analysisdocument.moc"
