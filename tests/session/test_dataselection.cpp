// What a data selection loads, and how it says what is not there (core/session/dataselection).

#include "session/dataselection.h"
#include "store/datasetwriter.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;

namespace {

// One data set with NLD's imports in 2019 and 2020, and DEU's exports only.
bool makeStore(Store &store, const QString &path, QString *error)
{
    if (!store.open(path, error))
        return false;
    DataSetInfo info;
    info.name = QStringLiteral("CBS 2020");
    info.source = QStringLiteral("CBS");
    info.currency = QStringLiteral("EUR");
    DataSetWriter writer(store);
    bool ok = writer.begin(info);
    ok = ok && writer.addProduct({QStringLiteral("854231"), QStringLiteral("Processors"), {}, {}});
    ok = ok && writer.addImport("NLD", 2019, "854231", "CHN", TradeValue{900.0});
    ok = ok && writer.addImport("NLD", 2020, "854231", "CHN", TradeValue{1000.0});
    ok = ok && writer.addExport("DEU", 2020, "854231", TradeValue{10.0});
    ok = ok && writer.commit();
    if (!ok)
        *error = writer.lastError();
    return ok;
}

} // namespace

class TestDataSelection : public QObject {
    Q_OBJECT

private slots:
    void latestYearOfTheReporter()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(makeStore(store, dir.filePath(QStringLiteral("s.db")), &error), qPrintable(error));
        DataSelection selection; // year 0: the latest with imports
        const std::optional<StatisticsSet> set = loadStatistics(&store, selection, 1, &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->primary.data->year, 2020);
    }

    // Issue 14 item 9: with no imports for the reporter in any year, `analyse` said "in 0", the
    // year it had not found. It now says that no year has them, and which reporters do.
    void reporterWithoutImportsNamesNoYear()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(makeStore(store, dir.filePath(QStringLiteral("s.db")), &error), qPrintable(error));
        DataSelection selection;
        selection.reporter = QStringLiteral("DEU"); // exports only
        QVERIFY(!loadStatistics(&store, selection, 1, &error));
        QVERIFY2(!error.contains(QLatin1String(" 0")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("geen enkel jaar invoer van DEU")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("wel van: NLD")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("CBS 2020")), qPrintable(error));

        // A year asked for is named as it was asked.
        selection.year = 2020;
        QVERIFY(!loadStatistics(&store, selection, 1, &error));
        QVERIFY2(error.contains(QLatin1String("DEU in 2020")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDataSelection)
#include "test_dataselection.moc"
