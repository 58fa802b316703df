// Import benchmark (not a test): a full-size synthetic BACI year from CSV to an analysis-ready
// store, against DuckDB computing the same aggregates from the same file; and a 200,000-row CBS
// workbook. Prints wall time and peak memory of each child process (wait4 rusage).
//
//   herkomst-bench-import --cli build/app/herkomst-cli [--rows 11000000] [--dir DIR]
//                         [--duckdb-dir DIR_WITH_node_modules] [--cbs-rows 200000]
// tests/import/bench/run-import-bench.sh installs @duckdb/node-api outside the repository and
// calls this.

#include "bacigenerator.h"
#include "cbsworkbookgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Run {
    int exitCode = -1;
    double seconds = 0.0;
    double peakMiB = 0.0;
    double cpuSeconds = 0.0; // user + system: less sensitive to other load on a shared machine
};

// Runs a program with stdout to a file, measuring wall time and the child's peak RSS.
Run measure(const QStringList &command, const QString &workingDir, const QString &stdoutPath)
{
    std::vector<QByteArray> args;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = stdoutPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const QByteArray cwd = workingDir.toLocal8Bit();
    const QByteArray oldCwd = QDir::currentPath().toLocal8Bit();
    if (!workingDir.isEmpty() && chdir(cwd.constData()) != 0)
        return {};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Run run;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        run.peakMiB = double(usage.ru_maxrss) / 1024.0;
        run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                         double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    posix_spawn_file_actions_destroy(&actions);
    if (chdir(oldCwd.constData()) != 0)
        std::perror("chdir");
    return run;
}

const char *duckdbScript = R"JS(
import { DuckDBInstance } from '@duckdb/node-api';
const file = process.argv[2];
const t0 = performance.now();
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
await con.run(`CREATE TABLE baci AS SELECT * FROM read_csv('${file}', header = true,
  columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'INTEGER', 'v': 'DOUBLE', 'q': 'VARCHAR'})`);
await con.run(`CREATE TABLE imports AS SELECT k, i AS partner, sum(v) * 1000 AS value FROM baci WHERE j = 528 GROUP BY k, i`);
await con.run(`CREATE TABLE exports AS SELECT k, sum(v) * 1000 AS value FROM baci WHERE i = 528 GROUP BY k`);
await con.run(`CREATE TABLE world AS SELECT k, i AS exporter, sum(v) * 1000 AS value FROM baci GROUP BY k, i`);
await con.run(`CREATE TABLE hhi AS SELECT k, sum((value / total) * (value / total)) AS hhi FROM
  (SELECT k, value, sum(value) OVER (PARTITION BY k) AS total FROM world) GROUP BY k`);
const counts = await con.runAndReadAll(`SELECT (SELECT count(*) FROM baci), (SELECT count(*) FROM imports),
  (SELECT count(*) FROM exports), (SELECT count(*) FROM world), (SELECT count(*) FROM hhi)`);
console.log(JSON.stringify({ rows: counts.getRows()[0].map(Number), seconds: (performance.now() - t0) / 1000 }));
)JS";

void printRun(const char *label, const Run &run)
{
    std::printf("%-44s %8.2f s wall %8.2f s cpu %7.0f MiB   exit %d\n", label, run.seconds, run.cpuSeconds, run.peakMiB,
                run.exitCode);
}

const char *verdict(bool met)
{
    return met ? "met" : "NOT met";
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
    parser.addOption({QStringLiteral("cbs-rows"), QStringLiteral("CBS workbook rows"), QStringLiteral("n"),
                      QStringLiteral("200000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("work folder (kept)"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("duckdb-dir"), QStringLiteral("folder with node_modules/@duckdb/node-api"),
                      QStringLiteral("path")});
    parser.process(app);
    const QString cli = QFileInfo(parser.value(QStringLiteral("cli"))).absoluteFilePath();
    if (!QFileInfo(cli).isExecutable()) {
        std::fprintf(stderr, "--cli must point at herkomst-cli\n");
        return 1;
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? QDir(parser.value(QStringLiteral("dir"))).absolutePath()
                                                            : temporary.path();
    QDir().mkpath(dir);

    BaciGenerator generator;
    generator.targetRows = parser.value(QStringLiteral("rows")).toLongLong();
    QString error;
    QString baci = dir + QStringLiteral("/BACI_HS17_Y%1_V202401.csv").arg(generator.year);
    QElapsedTimer timer;
    if (!QFileInfo::exists(baci)) {
        timer.start();
        baci = generator.write(dir, &error);
        if (baci.isEmpty()) {
            std::fprintf(stderr, "generating BACI failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated %s in %.1f s\n", qPrintable(baci), double(timer.elapsed()) / 1000.0);
    }
    qint64 lines = 0;
    {
        QFile f(baci);
        f.open(QIODevice::ReadOnly);
        while (!f.atEnd())
            lines += f.read(1 << 22).count('\n');
    }
    std::printf("BACI file: %lld data rows, %.0f MB\n\n", lines - 1, double(QFileInfo(baci).size()) / 1e6);

    const QString db = dir + QStringLiteral("/bench.db");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
    const QString log = dir + QStringLiteral("/out.txt");
    const Run import = measure({cli, QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                QStringLiteral("baci"), baci},
                               {}, log);
    printRun("herkomst-cli import (BACI -> store)", import);
    const Run analyse = measure({cli, QStringLiteral("analyse"), QStringLiteral("--db"), db,
                                 QStringLiteral("--reporter"), QStringLiteral("NLD"), QStringLiteral("--json")},
                                {}, dir + QStringLiteral("/analysis.json"));
    printRun("herkomst-cli analyse --json (funnel)", analyse);

    Run duck;
    if (parser.isSet(QStringLiteral("duckdb-dir"))) {
        const QString nodeDir = QDir(parser.value(QStringLiteral("duckdb-dir"))).absolutePath();
        QFile script(nodeDir + QStringLiteral("/bench-aggregates.mjs"));
        script.open(QIODevice::WriteOnly);
        script.write(duckdbScript);
        script.close();
        duck =
            measure({QStringLiteral("node"), script.fileName(), baci}, nodeDir, dir + QStringLiteral("/duckdb.json"));
        printRun("DuckDB (node-api): same aggregates", duck);
        QFile result(dir + QStringLiteral("/duckdb.json"));
        result.open(QIODevice::ReadOnly);
        std::printf("  DuckDB result: %s", result.readAll().constData());
    }
    bool goalsMet = import.exitCode == 0;
    if (duck.exitCode == 0 && import.exitCode == 0) {
        const double time = import.seconds / duck.seconds;
        const double memory = import.peakMiB / duck.peakMiB;
        std::printf("\nHerkomst / DuckDB: wall time %.2f, cpu time %.2f, peak memory %.2f\n", time,
                    import.cpuSeconds / duck.cpuSeconds, memory);
        std::printf("goal BACI wall time   <= 0.50 x DuckDB: %s (%.2f)\n", verdict(time <= 0.5), time);
        std::printf("goal BACI peak memory <= 0.50 x DuckDB: %s (%.2f)\n", verdict(memory <= 0.5), memory);
        goalsMet = time <= 0.5 && memory <= 0.5;
        double load[3] = {};
        if (getloadavg(load, 3) == 3)
            std::printf("load average during the run: %.2f (other processes share the cores)\n", load[0]);
    }

    // CBS: one workbook of imports by product x country, 200,000 rows.
    CbsWorkbookGenerator cbs;
    cbs.rows = parser.value(QStringLiteral("cbs-rows")).toInt();
    const QString workbook = cbs.write(dir + QStringLiteral("/cbs-bench.xlsx"), &error);
    if (workbook.isEmpty()) {
        std::fprintf(stderr, "generating the CBS workbook failed: %s\n", qPrintable(error));
        return 1;
    }
    const QString cbsDb = dir + QStringLiteral("/cbs-bench.db");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cbsDb + suffix);
    std::printf("\n");
    const Run cbsRun = measure({cli, QStringLiteral("import"), QStringLiteral("--db"), cbsDb,
                                QStringLiteral("--format"), QStringLiteral("cbs"), workbook},
                               {}, dir + QStringLiteral("/cbs-out.txt"));
    printRun(qPrintable(QStringLiteral("herkomst-cli import (CBS XLSX, %1 rows)").arg(cbs.rows)), cbsRun);
    const bool cbsMet = cbsRun.exitCode == 0 && cbsRun.seconds < 2.0;
    std::printf("goal CBS %d rows < 2 s wall: %s (%.2f s)\n", cbs.rows, verdict(cbsMet), cbsRun.seconds);
    // Exit 0 only when every goal is met: the script can gate on it.
    return goalsMet && cbsMet ? 0 : 1;
}
