// The import pipeline itself: what the ImportJob does for every format, seen through a sink that
// records what it is handed. The format suites test the formats; this one tests the parts they
// share (struct rows in key order, the partner policy in one place, the name, the transaction).

#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "import/tradesink.h"
#include "importtesthelpers.h"
#include "store/store.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;
using namespace importtest;

namespace {

// Keeps what the job hands over; can refuse the commit to prove a failure rolls back.
class RecordingSink : public TradeSink {
public:
    struct Written {
        QByteArray reporter;
        int year = 0;
        QByteArray hs6;
        QByteArray country;
        TradeValue value;
    };
    QString begun;
    std::vector<Written> imports;
    std::vector<Written> exports;
    QStringList files;
    QStringList blocks;
    bool committed = false;
    bool rolledBack = false;
    bool failCommit = false;

    void rollBack() override { rolledBack = true; }
    qint64 dataSetId() const override { return 7; }
    QString lastError() const override { return QStringLiteral("schijf vol"); }

protected:
    bool doBegin(const DataSetInfo &info) override
    {
        begun = info.name;
        return true;
    }
    bool doAddProduct(const ProductInfo &) override { return true; }
    bool doAddImports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count) override
    {
        record(imports, reporter, year, rows, count);
        return true;
    }
    bool doAddExports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count) override
    {
        record(exports, reporter, year, rows, count);
        return true;
    }
    bool doAddWorldExports(int, const TradeRow *, size_t) override { return true; }
    bool doAddWorldHhi(int, const TradeRow *, size_t) override { return true; }
    bool doAddFile(const DataSetFile &file) override
    {
        files << file.fileName;
        return true;
    }
    bool doAddPartnerBlock(const PartnerBlock &block) override
    {
        blocks << block.code;
        return true;
    }
    bool doCommit() override { return committed = !failCommit; }

private:
    static void record(std::vector<Written> &to, QByteArrayView reporter, int year, const TradeRow *rows, size_t count)
    {
        for (size_t i = 0; i < count; ++i) {
            char text[6];
            hs6Text(rows[i].hs6, text);
            to.push_back(
                {reporter.toByteArray(), year, QByteArray(text, 6), rows[i].country.toByteArray(), rows[i].value});
        }
    }
};

} // namespace

class TestImportJob : public QObject {
    Q_OBJECT

private slots:
    void init();
    void rowsArriveAsStructsInKeyOrder();
    void unknownPartnerPolicyIsTheJobs_data();
    void unknownPartnerPolicyIsTheJobs();
    void takenNameIsRefusedBeforeReading();
    void failedCommitRollsBack();
    void tradeValueRule();

private:
    ImportReport run(const QString &format, const ImportRequest &request, RecordingSink &sink);
    QString table(const QByteArray &rows);

    QTemporaryDir mDir;
    std::unique_ptr<Store> mStore;
    int mFiles = 0;
};

void TestImportJob::init()
{
    mStore = std::make_unique<Store>();
    QString error;
    QVERIFY2(mStore->open(mDir.filePath(QStringLiteral("job-%1.db").arg(++mFiles)), &error), qPrintable(error));
}

ImportReport TestImportJob::run(const QString &format, const ImportRequest &request, RecordingSink &sink)
{
    ImportProgress progress;
    ImportJob job(*mStore, request, progress, sink);
    return job.run(*createImporter(format));
}

QString TestImportJob::table(const QByteArray &rows)
{
    const QString path = mDir.filePath(QStringLiteral("invoer-%1-2020.csv").arg(++mFiles));
    writeFile(path, "Goederencode;Land;Invoerwaarde (x 1 000 euro)\n" + rows);
    return path;
}

void TestImportJob::rowsArriveAsStructsInKeyOrder()
{
    ImportRequest request;
    request.files = {table("851712;Japan;3\n010121;China;x\n01012910;Duitsland;1\n01012990;Duitsland;2\n")};
    RecordingSink sink;
    const ImportReport report = run(QStringLiteral("cbs"), request, sink);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QVERIFY(sink.committed);
    QVERIFY(!sink.rolledBack);
    QCOMPARE(report.dataSetId, 7);
    QCOMPARE(sink.begun, report.dataSetName);
    QCOMPARE(sink.files, QStringList{QFileInfo(request.files.front()).fileName()});
    // Key order (year, product, partner by ISO3); the CN8 lines summed into their HS6.
    QCOMPARE(sink.imports.size(), size_t(3));
    QCOMPARE(sink.imports[0].hs6, QByteArray("010121"));
    QCOMPARE(sink.imports[0].country, QByteArray("CHN"));
    QCOMPARE(sink.imports[0].value.status, ValueStatus::Secret);
    QCOMPARE(sink.imports[1].hs6, QByteArray("010129"));
    QCOMPARE(sink.imports[1].country, QByteArray("DEU"));
    QCOMPARE(sink.imports[1].value.value, 3000.0);
    QCOMPARE(sink.imports[2].hs6, QByteArray("851712"));
    QCOMPARE(sink.imports[2].reporter, QByteArray("NLD"));
    QCOMPARE(sink.imports[2].year, 2020);
    // "Opgeslagen" is what the sink was handed.
    QCOMPARE(report.rowsStored, qint64(sink.imports.size() + sink.exports.size()));
}

void TestImportJob::unknownPartnerPolicyIsTheJobs_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("cbs") << QStringLiteral("cbs")
                         << QByteArray("Goederencode;Land;Invoerwaarde\n010121;China;1\n"
                                       "010121;Atlantis;2\n");
    QTest::newRow("comtrade") << QStringLiteral("comtrade")
                              << QByteArray("reporterISO,partnerISO,cmdCode,flowCode,period,primaryValue\n"
                                            "NLD,CHN,010121,M,2020,1\nNLD,Atlantis,010121,M,2020,2\n");
}

// The same policy for every format: refused, with the remedy, unless the request skips the rows.
void TestImportJob::unknownPartnerPolicyIsTheJobs()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, contents);
    const QString path = mDir.filePath(QStringLiteral("partners-%1-2020.csv").arg(++mFiles));
    writeFile(path, contents);
    ImportRequest request;
    request.files = {path};
    RecordingSink refused;
    ImportReport report = run(format, request, refused);
    QVERIFY(!report.ok());
    QCOMPARE(report.remedy, ImportReport::Remedy::MapOrSkipCountries);
    // (Comtrade reads ISO cells in upper case.)
    QVERIFY2(report.error.message.contains(QStringLiteral("\"Atlantis\" niet herkend"), Qt::CaseInsensitive),
             qPrintable(report.error.message));
    QCOMPARE(report.error.row, 3);
    QVERIFY(refused.begun.isEmpty()); // refused before anything was written
    QVERIFY(!refused.committed);

    request.skipUnmatchedCountries = true;
    RecordingSink skipped;
    report = run(format, request, skipped);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.unmatched.size(), 1);
    QCOMPARE(report.unmatched.first(), 1);
    QCOMPARE(report.rowsRejected, 1);
    QCOMPARE(skipped.imports.size(), size_t(1));
    QCOMPARE(skipped.imports.front().country, QByteArray("CHN"));
}

void TestImportJob::takenNameIsRefusedBeforeReading()
{
    ImportRequest request;
    request.files = {table("010121;China;1\n")};
    request.dataSetName = QStringLiteral("bezet");
    QVERIFY(runImport(*mStore, QStringLiteral("cbs"), request).ok());
    request.files = {table("010121;Japan;1\n")};
    RecordingSink sink;
    const ImportReport report = run(QStringLiteral("cbs"), request, sink);
    QVERIFY(!report.ok());
    QCOMPARE(report.remedy, ImportReport::Remedy::ChooseName);
    QCOMPARE(report.rowsRead, 0); // nothing was read
}

void TestImportJob::failedCommitRollsBack()
{
    ImportRequest request;
    request.files = {table("010121;China;1\n")};
    RecordingSink sink;
    sink.failCommit = true;
    const ImportReport report = run(QStringLiteral("cbs"), request, sink);
    QCOMPARE(report.outcome, ImportReport::Outcome::Failed);
    QVERIFY(report.error.message.contains(QStringLiteral("schijf vol")));
    QVERIFY(sink.rolledBack);
}

void TestImportJob::tradeValueRule()
{
    using io::DutchNumber;
    TradeValue value;
    QCOMPARE(ImportJob::tradeValue(DutchNumber::parse(u"1.234,5", DutchNumber::DecimalHint::Comma), value),
             ImportJob::ValueProblem::None);
    QCOMPARE(value.value, 1234.5);
    QCOMPARE(ImportJob::tradeValue(DutchNumber::parse(u"x"), value), ImportJob::ValueProblem::None);
    QCOMPARE(value.status, ValueStatus::Secret);
    QCOMPARE(ImportJob::tradeValue(DutchNumber::parse(u"."), value), ImportJob::ValueProblem::None);
    QCOMPARE(value.status, ValueStatus::Unknown);
    QCOMPARE(ImportJob::tradeValue(DutchNumber::parse(u"-"), value), ImportJob::ValueProblem::None);
    QVERIFY(value.known() && value.value == 0.0);
    QCOMPARE(ImportJob::tradeValue(DutchNumber::parse(u"-5"), value), ImportJob::ValueProblem::Negative);
    QCOMPARE(ImportJob::tradeValue(DutchNumber::parse(u"veel"), value), ImportJob::ValueProblem::NotANumber);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "test_importjob.moc"
