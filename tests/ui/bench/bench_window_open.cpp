// Benchmark (not a test): how soon the window shows when it opens a saved analysis, and how
// responsive it stays while the data load. The peer, measured in the same run, is what Herkomst
// 0.1 did: load the statistics on the GUI thread, then show the window.
// Usage: QT_QPA_PLATFORM=offscreen bench_window_open [--db STORE [--dataset NAME]] [--runs N]
//        [--grab-loading PNG]  (the window 0.4 s into the first load, to look at its loading state)
// Without --db it opens an analysis of the embedded demo data.
#include "benchwindow.h"
#include "document/analysisdocument.h"
#include "window/mainwindow.h"

#include "session/savedanalysis.h"
#include "store/store.h"

#include <QApplication>
#include <QBasicTimer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <vector>

using namespace herkomst;

namespace {

// The longest the event loop went without turning while `busy` held: what a user feels as a freeze.
class StallMeter : public QObject {
public:
    void start()
    {
        mLongest = 0;
        mSince.start();
        mTimer.start(5, this);
    }
    double stop()
    {
        mTimer.stop();
        return std::max(mLongest, double(mSince.nsecsElapsed()) / 1e6);
    }

protected:
    void timerEvent(QTimerEvent *) override
    {
        mLongest = std::max(mLongest, double(mSince.nsecsElapsed()) / 1e6);
        mSince.restart();
    }

private:
    QBasicTimer mTimer;
    QElapsedTimer mSince;
    double mLongest = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    bench::useOffscreenUnlessChosen();
    QApplication app(argc, argv);
    bench::prepareApplication(app, QStringLiteral("bench_window_open"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("store"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("data set"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("grab-loading"), QStringLiteral("screenshot"), QStringLiteral("png")});
    parser.process(app);
    QTextStream out(stdout);

    // The saved analysis both ways open: CBS 2021 criteria on the store's data set (or the demo).
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.herkomst"));
    SavedAnalysis analysis;
    analysis.state = AnalysisState::defaults();
    analysis.state.selection.dataSet = parser.value(QStringLiteral("dataset"));
    QString error;
    {
        Store store;
        const bool withStore = parser.isSet(QStringLiteral("db"));
        if (withStore && !store.open(parser.value(QStringLiteral("db")), &error)) {
            out << "cannot open the store: " << error << '\n';
            return 1;
        }
        if (!recordProvenance(analysis, withStore ? &store : nullptr, &error) ||
            !writeSavedAnalysis(analysis, file, &error)) {
            out << error << '\n';
            return 1;
        }
    }

    std::vector<double> peerShown;
    std::vector<double> shown;
    std::vector<double> loaded;
    std::vector<double> stalls;
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        {
            // Peer: the statistics first, on this thread, then the window.
            timer.start();
            std::unique_ptr<Store> store;
            if (!analysis.storePath.isEmpty()) {
                store = std::make_unique<Store>();
                store->open(analysis.storePath, &error);
            }
            if (!loadStatistics(store.get(), analysis.state.selection, 1, &error)) {
                out << error << '\n';
                return 1;
            }
            ui::MainWindow window;
            window.resize(1600, 1000);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            peerShown.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        {
            // Herkomst now: the window opens the analysis, shows, and the data arrive.
            timer.start();
            ui::MainWindow window;
            window.resize(1600, 1000);
            if (!window.openAnalysis(file))
                return 1;
            StallMeter stall;
            stall.start();
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            shown.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (run == 0 && parser.isSet(QStringLiteral("grab-loading"))) {
                QTimer::singleShot(400, &window, [&window, &parser] {
                    window.grab().save(parser.value(QStringLiteral("grab-loading")));
                });
            }
            while (window.document()->isLoading())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            loaded.push_back(double(timer.nsecsElapsed()) / 1e6);
            stalls.push_back(stall.stop());
            if (window.document()->result().steps.empty() || window.document()->result().steps[0].kept == 0) {
                out << "the analysis did not load\n";
                return 1;
            }
        }
    }
    const double peer = bench::quantile(peerShown, 0.5);
    const double now = bench::quantile(shown, 0.5);
    out << "Herkomst window, opening a saved analysis ("
        << (analysis.storePath.isEmpty() ? QStringLiteral("demo data") : analysis.storePath) << ", " << runs
        << " runs, medians)\n";
    // The peer's window shows without the analysis in it, so its time is a lower bound for 0.1.
    out << QStringLiteral("  window shown, statistics loaded first (0.1, peer): %1 ms (a lower bound)\n")
               .arg(peer, 0, 'f', 1);
    out << QStringLiteral("  window shown, statistics loading behind it (now): %1 ms  (%2 x the peer)\n")
               .arg(now, 0, 'f', 1)
               .arg(now / peer, 0, 'f', 2);
    out << QStringLiteral("  analysis on screen (now):                        %1 ms\n")
               .arg(bench::quantile(loaded, 0.5), 0, 'f', 1);
    out << QStringLiteral("  longest event-loop stall while loading (now):    %1 ms\n")
               .arg(bench::quantile(stalls, 0.5), 0, 'f', 1);
    return 0;
}
