// Live benchmark (not a test): time from a threshold change to all views updated, on the demo
// data, offscreen. "Updated" is measured twice: (a) the change handled, i.e. the funnel re-run,
// the table model and proxy refreshed and both charts rebuilt and replotted; (b) the same plus
// the repaint of the window (pending paint events processed), which is what a user sees.
// The headline is (b), wall time; on a busy machine compare the main-thread CPU time as well.
// Usage: QT_QPA_PLATFORM=offscreen bench_window_live [changes=200]
// BENCH_TAB=1 sweeps with the figures' second tab shown (the view "Gevoeligheid") instead of Figure 1 and 2.
// Profiling aids: BENCH_HIDE=funnel,countries,table,detail, BENCH_PROBE=1, BENCH_PAINTS=1,
// BENCH_EVENTS=1, BENCH_NOBARS=1 (the product table without scroll bars) (see below).
#include "benchwindow.h"
#include "document/analysisdocument.h"
#include "panels/criterionrow.h"
#include "panels/thresholdpanel.h"
#include "table/producttablepanel.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QPaintEvent>
#include <QSlider>
#include <QStringList>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <algorithm>
#include <vector>

namespace {

// Profiling aid (BENCH_PAINTS=1): which widgets repaint how much area per threshold change.
class PaintCounter : public QObject {
public:
    QMap<QString, std::pair<int, qint64>> byWidget; // paint events and pixels
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            qint64 area = 0;
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                area += qint64(r.width()) * r.height();
            QObject *named = watched;
            while (named && (named->objectName().isEmpty() || named->objectName().startsWith(QLatin1String("qt_"))))
                named = named->parent();
            const QString key = QString::fromLatin1(watched->metaObject()->className()) + QLatin1String(" in ") +
                                (named ? named->objectName() : QStringLiteral("?"));
            auto &entry = byWidget[key];
            ++entry.first;
            entry.second += area;
        }
        return false;
    }
};

struct Figures {
    double median;
    double p95;
    double max;
};

Figures summarise(const std::vector<double> &ms)
{
    using herkomst::bench::quantile;
    return {quantile(ms, 0.5), quantile(ms, 0.95), quantile(ms, 1.0)};
}

// Profiling aid (BENCH_EVENTS=1): time spent in each event type per widget, exclusive of nested
// events, so the cost of a change splits into paints, layouts and timers per view.
class TimingApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool timing = false;
    QMap<QString, double> msByKey;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!timing)
            return QApplication::notify(receiver, event);
        // The key first: the receiver may be deleted by its event (DeferredDelete).
        QObject *named = receiver;
        while (named && (named->objectName().isEmpty() || named->objectName().startsWith(QLatin1String("qt_"))))
            named = named->parent();
        const QString key = QStringLiteral("%1 %2 in %3")
                                .arg(QString::fromLatin1(receiver->metaObject()->className()))
                                .arg(int(event->type()))
                                .arg(named ? named->objectName() : QStringLiteral("?"));
        QElapsedTimer timer;
        timer.start();
        mNested.push_back(0);
        const bool result = QApplication::notify(receiver, event);
        const qint64 total = timer.nsecsElapsed();
        const qint64 exclusive = total - mNested.back();
        mNested.pop_back();
        if (!mNested.empty())
            mNested.back() += total;
        msByKey[key] += exclusive / 1e6;
        return result;
    }

private:
    std::vector<qint64> mNested;
};

} // namespace

int main(int argc, char *argv[])
{
    herkomst::bench::useOffscreenUnlessChosen();
    TimingApplication app(argc, argv);
    herkomst::bench::prepareApplication(app, QStringLiteral("bench_window_live"));
    if (qEnvironmentVariableIsSet("BENCH_NO_QSS"))
        app.setStyleSheet(QString());
    const int changes = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 200;

    QElapsedTimer timer;
    const auto sweepValue = [](int i) {
        const int phase = i % 60;
        return 400 + 10 * (phase < 30 ? phase : 60 - phase) + (i % 2 ? 5 : 0);
    };
    // The parts on their own: the document (funnel re-run) and the document with the product table.
    std::vector<double> documentOnly;
    std::vector<double> withTable;
    // Statistics load on a worker thread; the benchmark measures what follows once they are in.
    const auto loaded = [](const herkomst::ui::AnalysisDocument &document) {
        while (document.isLoading())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    {
        herkomst::ui::AnalysisDocument document;
        document.useDemoData();
        loaded(document);
        for (int i = 0; i < changes; ++i) {
            timer.start();
            document.setThreshold(0, sweepValue(i) / 1000.0);
            documentOnly.push_back(timer.nsecsElapsed() / 1e6);
        }
        herkomst::ui::ProductTablePanel table(&document);
        table.resize(900, 400);
        table.showStep(document.result().finalStage());
        for (int i = 0; i < changes; ++i) {
            timer.start();
            document.setThreshold(0, sweepValue(i + 1) / 1000.0);
            withTable.push_back(timer.nsecsElapsed() / 1e6);
        }
    }

    herkomst::ui::MainWindow window;
    window.startOnDemoData();
    window.resize(1600, 1000);
    window.show();
    loaded(*window.document());
    window.figureTabs()->setCurrentIndex(qEnvironmentVariableIntValue("BENCH_TAB"));
    for (int i = 0; i < 20; ++i)
        QApplication::processEvents();

    // Profiling aid: BENCH_HIDE=funnel,countries,table,detail hides views to see what a repaint costs.
    const QStringList hide = QString::fromLocal8Bit(qgetenv("BENCH_HIDE")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : hide) {
        if (QWidget *w =
                window.findChild<QWidget *>(name == QLatin1String("funnel")      ? QStringLiteral("funnelChart")
                                            : name == QLatin1String("countries") ? QStringLiteral("countryChart")
                                            : name == QLatin1String("table")     ? QStringLiteral("productTable")
                                                                                 : QStringLiteral("productDetail")))
            w->hide();
    }
    if (qEnvironmentVariableIsSet("BENCH_NOBARS")) {
        for (QAbstractScrollArea *area : window.findChildren<QAbstractScrollArea *>(QStringLiteral("productTable"))) {
            area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        }
        for (QTableView *view : window.findChildren<QTableView *>()) {
            view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        }
    }
    PaintCounter paints;
    if (qEnvironmentVariableIsSet("BENCH_PAINTS"))
        app.installEventFilter(&paints);
    QSlider *slider = window.thresholdPanel()->criterionRow(0)->slider();
    std::vector<double> handled;
    std::vector<double> painted;
    std::vector<double> paintedCpu;
    // Sweep the share threshold 40 % .. 70 % and back, as a user dragging the slider would.
    app.timing = qEnvironmentVariableIsSet("BENCH_EVENTS");
    for (int i = 0; i < changes; ++i) {
        const double cpuStart = herkomst::bench::threadCpuMs();
        timer.start();
        slider->setValue(sweepValue(i));
        handled.push_back(timer.nsecsElapsed() / 1e6);
        QApplication::processEvents(); // replots queued by the charts and the repaint
        painted.push_back(timer.nsecsElapsed() / 1e6);
        paintedCpu.push_back(herkomst::bench::threadCpuMs() - cpuStart);
    }

    app.removeEventFilter(&paints);
    app.timing = false;
    {
        std::vector<std::pair<double, QString>> costly;
        for (auto it = app.msByKey.cbegin(); it != app.msByKey.cend(); ++it)
            costly.emplace_back(it.value() / changes, it.key());
        std::sort(costly.rbegin(), costly.rend());
        for (size_t i = 0; i < std::min<size_t>(costly.size(), 25); ++i)
            QTextStream(stdout) << QStringLiteral("  per change %1 ms: event %2\n")
                                       .arg(costly[i].first, 0, 'f', 3)
                                       .arg(costly[i].second);
    }
    for (auto it = paints.byWidget.cbegin(); it != paints.byWidget.cend(); ++it) {
        QTextStream(stdout) << QStringLiteral("  paints per change %1: %2 events, %3 kpx\n")
                                   .arg(it.key())
                                   .arg(double(it->first) / changes, 0, 'f', 1)
                                   .arg(double(it->second) / changes / 1000.0, 0, 'f', 0);
    }

    // Profiling aid: BENCH_PROBE=1 times a synchronous repaint of each view on its own.
    if (qEnvironmentVariableIsSet("BENCH_PROBE")) {
        for (const char *name :
             {"funnelChart", "countryChart", "productTable", "productDetail", "thresholdPanel", "demoBanner"}) {
            QWidget *w = window.findChild<QWidget *>(QLatin1String(name));
            if (!w)
                continue;
            std::vector<double> ms;
            for (int i = 0; i < 30; ++i) {
                timer.start();
                w->repaint();
                ms.push_back(timer.nsecsElapsed() / 1e6);
            }
            QTextStream(stdout) << "  repaint " << name << ": median " << summarise(ms).median << " ms\n";
        }
    }

    const Figures d = summarise(documentOnly);
    const Figures t = summarise(withTable);
    const Figures a = summarise(handled);
    const Figures b = summarise(painted);
    const Figures c = summarise(paintedCpu);
    QTextStream out(stdout);
    const bool met = b.p95 < 16.0 && b.median < 8.0;
    out << "Herkomst window, live update over " << changes << " threshold changes (demo data, "
        << window.document()->table().rows.size() << " products, " << QApplication::platformName() << ", figures tab \""
        << window.figureTabs()->tabText(window.figureTabs()->currentIndex()) << "\")\n";
    // Headline: what a user sees, from the change to all three views repainted.
    out << QStringLiteral(
               "THRESHOLD CHANGE TO ALL VIEWS REPAINTED: p50 %1 ms, p95 %2 ms (goal p50 < 8 ms, p95 < 16 ms): %3\n")
               .arg(b.median, 0, 'f', 2)
               .arg(b.p95, 0, 'f', 2)
               .arg(met ? QStringLiteral("MET") : QStringLiteral("NOT MET"));
    out << "Parts:\n";
    out << QStringLiteral("  document only (funnel re-run):           p50 %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(d.median, 0, 'f', 2)
               .arg(d.p95, 0, 'f', 2)
               .arg(d.max, 0, 'f', 2);
    out << QStringLiteral("  document + product table (model, proxy): p50 %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(t.median, 0, 'f', 2)
               .arg(t.p95, 0, 'f', 2)
               .arg(t.max, 0, 'f', 2);
    out << QStringLiteral("  change handled (funnel, table, charts):  p50 %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(a.median, 0, 'f', 2)
               .arg(a.p95, 0, 'f', 2)
               .arg(a.max, 0, 'f', 2);
    out << QStringLiteral("  including repaint and queued replots:    p50 %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(b.median, 0, 'f', 2)
               .arg(b.p95, 0, 'f', 2)
               .arg(b.max, 0, 'f', 2);
    out << QStringLiteral("  same, main-thread CPU time only:         p50 %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(c.median, 0, 'f', 2)
               .arg(c.p95, 0, 'f', 2)
               .arg(c.max, 0, 'f', 2);
    return 0;
}
