#pragma once

// What the window benchmarks share: the application as a user starts it (offscreen unless a
// platform is chosen, the house style, Dutch, settings of their own) and the figures they report.
#include "window/housestyle.h"
#include "window/languagemanager.h"

#include <QApplication>
#include <algorithm>
#include <ctime>
#include <vector>

namespace herkomst::bench {

// Before the QApplication exists: offscreen, unless QT_QPA_PLATFORM chooses another platform.
inline void useOffscreenUnlessChosen()
{
    if (qgetenv("QT_QPA_PLATFORM").isEmpty())
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen"));
}

// The house style and Dutch, with settings under the benchmark's own name.
inline void prepareApplication(QApplication &app, const QString &name)
{
    QApplication::setOrganizationName(QStringLiteral("HerkomstBench"));
    QApplication::setApplicationName(name);
    ui::applyHouseStyle(app);
    ui::LanguageManager::instance().setLanguage(QStringLiteral("nl"));
}

// Main-thread CPU time in ms: on a shared machine wall time also counts other processes' turns.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The value at a quantile (0.5: the median, 1: the largest) of at least one measurement.
inline double quantile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
}

} // namespace herkomst::bench
