// The charts as the window uses them: clicks, tooltips, sorting, top N, measure, stacking.
// qcustomplot.h uses Q_FOREACH in its templates; allow it here, before any Qt header is read.
#undef QT_NO_FOREACH

#include "exportfixture.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "countries/countryregistry.h"
#include "domain/numberformat.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

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
    void countryChartUpdatesInPlace();
    void funnelLabelsFitANarrowChart();
    void aLongCaptionKeepsANarrowChartOnScreen();
};

void TestChartInteraction::funnelLabelsCarryRuleAndCounts()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    FunnelChart chart;
    chart.setResult(analysis.result);
    QCOMPARE(chart.stepCount(), int(analysis.result.steps.size()));
    const FunnelStep &first = analysis.result.steps[1];
    QCOMPARE(chart.stepLabel(1),
             QStringLiteral("%1 — %2 over, %3 af")
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
    // Outside the plot (on the title, which the chart paints itself) nothing is emitted.
    QCOMPARE(chart.childAt(QPoint(5, 5)), nullptr);
    QTest::mouseClick(&chart, Qt::LeftButton, {}, QPoint(5, 5));
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
    QCOMPARE(codes.first(), QStringLiteral("CHN")); // the letter: China first, then the US
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
    clickAt(chart, chart.barPosition(4)); // "overige"
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

namespace {

// The on-screen bars as Qt Charts holds them, top to bottom like barValues().
std::vector<double> shownTotals(QAbstractBarSeries *series)
{
    std::vector<double> totals;
    const QList<QBarSet *> sets = series->barSets();
    for (int i = sets.isEmpty() ? 0 : sets.first()->count() - 1; i >= 0; --i) {
        double total = 0;
        for (const QBarSet *set : sets)
            total += set->at(i);
        totals.push_back(total);
    }
    return totals;
}

} // namespace

void TestChartInteraction::countryChartUpdatesInPlace()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    CountryChart chart;
    chart.setTopN(5);
    chart.setResult(analysis.result, analysis.statistics.primary);
    chart.resize(700, 420);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QChart *qchart = chart.findChild<QChartView *>()->chart();
    QCOMPARE(qchart->series().size(), 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(qchart->series().first());
    QVERIFY(series);
    QBarSet *set = series->barSets().first();
    const QList<QAbstractAxis *> axes = qchart->axes();

    // A threshold change: China loses a product, one country drops out of the list.
    AnalysisResult changed = analysis.result;
    std::sort(changed.bySupplier.begin(), changed.bySupplier.end(),
              [](const SupplierGroup &a, const SupplierGroup &b) { return a.count > b.count; });
    SupplierGroup &china = changed.bySupplier.front();
    china.count -= 1;
    for (auto it = china.countByIndustry.begin(); it != china.countByIndustry.end(); ++it) {
        if (it.value() > 0) {
            it.value() -= 1;
            break;
        }
    }
    changed.bySupplier.pop_back();
    chart.setResult(changed, analysis.statistics.primary);
    QTRY_COMPARE(shownTotals(series), chart.barValues());
    // Same series, bar set and axes: values changed in place, nothing rebuilt.
    QCOMPARE(qchart->series().size(), 1);
    QCOMPARE(qchart->series().first(), series);
    QCOMPARE(series->barSets().first(), set);
    QCOMPARE(qchart->axes(), axes);
    auto *categories = qobject_cast<QBarCategoryAxis *>(qchart->axes(Qt::Vertical).first());
    QStringList topDown = categories->categories();
    std::reverse(topDown.begin(), topDown.end());
    QCOMPARE(topDown, chart.barLabels());
    // "overige" keeps its grey: the bottom bar is the selected one.
    QVERIFY(set->isBarSelected(0));
    QVERIFY(!set->isBarSelected(1));

    // Fewer countries than the top N: bars and categories shrink, "overige" goes.
    AnalysisResult few = changed;
    few.bySupplier.resize(3);
    chart.setResult(few, analysis.statistics.primary);
    QTRY_COMPARE(shownTotals(series), chart.barValues());
    QCOMPARE(categories->count(), 3);
    QVERIFY(!set->isBarSelected(0));

    // Stacking swaps the series once; its sets add up to the same totals.
    chart.setStackedByIndustry(true);
    QTRY_VERIFY(qchart->series().first() != series);
    auto *stacked = qobject_cast<QAbstractBarSeries *>(qchart->series().first());
    QCOMPARE(qchart->series().size(), 1);
    QVERIFY(stacked->barSets().size() > 1);
    const std::vector<double> expected = chart.barValues();
    const std::vector<double> shown = shownTotals(stacked);
    QCOMPARE(shown.size(), expected.size());
    for (size_t i = 0; i < shown.size(); ++i)
        QVERIFY(std::abs(shown[i] - expected[i]) < 1e-9);
}

void TestChartInteraction::funnelLabelsFitANarrowChart()
{
    FunnelChart chart;
    chart.setResult(test::demoAnalysis().result);
    chart.resize(300, 420);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    auto *plot = chart.findChild<QCustomPlot *>();
    QVERIFY(plot);
    int ruleLabels = 0;
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(plot->item(i));
        if (!text || text->text().isEmpty())
            continue;
        QFontMetrics metrics(text->font());
        for (const QString &line : text->text().split(QLatin1Char('\n')))
            QVERIFY2(metrics.horizontalAdvance(line) <= plot->width(), qPrintable(line));
        ruleLabels += text->text().contains(QStringLiteral("over")) ? 1 : 0;
    }
    QCOMPARE(ruleLabels, chart.stepCount() - 1);
    // The full labels stay available, and a wide chart shows them whole on one line.
    chart.resize(900, 420);
    QTRY_VERIFY([&] {
        for (int i = 0; i < plot->itemCount(); ++i) {
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)); text && text->text() == chart.stepLabel(1))
                return true;
        }
        return false;
    }());
}

// Warnings make captions long (a BACI extract: two sentences more); at a narrow width the caption
// on screen must not ask the window for more height than a screen has. Exports draw it whole.
void TestChartInteraction::aLongCaptionKeepsANarrowChartOnScreen()
{
    FunnelChart chart;
    chart.setResult(test::demoAnalysis().result);
    QString caption;
    for (int i = 0; i < 12; ++i)
        caption += QStringLiteral("Let op: stap %1 is voor elk product onbepaald in deze gegevensset. ").arg(i);
    chart.setCaption(caption.trimmed());
    chart.resize(160, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY2(chart.minimumSizeHint().height() < 400, qPrintable(QString::number(chart.minimumSizeHint().height())));
    QCOMPARE(chart.toolTip(), chart.caption()); // the whole caption, where the screen cuts it
    chart.setCaption(QStringLiteral("Bron: CBS."));
    QVERIFY(chart.toolTip().isEmpty());
}

QTEST_MAIN(TestChartInteraction)
#include "test_chartinteraction.moc"
