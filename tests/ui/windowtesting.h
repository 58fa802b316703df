#pragma once

// Shared by the window suites: core's own answer for the demo data, and a check that every view
// of a window shows it.
#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "document/analysisdocument.h"
#include "table/producttablepanel.h"
#include "window/mainwindow.h"

#include "domain/numberformat.h"
#include "domain/preset.h"
#include "session/dataselection.h"

#include "support/documentwait.h"

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <cmath>
#include <functional>
#include <memory>

inline herkomst::AnalysisResult coreResultFor(const std::vector<herkomst::Criterion> &criteria)
{
    QString error;
    const std::optional<herkomst::StatisticsSet> statistics =
        herkomst::loadStatistics(nullptr, herkomst::DataSelection{}, 1, &error);
    if (!statistics)
        qFatal("demo statistics: %s", qPrintable(error));
    return herkomst::runFunnel(*statistics, herkomst::AnalysisSettings{criteria, {}, {}}); // one year
}

inline herkomst::AnalysisResult coreResultWithShare(double share)
{
    std::vector<herkomst::Criterion> criteria = herkomst::defaultPreset().criteria;
    criteria[0].threshold = share;
    return coreResultFor(criteria);
}

inline double sum(const std::vector<double> &values)
{
    double total = 0;
    for (double v : values)
        total += v;
    return total;
}

enum class WindowStart { Demo, LastSession };

// A window as a user starts it, shown and with its data loaded; nullptr when it does not get there.
inline herkomst::ui::MainWindow *shownWindow(WindowStart start, QSize size = QSize(1600, 1000))
{
    auto window = std::make_unique<herkomst::ui::MainWindow>();
    if (start == WindowStart::Demo)
        window->startOnDemoData();
    else
        window->restoreLastSession();
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !waitUntilLoaded(*window->document()))
        return nullptr;
    return window.release();
}

// Answers modal dialogs of one kind as a user would, for as long as the returned timer lives.
template <typename Dialog>
std::unique_ptr<QTimer> answerDialogs(std::function<void(Dialog *)> answer)
{
    auto timer = std::make_unique<QTimer>();
    QObject::connect(timer.get(), &QTimer::timeout, [answer] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget()))
            answer(dialog);
    });
    timer->start(20);
    return timer;
}

// The funnel, the country chart and the table all show the expected result.
inline void verifyWindowShows(herkomst::ui::MainWindow *window, const herkomst::AnalysisResult &expected)
{
    using namespace herkomst;
    using namespace herkomst::ui;
    const AnalysisResult &shown = window->document()->result();
    QCOMPARE(shown.steps.size(), expected.steps.size());
    for (size_t s = 0; s < expected.steps.size(); ++s) {
        QCOMPARE(shown.steps[s].kept, expected.steps[s].kept);
        QCOMPARE(shown.steps[s].dropped, expected.steps[s].dropped);
    }
    // Funnel: one bar per step, labels carry the counts.
    FunnelChart *funnel = window->funnelChart();
    QCOMPARE(funnel->stepCount(), int(expected.steps.size()));
    for (int s = 1; s < int(expected.steps.size()); ++s)
        QVERIFY2(funnel->stepLabel(s).contains(NumberFormat::count(expected.steps[size_t(s)].kept)),
                 qPrintable(funnel->stepLabel(s)));
    // Country chart (by count): the bars add up to the concentrated products, largest supplier first.
    CountryChart *countries = window->countryChart();
    QCOMPARE(countries->measure(), CountryChart::Measure::Count);
    QCOMPARE(int(std::lround(sum(countries->barValues()))), expected.finalCount());
    QCOMPARE(countries->barCountries().first(), expected.bySupplier.front().iso3);
    QCOMPARE(countries->barValues().front(), double(expected.bySupplier.front().count));
    // Table: the default filter lists the products left after the last step.
    QCOMPARE(window->productTable()->visibleRowCount(), expected.finalCount());
}
