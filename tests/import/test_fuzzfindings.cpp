// What the fuzz targets (tests/fuzz, docs/design.md §10) found in the import formats, one test
// per finding, named after it. Each case is also in the fuzz target's seed corpus.

#include "flowtesthelpers.h"
#include "importtesthelpers.h"

#include "import/baciline.h"
#include "import/importreport.h"
#include "import/importrequest.h"
#include "store/store.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

using namespace herkomst;
using flowtest::BadCase;

namespace {

const QByteArray comextHeader = "DECLARANT,DECLARANT_ISO,PARTNER,PARTNER_ISO,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,FLOW,"
                                "STAT_REGIME,SUPP_UNIT,PERIOD,VALUE_IN_EUROS,QUANTITY_IN_KG,SUP_QUANTITY\n";
QByteArray comextRow(const char *period, const char *value)
{
    return QByteArray("3,NL,0,CN,E,85171300,764,1,1,,") + period + ',' + value + ",12,\n";
}

const QByteArray comtradeHeader =
    "reporterISO,partnerCode,partnerISO,partnerDesc,flowCode,cmdCode,period,primaryValue\n";

// A refused input and the format it is for.
struct FormatCase {
    const char *format;
    BadCase bad;
};

// fuzz_cbsimport, fuzz_baciimport, fuzz_comextimport: numbers that are finite in the file became
// infinite in the store, by a unit ("x 1 000 euro", BACI's thousands) or by summing CN8 lines or
// months; the import said "opgeslagen" and `analyse` showed an import value "inf". A value no
// trade flow can have is refused at its row and column, and so every sum stays finite.
std::vector<FormatCase> overflowCases(const QString &baciCodes)
{
    const auto codes = [baciCodes](ImportRequest &request) { request.countriesFile = baciCodes; };
    return {
        {"cbs",
         {"cbs: CN8 lines summed into infinity", "invoer-2020.csv",
          "Goederencode;Land;Invoerwaarde\n01012110;China;1e308\n01012190;China;1e308\n", "te groot", 2, 3}},
        {"cbs",
         {"cbs: a unit of thousands scales into infinity", "invoer-2020.csv",
          "Invoer 2020\nWaarde in x 1 000 euro\nGoederencode;Land;Invoerwaarde\n010121;China;1e306\n", "te groot", 4,
          3}},
        {"cbs",
         {"cbs: a Dutch number far beyond any trade flow", "invoer-2020.csv",
          "Goederencode;Land;Invoerwaarde\n010121;China;5\n010121;Japan;\"1.000.000.000.000.000.000,5\"\n", "te groot",
          3, 3}},
        {"comext",
         {"comext: months summed into infinity", "full_v2_2020.dat",
          comextHeader + comextRow("202001", "1e308") + comextRow("202002", "1e308"), "te groot", 2, 12}},
        {"comtrade",
         {"comtrade: a value beyond any trade flow", "comtrade-2020.csv",
          comtradeHeader + "NLD,156,CHN,China,M,851713,2020,5e307\n", "te groot", 2, 8}},
        {"baci",
         {"baci: thousands of USD scaled into infinity", "BACI_HS17_Y2020_V202301.csv",
          "t,i,j,k,v,q\n2020,156,528,851712,1e307,1\n", "te groot", 2, 5, codes}},
        {"baci",
         {"baci: a long row on the careful path", "BACI_HS17_Y2020_V202301.csv",
          "t,i,j,k,v,q\n2020, 156, 528, 851712, 2e306, 1\n", "te groot", 2, 5, codes}},
    };
}

} // namespace

class TestImportFuzzFindings : public QObject {
    Q_OBJECT

private slots:
    void valueOverflowsToInfinity_data()
    {
        QTest::addColumn<int>("index");
        const std::vector<FormatCase> cases = overflowCases({});
        for (size_t n = 0; n < cases.size(); ++n)
            QTest::newRow(cases[n].bad.name) << int(n);
    }

    void valueOverflowsToInfinity()
    {
        QFETCH(int, index);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString codes = dir.filePath(QStringLiteral("country_codes_V202301.csv"));
        importtest::writeFile(codes, importtest::baciCountryCodes(false));
        const QString store = dir.filePath(QStringLiteral("store.db"));
        // The store already holds a data set: a refused import must leave it as it was.
        const QString earlier = dir.filePath(QStringLiteral("eerder-2019.csv"));
        importtest::writeFile(earlier, "Goederencode;Land;Invoerwaarde\n010121;China;5\n");
        flowtest::seedStore(QStringLiteral("cbs"), store, earlier);
        const FormatCase c = overflowCases(codes)[size_t(index)];
        QDir(dir.path()).mkdir(QStringLiteral("case"));
        flowtest::expectRefused(QString::fromLatin1(c.format), c.bad, store, dir.filePath(QStringLiteral("case")));
    }

    // fuzz_cbsimport, finding-request-year-4040: a CBS table without a year column took the
    // request's year as it came, 4040, into the store. A request's year is a trade year or refused.
    void requestYearOutsideTheTradePeriod()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString table = dir.filePath(QStringLiteral("invoer.csv"));
        importtest::writeFile(table, "Goederencode;Land;Invoerwaarde\n010121;China;1\n");
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("store.db")), &error), qPrintable(error));
        const importtest::StoreSnapshot before = importtest::snapshot(store);
        ImportRequest request;
        request.files = {table};
        request.year = 4040;
        const ImportReport report = importtest::runImport(store, QStringLiteral("cbs"), request);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.message.contains(QStringLiteral("4040")), qPrintable(report.error.message));
        QCOMPARE(importtest::snapshot(store), before);
        request.year = 2020; // the same table with a trade year imports
        QVERIFY(importtest::runImport(store, QStringLiteral("cbs"), request).ok());
    }

    // fuzz_baciline, finding-value-and-spaces-to-the-margin: a value of 130 digits and spaces up
    // to the margin left the fast path at its end, where it read one byte past it to look for the
    // quantity (ASan, heap-buffer-overflow). It leaves such a row to the careful path instead.
    void baciFastRowStopsAtItsMargin()
    {
        const size_t margin = size_t(baciline::fastRowMargin);
        QByteArray row = "2171,1,8,85171,1" + QByteArray(128, '4') + ".,";
        row += QByteArray(qsizetype(margin) - row.size(), ' ');
        QCOMPARE(size_t(row.size()), margin);
        const std::unique_ptr<char[]> buffer(new char[margin]); // exactly the margin: ASan sees a read past it
        std::memcpy(buffer.get(), row.constData(), margin);
        uint32_t t = 0, i = 0, j = 0, k = 0;
        double v = 0.0;
        QCOMPARE(baciline::fastRow(buffer.get(), t, i, j, k, v), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestImportFuzzFindings)
#include "test_fuzzfindings.moc"
