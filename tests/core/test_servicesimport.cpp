// Services imports by partner for Table 1: a CBS StatLine table in two layouts (CSV long, CSV
// wide in thousands, XLSX), CBS symbols kept as missing, errors with row and column, the store's
// services table, and table1 --services-dataset end to end.
#include "demo/letterreference.h"
#include "export/xlsxexport.h"
#include "import/servicestablereader.h"
#include "store/schema.h"
#include "store/servicesstore.h"
#include "store/store.h"
#include "support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HERKOMST_TEST_DATA_DIR "/") + name;
}

std::vector<ServicesValue> of(const std::vector<ServicesValue> &values, int year)
{
    std::vector<ServicesValue> list;
    for (const ServicesValue &v : values) {
        if (v.year == year)
            list.push_back(v);
    }
    return list;
}

// The 2020 services ranking equals the letter's services column: names as printed, values.
void compareWithLetter(const std::vector<ServicesValue> &values)
{
    const std::vector<RankedPartner> ranking = rankServices(of(values, 2020));
    const PartnerComparison letter = letterTable1();
    QVERIFY(ranking.size() >= 20);
    for (size_t i = 0; i < 20; ++i) {
        QCOMPARE(ranking[i].name, letter.services[i].name);
        QCOMPARE(ranking[i].value, letter.services[i].value);
        QCOMPARE(ranking[i].code, letter.services[i].code);
    }
}

} // namespace

class TestServicesImport : public QObject {
    Q_OBJECT

private slots:
    void longLayout()
    {
        io::SourceError error;
        const auto set = ServicesTableReader::read(fixture(QStringLiteral("services-long.csv")), QStringLiteral("NLD"),
                                                   QString(), &error);
        QVERIFY2(set, qPrintable(error.toString()));
        QCOMPARE(set->name, QStringLiteral("services-long"));
        QCOMPARE(set->values.size(), size_t(42)); // 20 partners x 2 years, Overige Azië, a secret cell; no total
        const auto secret = std::find_if(set->values.begin(), set->values.end(), [](const ServicesValue &v) {
            return v.partner == QStringLiteral("Kaaimaneilanden");
        });
        QVERIFY(secret != set->values.end());
        QCOMPARE(secret->value.status, ValueStatus::Secret);
        compareWithLetter(set->values);
        // The residual group keeps its printed name and is no country.
        const std::vector<RankedPartner> ranking = rankServices(of(set->values, 2020));
        const auto asia = std::find_if(ranking.begin(), ranking.end(),
                                       [](const RankedPartner &p) { return p.name == QStringLiteral("Overige Azië"); });
        QVERIFY(asia != ranking.end());
        QVERIFY(asia->block);
        QVERIFY(std::none_of(ranking.begin(), ranking.end(),
                             [](const RankedPartner &p) { return p.name == QStringLiteral("Kaaimaneilanden"); }));
    }

    void wideLayoutInThousands()
    {
        io::SourceError error;
        const auto set = ServicesTableReader::read(fixture(QStringLiteral("services-wide.csv")), QStringLiteral("NLD"),
                                                   QStringLiteral("breed"), &error);
        QVERIFY2(set, qPrintable(error.toString()));
        QCOMPARE(set->values.size(), size_t(42)); // 21 partners x 2 years; "Wereld" and the footnote skipped
        const auto asia2019 = std::find_if(set->values.begin(), set->values.end(), [](const ServicesValue &v) {
            return v.partner == QStringLiteral("Overige Azië") && v.year == 2019;
        });
        QVERIFY(asia2019 != set->values.end());
        QCOMPARE(asia2019->value.status, ValueStatus::Unknown); // "." is missing, never zero
        compareWithLetter(set->values);
    }

    void xlsxDownload()
    {
        QTemporaryDir dir;
        ExportTable table;
        table.sheetName = QStringLiteral("Diensten");
        table.columns = {{QStringLiteral("Landen"), ColumnKind::Text, 0},
                         {QStringLiteral("Perioden"), ColumnKind::Text, 0},
                         {QStringLiteral("Invoer van diensten (mln euro)"), ColumnKind::Decimal, 0}};
        for (const RankedPartner &p : letterTable1().services)
            table.rows.push_back({p.name, QStringLiteral("2020"), p.value});
        const QString path = dir.filePath(QStringLiteral("diensten.xlsx"));
        QString writeError;
        QVERIFY2(writeXlsx(table, path, &writeError), qPrintable(writeError));
        io::SourceError error;
        const auto set = ServicesTableReader::read(path, QStringLiteral("NLD"), QString(), &error);
        QVERIFY2(set, qPrintable(error.toString()));
        QCOMPARE(set->values.size(), size_t(20));
        compareWithLetter(set->values);
    }

    void badCellsNamed()
    {
        const QString file = QStringLiteral("t.csv");
        io::SourceError error;
        std::vector<QStringList> rows = {
            {QStringLiteral("Landen"), QStringLiteral("Perioden"), QStringLiteral("Invoer")},
            {QStringLiteral("India"), QStringLiteral("2020"), QStringLiteral("3371")},
            {QStringLiteral("Brazilië"), QStringLiteral("2020"), QStringLiteral("veel")}};
        QVERIFY(!ServicesTableReader::parse(rows, file, QStringLiteral("NLD"), &error));
        QCOMPARE(error.file, file);
        QCOMPARE(error.row, qint64(3));
        QCOMPARE(error.column, 3);
        rows[2] = {QStringLiteral("India"), QStringLiteral("2020"), QStringLiteral("1")};
        QVERIFY(!ServicesTableReader::parse(rows, file, QStringLiteral("NLD"), &error)); // twice the same
        QCOMPARE(error.row, qint64(3));
        rows[2] = {QStringLiteral("Brazilië"), QStringLiteral("twintig"), QStringLiteral("1")};
        QVERIFY(!ServicesTableReader::parse(rows, file, QStringLiteral("NLD"), &error));
        QCOMPARE(error.column, 2);
        QVERIFY(!ServicesTableReader::parse({{QStringLiteral("a"), QStringLiteral("b")}}, file, QStringLiteral("NLD"),
                                            &error));
        QVERIFY(error.message.contains(QStringLiteral("kop")));
    }

    void storedAllOrNothing()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
        QCOMPARE(store.schemaVersion(), schema::currentVersion());
        io::SourceError sourceError;
        const auto set = ServicesTableReader::read(fixture(QStringLiteral("services-long.csv")), QStringLiteral("NLD"),
                                                   QStringLiteral("diensten"), &sourceError);
        QVERIFY(set);
        const std::optional<qint64> id = writeServicesDataSet(store, *set, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(holdsServices(store, *id));
        const auto latest = loadServices(store, *id, QStringLiteral("NLD"), 0, &error);
        QVERIFY2(latest, qPrintable(error));
        QCOMPARE(latest->front().year, 2020);
        compareWithLetter(*latest);
        QVERIFY(!loadServices(store, *id, QStringLiteral("BEL"), 0, &error));
        QVERIFY(!loadServices(store, *id, QStringLiteral("NLD"), 2018, &error));

        // The same file again, or the same name, is refused and changes nothing.
        QVERIFY(!writeServicesDataSet(store, *set, &error));
        QVERIFY(error.contains(QStringLiteral("al geïmporteerd")));
        ServicesDataSet renamed = *set;
        renamed.sha256 = QStringLiteral("0");
        QVERIFY(!writeServicesDataSet(store, renamed, &error));
        QCOMPARE(store.dataSets().size(), size_t(1));
        QVERIFY(store.removeDataSet(*id, &error));
        QVERIFY(!holdsServices(store, *id));
    }

    void table1WithServicesFromTheStore()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
        CliRun run = runCli({QStringLiteral("import-services"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                             QStringLiteral("diensten"), fixture(QStringLiteral("services-wide.csv"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCli({QStringLiteral("table1"), QStringLiteral("--db"), db, QStringLiteral("--goods-dataset"),
                      QStringLiteral("Synthetische demodata (CBS-vorm)"), QStringLiteral("--services-dataset"),
                      QStringLiteral("diensten"), QStringLiteral("--year"), QStringLiteral("2020"),
                      QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("nl")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray services = json.value(QStringLiteral("services")).toArray();
        QCOMPARE(services.size(), 20);
        const PartnerComparison letter = letterTable1();
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(services.at(i).toObject().value(QStringLiteral("partner")).toString(),
                     letter.services[size_t(i)].name);
            QCOMPARE(services.at(i).toObject().value(QStringLiteral("value")).toDouble(),
                     letter.services[size_t(i)].value);
        }
        // The store's only goods data set needs no naming beside a services data set.
        run = runCli({QStringLiteral("table1"), QStringLiteral("--db"), db, QStringLiteral("--services-dataset"),
                      QStringLiteral("diensten"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("goods")).toArray().size(),
                 20);
        // A goods data set named as services is refused with a reason.
        run = runCli({QStringLiteral("table1"), QStringLiteral("--db"), db, QStringLiteral("--goods-dataset"),
                      QStringLiteral("Synthetische demodata (CBS-vorm)"), QStringLiteral("--services-dataset"),
                      QStringLiteral("Synthetische demodata (CBS-vorm)"), QStringLiteral("--lang"),
                      QStringLiteral("nl")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("geen diensteninvoer")));
    }
};

QTEST_GUILESS_MAIN(TestServicesImport)
#include "test_servicesimport.moc"
