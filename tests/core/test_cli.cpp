// herkomst-cli end to end: output, options and exit codes (0 ok, 1 usage, 2 data).
#include "support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

CliRun cli(const QStringList &arguments)
{
    return runCli(arguments);
}

QJsonObject json(const QStringList &arguments)
{
    const CliRun run = cli(arguments);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QList<int> kept(const QJsonObject &analysis)
{
    QList<int> counts;
    for (const QJsonValue &step : analysis.value(QStringLiteral("funnel")).toArray())
        counts << step.toObject().value(QStringLiteral("kept")).toInt();
    return counts;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void analyseJsonOnDemoShowsThePublishedFunnel()
    {
        const QJsonObject analysis = json({QStringLiteral("analyse"), QStringLiteral("--json")});
        QCOMPARE(kept(analysis), (QList<int>{3449, 419, 236, 135}));
        QVERIFY(analysis.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("synthetic")).toBool());
        const QJsonArray products = analysis.value(QStringLiteral("products")).toArray();
        QCOMPARE(products.size(), 3449);
        int concentrated = 0;
        for (const QJsonValue &v : products) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(QStringLiteral("hs6")).toString().size(), 6);
            if (p.value(QStringLiteral("stage")).toString() == QLatin1String("concentrated")) {
                ++concentrated;
                QCOMPARE(p.value(QStringLiteral("top_partner")).toString().size(), 3);
                QVERIFY(p.value(QStringLiteral("top_partner_share")).toDouble() > 0.5);
                QVERIFY(p.value(QStringLiteral("world_hhi")).toDouble() > 0.25);
            }
        }
        QCOMPARE(concentrated, 135);
    }

    void setChangesAThreshold()
    {
        const QList<int> base = kept(json({QStringLiteral("analyse"), QStringLiteral("--json")}));
        const QList<int> stricter = kept(json({QStringLiteral("analyse"), QStringLiteral("--json"),
                                               QStringLiteral("--set"), QStringLiteral("supplier_share=60%")}));
        QCOMPARE(stricter[0], base[0]);
        QVERIFY(stricter[1] < base[1]);
        QVERIFY(stricter[3] <= base[3]);
        const QList<int> comma = kept(json({QStringLiteral("analyse"), QStringLiteral("--json"),
                                            QStringLiteral("--set"), QStringLiteral("single_non_eu_supplier=0,6")}));
        QCOMPARE(comma, stricter);
        const QList<int> off = kept(json({QStringLiteral("analyse"), QStringLiteral("--json"), QStringLiteral("--set"),
                                          QStringLiteral("world_hhi=off")}));
        QCOMPARE(off.size(), 3);
    }

    void textOutputIsAReadableFunnelTable()
    {
        const CliRun run = cli({QStringLiteral("analyse")});
        QCOMPARE(run.exitCode, 0);
        const QString &text = run.out;
        QVERIFY(text.contains(QStringLiteral("SYNTHETISCHE DEMODATA")));
        QVERIFY(text.contains(QStringLiteral("3.449")));
        QVERIFY(text.contains(QStringLiteral("> 50 %")));
        QVERIFY(text.contains(QStringLiteral("China")));
    }

    void otherPresetsRun()
    {
        for (const QString &preset : {QStringLiteral("ec2021"), QStringLiteral("geodep")}) {
            const QJsonObject analysis =
                json({QStringLiteral("analyse"), QStringLiteral("--json"), QStringLiteral("--preset"), preset});
            const QList<int> counts = kept(analysis);
            QCOMPARE(counts.size(), 4);
            QCOMPARE(counts[0], 3449);
            QVERIFY(std::is_sorted(counts.rbegin(), counts.rend()));
        }
    }

    void usageErrorsExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("analyze")};
        QTest::newRow("unknown preset") << QStringList{QStringLiteral("analyse"), QStringLiteral("--preset"),
                                                       QStringLiteral("xyz")};
        QTest::newRow("bad set") << QStringList{QStringLiteral("analyse"), QStringLiteral("--set"),
                                                QStringLiteral("supplier_share")};
        QTest::newRow("unknown criterion")
            << QStringList{QStringLiteral("analyse"), QStringLiteral("--set"), QStringLiteral("foo=1")};
        QTest::newRow("not a number") << QStringList{QStringLiteral("analyse"), QStringLiteral("--set"),
                                                     QStringLiteral("world_hhi=abc")};
        QTest::newRow("share out of range")
            << QStringList{QStringLiteral("analyse"), QStringLiteral("--set"), QStringLiteral("supplier_share=50")};
        QTest::newRow("negative share") << QStringList{QStringLiteral("analyse"), QStringLiteral("--set"),
                                                       QStringLiteral("supplier_share=-5")};
        QTest::newRow("huge index") << QStringList{QStringLiteral("analyse"), QStringLiteral("--set"),
                                                   QStringLiteral("world_hhi=1e308")};
        QTest::newRow("huge ratio") << QStringList{QStringLiteral("analyse"), QStringLiteral("--set"),
                                                   QStringLiteral("net_importer=1e308")};
        QTest::newRow("infinite ratio") << QStringList{QStringLiteral("analyse"), QStringLiteral("--set"),
                                                       QStringLiteral("net_importer=inf")};
        QTest::newRow("bad year") << QStringList{QStringLiteral("analyse"), QStringLiteral("--year"),
                                                 QStringLiteral("twintig")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("analyse"), QStringLiteral("--frobnicate")};
    }
    void usageErrorsExitOne()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }

    void thresholdsAreCheckedAgainstTheMetricsDomain()
    {
        // The domain's ends are thresholds like any other; past them is a usage error that says so.
        QCOMPARE(
            cli({QStringLiteral("analyse"), QStringLiteral("--set"), QStringLiteral("net_importer=1000")}).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("analyse"), QStringLiteral("--set"), QStringLiteral("supplier_share=100%")}).exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("analyse"), QStringLiteral("--set"), QStringLiteral("world_hhi=0")}).exitCode, 0);
        const CliRun ratio =
            cli({QStringLiteral("analyse"), QStringLiteral("--set"), QStringLiteral("net_importer=1000.5")});
        QCOMPARE(ratio.exitCode, 1);
        QVERIFY2(ratio.err.contains(QStringLiteral("0 tot en met 1000")), qPrintable(ratio.err));
        const CliRun share =
            cli({QStringLiteral("analyse"), QStringLiteral("--set"), QStringLiteral("supplier_share=-5")});
        QCOMPARE(share.exitCode, 1);
        QVERIFY2(share.err.contains(QStringLiteral("-5")) && share.err.contains(QStringLiteral("0 tot en met 1")),
                 qPrintable(share.err));
        QVERIFY(share.out.isEmpty());
    }

    void dataErrorsExitTwo()
    {
        QTemporaryDir dir;
        CliRun run =
            cli({QStringLiteral("analyse"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("bestaat niet")));
        run = cli({QStringLiteral("analyse"), QStringLiteral("--year"), QStringLiteral("1999")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("analyse"), QStringLiteral("--reporter"), QStringLiteral("BEL")});
        QCOMPARE(run.exitCode, 2);
    }

    void storeRoundTripThroughDemoAndDatasets()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
        const CliRun listing = cli({QStringLiteral("datasets"), QStringLiteral("--db"), db});
        QCOMPARE(listing.exitCode, 0);
        QVERIFY(listing.out.contains(QStringLiteral("synthetisch")));
        QVERIFY(listing.out.contains(QStringLiteral("NLD 2020")));
        const QJsonObject fromStore = json({QStringLiteral("analyse"), QStringLiteral("--json"), QStringLiteral("--db"),
                                            db, QStringLiteral("--reporter"), QStringLiteral("NLD"),
                                            QStringLiteral("--year"), QStringLiteral("2020")});
        QCOMPARE(kept(fromStore), (QList<int>{3449, 419, 236, 135}));
        // Writing the same data set twice is refused and keeps the first.
        const CliRun again = cli({QStringLiteral("demo"), QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("al een gegevensset")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
