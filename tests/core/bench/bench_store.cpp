// Store benchmark: opening an 11-million-row BACI store for analysis (loadStatistics end to end
// for NLD, one year) against the sqlite3 shell computing the same aggregates over the same tables,
// measured in the same run. Also times the first open of the file in a process (with its
// PRAGMA quick_check) and the full integrity check of herkomst-cli check.
//   bench_store --cli build/app/herkomst-cli [--rows 11000000] [--dir DIR] [--runs 5]
// The generated BACI year and its store are kept in DIR, so later runs start at once.
#include "bacigenerator.h"
#include "session/dataselection.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace herkomst;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The aggregates the analysis needs, as a sqlite3 shell user would write them: NLD's imports by
// product and partner with the product names, its exports by product, and per product the
// world-market total, sum of squares (for the HHI) and largest exporter.
QByteArray shellAggregates(int year)
{
    return QStringLiteral(
               ".output /dev/null\n"
               "SELECT i.hs6, p.description_nl, p.description_en, p.industry, i.partner, i.value, i.status "
               "FROM import_flow i LEFT JOIN product p ON p.dataset_id = i.dataset_id AND p.hs6 = i.hs6 "
               "WHERE i.dataset_id = 1 AND i.reporter = 'NLD' AND i.year = %1;\n"
               "SELECT hs6, value, status FROM export_flow WHERE dataset_id = 1 AND reporter = 'NLD' AND year = %1;\n"
               "SELECT hs6, sum(value), sum(value * value), max(value), exporter FROM world_export "
               "WHERE dataset_id = 1 AND year = %1 AND status = 0 GROUP BY hs6;\n")
        .arg(year)
        .toUtf8();
}

double runShell(const QString &db, const QByteArray &sql)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), db});
    shell.write(sql);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (shell.exitCode() != 0)
        std::fprintf(stderr, "sqlite3: %s\n", shell.readAllStandardError().constData());
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cli"), QStringLiteral("herkomst-cli"), QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("rows"), QStringLiteral("BACI rows"), QStringLiteral("n"), QStringLiteral("11000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("work folder (kept)"), QStringLiteral("path"),
                      QDir::tempPath() + QStringLiteral("/herkomst-bench-store")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("measured runs"), QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const QString dir = QDir(parser.value(QStringLiteral("dir"))).absolutePath();
    QDir().mkpath(dir);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    BaciGenerator generator;
    generator.targetRows = parser.value(QStringLiteral("rows")).toLongLong();
    const QString db = dir + QStringLiteral("/baci-%1.sqlite").arg(generator.targetRows);
    if (!QFileInfo::exists(db)) {
        const QString cli = QFileInfo(parser.value(QStringLiteral("cli"))).absoluteFilePath();
        if (!QFileInfo(cli).isExecutable()) {
            std::fprintf(stderr, "no store yet: --cli must point at herkomst-cli to build it\n");
            return 1;
        }
        QString error;
        QElapsedTimer timer;
        timer.start();
        const QString baci = generator.write(dir, &error);
        if (baci.isEmpty()) {
            std::fprintf(stderr, "generating BACI failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated %s in %.1f s\n", qPrintable(baci), double(timer.elapsed()) / 1000.0);
        timer.restart();
        QProcess import;
        import.setProcessChannelMode(QProcess::ForwardedChannels);
        import.start(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                           QStringLiteral("baci"), baci});
        import.waitForFinished(-1);
        if (import.exitStatus() != QProcess::NormalExit || import.exitCode() != 0) {
            QFile::remove(db);
            std::fprintf(stderr, "import failed\n");
            return 1;
        }
        QFile::remove(baci); // the store is what the benchmark reads
        std::printf("imported into %s in %.1f s\n", qPrintable(db), double(timer.elapsed()) / 1000.0);
    }
    std::printf("store: %s, %.0f MB\n", qPrintable(db), double(QFileInfo(db).size()) / 1e6);

    DataSelection selection;
    selection.reporter = QStringLiteral("NLD");
    selection.year = generator.year;
    const QByteArray sql = shellAggregates(generator.year);

    // The check on opening runs once per process for an unchanged file: time it on its own.
    double firstOpen = 0.0, fullCheck = 0.0;
    {
        runShell(db, sql); // warm the page cache first
        QElapsedTimer timer;
        timer.start();
        Store store;
        StoreError error;
        if (!store.open(db, Store::Mode::ReadOnly, &error)) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(error.message()));
            return 1;
        }
        firstOpen = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        const std::optional<QStringList> findings = store.check(Store::Check::Full, &error);
        fullCheck = double(timer.nsecsElapsed()) / 1e9;
        if (!findings || !findings->isEmpty()) {
            std::fprintf(stderr, "the store is damaged\n");
            return 1;
        }
    }

    std::vector<double> shell, load;
    size_t products = 0;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the page cache
        const double shellSeconds = runShell(db, sql);
        QElapsedTimer timer;
        timer.start();
        Store store;
        StoreError openError;
        if (!store.open(db, Store::Mode::ReadOnly, &openError)) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(openError.message()));
            return 1;
        }
        QString error;
        const std::optional<StatisticsSet> set = loadStatistics(&store, selection, 1, &error);
        const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!set) {
            std::fprintf(stderr, "loadStatistics failed: %s\n", qPrintable(error));
            return 1;
        }
        products = set->primary.rows.size();
        if (run > 0) {
            shell.push_back(shellSeconds);
            load.push_back(loadSeconds);
        }
    }
    const double shellMedian = median(shell), loadMedian = median(load);
    std::printf("\nmedian of %d runs, page cache warm, %zu NLD products\n", runs, products);
    std::printf("  sqlite3 shell, same aggregates     %7.3f s\n", shellMedian);
    std::printf("  open + loadStatistics (NLD, %d)  %7.3f s\n", generator.year, loadMedian);
    std::printf("  ratio                              %7.2f x  (goal <= 2.00: %s)\n", loadMedian / shellMedian,
                loadMedian <= 2.0 * shellMedian ? "met" : "NOT met");
    std::printf("  first open, with PRAGMA quick_check %7.3f s  (goal < 1 s: %s)\n", firstOpen,
                firstOpen < 1.0 ? "met" : "NOT met");
    std::printf("  PRAGMA integrity_check (check)      %7.3f s\n", fullCheck);
    return 0;
}
