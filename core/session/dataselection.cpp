#include "session/dataselection.h"

#include "demo/demodata.h"
#include "store/store.h"

#include <QCoreApplication>
#include <algorithm>

namespace herkomst {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DataSelection", text);
}

std::optional<StatisticsSet> loadDemo(const DataSelection &selection, int yearWindow, QString *error)
{
    const auto &years = demo::tradeData();
    if (selection.reporter.compare(demo::reporter(), Qt::CaseInsensitive) != 0) {
        *error = tr("De demodata hebben alleen Nederland (NLD) als rapporteur.");
        return std::nullopt;
    }
    const int year = selection.year == 0 ? years.rbegin()->first : selection.year;
    const auto it = years.find(year);
    if (it == years.end()) {
        *error = tr("De demodata hebben geen jaar %1 (wel %2 t/m %3).")
                     .arg(year)
                     .arg(years.begin()->first)
                     .arg(years.rbegin()->first);
        return std::nullopt;
    }
    StatisticsSet set;
    set.primary = computeStatistics(it->second, selection.euComposition);
    for (int k = 1; k < yearWindow; ++k) {
        const auto earlier = years.find(year - k);
        if (earlier != years.end())
            set.otherYears.emplace(year - k, computeStatistics(earlier->second, selection.euComposition));
    }
    return set;
}

} // namespace

int requiredYearWindow(const std::vector<Criterion> &criteria)
{
    int window = 1;
    for (const Criterion &c : criteria) {
        if (c.enabled)
            window = std::max(window, c.yearWindow);
    }
    return window;
}

std::optional<StatisticsSet> loadStatistics(const Store *store, const DataSelection &selection, int yearWindow,
                                            QString *error, const LoadControl &control)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!store)
        return loadDemo(selection, yearWindow, error);

    const std::vector<DataSetInfo> sets = store->dataSets();
    const DataSetInfo *info = nullptr;
    for (const DataSetInfo &candidate : sets) {
        if (selection.dataSet.isEmpty() ? sets.size() == 1 : candidate.name == selection.dataSet)
            info = &candidate;
    }
    if (!info) {
        QStringList names;
        for (const DataSetInfo &candidate : sets)
            names << candidate.name;
        if (sets.empty())
            *error = tr("De database %1 bevat nog geen gegevens; importeer eerst een bestand.").arg(store->path());
        else if (selection.dataSet.isEmpty())
            *error = tr("De database bevat meerdere gegevenssets; kies er een met --dataset: %1")
                         .arg(names.join(QStringLiteral(", ")));
        else
            *error = tr("Gegevensset \"%1\" bestaat niet; beschikbaar: %2")
                         .arg(selection.dataSet, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    int year = selection.year;
    if (year == 0) {
        for (const DataSetSlice &slice : info->slices) {
            if (slice.reporter == selection.reporter && slice.importRows > 0)
                year = std::max(year, slice.year);
        }
    }
    if (control.progress)
        control.progress(0);
    std::optional<TradeData> primary = store->loadTradeData(info->id, selection.reporter, year, error);
    if (!primary || control.cancelled()) {
        if (control.cancelled())
            error->clear();
        return std::nullopt;
    }
    StatisticsSet set;
    set.primary = computeStatistics(std::make_shared<const TradeData>(std::move(*primary)), selection.euComposition);
    for (int k = 1; k < yearWindow; ++k) {
        if (control.progress)
            control.progress(100 * k / yearWindow);
        if (control.cancelled()) {
            error->clear();
            return std::nullopt;
        }
        QString yearError;
        std::optional<TradeData> earlier = store->loadTradeData(info->id, selection.reporter, year - k, &yearError);
        if (earlier)
            set.otherYears.emplace(year - k, computeStatistics(std::make_shared<const TradeData>(std::move(*earlier)),
                                                               selection.euComposition));
    }
    if (control.progress)
        control.progress(100);
    return set;
}

} // namespace herkomst
