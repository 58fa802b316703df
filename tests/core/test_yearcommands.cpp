// herkomst-cli trend and compare end to end on the demo data: the trend's funnel of each year is
// what analyse --year gives, compare's sets are the differences of analyse's final products, and
// options that do not apply are refused.
#include "support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

namespace {

QJsonObject json(const QStringList &arguments)
{
    const CliRun run = runCli(arguments);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QSet<QString> codes(const QJsonValue &array)
{
    QSet<QString> set;
    for (const QJsonValue &v : array.toArray())
        set.insert(v.toString());
    return set;
}

// The HS6 codes analyse --year Y leaves after the last step.
QSet<QString> finalProducts(int year, const QString &preset)
{
    const QJsonObject a = json({QStringLiteral("analyse"), QStringLiteral("--json"), QStringLiteral("--preset"), preset,
                                QStringLiteral("--year"), QString::number(year)});
    const QJsonArray funnel = a.value(QStringLiteral("funnel")).toArray();
    const QString last = funnel.last().toObject().value(QStringLiteral("step")).toString();
    QSet<QString> set;
    for (const QJsonValue &p : a.value(QStringLiteral("products")).toArray()) {
        if (p.toObject().value(QStringLiteral("stage")).toString() == last)
            set.insert(p.toObject().value(QStringLiteral("hs6")).toString());
    }
    return set;
}

} // namespace

class TestYearCommands : public QObject {
    Q_OBJECT

private slots:
    void trendEqualsAnalysePerYear_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("cbs2021") << QStringLiteral("cbs2021");
        QTest::newRow("geodep") << QStringLiteral("geodep"); // 2 of 3: the first years lack earlier ones
        QTest::newRow("ec2021") << QStringLiteral("ec2021");
    }

    void trendEqualsAnalysePerYear()
    {
        QFETCH(QString, preset);
        const QJsonArray years =
            json({QStringLiteral("trend"), QStringLiteral("--json"), QStringLiteral("--preset"), preset})
                .value(QStringLiteral("years"))
                .toArray();
        QVERIFY(years.size() >= 3); // the demo data has several years
        int previous = 0;
        for (const QJsonValue &entry : years) {
            const int year = entry.toObject().value(QStringLiteral("year")).toInt();
            QVERIFY(year > previous);
            previous = year;
            const QJsonArray trend = entry.toObject().value(QStringLiteral("funnel")).toArray();
            const QJsonArray analyse =
                json({QStringLiteral("analyse"), QStringLiteral("--json"), QStringLiteral("--preset"), preset,
                      QStringLiteral("--year"), QString::number(year)})
                    .value(QStringLiteral("funnel"))
                    .toArray();
            QCOMPARE(trend.size(), analyse.size());
            for (int i = 0; i < trend.size(); ++i) {
                const QJsonObject t = trend[i].toObject(), a = analyse[i].toObject();
                QCOMPARE(t.keys(), (QStringList{QStringLiteral("dropped"), QStringLiteral("kept"),
                                                QStringLiteral("step"), QStringLiteral("undetermined")}));
                for (const char *key : {"step", "kept", "dropped", "undetermined"})
                    QCOMPARE(t.value(QLatin1String(key)), a.value(QLatin1String(key)));
            }
        }
    }

    void compareIsTheDifferenceOfTwoAnalyses()
    {
        for (const QString &preset : {QStringLiteral("cbs2021"), QStringLiteral("geodep")}) {
            const QJsonObject c = json({QStringLiteral("compare"), QStringLiteral("--from"), QStringLiteral("2019"),
                                        QStringLiteral("--to"), QStringLiteral("2020"), QStringLiteral("--preset"),
                                        preset, QStringLiteral("--json")});
            const QSet<QString> before = finalProducts(2019, preset), after = finalProducts(2020, preset);
            QCOMPARE(codes(c.value(QStringLiteral("new"))), after - before);
            QCOMPARE(codes(c.value(QStringLiteral("gone"))), before - after);
            QCOMPARE(codes(c.value(QStringLiteral("persistent"))), before & after);
            const QJsonArray changes = c.value(QStringLiteral("changes")).toArray();
            QCOMPARE(changes.size(), int(((after - before) | (before - after)).size()));
            for (const QJsonValue &change : changes) {
                const QJsonObject o = change.toObject();
                QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
                QCOMPARE(o.value(QStringLiteral("from")).toObject().value(QStringLiteral("year")).toInt(), 2019);
                QCOMPARE(o.value(QStringLiteral("to")).toObject().value(QStringLiteral("year")).toInt(), 2020);
            }
        }
    }

    void optionsThatDoNotApplyAreRefused()
    {
        QCOMPARE(runCli({QStringLiteral("trend"), QStringLiteral("--year"), QStringLiteral("2020")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("compare"), QStringLiteral("--from"), QStringLiteral("2019")}).exitCode, 1);
        const CliRun missing = runCli({QStringLiteral("compare"), QStringLiteral("--from"), QStringLiteral("2019"),
                                       QStringLiteral("--to"), QStringLiteral("1990")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("1990")));
    }
};

QTEST_GUILESS_MAIN(TestYearCommands)
#include "test_yearcommands.moc"
