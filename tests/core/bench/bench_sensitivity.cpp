// Sensitivity benchmark (issue 15 item 1) on a generated store of about 5,400 NLD products:
//  - end to end, herkomst-cli sensitivity with a 61-point sweep against one herkomst-cli analyse
//    of the same store, alternated in the same run (goal: at most 3x);
//  - in core, a 50x50 grid from the statistics (goal: under 100 ms), against the peer of running
//    the funnel at each of the 2,500 points;
//  - what a view redoes at every threshold change: a 61-point curve per criterion, the 50x50 map,
//    every product's margins and the robust core (p50/p95 against the 16 ms frame budget).
// The store: a BACI year written by BaciGenerator (5,420 products, 60 countries, about 12 % of
// exporter-importer-product combinations, so NLD imports nearly every product from several
// partners) and imported with herkomst-cli import; kept in --dir, so later runs start at once.
//   bench_sensitivity --cli build/app/herkomst-cli [--dir DIR] [--runs 7]
#include "analysis/margins.h"
#include "analysis/robustcore.h"
#include "analysis/sensitivity.h"
#include "bacigenerator.h"
#include "domain/preset.h"
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

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(double(values.size()) * fraction))];
}

double median(const std::vector<double> &values)
{
    return percentile(values, 0.5);
}

template <typename F>
double millisecondsOf(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Wall time of one herkomst-cli run, output discarded; negative when it failed.
double runCli(const QString &cli, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(cli, arguments);
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "herkomst-cli %s failed: %s\n", qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
        return -1.0;
    }
    return seconds;
}

bool buildStore(const QString &cli, const QString &dir, const BaciGenerator &generator, const QString &db)
{
    if (!QFileInfo(cli).isExecutable()) {
        std::fprintf(stderr, "no store yet: --cli must point at herkomst-cli to build it\n");
        return false;
    }
    QString error;
    const QString baci = generator.write(dir, &error);
    if (baci.isEmpty()) {
        std::fprintf(stderr, "generating BACI failed: %s\n", qPrintable(error));
        return false;
    }
    QProcess import;
    import.setProcessChannelMode(QProcess::ForwardedChannels);
    import.start(cli, {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                       QStringLiteral("baci"), baci});
    import.waitForFinished(-1);
    QFile::remove(baci);
    if (import.exitStatus() != QProcess::NormalExit || import.exitCode() != 0) {
        QFile::remove(db);
        std::fprintf(stderr, "import failed\n");
        return false;
    }
    return true;
}

std::vector<double> range(double from, double to, double step)
{
    std::vector<double> values;
    thresholdValues({from, to, step}, &values);
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cli"), QStringLiteral("herkomst-cli"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("work folder (kept)"), QStringLiteral("path"),
                      QDir::tempPath() + QStringLiteral("/herkomst-bench-sensitivity")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("measured runs"), QStringLiteral("n"), QStringLiteral("7")});
    parser.process(app);
    const QString dir = QDir(parser.value(QStringLiteral("dir"))).absolutePath();
    QDir().mkpath(dir);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString cli = QFileInfo(parser.value(QStringLiteral("cli"))).absoluteFilePath();

    BaciGenerator generator;
    generator.products = 5420;
    generator.countries = 60;
    generator.targetRows = qint64(0.12 * 60 * 59 * generator.products);
    generator.year = 2020;
    const QString db = dir + QStringLiteral("/sensitivity-%1.sqlite").arg(generator.products);
    if (!QFileInfo::exists(db) && !buildStore(cli, dir, generator, db))
        return 1;

    // In core: the statistics once, as the window holds them.
    Store store;
    StoreError openError;
    if (!store.open(db, Store::Mode::ReadOnly, &openError)) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(openError.message()));
        return 1;
    }
    DataSelection selection;
    selection.year = generator.year;
    QString error;
    const std::optional<StatisticsSet> loaded = loadStatistics(&store, selection, 1, &error);
    if (!loaded) {
        std::fprintf(stderr, "loadStatistics failed: %s\n", qPrintable(error));
        return 1;
    }
    const StatisticsSet &set = *loaded;
    const AnalysisSettings settings{defaultPreset().criteria, {}};
    const AnalysisResult result = runFunnel(set, settings);
    std::printf("bench_sensitivity: %s, %zu NLD products; CBS 2021 funnel:", qPrintable(db), set.primary.rows.size());
    for (const FunnelStep &step : result.steps)
        std::printf(" %d", step.kept);
    std::printf("\n\n");

    // End to end: analyse against a 61-point sweep of the same store, alternated.
    const QStringList analyse{QStringLiteral("analyse"), QStringLiteral("--db"), db};
    const QStringList sweep{QStringLiteral("sensitivity"), QStringLiteral("--db"), db, QStringLiteral("--vary"),
                            QStringLiteral("supplier_share=20%:80%:1%")};
    std::vector<double> analyseSeconds, sweepSeconds, analyseJson, sweepJson;
    if (QFileInfo(cli).isExecutable()) {
        for (int run = 0; run <= runs; ++run) { // run 0 warms the page cache
            const double a = runCli(cli, analyse), s = runCli(cli, sweep);
            const double aj = runCli(cli, analyse + QStringList{QStringLiteral("--json")});
            const double sj = runCli(cli, sweep + QStringList{QStringLiteral("--json")});
            if (a < 0 || s < 0 || aj < 0 || sj < 0)
                return 1;
            if (run > 0) {
                analyseSeconds.push_back(a);
                sweepSeconds.push_back(s);
                analyseJson.push_back(aj);
                sweepJson.push_back(sj);
            }
        }
        const double ratio = median(sweepSeconds) / median(analyseSeconds);
        std::printf("end to end, median of %d runs (herkomst-cli, page cache warm)\n", runs);
        std::printf("  analyse                                   %7.3f s\n", median(analyseSeconds));
        std::printf("  sensitivity, 61-point sweep               %7.3f s\n", median(sweepSeconds));
        std::printf("  ratio                                     %7.2f x  (goal <= 3.00: %s)\n", ratio,
                    ratio <= 3.0 ? "met" : "NOT met");
        std::printf("  analyse --json (products with margins)    %7.3f s\n", median(analyseJson));
        std::printf("  sensitivity --json, 61-point sweep        %7.3f s  (%.2f x analyse --json)\n\n",
                    median(sweepJson), median(sweepJson) / median(analyseJson));
    } else {
        std::printf("end to end skipped: --cli does not point at herkomst-cli\n\n");
    }

    const std::vector<double> shares61 = range(0.2, 0.8, 0.01);
    const std::vector<double> shares50 = range(0.26, 0.75, 0.01);
    const std::vector<double> hhis50 = range(0.01, 0.50, 0.01);
    std::vector<double> funnel, build, sweep61, gridScratch, gridOnly, margins, core;
    int checksum = 0;
    for (int i = 0; i < 50; ++i) {
        funnel.push_back(millisecondsOf([&] { checksum += runFunnel(set, settings).finalCount(); }));
        std::optional<SensitivityModel> model;
        build.push_back(millisecondsOf([&] { model.emplace(set, settings); }));
        sweep61.push_back(millisecondsOf([&] {
            checksum += model->sweep(settings.criteria, {0, shares61}).finalKept(30);
        }));
        gridOnly.push_back(millisecondsOf([&] {
            checksum += model->grid(settings.criteria, {0, shares50}, {2, hhis50}).finalKept(24, 24);
        }));
        margins.push_back(millisecondsOf([&] { checksum += int(productMargins(set, settings, result).size()); }));
        core.push_back(millisecondsOf([&] {
            checksum += int(robustCore(set, settings, {{0, 0.4, 0.6}, {2, 0.15, 0.35}}).rows.size());
        }));
        gridScratch.push_back(millisecondsOf([&] {
            const SensitivityModel fresh(set, settings);
            checksum += fresh.grid(settings.criteria, {0, shares50}, {2, hhis50}).finalKept(24, 24);
        }));
    }
    // The peer: the funnel run at every point.
    const double naiveSweep = millisecondsOf([&] {
        AnalysisSettings at = settings;
        for (double t : shares61) {
            at.criteria[0].threshold = t;
            checksum += runFunnel(set, at).finalCount();
        }
    });
    const double naiveGrid = millisecondsOf([&] {
        AnalysisSettings at = settings;
        for (double s : shares50) {
            for (double h : hhis50) {
                at.criteria[0].threshold = s;
                at.criteria[2].threshold = h;
                checksum += runFunnel(set, at).finalCount();
            }
        }
    });
    std::printf("in core, median of 50 (ms)\n");
    std::printf("  runFunnel once                            %8.3f\n", median(funnel));
    std::printf("  SensitivityModel, once per data/criteria  %8.3f\n", median(build));
    std::printf("  61-point sweep on the model               %8.3f   (runFunnel per point: %.1f ms, %.0f x)\n",
                median(sweep61), naiveSweep, naiveSweep / median(sweep61));
    std::printf("  50x50 grid on the model                   %8.3f   (runFunnel per point: %.1f ms, %.0f x)\n",
                median(gridOnly), naiveGrid, naiveGrid / median(gridOnly));
    std::printf("  margins of every product                  %8.3f\n", median(margins));
    std::printf("  robust core, share 40-60 %%, HHI 0.15-0.35 %8.3f\n", median(core));
    std::printf("  50x50 grid from the statistics            %8.3f   max %.3f  (goal < 100 ms: %s)\n\n",
                median(gridScratch), percentile(gridScratch, 1.0),
                percentile(gridScratch, 1.0) < 100.0 ? "met" : "NOT met");

    // What a view redoes after a threshold change (slider on the supplier share moving 40..70 %).
    const SensitivityModel model(set, settings);
    std::vector<double> live;
    AnalysisSettings current = settings;
    for (int i = 0; i < 300; ++i) {
        current.criteria[0].threshold = 0.40 + 0.30 * (i % 100) / 100.0;
        live.push_back(millisecondsOf([&] {
            const AnalysisResult now = runFunnel(set, current);
            checksum += model.sweep(current.criteria, {0, shares61}).finalKept(0);
            checksum += model.sweep(current.criteria, {1, range(0.0, 3.0, 0.05)}).finalKept(0);
            checksum += model.sweep(current.criteria, {2, range(0.0, 0.6, 0.01)}).finalKept(0);
            checksum += model.grid(current.criteria, {0, shares50}, {2, hhis50}).finalKept(0, 0);
            checksum += int(productMargins(set, current, now).size());
            checksum += int(robustCore(set, current, {{0, 0.4, 0.6}, {2, 0.15, 0.35}}).rows.size());
        }));
    }
    std::printf("a threshold change in a view (funnel, 3 curves of 61 points, 50x50 map, margins, robust core)\n");
    std::printf("  p50 %.2f ms, p95 %.2f ms over %zu changes (frame budget p95 < 16 ms: %s)  [checksum %d]\n",
                median(live), percentile(live, 0.95), live.size(), percentile(live, 0.95) < 16.0 ? "met" : "NOT met",
                checksum);
    return 0;
}
