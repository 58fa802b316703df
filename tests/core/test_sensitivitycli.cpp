// herkomst-cli sensitivity and the margins of analyse --json, end to end: the JSON shape of
// issue 15, counts equal to analyse at the same thresholds, the table, the messages on bad ranges,
// drops_at agreeing with analyse --set, and the real BACI extract.
#include "support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QJsonObject json(const QStringList &arguments)
{
    const CliRun run = runCli(arguments);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonObject sensitivity(QStringList arguments)
{
    arguments.prepend(QStringLiteral("sensitivity"));
    arguments << QStringLiteral("--json");
    return json(arguments);
}

QList<int> ints(const QJsonValue &array)
{
    QList<int> list;
    for (const QJsonValue &v : array.toArray())
        list << v.toInt();
    return list;
}

// analyse's funnel: kept and undetermined per step.
std::pair<QList<int>, QList<int>> analyseCounts(QStringList arguments)
{
    arguments.prepend(QStringLiteral("--json"));
    arguments.prepend(QStringLiteral("analyse"));
    QList<int> kept, undetermined;
    for (const QJsonValue &step : json(arguments).value(QStringLiteral("funnel")).toArray()) {
        kept << step.toObject().value(QStringLiteral("kept")).toInt();
        undetermined << step.toObject().value(QStringLiteral("undetermined")).toInt();
    }
    return {kept, undetermined};
}

QJsonObject productByHs6(const QJsonObject &analysis, const QString &hs6)
{
    for (const QJsonValue &p : analysis.value(QStringLiteral("products")).toArray()) {
        if (p.toObject().value(QStringLiteral("hs6")).toString() == hs6)
            return p.toObject();
    }
    return {};
}

} // namespace

class TestSensitivityCli : public QObject {
    Q_OBJECT

private slots:
    void sweepJsonHasTheShapeOfTheIssue()
    {
        const QJsonObject s = sensitivity({QStringLiteral("--vary"), QStringLiteral("supplier_share=40%:60%:1%")});
        const QJsonArray vary = s.value(QStringLiteral("vary")).toArray();
        QCOMPARE(vary.size(), 1);
        const QJsonObject axis = vary[0].toObject();
        QCOMPARE(axis.value(QStringLiteral("key")).toString(), QStringLiteral("supplier_share"));
        QCOMPARE(axis.value(QStringLiteral("step")).toString(), QStringLiteral("single_non_eu_supplier"));
        const QJsonArray values = axis.value(QStringLiteral("values")).toArray();
        QCOMPARE(values.size(), 21);
        QCOMPARE(values[3].toDouble(), 0.43); // the number a user types, not 0.4 + 3 * 0.01
        QCOMPARE(values[20].toDouble(), 0.6);

        const QJsonArray cells = s.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 21);
        for (int i = 0; i < cells.size(); ++i) {
            const QJsonObject cell = cells[i].toObject();
            QCOMPARE(cell.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("supplier_share")),
                     values[i]);
            QCOMPARE(ints(cell.value(QStringLiteral("kept"))).size(), 4);
            QCOMPARE(ints(cell.value(QStringLiteral("undetermined"))).size(), 4);
            QCOMPARE(ints(cell.value(QStringLiteral("dropped"))).size(), 4);
        }
        QCOMPARE(ints(cells[10].toObject().value(QStringLiteral("kept"))), (QList<int>{3449, 419, 236, 135}));
        QStringList steps;
        for (const QJsonValue &step : s.value(QStringLiteral("steps")).toArray())
            steps << step.toObject().value(QStringLiteral("step")).toString();
        QCOMPARE(steps, (QStringList{QStringLiteral("universe"), QStringLiteral("single_non_eu_supplier"),
                                     QStringLiteral("net_importer"), QStringLiteral("concentrated")}));
        QVERIFY(s.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("synthetic")).toBool());

        const QJsonObject core = s.value(QStringLiteral("robust_core")).toObject();
        QCOMPARE(core.value(QStringLiteral("funnel_count")).toInt(), 135);
        QCOMPARE(core.value(QStringLiteral("count")).toInt(),
                 ints(cells[20].toObject().value(QStringLiteral("kept")))[3]);
        QCOMPARE(core.value(QStringLiteral("products")).toArray().size(), core.value(QStringLiteral("count")).toInt());
        QCOMPARE(core.value(QStringLiteral("count")).toInt() + core.value(QStringLiteral("sometimes_count")).toInt(),
                 ints(cells[0].toObject().value(QStringLiteral("kept")))[3]);
        QCOMPARE(core.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("supplier_share")).toArray(),
                 (QJsonArray{0.4, 0.6}));
    }

    // The same numbers as analyse --set at those thresholds, for a grid with other options too.
    void gridCellsEqualAnalyseAtTheirThresholds()
    {
        const QStringList common{QStringLiteral("--set"), QStringLiteral("net_importer=1.5"), QStringLiteral("--eu"),
                                 QStringLiteral("eu28")};
        const QJsonObject s =
            sensitivity(QStringList{QStringLiteral("--vary"), QStringLiteral("supplier_share=0,4:0,6:0,1"),
                                    QStringLiteral("--vary"), QStringLiteral("world_hhi=0.15:0.35:0.1")} +
                        common);
        const QJsonArray cells = s.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 9);
        for (const QJsonValue &v : cells) {
            const QJsonObject cell = v.toObject();
            const QJsonObject t = cell.value(QStringLiteral("thresholds")).toObject();
            const auto [kept, undetermined] = analyseCounts(
                QStringList{
                    QStringLiteral("--set"),
                    QStringLiteral("supplier_share=%1").arg(t.value(QStringLiteral("supplier_share")).toDouble()),
                    QStringLiteral("--set"),
                    QStringLiteral("world_hhi=%1").arg(t.value(QStringLiteral("world_hhi")).toDouble())} +
                common);
            QCOMPARE(ints(cell.value(QStringLiteral("kept"))), kept);
            QCOMPARE(ints(cell.value(QStringLiteral("undetermined"))), undetermined);
        }
    }

    void geodepSweepEqualsAnalyse()
    {
        const QJsonObject s = sensitivity({QStringLiteral("--preset"), QStringLiteral("geodep"),
                                           QStringLiteral("--vary"), QStringLiteral("import_hhi=0.3:0.5:0.1")});
        const QJsonArray cells = s.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 3);
        for (const QJsonValue &v : cells) {
            const double t = v.toObject()
                                 .value(QStringLiteral("thresholds"))
                                 .toObject()
                                 .value(QStringLiteral("import_hhi"))
                                 .toDouble();
            const auto [kept, undetermined] =
                analyseCounts({QStringLiteral("--preset"), QStringLiteral("geodep"), QStringLiteral("--set"),
                               QStringLiteral("import_hhi=%1").arg(t)});
            QCOMPARE(ints(v.toObject().value(QStringLiteral("kept"))), kept);
            QCOMPARE(ints(v.toObject().value(QStringLiteral("undetermined"))), undetermined);
        }
    }

    void aVariedCriterionThatWasOffTakesPart()
    {
        const QJsonObject s = sensitivity({QStringLiteral("--set"), QStringLiteral("world_hhi=off"),
                                           QStringLiteral("--vary"), QStringLiteral("world_hhi=0.2:0.3:0.05")});
        QCOMPARE(s.value(QStringLiteral("steps")).toArray().size(), 4);
        QCOMPARE(ints(s.value(QStringLiteral("cells")).toArray()[1].toObject().value(QStringLiteral("kept"))),
                 (QList<int>{3449, 419, 236, 135}));
    }

    void tableMarksTheAnalysisThreshold()
    {
        CliRun run = runCli({QStringLiteral("sensitivity"), QStringLiteral("--vary"),
                             QStringLiteral("single_non_eu_supplier=40%:60%:5%")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("SYNTHETISCHE DEMODATA")));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        const auto marked =
            std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QLatin1String("*")); });
        QVERIFY(marked != lines.end());
        QVERIFY(marked->contains(QStringLiteral("50 %")));
        QVERIFY(marked->contains(QStringLiteral("419")));
        QVERIFY(marked->contains(QStringLiteral("135")));
        QVERIFY(run.out.contains(QStringLiteral("Robuuste kern")));

        run = runCli({QStringLiteral("sensitivity"), QStringLiteral("--vary"),
                      QStringLiteral("supplier_share=40%:60%:10%"), QStringLiteral("--vary"),
                      QStringLiteral("world_hhi=0.15:0.35:0.1")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("*0,25")));
        QVERIFY(run.out.contains(QStringLiteral("135")));
    }

    void badRangesExitOneWithAReason_data()
    {
        QTest::addColumn<QStringList>("vary");
        QTest::addColumn<QString>("says");
        QTest::newRow("no --vary") << QStringList{} << QStringLiteral("--vary");
        QTest::newRow("two parts") << QStringList{QStringLiteral("supplier_share=0.4:0.6")}
                                   << QStringLiteral("van:tot:stap");
        QTest::newRow("no key") << QStringList{QStringLiteral("0.4:0.6:0.1")} << QStringLiteral("van:tot:stap");
        QTest::newRow("unknown criterion")
            << QStringList{QStringLiteral("foo=0.4:0.6:0.1")} << QStringLiteral("komt niet voor");
        QTest::newRow("from above to") << QStringList{QStringLiteral("supplier_share=60%:40%:1%")}
                                       << QStringLiteral("boven het eind");
        QTest::newRow("step zero") << QStringList{QStringLiteral("supplier_share=40%:60%:0")}
                                   << QStringLiteral("groter dan 0");
        QTest::newRow("step negative") << QStringList{QStringLiteral("supplier_share=40%:60%:-1%")}
                                       << QStringLiteral("groter dan 0");
        QTest::newRow("step not a number")
            << QStringList{QStringLiteral("supplier_share=40%:60%:x")} << QStringLiteral("groter dan 0");
        QTest::newRow("bound not a number")
            << QStringList{QStringLiteral("supplier_share=a:60%:1%")} << QStringLiteral("geen getal");
        QTest::newRow("bound off") << QStringList{QStringLiteral("supplier_share=off:60%:1%")}
                                   << QStringLiteral("geen getal");
        QTest::newRow("share as percent number")
            << QStringList{QStringLiteral("supplier_share=40:60:1")} << QStringLiteral("60%");
        QTest::newRow("too many values") << QStringList{QStringLiteral("supplier_share=0:1:0.0001")}
                                         << QStringLiteral("grotere stap");
        QTest::newRow("same criterion twice") << QStringList{QStringLiteral("supplier_share=0.4:0.6:0.1"),
                                                             QStringLiteral("single_non_eu_supplier=0.5:0.6:0.1")}
                                              << QStringLiteral("twee keer");
        QTest::newRow("three") << QStringList{QStringLiteral("supplier_share=0.4:0.6:0.1"),
                                              QStringLiteral("world_hhi=0.1:0.2:0.1"),
                                              QStringLiteral("net_importer=1:2:1")}
                               << QStringLiteral("hoogstens twee");
        // Issue 14 item 9: thresholds are checked against their metric's domain everywhere.
        QTest::newRow("below the domain")
            << QStringList{QStringLiteral("world_hhi=-5:0.5:0.5")} << QStringLiteral("buiten het bereik");
        QTest::newRow("beyond the domain")
            << QStringList{QStringLiteral("net_importer=1:1e308:1e307")} << QStringLiteral("buiten het bereik");
        QTest::newRow("too many cells") << QStringList{QStringLiteral("supplier_share=0:1:0.001"),
                                                       QStringLiteral("world_hhi=0:1:0.001")}
                                        << QStringLiteral("combinaties");
    }
    void badRangesExitOneWithAReason()
    {
        QFETCH(QStringList, vary);
        QFETCH(QString, says);
        QStringList arguments{QStringLiteral("sensitivity")};
        for (const QString &v : vary)
            arguments << QStringLiteral("--vary") << v;
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void analyseJsonCarriesMargins()
    {
        const QJsonObject analysis = json({QStringLiteral("analyse"), QStringLiteral("--json")});
        int final = 0, stopped = 0, borderline = 0;
        QString probe;
        double probeDropsAt = 0.0;
        for (const QJsonValue &v : analysis.value(QStringLiteral("products")).toArray()) {
            const QJsonObject p = v.toObject();
            const QJsonObject margins = p.value(QStringLiteral("margins")).toObject();
            QVERIFY(p.contains(QStringLiteral("borderline")));
            borderline += p.value(QStringLiteral("borderline")).toBool();
            if (p.value(QStringLiteral("stage")).toString() == QLatin1String("concentrated")) {
                ++final;
                QCOMPARE(margins.keys(), (QStringList{QStringLiteral("concentrated"), QStringLiteral("net_importer"),
                                                      QStringLiteral("single_non_eu_supplier")}));
                const QJsonObject share = margins.value(QStringLiteral("single_non_eu_supplier")).toObject();
                QCOMPARE(share.value(QStringLiteral("value")), p.value(QStringLiteral("top_partner_share")));
                QCOMPARE(share.value(QStringLiteral("threshold")).toDouble(), 0.5);
                QCOMPARE(share.value(QStringLiteral("drops_at")), p.value(QStringLiteral("top_partner_share")));
                QVERIFY(share.value(QStringLiteral("margin")).toDouble() > 0.0);
                if (probe.isEmpty() && share.value(QStringLiteral("drops_at")).toDouble() < 0.6) {
                    probe = p.value(QStringLiteral("hs6")).toString();
                    probeDropsAt = share.value(QStringLiteral("drops_at")).toDouble();
                }
            } else if (p.value(QStringLiteral("stage")).toString() == QLatin1String("universe")) {
                ++stopped;
                QCOMPARE(margins.keys(), QStringList{QStringLiteral("single_non_eu_supplier")});
                const QJsonObject share = margins.value(QStringLiteral("single_non_eu_supplier")).toObject();
                QVERIFY(share.value(QStringLiteral("margin")).toDouble() <= 0.0);
                QCOMPARE(share.value(QStringLiteral("outcome")).toString(), QStringLiteral("dropped"));
                QVERIFY(!share.contains(QStringLiteral("drops_at")));
            }
        }
        QCOMPARE(final, 135);
        QVERIFY(stopped > 2000);
        QVERIFY(borderline > 0);
        QVERIFY(!probe.isEmpty());

        // Moving the threshold to drops_at drops the product; just below it keeps it.
        const auto stageAt = [&](double threshold) {
            return productByHs6(json({QStringLiteral("analyse"), QStringLiteral("--json"), QStringLiteral("--set"),
                                      QStringLiteral("supplier_share=%1").arg(threshold, 0, 'g', 17)}),
                                probe)
                .value(QStringLiteral("stage"))
                .toString();
        };
        QCOMPARE(stageAt(probeDropsAt), QStringLiteral("universe"));
        QCOMPARE(stageAt(std::nextafter(probeDropsAt, 0.0)), QStringLiteral("concentrated"));
    }

    void realBaciExtract()
    {
        const QString extract =
            QStringLiteral(HERKOMST_SHARED_DATA_DIR "/baci/BACI_HS17_Y2020_V202301_extract_AFG_ZAF.csv");
        if (!QFile::exists(extract))
            QSKIP("the real BACI extract (shared data folder) is not present");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("baci.sqlite"));
        const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                      QStringLiteral("auto"), extract});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        const QJsonObject s = sensitivity({QStringLiteral("--db"), db, QStringLiteral("--vary"),
                                           QStringLiteral("supplier_share=90%:100%:1%"), QStringLiteral("--vary"),
                                           QStringLiteral("world_hhi=0.5:1:0.1")});
        const QJsonArray cells = s.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 11 * 6);
        for (int i : {0, 17, 65}) {
            const QJsonObject cell = cells[i].toObject();
            const QJsonObject t = cell.value(QStringLiteral("thresholds")).toObject();
            const auto [kept, undetermined] = analyseCounts(
                {QStringLiteral("--db"), db, QStringLiteral("--set"),
                 QStringLiteral("supplier_share=%1").arg(t.value(QStringLiteral("supplier_share")).toDouble()),
                 QStringLiteral("--set"),
                 QStringLiteral("world_hhi=%1").arg(t.value(QStringLiteral("world_hhi")).toDouble())});
            QCOMPARE(ints(cell.value(QStringLiteral("kept"))), kept);
            QCOMPARE(ints(cell.value(QStringLiteral("undetermined"))), undetermined);
        }
        // At 100 % nothing is "more than" the share of a sole supplier: strict to the end.
        QCOMPARE(ints(cells[65].toObject().value(QStringLiteral("kept")))[1], 0);
        QVERIFY(!s.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("synthetic")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSensitivityCli)
#include "test_sensitivitycli.moc"
