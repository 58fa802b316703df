// Live benchmark (not a test): time from a threshold change to all views updated, on the demo
// data, offscreen. "Updated" is measured twice: (a) the change handled, i.e. the funnel re-run,
// the table model and proxy refreshed and both charts rebuilt and replotted; (b) the same plus
// the repaint of the window (pending paint events processed), which is what a user sees.
// Usage: QT_QPA_PLATFORM=offscreen bench_window_live [changes=200]
#include "document/analysisdocument.h"
#include "panels/criterionrow.h"
#include "panels/thresholdpanel.h"
#include "table/producttablepanel.h"
#include "window/housestyle.h"
#include "window/languagemanager.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <vector>

namespace {

struct Figures {
    double median;
    double p95;
    double max;
};

Figures summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95), ms.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HerkomstBench"));
    QApplication::setApplicationName(QStringLiteral("bench_window_live"));
    herkomst::ui::applyHouseStyle(app);
    if (qEnvironmentVariableIsSet("BENCH_NO_QSS"))
        app.setStyleSheet(QString());
    herkomst::ui::LanguageManager::instance().setLanguage(QStringLiteral("nl"));
    const int changes = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 200;

    QElapsedTimer timer;
    const auto sweepValue = [](int i) {
        const int phase = i % 60;
        return 400 + 10 * (phase < 30 ? phase : 60 - phase) + (i % 2 ? 5 : 0);
    };
    // The parts on their own: the document (funnel re-run) and the document with the product table.
    std::vector<double> documentOnly;
    std::vector<double> withTable;
    {
        herkomst::ui::AnalysisDocument document;
        document.useDemoData();
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
    for (int i = 0; i < 20; ++i)
        QApplication::processEvents();

    // Profiling aid: BENCH_HIDE=funnel,countries,table,detail hides views to see what a repaint costs.
    const QStringList hide = QString::fromLocal8Bit(qgetenv("BENCH_HIDE")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : hide) {
        if (QWidget *w = window.findChild<QWidget *>(name == QLatin1String("funnel") ? QStringLiteral("funnelChart")
                                                      : name == QLatin1String("countries") ? QStringLiteral("countryChart")
                                                      : name == QLatin1String("table") ? QStringLiteral("productTable")
                                                                                          : QStringLiteral("productDetail")))
            w->hide();
    }
    QSlider *slider = window.thresholdPanel()->criterionRow(0)->slider();
    std::vector<double> handled;
    std::vector<double> painted;
    // Sweep the share threshold 40 % .. 70 % and back, as a user dragging the slider would.
    for (int i = 0; i < changes; ++i) {
        timer.start();
        slider->setValue(sweepValue(i));
        handled.push_back(timer.nsecsElapsed() / 1e6);
        QApplication::processEvents();   // replots queued by the charts and the repaint
        painted.push_back(timer.nsecsElapsed() / 1e6);
    }

    // Profiling aid: BENCH_PROBE=1 times a synchronous repaint of each view on its own.
    if (qEnvironmentVariableIsSet("BENCH_PROBE")) {
        for (const char *name : {"funnelChart", "countryChart", "productTable", "productDetail", "thresholdPanel", "demoBanner"}) {
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
    QTextStream out(stdout);
    out << "Herkomst window, live update over " << changes << " threshold changes (demo data, "
        << window.document()->table().rows.size() << " products, " << QApplication::platformName() << ")\n";
    out << QStringLiteral("  document only (funnel re-run):          median %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(d.median, 0, 'f', 2).arg(d.p95, 0, 'f', 2).arg(d.max, 0, 'f', 2);
    out << QStringLiteral("  document + product table (model, proxy): median %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(t.median, 0, 'f', 2).arg(t.p95, 0, 'f', 2).arg(t.max, 0, 'f', 2);
    out << QStringLiteral("  change handled (funnel, table, charts): median %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(a.median, 0, 'f', 2).arg(a.p95, 0, 'f', 2).arg(a.max, 0, 'f', 2);
    out << QStringLiteral("  including repaint:                     median %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(b.median, 0, 'f', 2).arg(b.p95, 0, 'f', 2).arg(b.max, 0, 'f', 2);
    out << "  goal: p95 < 16 ms, median < 8 ms\n";
    return 0;
}
