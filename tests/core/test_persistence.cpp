// The persistence rule over several years (docs/design.md §1, "Several years"): criteria hold
// together in the same year, in at least k of n years; absent in a covered year does not hold; a
// year the data does not cover is unknown. GeoDep (2 of 3) on a hand-made three-year set.
#include "analysis/funnelanalysis.h"
#include "analysis/productyears.h"
#include "domain/preset.h"
#include "tradedatabuilder.h"

#include <QtTest>

using namespace herkomst;

namespace {

const QString kSteady = QStringLiteral("100001");   // holds every rule in every year, never exported
const QString kApart = QStringLiteral("100002");    // import and world rules hold, but together only in 2019
const QString kGap = QStringLiteral("100003");      // not imported in 2019, holds in 2018 and 2020
const QString kOnce = QStringLiteral("100004");     // not imported in 2019, holds in 2020 only
const QString kExporter = QStringLiteral("100005"); // 2019: only exported (and sold on the world market)

// What a product does in one year: concentrated imports (one supplier, else four equal ones), a
// concentrated world market (one exporter, else four equal ones), and imports above exports.
struct Year {
    bool imports = true;
    bool concentratedImports = true;
    bool concentratedWorld = true;
    bool netImporter = true;
};

void addProduct(TradeDataBuilder &b, const QString &hs6, const Year &y)
{
    b.product(hs6);
    const QStringList four{QStringLiteral("CHN"), QStringLiteral("USA"), QStringLiteral("JPN"), QStringLiteral("KOR")};
    if (y.imports) {
        for (const QString &partner : y.concentratedImports ? QStringList{QStringLiteral("CHN")} : four)
            b.import(hs6, partner, 100.0 / (y.concentratedImports ? 1 : 4));
    }
    for (const QString &exporter : y.concentratedWorld ? QStringList{QStringLiteral("CHN")} : four)
        b.worldExport(hs6, exporter, 1000.0);
    if (!y.netImporter || !y.imports)
        b.exportValue(hs6, 500);
}

StatisticsTable year(int y)
{
    TradeDataBuilder b(QStringLiteral("NLD"), y);
    addProduct(b, kSteady, {});
    addProduct(b, kApart, {true, y != 2020, y != 2018, true});
    addProduct(b, kGap, {y != 2019, true, true, true});
    addProduct(b, kOnce, {y != 2019, y == 2020, true, true});
    addProduct(b, kExporter, {y != 2019, y != 2018, true, true});
    return computeStatistics(b.build());
}

StatisticsSet years(int analysisYear, const std::vector<int> &covered)
{
    StatisticsSet set;
    set.primary = year(analysisYear);
    for (const int y : covered)
        set.otherYears.emplace(y, year(y));
    return set;
}

AnalysisSettings geodep()
{
    const Preset &geodep = *findPreset(QStringLiteral("geodep"));
    return {geodep.criteria, {}, geodep.persistence};
}

int row(const StatisticsSet &set, const QString &hs6)
{
    return set.primary.rowByHs6.value(hs6, -1);
}

} // namespace

class TestPersistence : public QObject {
    Q_OBJECT

private slots:
    void geodepIsTwoOfThreeForTheWholeFunnel()
    {
        const Persistence rule = geodep().persistence;
        QCOMPARE(rule.years, 3);
        QCOMPARE(rule.minYears, 2);
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        QVERIFY(!cbs.persistence.multiYear());
    }

    void criteriaMustHoldTogetherInTheSameYear()
    {
        const StatisticsSet set = years(2020, {2019, 2018});
        const AnalysisResult r = runFunnel(set, geodep());
        // Import concentration held in 2018 and 2019, the world market in 2019 and 2020: each rule
        // in two of three years, but both together only in 2019. CEPII drops it at the second step.
        const int apart = row(set, kApart);
        QCOMPARE(r.stage[size_t(apart)], 1);
        QVERIFY(!r.undetermined[size_t(apart)]);
        QCOMPARE(r.stageKey(row(set, kSteady)), QStringLiteral("net_importer"));
    }

    void absentInACoveredYearDoesNotHold()
    {
        const StatisticsSet set = years(2020, {2019, 2018});
        const AnalysisResult r = runFunnel(set, geodep());
        // Not imported in 2019: that year does not hold, it is not unknown.
        QCOMPARE(r.stage[size_t(row(set, kGap))], r.finalStage()); // 2018 and 2020
        QCOMPARE(r.stage[size_t(row(set, kOnce))], 0);             // 2020 only
        QVERIFY(!r.undetermined[size_t(row(set, kOnce))]);
        QCOMPARE(r.steps[1].undetermined, 0);
    }

    void anExporterOnlyYearHoldsNothing()
    {
        const StatisticsTable y2019 = year(2019);
        const ProductStats &stats = y2019.rows[size_t(y2019.rowByHs6.value(kExporter))];
        QVERIFY(!stats.imported);
        QVERIFY(y2019.rows[size_t(y2019.rowByHs6.value(kSteady))].imported);
        // Its world market is known that year (one exporter), but with no imports it is no dependency.
        QCOMPARE(stats.worldHhi, 1.0);

        const StatisticsSet set = years(2020, {2019, 2018});
        const AnalysisResult r = runFunnel(set, geodep());
        const int exporter = row(set, kExporter);
        QCOMPARE(r.stage[size_t(exporter)], 0); // 2020 holds, 2018 fails, 2019 only exported
        QVERIFY(!r.undetermined[size_t(exporter)]);

        // As the analysis year, a product listed without imports holds nothing either.
        StatisticsSet asPrimary = years(2019, {2018});
        const AnalysisResult p = runFunnel(asPrimary, AnalysisSettings{defaultPreset().criteria, {}});
        QCOMPARE(p.stage[size_t(row(asPrimary, kExporter))], 0);
        QVERIFY(!p.undetermined[size_t(row(asPrimary, kExporter))]);
    }

    void noExportsGiveCepiisRatioNotUndetermined()
    {
        const StatisticsSet set = years(2020, {2019, 2018});
        QCOMPARE(set.primary.rows[size_t(row(set, kSteady))].importExportRatio, kNoExportsRatio);
        QCOMPARE(runFunnel(set, geodep()).stageKey(row(set, kSteady)), QStringLiteral("net_importer"));
    }

    void aYearOutsideTheDataIsUnknown()
    {
        // 2018 is the first year: 2017 and 2016 are not covered, so two unknown years could still
        // make "2 of 3" hold for a product that holds in 2018, and could not for one that fails.
        const StatisticsSet first = years(2018, {});
        const AnalysisResult r = runFunnel(first, geodep());
        QCOMPARE(r.stage[size_t(row(first, kSteady))], 0);
        QVERIFY(r.undetermined[size_t(row(first, kSteady))]);
        QVERIFY(r.undetermined[size_t(row(first, kOnce))]); // fails in 2018: 0 + 2 unknown still reach 2

        // 2019 with 2018 covered and 2017 not: steady holds twice and is kept.
        const StatisticsSet second = years(2019, {2018});
        const AnalysisResult s = runFunnel(second, geodep());
        QCOMPARE(s.stage[size_t(row(second, kSteady))], s.finalStage());
        // kApart: imports concentrated in 2019 and 2018, the world market only in 2019; 2017 unknown.
        const int apart = row(second, kApart);
        QCOMPARE(s.stage[size_t(apart)], 1);
        QVERIFY(s.undetermined[size_t(apart)]);
    }

    void oneYearIsThePublishedFunnel()
    {
        // Without a rule over several years, the other years change nothing.
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const AnalysisResult alone = runFunnel(year(2020), cbs);
        const AnalysisResult withYears = runFunnel(years(2020, {2019, 2018}), cbs);
        for (size_t s = 0; s < alone.steps.size(); ++s) {
            QCOMPARE(withYears.steps[s].kept, alone.steps[s].kept);
            QCOMPARE(withYears.steps[s].dropped, alone.steps[s].dropped);
            QCOMPARE(withYears.steps[s].undetermined, alone.steps[s].undetermined);
        }
    }

    void productYearsMarkEachYear()
    {
        const StatisticsSet set = years(2020, {2018}); // 2019 not covered
        const ProductYears gap(set, row(set, kGap), Persistence{3, 2});
        QCOMPARE(gap.years().size(), size_t(3));
        QCOMPARE(gap.years()[0].state, ProductYears::State::Holds);
        QCOMPARE(gap.years()[1].state, ProductYears::State::Unknown); // 2019: outside the data
        QVERIFY(!gap.years()[1].stats);
        QCOMPARE(gap.years()[2].state, ProductYears::State::Holds);
        const StatisticsSet all = years(2020, {2019, 2018});
        QCOMPARE(ProductYears(all, row(all, kGap), Persistence{3, 2}).years()[1].state,
                 ProductYears::State::Fails); // 2019: covered, not imported
    }
};

QTEST_GUILESS_MAIN(TestPersistence)
#include "test_persistence.moc"
