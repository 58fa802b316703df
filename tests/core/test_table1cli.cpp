// herkomst-cli table1 end to end: the letter's table as JSON (all 40 rows as printed), the goods
// column from a store's goods data set, and the messages on wrong options.
#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QJsonObject table1(QStringList arguments)
{
    arguments.prepend(QStringLiteral("table1"));
    arguments << QStringLiteral("--json") << QStringLiteral("--lang") << QStringLiteral("nl");
    const CliRun run = runCli(arguments);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestTable1Cli : public QObject {
    Q_OBJECT

private slots:
    void letterAsJson()
    {
        const QJsonObject json = table1({QStringLiteral("--source"), QStringLiteral("letter")});
        QCOMPARE(json.value(QStringLiteral("label")).toString(), QStringLiteral("Kamerbrief 2021"));
        QCOMPARE(json.value(QStringLiteral("source")).toString(),
                 QStringLiteral("Bron: CBS; Kamerbrief 22 november 2021, Bijlage 1, tabel 1"));
        const QJsonArray services = json.value(QStringLiteral("services")).toArray();
        const QJsonArray goods = json.value(QStringLiteral("goods")).toArray();
        QCOMPARE(services.size(), 20);
        QCOMPARE(goods.size(), 20);
        const QJsonObject bermuda = services.at(2).toObject();
        QCOMPARE(bermuda.value(QStringLiteral("rank")).toInt(), 3);
        QCOMPARE(bermuda.value(QStringLiteral("partner")).toString(), QStringLiteral("Bermuda"));
        QCOMPARE(bermuda.value(QStringLiteral("value")).toDouble(), 27726.0);
        QCOMPARE(bermuda.value(QStringLiteral("in_other_list")).toBool(), false);
        const QJsonObject otherAsia = goods.at(9).toObject();
        QCOMPARE(otherAsia.value(QStringLiteral("partner")).toString(), QStringLiteral("Overige Azië"));
        QCOMPARE(otherAsia.value(QStringLiteral("residual_group")).toBool(), true);
        QCOMPARE(otherAsia.value(QStringLiteral("side")).toString(), QStringLiteral("non_eu"));

        // Every row as the transcription in the shared samples prints it.
        QFile file(
            QDir(QStringLiteral(HERKOMST_SHARED_DATA_DIR)).filePath(QStringLiteral("reference/letter-table1.csv")));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("letter-table1.csv not among the shared samples (HERKOMST_SHARED_DATA_DIR)");
        file.readLine();
        for (int i = 0; i < 20; ++i) {
            const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
            QCOMPARE(services.at(i).toObject().value(QStringLiteral("rank")).toInt(), f[0].toInt());
            QCOMPARE(services.at(i).toObject().value(QStringLiteral("partner")).toString(), f[1]);
            QCOMPARE(services.at(i).toObject().value(QStringLiteral("value")).toDouble(), f[2].toDouble());
            QCOMPARE(goods.at(i).toObject().value(QStringLiteral("partner")).toString(), f[3]);
            QCOMPARE(goods.at(i).toObject().value(QStringLiteral("value")).toDouble(), f[4].toDouble());
        }
    }

    void topCutsBothLists()
    {
        const QJsonObject json = table1({QStringLiteral("--top"), QStringLiteral("5")});
        QCOMPARE(json.value(QStringLiteral("services")).toArray().size(), 5);
        QCOMPARE(json.value(QStringLiteral("goods")).toArray().size(), 5);
        // China is 14th for services: within the top 5 it is in the goods list only.
        QCOMPARE(json.value(QStringLiteral("goods")).toArray().at(2).toObject().value(QStringLiteral("in_other_list")),
                 QJsonValue(false));
    }

    // The goods column from a store's goods data set (the demo written to a store).
    void goodsFromStore()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
        const QJsonObject json = table1({QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2020")});
        QCOMPARE(json.value(QStringLiteral("year")).toInt(), 2020);
        QCOMPARE(json.value(QStringLiteral("services")).toArray().size(), 0);
        const QJsonArray goods = json.value(QStringLiteral("goods")).toArray();
        QCOMPARE(goods.size(), 20);
        const QStringList first = {QStringLiteral("Duitsland"), QStringLiteral("België"), QStringLiteral("China"),
                                   QStringLiteral("Verenigde Staten"), QStringLiteral("Verenigd Koninkrijk")};
        const QList<double> letter = {78521, 45344, 43026, 37286, 24671};
        for (int i = 0; i < 5; ++i) {
            const QJsonObject p = goods.at(i).toObject();
            QCOMPARE(p.value(QStringLiteral("partner")).toString(), first[i]);
            QVERIFY(std::abs(p.value(QStringLiteral("value")).toDouble() - letter[i]) / letter[i] < 0.01);
        }
    }

    void wrongOptionsSaySo()
    {
        CliRun run =
            runCli({QStringLiteral("table1"), QStringLiteral("--source"), QStringLiteral("letter"),
                    QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--lang"), QStringLiteral("nl")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--source data")), qPrintable(run.err));
        run = runCli({QStringLiteral("table1"), QStringLiteral("--top"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 1);
        run = runCli({QStringLiteral("table1"), QStringLiteral("--source"), QStringLiteral("brief")});
        QCOMPARE(run.exitCode, 1);
        run = runCli({QStringLiteral("table1"), QStringLiteral("--db"), QStringLiteral("/nonexistent/x.sqlite")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTable1Cli)
#include "test_table1cli.moc"
