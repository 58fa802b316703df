// The funnel per year (analysis/yeartrend.h), as the trend view and `herkomst-cli trend` use it: each
// year's funnel equals an analysis of that year alone (`analyse --year`, loadStatistics with the
// rule's window), the suppliers series add up to the products after the last step, and a
// product's history is missing, never zero, in a year that does not list it.
#include "analysis/yeartrend.h"
#include "domain/preset.h"
#include "session/dataselection.h"
#include "session/yearseries.h"
#include "tradedatabuilder.h"

#include <QtTest>
#include <cmath>

using namespace herkomst;

namespace {

AnalysisSettings settingsOf(const QString &preset)
{
    const Preset *p = findPreset(preset);
    return AnalysisSettings{p->criteria, {}, p->persistence};
}

StatisticsSet handMade(int year, bool withProduct)
{
    TradeDataBuilder b(QStringLiteral("NLD"), year);
    b.product(QStringLiteral("100001"))
        .import(QStringLiteral("100001"), QStringLiteral("CHN"), 90)
        .import(QStringLiteral("100001"), QStringLiteral("DEU"), 10)
        .worldExport(QStringLiteral("100001"), QStringLiteral("CHN"), 1000);
    if (withProduct)
        b.product(QStringLiteral("100002"))
            .import(QStringLiteral("100002"), QStringLiteral("USA"), 60)
            .import(QStringLiteral("100002"), QStringLiteral("DEU"), 40)
            .worldExport(QStringLiteral("100002"), QStringLiteral("USA"), 1000);
    return StatisticsSet{computeStatistics(b.build()), {}};
}

} // namespace

class TestYearTrend : public QObject {
    Q_OBJECT

private slots:
    void trendEqualsTheFunnelOfEachYearAlone_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("cbs2021") << QStringLiteral("cbs2021");
        QTest::newRow("geodep") << QStringLiteral("geodep"); // 2 of 3: each year with its own window
        QTest::newRow("ec2021") << QStringLiteral("ec2021");
    }

    void trendEqualsTheFunnelOfEachYearAlone()
    {
        QFETCH(QString, preset);
        const AnalysisSettings settings = settingsOf(preset);
        QString error;
        const std::optional<std::vector<YearFunnel>> loaded = funnelPerYear(nullptr, DataSelection{}, settings, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->size() >= 3); // the demo data has several years
        std::vector<TrendInput> inputs;
        for (const YearFunnel &year : *loaded)
            inputs.push_back({year.year, &year.statistics});
        const std::vector<TrendYear> trend = yearTrend(inputs, settings);
        QCOMPARE(trend.size(), loaded->size());
        for (const TrendYear &year : trend) {
            DataSelection one;
            one.year = year.year;
            const std::optional<StatisticsSet> alone =
                loadStatistics(nullptr, one, requiredYearWindow(settings.persistence), &error);
            QVERIFY2(alone, qPrintable(error));
            const AnalysisResult expected = runFunnel(*alone, settings);
            QCOMPARE(year.result.steps.size(), expected.steps.size());
            for (size_t i = 0; i < expected.steps.size(); ++i) {
                QCOMPARE(year.result.steps[i].key, expected.steps[i].key);
                QCOMPARE(year.result.steps[i].kept, expected.steps[i].kept);
                QCOMPARE(year.result.steps[i].dropped, expected.steps[i].dropped);
                QCOMPARE(year.result.steps[i].undetermined, expected.steps[i].undetermined);
            }
            QCOMPARE(year.result.stage, expected.stage);
        }
    }

    void supplierSeriesAddUpToTheFinalSet()
    {
        const AnalysisSettings settings = settingsOf(QStringLiteral("cbs2021"));
        QString error;
        const std::optional<std::vector<YearFunnel>> loaded = funnelPerYear(nullptr, DataSelection{}, settings, &error);
        QVERIFY(loaded);
        std::vector<TrendInput> inputs;
        for (const YearFunnel &year : *loaded)
            inputs.push_back({year.year, &year.statistics});
        const std::vector<TrendYear> trend = yearTrend(inputs, settings);
        const std::vector<SupplierSeries> series = supplierSeries(trend, 5);
        QVERIFY(series.size() <= 6);
        QCOMPARE(series.front().iso3, QStringLiteral("CHN")); // the demo's largest, as in the letter
        for (size_t y = 0; y < trend.size(); ++y) {
            int sum = 0;
            for (const SupplierSeries &s : series)
                sum += s.counts[y];
            QCOMPARE(sum, trend[y].result.finalCount());
        }
        for (size_t i = 1; i + 1 < series.size(); ++i)
            QVERIFY(series[i - 1].total() >= series[i].total());
    }

    void historyIsMissingInAYearWithoutTheProduct()
    {
        const StatisticsSet y2019 = handMade(2019, false), y2020 = handMade(2020, true);
        const std::vector<ProductYear> history =
            productHistory({{2019, &y2019}, {2020, &y2020}}, QStringLiteral("100002"));
        QCOMPARE(history.size(), size_t(2));
        QCOMPARE(history[0].year, 2019);
        QVERIFY(!history[0].imported);
        QVERIFY(std::isnan(history[0].supplierShare));
        QVERIFY(std::isnan(history[0].importValue));
        QVERIFY(std::isnan(history[0].worldHhi));
        QVERIFY(history[1].imported);
        QCOMPARE(history[1].supplierShare, 0.6);
        QCOMPARE(history[1].topNonEuPartner, QStringLiteral("USA"));
        QCOMPARE(history[1].importValue, 100.0);
        QCOMPARE(history[1].worldHhi, 1.0);
        QCOMPARE(history[1].importExportRatio, kNoExportsRatio);
    }
};

QTEST_GUILESS_MAIN(TestYearTrend)
#include "test_yeartrend.moc"
