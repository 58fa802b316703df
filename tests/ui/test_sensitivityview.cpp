// The view "Gevoeligheid": its curves and map count what core's runFunnel counts at those
// thresholds, it follows every threshold change, a click on the map sets both thresholds as one
// undo step, and the window shows it as a tab beside Figure 1 and 2.
// qcustomplot.h uses Q_FOREACH in its templates.
#undef QT_NO_FOREACH

#include "document/analysisdocument.h"
#include "sensitivity/sensitivitycurveschart.h"
#include "sensitivity/sensitivitymapchart.h"
#include "sensitivity/sensitivityview.h"
#include "support/documentwait.h"
#include "window/mainwindow.h"

#include "domain/preset.h"
#include "session/dataselection.h"

#include <QApplication>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <qcustomplot.h>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

int coreFinalCount(const AnalysisDocument &document, const std::vector<Criterion> &criteria)
{
    return runFunnel(document.statistics(), AnalysisSettings{criteria, document.state().industries}).finalCount();
}

int criterionIndex(const std::vector<Criterion> &criteria, const QString &stepKey)
{
    for (int i = 0; i < int(criteria.size()); ++i) {
        if (criteria[size_t(i)].stepKey == stepKey)
            return i;
    }
    return -1;
}

} // namespace

class TestSensitivityView : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        mDocument.useDemoData();
        QVERIFY(waitUntilLoaded(mDocument));
    }
    void curvesCountAsTheCore();
    void mapCountsAsTheCore();
    void followsThresholdChanges();
    void mapClickIsOneUndoStep();
    void keyboardPicksAMapCell();
    void disabledCriterionLeavesCurvesAndMap();
    void windowShowsItBesideTheFigures();
    void narrowCurvesWrapTheirAxisLabels();

private:
    AnalysisDocument mDocument;
};

void TestSensitivityView::curvesCountAsTheCore()
{
    SensitivityView view(&mDocument);
    view.refresh();
    const std::vector<SensitivityCurve> &curves = view.curvesChart()->curves();
    QCOMPARE(int(curves.size()), 3); // CBS 2021: one curve per criterion
    for (const SensitivityCurve &curve : curves) {
        QCOMPARE(curve.thresholds.size(), curve.kept.size());
        QVERIFY(curve.thresholds.size() > 50);
        QVERIFY(curve.presetThreshold.has_value());
        QCOMPARE(curve.criterion.threshold, mDocument.criteria()[size_t(curve.criterionIndex)].threshold);
        for (size_t k = 0; k < curve.thresholds.size(); k += 7) {
            std::vector<Criterion> criteria = mDocument.criteria();
            criteria[size_t(curve.criterionIndex)].threshold = curve.thresholds[k];
            QCOMPARE(curve.kept[k], coreFinalCount(mDocument, criteria));
        }
    }
    // The published thresholds lie on the curves: 50 % gives the funnel's own 135.
    const SensitivityCurve &share = curves.front();
    const auto at = std::find(share.thresholds.begin(), share.thresholds.end(), 0.5);
    QVERIFY(at != share.thresholds.end());
    QCOMPARE(share.kept[size_t(at - share.thresholds.begin())], mDocument.result().finalCount());
}

void TestSensitivityView::mapCountsAsTheCore()
{
    SensitivityView view(&mDocument);
    view.refresh();
    const std::vector<Criterion> &criteria = mDocument.criteria();
    // By default the first step against the last: "and at 60 %? and with HHI 0,2?"
    QCOMPARE(view.mapFirstCriterion(), criterionIndex(criteria, QStringLiteral("single_non_eu_supplier")));
    QCOMPARE(view.mapSecondCriterion(), criterionIndex(criteria, QStringLiteral("concentrated")));
    const SensitivityMap &map = view.mapChart()->map();
    QVERIFY(!map.isEmpty());
    QVERIFY(std::find(map.firstThresholds.begin(), map.firstThresholds.end(), 0.6) != map.firstThresholds.end());
    QVERIFY(std::find(map.secondThresholds.begin(), map.secondThresholds.end(), 0.2) != map.secondThresholds.end());
    for (size_t i = 0; i < map.firstThresholds.size(); ++i) {
        for (size_t j = 0; j < map.secondThresholds.size(); ++j) {
            std::vector<Criterion> varied = criteria;
            varied[size_t(map.firstIndex)].threshold = map.firstThresholds[i];
            varied[size_t(map.secondIndex)].threshold = map.secondThresholds[j];
            QCOMPARE(map.keptAt(int(i), int(j)), coreFinalCount(mDocument, varied));
        }
    }
    // Another pair of criteria is another map, counted the same way.
    const int ratio = criterionIndex(criteria, QStringLiteral("net_importer"));
    view.setMapCriteria(ratio, view.mapSecondCriterion());
    const SensitivityMap &other = view.mapChart()->map();
    QCOMPARE(other.firstIndex, ratio);
    std::vector<Criterion> varied = criteria;
    varied[size_t(ratio)].threshold = other.firstThresholds.back();
    varied[size_t(other.secondIndex)].threshold = other.secondThresholds.front();
    QCOMPARE(other.keptAt(int(other.firstThresholds.size()) - 1, 0), coreFinalCount(mDocument, varied));
}

void TestSensitivityView::followsThresholdChanges()
{
    SensitivityView view(&mDocument);
    view.resize(1000, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int share = criterionIndex(mDocument.criteria(), QStringLiteral("single_non_eu_supplier"));
    mDocument.setThreshold(share, 0.6);
    QVERIFY(waitUntilLoaded(mDocument));
    const SensitivityCurve &curve = view.curvesChart()->curves().front();
    QCOMPARE(curve.criterion.threshold, 0.6);
    QCOMPARE(view.mapChart()->map().first.threshold, 0.6);
    // The other curves are now taken at 60 %: their counts follow.
    const SensitivityCurve &hhi = view.curvesChart()->curves().back();
    std::vector<Criterion> criteria = mDocument.criteria();
    criteria[size_t(hhi.criterionIndex)].threshold = hhi.thresholds[20];
    QCOMPARE(hhi.kept[20], coreFinalCount(mDocument, criteria));
    QVERIFY(view.curvesChart()->caption().contains(QStringLiteral("60")));
    QVERIFY(view.mapChart()->caption().startsWith(QStringLiteral("Gevarieerd:")));
}

void TestSensitivityView::mapClickIsOneUndoStep()
{
    SensitivityView view(&mDocument);
    view.resize(1100, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const std::vector<Criterion> before = mDocument.criteria();
    const SensitivityMap &map = view.mapChart()->map();
    QVERIFY(!map.isEmpty());
    const int i =
        int(std::find(map.firstThresholds.begin(), map.firstThresholds.end(), 0.6) - map.firstThresholds.begin());
    const int j =
        int(std::find(map.secondThresholds.begin(), map.secondThresholds.end(), 0.2) - map.secondThresholds.begin());
    const int expected = map.keptAt(i, j);
    const int firstIndex = map.firstIndex, secondIndex = map.secondIndex;
    const int steps = mDocument.undoStack()->count();

    // A user's click, on the plot under the cell.
    const QPoint position = view.mapChart()->cellPosition(i, j);
    QWidget *plot = view.mapChart()->childAt(position);
    QVERIFY(plot);
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->mapFrom(view.mapChart(), position));
    QVERIFY(waitUntilLoaded(mDocument));

    QCOMPARE(mDocument.undoStack()->count(), steps + 1);
    QCOMPARE(mDocument.criteria()[size_t(firstIndex)].threshold, 0.6);
    QCOMPARE(mDocument.criteria()[size_t(secondIndex)].threshold, 0.2);
    QCOMPARE(mDocument.result().finalCount(), expected);
    QCOMPARE(view.curvesChart()->curves().front().criterion.threshold, 0.6);

    mDocument.undoStack()->undo();
    QVERIFY(mDocument.criteria() == before);
    QCOMPARE(mDocument.result().finalCount(), coreFinalCount(mDocument, before));
    mDocument.undoStack()->redo();
    QCOMPARE(mDocument.criteria()[size_t(firstIndex)].threshold, 0.6);
    QCOMPARE(mDocument.criteria()[size_t(secondIndex)].threshold, 0.2);
}

void TestSensitivityView::keyboardPicksAMapCell()
{
    SensitivityView view(&mDocument);
    view.resize(1100, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const SensitivityMap &map = view.mapChart()->map();
    const int firstIndex = map.firstIndex, secondIndex = map.secondIndex;
    QWidget *plot = view.mapChart()->childAt(view.mapChart()->cellPosition(0, 0));
    QVERIFY(plot);
    plot->setFocus(Qt::TabFocusReason);
    QVERIFY(QTest::qWaitFor([&] { return plot->hasFocus(); }));
    QApplication::processEvents();
    const int steps = mDocument.undoStack()->count();
    // From the current pair (50 %, 0,25): one step right and two up, then Enter.
    QTest::keyClick(plot, Qt::Key_Right);
    QTest::keyClick(plot, Qt::Key_Up);
    QTest::keyClick(plot, Qt::Key_Up);
    QCOMPARE(mDocument.undoStack()->count(), steps); // moving is not yet a change
    QTest::keyClick(plot, Qt::Key_Return);
    QVERIFY(waitUntilLoaded(mDocument));
    QCOMPARE(mDocument.undoStack()->count(), steps + 1);
    QCOMPARE(mDocument.criteria()[size_t(firstIndex)].threshold, 0.55);
    QCOMPARE(mDocument.criteria()[size_t(secondIndex)].threshold, 0.35);
    mDocument.undoStack()->undo();
    QCOMPARE(mDocument.criteria()[size_t(firstIndex)].threshold, 0.5);
    QCOMPARE(mDocument.criteria()[size_t(secondIndex)].threshold, 0.25);
}

void TestSensitivityView::disabledCriterionLeavesCurvesAndMap()
{
    SensitivityView view(&mDocument);
    view.refresh();
    const int ratio = criterionIndex(mDocument.criteria(), QStringLiteral("net_importer"));
    mDocument.setCriterionEnabled(ratio, false);
    QVERIFY(waitUntilLoaded(mDocument));
    view.refresh();
    QCOMPARE(int(view.curvesChart()->curves().size()), 2);
    for (const SensitivityCurve &curve : view.curvesChart()->curves())
        QVERIFY(curve.criterionIndex != ratio);
    QVERIFY(!view.mapChart()->map().isEmpty());
    QVERIFY(view.mapFirstCriterion() != ratio && view.mapSecondCriterion() != ratio);
}

void TestSensitivityView::windowShowsItBesideTheFigures()
{
    MainWindow window;
    window.startOnDemoData();
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitUntilLoaded(*window.document()));
    QTabWidget *tabs = window.figureTabs();
    QVERIFY(tabs);
    auto *view = window.findChild<SensitivityView *>();
    QVERIFY(view);
    const int index = tabs->indexOf(view);
    QVERIFY(index > 0);
    QCOMPARE(tabs->tabText(index), QStringLiteral("Gevoeligheid"));
    tabs->setCurrentIndex(index);
    QVERIFY(QTest::qWaitFor([&] { return !view->curvesChart()->curves().empty(); }));
    QCOMPARE(int(view->curvesChart()->curves().size()), 3);
    // A change made while the figures are shown reaches the view once it is shown again.
    tabs->setCurrentIndex(0);
    window.document()->setThreshold(0, 0.55);
    QVERIFY(waitUntilLoaded(*window.document()));
    tabs->setCurrentIndex(index);
    QCOMPARE(view->curvesChart()->curves().front().criterion.threshold, 0.55);
}

QTEST_MAIN(TestSensitivityView)
void TestSensitivityView::narrowCurvesWrapTheirAxisLabels()
{
    // Three curves side by side in a window of 1280 pixels: each axis title stays within its plot
    // (wrapped between words), and the plots' bottoms line up.
    SensitivityView view(&mDocument);
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    auto *plot = view.curvesChart()->findChild<QCustomPlot *>();
    QVERIFY(plot);
    const QList<QCPAxisRect *> rects = plot->axisRects();
    QCOMPARE(int(rects.size()), 3);
    bool wrapped = false;
    for (QCPAxisRect *rect : rects) {
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        const QStringList lines = x->label().split(QLatin1Char('\n'));
        wrapped = wrapped || lines.size() > 1;
        for (const QString &line : lines)
            QVERIFY2(QFontMetrics(x->labelFont()).horizontalAdvance(line) <= rect->width(), qPrintable(line));
        QCOMPARE(rect->bottom(), rects.front()->bottom());
    }
    QVERIFY(wrapped); // at this width at least one title needs two lines
}

#include "test_sensitivityview.moc"
