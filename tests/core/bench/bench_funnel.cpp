// Time to re-apply all criteria to the demo data after a threshold change (the work behind one
// slider step), median and p95 over 1,000 runs. Goal: well under 1 ms.
#include "analysis/funnelanalysis.h"
#include "demo/demodata.h"
#include "domain/preset.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace herkomst;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto t0 = std::chrono::steady_clock::now();
    const StatisticsTable table = computeStatistics(demo::tradeData().at(demo::kReferenceYear));
    const double statsMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();

    AnalysisSettings settings{defaultPreset().criteria, {}};
    std::vector<double> times;
    int checksum = 0;
    for (int i = 0; i < 1000; ++i) {
        settings.criteria[0].threshold = 0.40 + 0.30 * (i % 100) / 100.0; // a slider moving 40..70 %
        const auto start = std::chrono::steady_clock::now();
        const AnalysisResult result = runFunnel(table, settings);
        times.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        checksum += result.finalCount();
    }
    std::sort(times.begin(), times.end());
    std::printf("bench_funnel: %zu products, %zu criteria\n", table.rows.size(), settings.criteria.size());
    std::printf("statistics (once per data set/year): %.1f ms (includes generating the demo data)\n", statsMs);
    std::printf("re-apply criteria: median %.1f us, p95 %.1f us, max %.1f us over %zu runs (checksum %d)\n",
                times[times.size() / 2], times[times.size() * 95 / 100], times.back(), times.size(), checksum);
    std::printf("goal: well under 1000 us -> %s\n", times[times.size() * 95 / 100] < 1000.0 ? "met" : "NOT met");
    return 0;
}
