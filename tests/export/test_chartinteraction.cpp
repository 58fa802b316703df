// The charts as the window uses them: clicks, tooltips, sorting, top N, measure, stacking.
#include "exportfixture.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "countries/countryregistry.h"
#include "domain/numberformat.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

void clickAt(QWidget &chart, const QPoint &position)
{
    QWidget *target = chart.childAt(position);
    QVERIFY2(target, "nothing under the bar");
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(&chart, position));
}

} // namespace

class TestChartInteraction : public QObject {
    Q_OBJECT
private slots:
    void funnelLabelsCarryRuleAndCounts();
    void clickingAFunnelBarEmitsItsStep();
    void countryChartIsSortedWithOverige();
    void clickingACountryBarEmitsItsCode();
    void measureAndStackingKeepTotals();
};

void TestChartInteraction::funnelLabelsCarryRuleAndCounts()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    FunnelChart chart;
    chart.setResult(analysis.result);
    QCOMPARE(chart.stepCount(), int(analysis.result.steps.size()));
    const FunnelStep &first = analysis.result.steps[1];
    QCOMPARE(chart.stepLabel(1), QStringLiteral("%1 — %2 over, %3 af")
                                      .arg(first.label, NumberFormat::count(first.kept), NumberFormat::count(first.dropped)));
    QVERIFY(chart.stepToolTip(1).contains(first.rule.toHtmlEscaped()));
    QVERIFY(chart.title().contains(NumberFormat::count(analysis.result.finalCount())));

    // Undetermined products are shown when there are any.
    AnalysisResult withGaps = analysis.result;
    withGaps.steps[3].undetermined = 12;
    chart.setResult(withGaps);
    QVERIFY2(chart.stepLabel(3).endsWith(QStringLiteral(", 12 onbepaald")), qPrintable(chart.stepLabel(3)));
    QVERIFY(!chart.stepLabel(2).contains(QStringLiteral("onbepaald")));
}

void TestChartInteraction::clickingAFunnelBarEmitsItsStep()
{
    FunnelChart chart;
    chart.setResult(test::demoAnalysis().result);
    chart.resize(900, 520);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy spy(&chart, &FunnelChart::stepClicked);
    for (int step : {2, 0, 3}) {
        const QPoint position = chart.stepPosition(step);
        QCOMPARE(chart.stepAt(position), step);
        clickAt(chart, position);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toInt(), step);
    }
    // Outside the plot nothing is emitted.
    clickAt(chart, QPoint(5, 5));
    QCOMPARE(spy.count(), 0);
}

void TestChartInteraction::countryChartIsSortedWithOverige()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    CountryChart chart;
    chart.setTopN(5);
    chart.setResult(analysis.result, analysis.statistics.primary);
    const QStringList codes = chart.barCountries();
    QCOMPARE(codes.size(), 6);
    QCOMPARE(codes.first(), QStringLiteral("CHN"));   // the letter: China first, then the US
    QCOMPARE(codes.at(1), QStringLiteral("USA"));
    QCOMPARE(codes.last(), QString());
    QCOMPARE(chart.barLabels().first(), CountryRegistry::instance().name(QStringLiteral("CHN")));
    QVERIFY(chart.barLabels().last().startsWith(QStringLiteral("Overige landen")));
    const std::vector<double> values = chart.barValues();
    QVERIFY(std::is_sorted(values.begin(), values.end() - 1, std::greater<>()));
    double total = 0;
    for (double v : values)
        total += v;
    QCOMPARE(total, double(analysis.result.finalCount()));
}

void TestChartInteraction::clickingACountryBarEmitsItsCode()
{
    CountryChart chart;
    chart.setTopN(4);
    chart.setResult(test::demoAnalysis().result, test::demoAnalysis().statistics.primary);
    chart.resize(900, 520);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy spy(&chart, &CountryChart::countryClicked);
    clickAt(chart, chart.barPosition(0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("CHN"));
    clickAt(chart, chart.barPosition(1));
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("USA"));
    clickAt(chart, chart.barPosition(4));   // "overige"
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QString());

    chart.setStackedByIndustry(true);
    QTest::qWait(20);
    clickAt(chart, chart.barPosition(1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("USA"));
}

void TestChartInteraction::measureAndStackingKeepTotals()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    CountryChart chart;
    chart.setTopN(100);
    chart.setResult(analysis.result, analysis.statistics.primary);
    chart.setMeasure(CountryChart::Measure::ImportValue);
    QVERIFY(chart.title().contains(QStringLiteral("invoerwaarde")));
    const std::vector<double> values = chart.barValues();
    QVERIFY(std::is_sorted(values.begin(), values.end(), std::greater<>()));
    double total = 0, expected = 0;
    for (double v : values)
        total += v;
    for (const SupplierGroup &g : analysis.result.bySupplier)
        expected += g.importValue / 1e6;
    QVERIFY(std::abs(total - expected) < 1e-6 * expected);
    chart.setStackedByIndustry(true);
    QCOMPARE(chart.barValues(), values);
}

QTEST_MAIN(TestChartInteraction)
#include "test_chartinteraction.moc"
