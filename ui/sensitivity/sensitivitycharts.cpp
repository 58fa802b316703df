#include "sensitivity/sensitivitycharts.h"

#include "export/analysiscaption.h"
#include "export/sensitivitycaption.h"
#include "sensitivity/sensitivitycurveschart.h"
#include "sensitivity/sensitivitymapchart.h"

namespace herkomst::ui {

void showSensitivity(SensitivityCurvesChart &curves, SensitivityMapChart &map, const SensitivityModel &model,
                     const StatisticsTable &table, const AnalysisSettings &settings, const AnalysisResult &result,
                     const QString &sourceLine, int first, int second)
{
    const QString finalSet = finalSetName(result);
    curves.setCaption(sensitivityCurvesCaption(table, settings, sourceLine));
    curves.setCurves(sensitivityCurves(model, settings.criteria), result.finalCount(), finalSet);
    SensitivityMap cells;
    if (first != second)
        cells = sensitivityMap(model, settings.criteria, first, second);
    if (cells.isEmpty()) {
        map.setCaption(defaultCaption(table, settings, sourceLine));
    } else {
        map.setCaption(sensitivityMapCaption(table, settings,
                                             {first, cells.firstThresholds.front(), cells.firstThresholds.back(),
                                              second, cells.secondThresholds.front(), cells.secondThresholds.back()},
                                             sourceLine));
    }
    map.setMap(std::move(cells), finalSet);
}

std::pair<int, int> defaultMapCriteria(const std::vector<Criterion> &criteria)
{
    int first = -1, last = -1;
    for (int i = 0; i < int(criteria.size()); ++i) {
        if (!criteria[size_t(i)].enabled)
            continue;
        if (first < 0)
            first = i;
        last = i;
    }
    return first == last ? std::pair(-1, -1) : std::pair(first, last);
}

SensitivityCharts makeSensitivityCharts(const StatisticsSet &statistics, const AnalysisSettings &settings,
                                        const AnalysisResult &result, const QString &sourceLine)
{
    SensitivityCharts charts{std::make_unique<SensitivityCurvesChart>(), std::make_unique<SensitivityMapChart>()};
    const SensitivityModel model(statistics, settings);
    const auto [first, second] = defaultMapCriteria(settings.criteria);
    showSensitivity(*charts.curves, *charts.map, model, statistics.primary, settings, result, sourceLine, first,
                    second);
    return charts;
}

} // namespace herkomst::ui
