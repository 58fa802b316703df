// Comparing two years on hand-made sets: which products after the last step are new, gone and
// persistent, and for each new or gone one the step that keeps it out and its values in both years.
#include "analysis/yearcomparison.h"
#include "domain/preset.h"
#include "tradedatabuilder.h"

#include <QtTest>
#include <cmath>

using namespace herkomst;

namespace {

const QString kBoth = QStringLiteral("200001");   // after the last step in both years
const QString kNew = QStringLiteral("200002");    // 2019 exported more than it imported; 2020 not
const QString kGone = QStringLiteral("200003");   // not imported in 2020
const QString kNever = QStringLiteral("200004");  // many suppliers in both years
const QString kSpread = QStringLiteral("200005"); // 2019 concentrated; 2020 world market spread

StatisticsSet year(int y)
{
    TradeDataBuilder b(QStringLiteral("NLD"), y);
    b.product(kBoth).import(kBoth, QStringLiteral("CHN"), 100).worldExport(kBoth, QStringLiteral("CHN"), 1000);
    b.product(kNew).import(kNew, QStringLiteral("CHN"), 100).worldExport(kNew, QStringLiteral("CHN"), 1000);
    if (y == 2019)
        b.exportValue(kNew, 400);
    if (y == 2019)
        b.product(kGone).import(kGone, QStringLiteral("USA"), 80).worldExport(kGone, QStringLiteral("USA"), 500);
    b.product(kNever);
    for (const char *partner : {"CHN", "USA", "JPN", "KOR"})
        b.import(kNever, QLatin1String(partner), 25);
    b.worldExport(kNever, QStringLiteral("CHN"), 10);
    b.product(kSpread).import(kSpread, QStringLiteral("CHN"), 100);
    const QStringList exporters = y == 2019 ? QStringList{QStringLiteral("CHN")}
                                            : QStringList{QStringLiteral("CHN"), QStringLiteral("USA"),
                                                          QStringLiteral("JPN"), QStringLiteral("KOR")};
    for (const QString &exporter : exporters)
        b.worldExport(kSpread, exporter, 100);
    return StatisticsSet{computeStatistics(b.build()), {}};
}

} // namespace

class TestYearComparison : public QObject {
    Q_OBJECT

private slots:
    void newGoneAndPersistentWithTheirReasons()
    {
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const StatisticsSet from = year(2019), to = year(2020);
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
        const StatisticsSet set = year(2020);
        const AnalysisResult result = runFunnel(set, cbs);
        const YearComparison c = compareYears({&set, &result}, {&set, &result}, cbs);
        QVERIFY(c.added.empty());
        QVERIFY(c.gone.empty());
        QVERIFY(c.changes.empty());
        QCOMPARE(int(c.persistent.size()), result.finalCount());
    }
};

QTEST_GUILESS_MAIN(TestYearComparison)
#include "test_yearcomparison.moc"
