// Comparing two years on hand-made sets: which products after the last step are new, gone and
// persistent, and for each new or gone one the step that keeps it out and its values in both years.
#include "analysis/yearcomparison.h"
#include "domain/preset.h"
#include "export/yearcomparisontable.h"
#include "hscodes.h"
#include "tradedatabuilder.h"
#include "twoyears.h"

#include <QtTest>
#include <cmath>

using namespace herkomst;
using namespace herkomst::test;

namespace {

// Concentrated: one non-EU supplier, one exporter in the world.
void concentrated(TradeDataBuilder &b, const QString &hs6)
{
    b.product(hs6).import(hs6, QStringLiteral("CHN"), 100).worldExport(hs6, QStringLiteral("CHN"), 1000);
}

// Across an HS revision (2021 in HS2017, 2022 in HS2022), with real codes of the shipped tables:
// 251830 and 381600 merged into 381600, 490510 and 490599 into 490590, 010121 and 010129 kept their
// meaning, 854921 is in HS2022's new heading 8549 that 382510 (among a thousand) feeds.
StatisticsSet revisionYear(int y)
{
    TradeDataBuilder b(QStringLiteral("NLD"), y);
    if (y == 2021) {
        concentrated(b, QStringLiteral("251830"));
        concentrated(b, QStringLiteral("490510"));
        concentrated(b, QStringLiteral("010121"));
        concentrated(b, QStringLiteral("010129"));
        b.exportValue(QStringLiteral("010129"), 400); // exported more than it imported
        b.product(QStringLiteral("382510"));
        for (const char *partner : {"CHN", "USA", "JPN", "KOR"})
            b.import(QStringLiteral("382510"), QLatin1String(partner), 25);
    } else {
        concentrated(b, QStringLiteral("381600"));
        concentrated(b, QStringLiteral("490590"));
        concentrated(b, QStringLiteral("010129"));
        concentrated(b, QStringLiteral("854921"));
        b.product(QStringLiteral("010121")).import(QStringLiteral("010121"), QStringLiteral("CHN"), 100);
        for (const char *exporter : {"CHN", "USA", "JPN", "KOR"})
            b.worldExport(QStringLiteral("010121"), QLatin1String(exporter), 100);
    }
    return StatisticsSet{computeStatistics(b.build()), {}};
}

} // namespace

class TestYearComparison : public QObject {
    Q_OBJECT

private slots:
    void newGoneAndPersistentWithTheirReasons()
    {
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const StatisticsSet from = twoYearsFixture(2019), to = twoYearsFixture(2020);
        const AnalysisResult fromResult = runFunnel(from, cbs), toResult = runFunnel(to, cbs);
        const YearComparison c = compareYears({&from, &fromResult}, {&to, &toResult}, cbs);

        QCOMPARE(c.persistent, std::vector<QString>{kBoth});
        QCOMPARE(c.added, std::vector<QString>{kNew});
        QCOMPARE(c.gone, (std::vector<QString>{kGone, kSpread}));
        QCOMPARE(c.stepKeys, (std::vector<QString>{QStringLiteral("single_non_eu_supplier"),
                                                   QStringLiteral("net_importer"), QStringLiteral("concentrated")}));
        QCOMPARE(c.changes.size(), size_t(3)); // kNever is in neither year: no change

        const ProductChange &added = c.changes[0];
        QCOMPARE(added.hs6, kNew);
        QCOMPARE(added.reason, QStringLiteral("net_importer")); // 2019: it exported more than it imported
        QCOMPARE(added.from.year, 2019);
        QCOMPARE(added.from.stage, QStringLiteral("single_non_eu_supplier"));
        QCOMPARE(added.from.stoppedAt, QStringLiteral("net_importer"));
        QCOMPARE(added.from.values[1], 0.25);
        QCOMPARE(added.to.values[1], kNoExportsRatio);
        QCOMPARE(added.to.stage, QStringLiteral("concentrated"));
        QVERIFY(added.to.stoppedAt.isEmpty());

        const ProductChange &gone = c.changes[1];
        QCOMPARE(gone.hs6, kGone);
        QCOMPARE(gone.reason, kNotImported);
        QVERIFY(gone.from.imported);
        QVERIFY(!gone.to.imported);
        QVERIFY(std::isnan(gone.to.values[0]));

        const ProductChange &spread = c.changes[2];
        QCOMPARE(spread.reason, QStringLiteral("concentrated"));
        QCOMPARE(spread.from.values[2], 1.0);
        QCOMPARE(spread.to.values[2], 0.25); // four equal exporters: not above 0,25
    }

    void aYearAgainstItselfChangesNothing()
    {
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const StatisticsSet set = twoYearsFixture(2020);
        const AnalysisResult result = runFunnel(set, cbs);
        const YearComparison c = compareYears({&set, &result}, {&set, &result}, cbs);
        QVERIFY(c.added.empty());
        QVERIFY(c.gone.empty());
        QVERIFY(c.changes.empty());
        QCOMPARE(int(c.persistent.size()), result.finalCount());
    }

    // Across a revision products are compared by correlation group: the merges persist although
    // their codes differ, 8549 is new with the reason of the 2021 code that came furthest.
    void acrossARevisionByGroup()
    {
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const StatisticsSet from = revisionYear(2021), to = revisionYear(2022);
        const AnalysisResult fromResult = runFunnel(from, cbs), toResult = runFunnel(to, cbs);
        const YearComparison c =
            compareYears({&from, &fromResult, HsRevision::HS2017}, {&to, &toResult, HsRevision::HS2022}, cbs);
        QCOMPARE(c.matching, CodeMatching::ByGroup);
        QCOMPARE(c.persistent, hsCodes({"381600", "490590"}));
        QCOMPARE(c.added, hsCodes({"010129", "854921"}));
        QCOMPARE(c.gone, hsCodes({"010121"}));
        QCOMPARE(c.groups.size(), size_t(5));

        QCOMPARE(c.changes.size(), size_t(3));
        const ProductChange &gone = c.changes[0];
        QCOMPARE(gone.hs6, QStringLiteral("010121"));
        QCOMPARE(gone.reason, QStringLiteral("concentrated"));
        QCOMPARE(gone.to.hs6, QStringLiteral("010121"));
        const ProductChange &waste = c.changes[2];
        QCOMPARE(waste.hs6, QStringLiteral("854921"));
        QCOMPARE(waste.from.hs6, QStringLiteral("382510")); // the group's 2021 code that came furthest
        QCOMPARE(waste.reason, QStringLiteral("single_non_eu_supplier"));
        const GroupChange &wasteGroup = c.groups[size_t(waste.group)];
        QCOMPARE(wasteGroup.status, GroupChange::Status::New);
        QCOMPARE(wasteGroup.group.kind(), HsGroup::Kind::ManyToMany);
        QCOMPARE(wasteGroup.toFinal, hsCodes({"854921"}));
        QVERIFY(wasteGroup.toCounterparts.front() > 100); // 854921 draws on many HS2017 codes

        bool sawMerge = false;
        for (const GroupChange &group : c.groups) {
            if (group.toFinal == hsCodes({"490590"})) {
                sawMerge = true;
                QCOMPARE(group.status, GroupChange::Status::Persistent);
                QCOMPARE(group.group.fromCodes, hsCodes({"490510", "490599"}));
                QCOMPARE(group.fromFinal, hsCodes({"490510"}));
                QCOMPARE(group.toCounterparts, std::vector<int>{2});
                QCOMPARE(group.fromCounterparts, std::vector<int>{1});
            }
        }
        QVERIFY(sawMerge);

        // The comparison table (window, exports, annex) names each product's group as the command
        // line does, after its reason.
        const ExportTable table = YearComparisonTable::build(c, {&from, &fromResult, HsRevision::HS2017},
                                                             {&to, &toResult, HsRevision::HS2022}, cbs, QString());
        const auto reasonOf = [&table](const QString &hs6) {
            for (const QVariantList &row : table.rows) {
                if (row.value(0).toString() == hs6)
                    return row.value(3).toString();
            }
            return QString();
        };
        QVERIFY2(reasonOf(QStringLiteral("490590")).contains(QStringLiteral("490590 (HS2022) ← 2 HS2017-codes")),
                 qPrintable(reasonOf(QStringLiteral("490590"))));
        QVERIFY2(reasonOf(QStringLiteral("854921")).contains(QStringLiteral("854921 (HS2022) ← ")),
                 qPrintable(reasonOf(QStringLiteral("854921"))));
        QVERIFY(reasonOf(QStringLiteral("010121")).indexOf(QStringLiteral("groep")) < 0); // a plain 1:1
    }

    // The same two years with their revisions unknown are compared code by code (as before), and
    // two revisions without tables between them too, but flagged.
    void withoutKnownRevisionsCodesAsTheyAre()
    {
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const StatisticsSet from = revisionYear(2021), to = revisionYear(2022);
        const AnalysisResult fromResult = runFunnel(from, cbs), toResult = runFunnel(to, cbs);
        const YearComparison asCoded = compareYears({&from, &fromResult}, {&to, &toResult}, cbs);
        QCOMPARE(asCoded.matching, CodeMatching::AsCoded);
        QVERIFY(asCoded.groups.empty());
        QCOMPARE(asCoded.added, hsCodes({"010129", "381600", "490590", "854921"}));
        QCOMPARE(asCoded.gone, hsCodes({"010121", "251830", "490510"}));
        const YearComparison noTables =
            compareYears({&from, &fromResult, HsRevision::HS2007}, {&to, &toResult, HsRevision::HS2017}, cbs);
        QCOMPARE(noTables.matching, CodeMatching::NoTables);
        QCOMPARE(noTables.added, asCoded.added);
    }
};

QTEST_GUILESS_MAIN(TestYearComparison)
#include "test_yearcomparison.moc"
