// Benchmark (not a test): changing the analysis year in the window (issue 16, item 7).
//  - A year not loaded before: from the change to the statistics on the GUI thread (the worker
//    opened the store and loaded the year), against the peer measured in the same run: opening
//    the store and loading that year's statistics on this thread, as the command line does; then
//    the funnel, the views and the repaint on top.
//  - A year loaded before: from the change to every view repainted, against the frame budget
//    (p95 < 16 ms), as for a threshold change.
// Usage: QT_QPA_PLATFORM=offscreen bench_year_change [--db STORE [--dataset NAME]] [--reporter ISO3]
//        [--changes N]
// Without --db it uses the embedded demo data (three synthetic years).
#include "benchwindow.h"
#include "document/analysisdocument.h"
#include "window/mainwindow.h"

#include "session/dataselection.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace herkomst;

namespace {

// Until the document has the year and the window has drawn it.
void waitShown(const ui::AnalysisDocument &document)
{
    while (document.isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents(); // queued replots and the repaint
}

// When the worker's statistics reach the GUI thread: the loader's queued call, before the views
// update, so the window's loading compares with the peer's by itself.
class ArrivalClock : public QObject {
public:
    QElapsedTimer *timer = nullptr;
    double arrived = 0;
    bool eventFilter(QObject *receiver, QEvent *event) override
    {
        if (event->type() == QEvent::MetaCall && receiver->objectName() == QLatin1String("statisticsLoader"))
            arrived = double(timer->nsecsElapsed()) / 1e6;
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    bench::useOffscreenUnlessChosen();
    QApplication app(argc, argv);
    bench::prepareApplication(app, QStringLiteral("bench_year_change"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("store"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("data set"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("reporter"), QStringLiteral("reporter"), QStringLiteral("iso3"), QStringLiteral("NLD")});
    parser.addOption(
        {QStringLiteral("changes"), QStringLiteral("warm changes"), QStringLiteral("n"), QStringLiteral("60")});
    parser.process(app);
    QTextStream out(stdout);

    const QString storePath = parser.value(QStringLiteral("db"));
    AnalysisState state = AnalysisState::defaults();
    state.selection.dataSet = parser.value(QStringLiteral("dataset"));
    state.selection.reporter = parser.value(QStringLiteral("reporter"));

    ui::MainWindow window;
    window.resize(1600, 1000);
    ui::AnalysisDocument &document = *window.document();
    QString error;
    if (storePath.isEmpty()) {
        document.useDemoData(state);
    } else if (!document.openStore(storePath, state, &error)) {
        out << "cannot open the store: " << error << '\n';
        return 1;
    }
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    waitShown(document);
    const std::vector<int> years = document.years();
    if (years.size() < 2) {
        out << "the data set has " << years.size() << " year(s); a year change needs two\n";
        return 1;
    }
    const int shownFirst = document.analysisYear();

    QElapsedTimer timer;
    ArrivalClock arrival;
    arrival.timer = &timer;
    app.installEventFilter(&arrival);
    // A year not loaded before, each year once (the one shown first is loaded already).
    std::vector<double> coldArrived, coldWindow, coldPeer;
    for (const int year : years) {
        if (year == shownFirst)
            continue;
        DataSelection selection = document.state().selection;
        selection.year = year;
        // The peer: open the store and load the same year on this thread.
        const auto peerLoad = [&]() {
            Store store;
            StoreError storeError;
            if (!storePath.isEmpty() && !store.open(storePath, Store::Mode::ReadOnly, &storeError)) {
                out << storeError.message() << '\n';
                return false;
            }
            if (!loadStatistics(storePath.isEmpty() ? nullptr : &store, selection, 1, &error)) {
                out << error << '\n';
                return false;
            }
            return true;
        };
        // Both read from warm caches: whichever reads a year first pays for the file's pages.
        if (!peerLoad())
            return 1;
        timer.start();
        document.setSelection(selection);
        arrival.arrived = 0;
        waitShown(document);
        coldWindow.push_back(double(timer.nsecsElapsed()) / 1e6);
        coldArrived.push_back(arrival.arrived);
        if (document.analysisYear() != year) {
            out << "the window did not change to " << year << '\n';
            return 1;
        }
        timer.start();
        if (!peerLoad())
            return 1;
        coldPeer.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    // Years loaded before: back and forth over all of them.
    std::vector<double> warm, warmCpu;
    const int changes = std::max(10, parser.value(QStringLiteral("changes")).toInt());
    for (int i = 0; i < changes; ++i) {
        DataSelection selection = document.state().selection;
        selection.year = years[size_t(i) % years.size()];
        if (selection.year == document.analysisYear())
            continue;
        const double cpuStart = bench::threadCpuMs();
        timer.start();
        document.setSelection(selection);
        waitShown(document);
        warm.push_back(double(timer.nsecsElapsed()) / 1e6);
        warmCpu.push_back(bench::threadCpuMs() - cpuStart);
    }

    double arrivedSum = 0, windowSum = 0, peerSum = 0;
    for (size_t i = 0; i < coldWindow.size(); ++i) {
        arrivedSum += coldArrived[i];
        windowSum += coldWindow[i];
        peerSum += coldPeer[i];
    }
    const double cold = double(coldWindow.size());
    out << "Herkomst window, changing the year (" << (storePath.isEmpty() ? QStringLiteral("demo data") : storePath)
        << ", " << years.size() << " years, " << document.table().rows.size() << " products, "
        << QApplication::platformName() << ")\n";
    const double load = arrivedSum / cold;
    const double peer = peerSum / cold;
    out << QStringLiteral("YEAR NOT LOADED BEFORE: change to statistics in (worker: store opened, year loaded, "
                          "handed over) %1 ms; peer (open the store and load the year on one thread): %2 ms; "
                          "ratio %3 (goal <= 1): %4\n")
               .arg(load, 0, 'f', 1)
               .arg(peer, 0, 'f', 1)
               .arg(load / peer, 0, 'f', 2)
               .arg(load <= peer ? QStringLiteral("MET") : QStringLiteral("NOT MET"));
    out << QStringLiteral("  then the funnel, every view and the repaint: %1 ms more (%2 ms in all)\n")
               .arg((windowSum - arrivedSum) / cold, 0, 'f', 1)
               .arg(windowSum / cold, 0, 'f', 1);
    const double p50 = bench::quantile(warm, 0.5), p95 = bench::quantile(warm, 0.95);
    out << QStringLiteral("YEAR LOADED BEFORE, change to repainted over %1 changes: p50 %2 ms, p95 %3 ms, max %4 ms "
                          "(goal p95 < 16 ms): %5\n")
               .arg(warm.size())
               .arg(p50, 0, 'f', 2)
               .arg(p95, 0, 'f', 2)
               .arg(bench::quantile(warm, 1.0), 0, 'f', 2)
               .arg(p95 < 16.0 ? QStringLiteral("MET") : QStringLiteral("NOT MET"));
    out << QStringLiteral("  same, main-thread CPU time only: p50 %1 ms, p95 %2 ms\n")
               .arg(bench::quantile(warmCpu, 0.5), 0, 'f', 2)
               .arg(bench::quantile(warmCpu, 0.95), 0, 'f', 2);
    return 0;
}
