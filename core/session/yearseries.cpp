#include "session/yearseries.h"

#include "store/store.h"

#include <algorithm>
#include <map>

namespace herkomst {

std::optional<std::vector<YearFunnel>> funnelOfYears(const Store *store, const DataSelection &selection,
                                                     const AnalysisSettings &settings, const std::vector<int> &years,
                                                     QString *error, const LoadControl &control)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const int window = std::max(settings.persistence.years, 1);
    // Every year any analysis needs, each read once: the years themselves and their windows.
    std::map<int, StatisticsTable> tables;
    std::vector<int> needed;
    for (const int year : years) {
        for (int k = 0; k < window; ++k) {
            if (std::find(needed.begin(), needed.end(), year - k) == needed.end())
                needed.push_back(year - k);
        }
    }
    for (size_t i = 0; i < needed.size(); ++i) {
        const int year = needed[i];
        const bool analysed = std::find(years.begin(), years.end(), year) != years.end();
        DataSelection one = selection;
        one.year = year;
        LoadControl part;
        part.cancel = control.cancel;
        if (control.progress)
            part.progress = [&control, i, &needed](int percent) {
                control.progress(int((100.0 * double(i) + percent) / double(needed.size())));
            };
        QString yearError;
        std::optional<StatisticsSet> loaded = loadStatistics(store, one, 1, &yearError, part);
        if (control.cancelled()) {
            error->clear();
            return std::nullopt;
        }
        if (loaded)
            tables.emplace(year, std::move(loaded->primary));
        else if (analysed) { // a year of the window outside the data is unknown; an analysed year must load
            *error = yearError;
            return std::nullopt;
        }
    }
    std::vector<YearFunnel> funnels;
    for (const int year : years) {
        YearFunnel funnel;
        funnel.year = year;
        funnel.statistics.primary = tables.at(year);
        for (int k = 1; k < window; ++k) {
            if (const auto earlier = tables.find(year - k); earlier != tables.end())
                funnel.statistics.otherYears.emplace(year - k, earlier->second);
        }
        funnel.result = runFunnel(funnel.statistics, settings);
        funnels.push_back(std::move(funnel));
    }
    return funnels;
}

std::optional<std::vector<YearFunnel>> funnelPerYear(const Store *store, const DataSelection &selection,
                                                     const AnalysisSettings &settings, QString *error,
                                                     const LoadControl &control)
{
    const std::optional<std::vector<int>> years = selectionYears(store, selection, error);
    if (!years)
        return std::nullopt;
    return funnelOfYears(store, selection, settings, *years, error, control);
}

HsRevision hsRevisionOf(const Store *store, const YearFunnel &year)
{
    const std::optional<DataSetInfo> info =
        store ? store->dataSet(year.statistics.primary.data->dataSetName) : std::nullopt;
    return info ? info->hsRevision(year.year) : HsRevision::Unknown;
}

} // namespace herkomst
