// herkomst-cli compare across an HS revision on a hand-made store of three years coded as CBS codes
// them (2020 and 2021 in HS2017, 2022 in HS2022): across the revision products come as their
// correlation groups; within one revision the output is what it always was. And a real BACI
// release records its revision (HERKOMST_SHARED_DATA_DIR; that case skips when absent).
#include "store/datasetwriter.h"
#include "store/store.h"
#include "support/clirun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst;

namespace {

struct Year {
    int year;
    QStringList concentrated; // one supplier (CHN), one exporter in the world
    QStringList spread;       // imported from China, but four exporters in the world
};

// The codes are real ones of the shipped tables: HS2017 251830 and 381600 became HS2022 381600,
// 490510 and 490599 became 490590; 010121 and 010129 kept their meaning. 999998 is no HS code (the
// tables do know 999999, "not specified").
const std::vector<Year> kYears = {
    {2020, {QStringLiteral("251830"), QStringLiteral("010121")}, {QStringLiteral("490510")}},
    {2021, {QStringLiteral("251830"), QStringLiteral("490510"), QStringLiteral("010121")}, {}},
    {2022,
     {QStringLiteral("381600"), QStringLiteral("490590"), QStringLiteral("010129"), QStringLiteral("999998")},
     {QStringLiteral("010121")}},
};

void writeStore(const QString &path)
{
    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    DataSetInfo info;
    info.name = QStringLiteral("cbs");
    info.source = QStringLiteral("CBS");
    info.currency = QStringLiteral("EUR");
    info.hsCoding.yearly = true;
    DataSetWriter writer(store);
    QVERIFY(writer.begin(info));
    for (const Year &y : kYears) {
        for (const QString &hs6 : y.concentrated + y.spread) {
            const QByteArray code = hs6.toLatin1();
            QVERIFY(writer.addProduct({hs6, QStringLiteral("product ") + hs6, {}, QStringLiteral("chemie")}));
            QVERIFY(writer.addImport("NLD", y.year, code, "CHN", TradeValue{100}));
            QVERIFY(writer.addExport("NLD", y.year, code, TradeValue{10}));
            const bool spread = y.spread.contains(hs6);
            for (const char *exporter : {"CHN", "USA", "JPN", "KOR"}) {
                if (spread || qstrcmp(exporter, "CHN") == 0)
                    QVERIFY(writer.addWorldExport(y.year, code, exporter, TradeValue{1000}));
            }
        }
    }
    // World data with fewer than 50 exporters leaves the world-market step undetermined: a product
    // the Netherlands does not import fills it up.
    const QList<QByteArray> exporters =
        QByteArray("ARG AUS AUT BEL BGD BRA CAN CHE CHL COL CZE DEU DNK EGY ESP FIN FRA GBR GRC HUN IDN IND IRL ISR "
                   "ITA JPN KEN KOR MAR MEX MYS NGA NOR NZL PAK PER PHL POL PRT ROU RUS SAU SGP SWE THA TUR UKR "
                   "USA VNM ZAF")
            .split(' ');
    for (const Year &y : kYears) {
        for (const QByteArray &exporter : exporters)
            QVERIFY(writer.addWorldExport(y.year, "010130", exporter, TradeValue{1}));
    }
    QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
}

QJsonObject compare(const QString &db, int from, int to, QString *err = nullptr)
{
    const CliRun run =
        runCli({QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("--from"), QString::number(from),
                QStringLiteral("--to"), QString::number(to), QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    if (err)
        *err = run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list << v.toString();
    return list;
}

} // namespace

class TestCompareRevisions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mDb;

private slots:
    void initTestCase()
    {
        mDb = mDir.filePath(QStringLiteral("jaren.sqlite"));
        writeStore(mDb);
    }

    void acrossTheRevisionByGroup()
    {
        const QJsonObject c = compare(mDb, 2021, 2022);
        const QJsonObject versions = c.value(QStringLiteral("hs_versions")).toObject();
        QCOMPARE(versions.value(QStringLiteral("from")).toString(), QStringLiteral("HS2017"));
        QCOMPARE(versions.value(QStringLiteral("to")).toString(), QStringLiteral("HS2022"));
        QCOMPARE(versions.value(QStringLiteral("matched")).toString(), QStringLiteral("by_group"));

        // Both merges persist, although not one code of 2021 is after the last step in 2022.
        const QJsonArray persistent = c.value(QStringLiteral("persistent")).toArray();
        QCOMPARE(persistent.size(), 2);
        const QJsonObject refractory = persistent[0].toObject();
        QCOMPARE(strings(refractory.value(QStringLiteral("hs2022"))), QStringList{QStringLiteral("381600")});
        QCOMPARE(strings(refractory.value(QStringLiteral("hs2017"))),
                 (QStringList{QStringLiteral("251830"), QStringLiteral("381600")}));
        QCOMPARE(refractory.value(QStringLiteral("kind")).toString(), QStringLiteral("n:1"));
        QCOMPARE(
            strings(refractory.value(QStringLiteral("after_last_step")).toObject().value(QStringLiteral("hs2017"))),
            QStringList{QStringLiteral("251830")});
        QCOMPARE(strings(refractory.value(QStringLiteral("labels"))),
                 QStringList{QStringLiteral("381600 (HS2022) ← 2 HS2017-codes")});
        QCOMPARE(strings(persistent[1].toObject().value(QStringLiteral("hs2022"))),
                 QStringList{QStringLiteral("490590")});

        const QJsonArray added = c.value(QStringLiteral("new")).toArray();
        QCOMPARE(added.size(), 2);
        // A code the tables do not know is matched with nothing.
        QCOMPARE(strings(added[1].toObject().value(QStringLiteral("hs2022"))), QStringList{QStringLiteral("999998")});
        QVERIFY(added[1].toObject().value(QStringLiteral("hs2017")).toArray().isEmpty());
        QCOMPARE(added[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("0:1"));
        QCOMPARE(strings(added[0].toObject().value(QStringLiteral("hs2022"))), QStringList{QStringLiteral("010129")});
        QCOMPARE(added[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("1:1"));
        const QJsonArray gone = c.value(QStringLiteral("gone")).toArray();
        QCOMPARE(gone.size(), 1);
        QCOMPARE(strings(gone[0].toObject().value(QStringLiteral("hs2017"))), QStringList{QStringLiteral("010121")});

        const QJsonArray changes = c.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 3);
        const QJsonObject lost = changes[0].toObject();
        QCOMPARE(lost.value(QStringLiteral("hs6")).toString(), QStringLiteral("010121"));
        QCOMPARE(lost.value(QStringLiteral("reason")).toString(), QStringLiteral("concentrated"));
        QCOMPARE(lost.value(QStringLiteral("to_hs6")).toString(), QStringLiteral("010121"));
        QCOMPARE(changes[1].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("not_imported"));
    }

    // Within HS2017 the output is code by code, exactly as before: strings, no revision block.
    void withinOneRevisionAsBefore()
    {
        const QJsonObject c = compare(mDb, 2020, 2021);
        QVERIFY(!c.contains(QStringLiteral("hs_versions")));
        QCOMPARE(strings(c.value(QStringLiteral("new"))), QStringList{QStringLiteral("490510")});
        QCOMPARE(strings(c.value(QStringLiteral("persistent"))),
                 (QStringList{QStringLiteral("010121"), QStringLiteral("251830")}));
        QVERIFY(c.value(QStringLiteral("gone")).toArray().isEmpty());
        QVERIFY(!c.value(QStringLiteral("changes")).toArray().first().toObject().contains(QStringLiteral("to_hs6")));
    }

    void textNamesTheGroups()
    {
        const CliRun run = runCli({QStringLiteral("compare"), QStringLiteral("--db"), mDb, QStringLiteral("--from"),
                                   QStringLiteral("2020"), QStringLiteral("--to"), QStringLiteral("2022")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("HS2017")) && run.out.contains(QStringLiteral("HS2022")),
                 qPrintable(run.out));
        // 2020 -> 2022: 490590 is new, its group of two HS2017 codes named.
        QVERIFY2(run.out.contains(QStringLiteral("490590 (HS2022) ← 2 HS2017-codes")), qPrintable(run.out));
        const CliRun datasets = runCli({QStringLiteral("datasets"), QStringLiteral("--db"), mDb});
        QVERIFY2(datasets.out.contains(QStringLiteral("2020 HS2017, 2021 HS2017, 2022 HS2022")),
                 qPrintable(datasets.out));
    }

    void aBaciReleaseRecordsItsRevision()
    {
        const QDir baci(QStringLiteral(HERKOMST_SHARED_DATA_DIR "/baci"));
        const QStringList years = baci.entryList({QStringLiteral("BACI_HS17_Y2020_*.csv")});
        if (years.isEmpty())
            QSKIP("the shared BACI sample is not there (HERKOMST_SHARED_DATA_DIR)");
        const QString db = mDir.filePath(QStringLiteral("baci.sqlite"));
        const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                      QStringLiteral("baci"), QStringLiteral("--reporter"), QStringLiteral("ZAF"),
                                      baci.filePath(years.front())});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        Store store;
        QVERIFY(store.open(db, Store::Mode::ReadOnly, nullptr));
        QCOMPARE(store.dataSets().size(), size_t(1));
        QCOMPARE(store.dataSets().front().hsRevisions, (std::map<int, HsRevision>{{2020, HsRevision::HS2017}}));
    }

    // A data set has one revision per year: year files of two BACI revisions are refused, before
    // anything is stored.
    void baciReleasesOfTwoRevisionsAreRefused()
    {
        const QDir baci(QStringLiteral(HERKOMST_SHARED_DATA_DIR "/baci"));
        const QStringList years = baci.entryList({QStringLiteral("BACI_HS17_Y2020_*.csv")});
        if (years.isEmpty())
            QSKIP("the shared BACI sample is not there (HERKOMST_SHARED_DATA_DIR)");
        QTemporaryDir dir;
        const QString hs17 = dir.filePath(QStringLiteral("BACI_HS17_Y2020_V202301.csv"));
        const QString hs22 = dir.filePath(QStringLiteral("BACI_HS22_Y2021_V202301.csv"));
        QVERIFY(QFile::copy(baci.filePath(years.front()), hs17));
        QVERIFY(QFile::copy(baci.filePath(years.front()), hs22));
        QVERIFY(QFile::copy(baci.filePath(QStringLiteral("country_codes_V202301.csv")),
                            dir.filePath(QStringLiteral("country_codes_V202301.csv"))));
        const QString db = dir.filePath(QStringLiteral("baci.sqlite"));
        const CliRun import =
            runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                    QStringLiteral("baci"), QStringLiteral("--reporter"), QStringLiteral("ZAF"), hs17, hs22});
        QVERIFY(import.exitCode != 0);
        QVERIFY2(import.err.contains(QStringLiteral("HS22")) && import.err.contains(QStringLiteral("HS17")),
                 qPrintable(import.err));
        Store store;
        if (store.open(db, Store::Mode::ReadOnly, nullptr))
            QVERIFY(store.dataSets().empty());
    }
};

QTEST_GUILESS_MAIN(TestCompareRevisions)
#include "test_comparerevisions.moc"
