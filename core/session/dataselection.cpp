#include "session/dataselection.h"

#include "demo/demodata.h"
#include "store/store.h"

#include <QCoreApplication>
#include <algorithm>

namespace herkomst {

namespace {

class SelectionText {
    Q_DECLARE_TR_FUNCTIONS(DataSelection)
public:
    static QString demoReporterOnly() { return tr("De demodata hebben alleen Nederland (NLD) als rapporteur."); }
    static QString demoYearMissing(int year, int first, int last)
    {
        return tr("De demodata hebben geen jaar %1 (wel %2 t/m %3).").arg(year).arg(first).arg(last);
    }
    static QString storeEmpty(const QString &path)
    {
        return tr("De database %1 bevat nog geen gegevens; importeer eerst een bestand.").arg(path);
    }
    static QString chooseDataSet(const QString &names)
    {
        return tr("De database bevat meerdere gegevenssets; kies er een met --dataset: %1").arg(names);
    }
    static QString noSuchDataSet(const QString &name, const QString &names)
    {
        return tr("Gegevensset \"%1\" bestaat niet; beschikbaar: %2").arg(name, names);
    }
    // A data set holds the reporters its import chose; another needs the source imported again.
    static QString noSuchReporter(const QString &name, const QString &reporter, const QString &held)
    {
        return tr("Gegevensset \"%1\" bevat geen invoer van %2, alleen van: %3. Een ander rapporterend land "
                  "(of de EU als geheel, of alle landen) komt er met een nieuwe import van het bronbestand met dat "
                  "land als rapporteur.")
            .arg(name, reporter, held);
    }

    // No year to name: the reporter has imports in none of the data set's years. A data set of
    // every reporter (BACI) names the first few that have.
    static QString reporterWithoutImports(const QString &name, const QString &reporter, const QStringList &others)
    {
        if (others.isEmpty())
            return tr("Gegevensset \"%1\" heeft in geen enkel jaar invoer van %2.").arg(name, reporter);
        QString list = others.mid(0, 10).join(QStringLiteral(", "));
        if (others.size() > 10)
            list += QStringLiteral(", …");
        return tr("Gegevensset \"%1\" heeft in geen enkel jaar invoer van %2; wel van: %3.").arg(name, reporter, list);
    }
};

// The data set a selection names (or the store's only one), holding imports of its reporter; nullptr
// with *error when there is none.
const DataSetInfo *findDataSet(const Store &store, const std::vector<DataSetInfo> &sets, const DataSelection &selection,
                               QString *error)
{
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
            *error = SelectionText::storeEmpty(store.path());
        else if (selection.dataSet.isEmpty())
            *error = SelectionText::chooseDataSet(names.join(QStringLiteral(", ")));
        else
            *error = SelectionText::noSuchDataSet(selection.dataSet, names.join(QStringLiteral(", ")));
        return nullptr;
    }
    const std::vector<QString> reporters = info->reporters();
    if (!reporters.empty() && std::find(reporters.begin(), reporters.end(), selection.reporter) == reporters.end()) {
        QStringList held;
        for (const QString &reporter : reporters)
            held << reporter;
        if (held.size() > 12) // a data set of every reporter
            held = held.mid(0, 12) << QStringLiteral("...");
        *error = SelectionText::noSuchReporter(info->name, selection.reporter, held.join(QStringLiteral(", ")));
        return nullptr;
    }
    return info;
}

std::optional<StatisticsSet> loadDemo(const DataSelection &selection, int yearWindow, QString *error)
{
    const auto &years = demo::tradeData();
    if (selection.reporter.compare(demo::reporter(), Qt::CaseInsensitive) != 0) {
        *error = SelectionText::demoReporterOnly();
        return std::nullopt;
    }
    const int year = selection.year == 0 ? years.rbegin()->first : selection.year;
    const auto it = years.find(year);
    if (it == years.end()) {
        *error = SelectionText::demoYearMissing(year, years.begin()->first, years.rbegin()->first);
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

std::optional<std::vector<int>> selectionYears(const Store *store, const DataSelection &selection, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    std::vector<int> years;
    if (!store) {
        if (selection.reporter.compare(demo::reporter(), Qt::CaseInsensitive) != 0) {
            *error = SelectionText::demoReporterOnly();
            return std::nullopt;
        }
        for (const auto &year : demo::tradeData())
            years.push_back(year.first);
        return years;
    }
    const std::vector<DataSetInfo> sets = store->dataSets();
    const DataSetInfo *info = findDataSet(*store, sets, selection, error);
    if (!info)
        return std::nullopt;
    for (const DataSetSlice &slice : info->slices) {
        if (slice.reporter == selection.reporter && slice.importRows > 0 &&
            std::find(years.begin(), years.end(), slice.year) == years.end())
            years.push_back(slice.year);
    }
    std::sort(years.begin(), years.end());
    return years;
}

int requiredYearWindow(Persistence rule)
{
    return std::max(rule.years, 1);
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
    const DataSetInfo *info = findDataSet(*store, sets, selection, error);
    if (!info)
        return std::nullopt;
    int year = selection.year;
    if (year == 0) {
        QStringList withImports;
        for (const DataSetSlice &slice : info->slices) {
            if (slice.reporter == selection.reporter && slice.importRows > 0)
                year = std::max(year, slice.year);
            if (slice.importRows > 0 && !withImports.contains(slice.reporter))
                withImports << slice.reporter;
        }
        if (year == 0) {
            withImports.sort();
            *error = SelectionText::reporterWithoutImports(info->name, selection.reporter, withImports);
            return std::nullopt;
        }
    }
    // Each year read is one share of the progress; computing the statistics is quick beside it.
    const auto readYear = [&](int index, int readYearValue, QString *readError) {
        ReadControl read;
        read.cancel = control.cancel;
        if (control.progress)
            read.progress = [&control, index, yearWindow](double fraction) {
                control.progress(int(100.0 * (double(index) + fraction) / double(yearWindow)));
            };
        return store->loadTradeData(info->id, selection.reporter, readYearValue, readError, read);
    };
    if (control.progress)
        control.progress(0);
    std::optional<TradeData> primary = readYear(0, year, error);
    if (!primary || control.cancelled()) {
        if (control.cancelled())
            error->clear();
        return std::nullopt;
    }
    StatisticsSet set;
    set.primary = computeStatistics(std::make_shared<const TradeData>(std::move(*primary)), selection.euComposition);
    for (int k = 1; k < yearWindow; ++k) {
        QString yearError;
        std::optional<TradeData> earlier = readYear(k, year - k, &yearError);
        if (control.cancelled()) {
            error->clear();
            return std::nullopt;
        }
        if (earlier)
            set.otherYears.emplace(year - k, computeStatistics(std::make_shared<const TradeData>(std::move(*earlier)),
                                                               selection.euComposition));
    }
    if (control.progress)
        control.progress(100);
    return set;
}

} // namespace herkomst
