// The funnel: strict comparisons, order, disabled steps, undetermined products, multi-year rules.
#include "analysis/funnelanalysis.h"
#include "domain/preset.h"
#include "tradedatabuilder.h"

#include <QtTest>

using namespace herkomst;

namespace {

// Three products: A exactly at the 50 % threshold, B above it with a concentrated world market,
// C above it without world data.
std::shared_ptr<const TradeData> threeProducts()
{
    return TradeDataBuilder()
        .product(QStringLiteral("111111"), QStringLiteral("farmacie"))
        .import(QStringLiteral("111111"), QStringLiteral("CHN"), 50)
        .import(QStringLiteral("111111"), QStringLiteral("DEU"), 50)
        .worldExport(QStringLiteral("111111"), QStringLiteral("CHN"), 100)
        .product(QStringLiteral("222222"), QStringLiteral("farmacie"))
        .import(QStringLiteral("222222"), QStringLiteral("CHN"), 80)
        .import(QStringLiteral("222222"), QStringLiteral("DEU"), 20)
        .exportValue(QStringLiteral("222222"), 10)
        .worldExport(QStringLiteral("222222"), QStringLiteral("CHN"), 90)
        .worldExport(QStringLiteral("222222"), QStringLiteral("USA"), 10)
        .product(QStringLiteral("333333"), QStringLiteral("chemie"))
        .import(QStringLiteral("333333"), QStringLiteral("USA"), 90)
        .import(QStringLiteral("333333"), QStringLiteral("FRA"), 20)
        .build();
}

AnalysisSettings cbs()
{
    return {defaultPreset().criteria, {}};
}

} // namespace

class TestFunnelAnalysis : public QObject {
    Q_OBJECT

private slots:
    void countsKeptDroppedAndUndetermined()
    {
        const AnalysisResult r = runFunnel(computeStatistics(threeProducts()), cbs());
        QCOMPARE(r.steps.size(), size_t(4));
        QCOMPARE(r.steps[0].kept, 3);
        // Exactly 50 % is not "more than half".
        QCOMPARE(r.steps[1].kept, 2);
        QCOMPARE(r.steps[1].dropped, 1);
        QCOMPARE(r.steps[2].kept, 2);
        // No world data: reported as undetermined, neither kept nor dropped.
        QCOMPARE(r.steps[3].kept, 1);
        QCOMPARE(r.steps[3].dropped, 0);
        QCOMPARE(r.steps[3].undetermined, 1);
        QCOMPARE(r.stageKey(0), QStringLiteral("universe"));
        QCOMPARE(r.stageKey(1), QStringLiteral("concentrated"));
        QCOMPARE(r.stageKey(2), QStringLiteral("net_importer"));
        QVERIFY(r.undetermined[2]);
        QVERIFY(!r.undetermined[0]);
    }

    void everyProductIsAccountedForAtEveryStep()
    {
        const AnalysisResult r = runFunnel(computeStatistics(threeProducts()), cbs());
        for (size_t i = 1; i < r.steps.size(); ++i) {
            const FunnelStep &s = r.steps[i];
            QCOMPARE(s.entering, r.steps[i - 1].kept);
            QCOMPARE(s.kept + s.dropped + s.undetermined, s.entering);
        }
    }

    void thresholdAtTheValueKeepsStrictComparison()
    {
        AnalysisSettings settings = cbs();
        settings.criteria[0].threshold = 0.8; // product B has exactly 80 %
        QCOMPARE(runFunnel(computeStatistics(threeProducts()), settings).steps[1].kept, 1);
        settings.criteria[0].comparison = Comparison::GreaterOrEqual;
        QCOMPARE(runFunnel(computeStatistics(threeProducts()), settings).steps[1].kept, 2);
    }

    void disabledCriteriaLeaveTheFunnel()
    {
        AnalysisSettings settings = cbs();
        settings.criteria[2].enabled = false;
        const AnalysisResult r = runFunnel(computeStatistics(threeProducts()), settings);
        QCOMPARE(r.steps.size(), size_t(3));
        QCOMPARE(r.finalCount(), 2);
        QCOMPARE(r.steps.back().key, QStringLiteral("net_importer"));
    }

    void finalProductsGroupedByDominantSupplierAndIndustry()
    {
        AnalysisSettings settings = cbs();
        settings.criteria[2].enabled = false;
        const AnalysisResult r = runFunnel(computeStatistics(threeProducts()), settings);
        QCOMPARE(r.bySupplier.size(), size_t(2));
        QCOMPARE(r.bySupplier[0].count, 1);
        QCOMPARE(r.bySupplier[0].iso3, QStringLiteral("USA")); // equal counts: larger value first
        QCOMPARE(r.bySupplier[0].importValue, 110.0);
        QCOMPARE(r.bySupplier[1].iso3, QStringLiteral("CHN"));
        QCOMPARE(r.bySupplier[1].countByIndustry.value(QStringLiteral("farmacie")), 1);
        QCOMPARE(r.byIndustry.size(), size_t(2));
    }

    void industryFilterNarrowsTheUniverse()
    {
        AnalysisSettings settings = cbs();
        settings.industries = {QStringLiteral("chemie")};
        const AnalysisResult r = runFunnel(computeStatistics(threeProducts()), settings);
        QCOMPARE(r.steps[0].kept, 1);
        QCOMPARE(r.stage[0], -1);
        QCOMPARE(r.stage[2], 2);
    }

    void criteriaOrderIsTheListOrder()
    {
        AnalysisSettings settings = cbs();
        std::swap(settings.criteria[0], settings.criteria[2]);
        const AnalysisResult r = runFunnel(computeStatistics(threeProducts()), settings);
        QCOMPARE(r.steps[1].key, QStringLiteral("concentrated"));
        QCOMPARE(r.steps[1].kept, 2); // A (HHI 1) and B; C has no world data
        QCOMPARE(r.steps[1].undetermined, 1);
    }

    void multiYearRuleNeedsTwoOfThreeYears()
    {
        auto year = [](int y, double chinaShare) {
            return computeStatistics(
                TradeDataBuilder(QStringLiteral("NLD"), y)
                    .product(QStringLiteral("999999"))
                    .import(QStringLiteral("999999"), QStringLiteral("CHN"), chinaShare * 100)
                    .import(QStringLiteral("999999"), QStringLiteral("DEU"), 100 - chinaShare * 100)
                    .build());
        };
        Criterion rule;
        rule.stepKey = QStringLiteral("dominated");
        rule.metric = Metric::SupplierShare;
        rule.threshold = 0.5;
        const AnalysisSettings settings{{rule}, {}, Persistence{3, 2}};

        StatisticsSet set;
        set.primary = year(2020, 0.7);
        set.otherYears.emplace(2019, year(2019, 0.4));
        set.otherYears.emplace(2018, year(2018, 0.6));
        QCOMPARE(runFunnel(set, settings).finalCount(), 1);

        set.otherYears.erase(2018);
        set.otherYears.emplace(2018, year(2018, 0.3));
        QCOMPARE(runFunnel(set, settings).steps[1].dropped, 1);

        // 2018 missing: 2020 holds and 2019 fails, so the missing year decides: undetermined.
        set.otherYears.erase(2018);
        const AnalysisResult r = runFunnel(set, settings);
        QCOMPARE(r.steps[1].undetermined, 1);
        QCOMPARE(r.steps[1].dropped, 0);
    }
};

QTEST_GUILESS_MAIN(TestFunnelAnalysis)
#include "test_funnelanalysis.moc"
