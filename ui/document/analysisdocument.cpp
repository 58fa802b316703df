#include "document/analysisdocument.h"

#include "demo/demodata.h"
#include "document/analysischangecommand.h"
#include "domain/preset.h"
#include "session/dataselection.h"
#include "store/store.h"

#include <QSet>
#include <QUndoStack>
#include <algorithm>

namespace herkomst::ui {

namespace {

constexpr size_t kCacheSize = 6;
constexpr qint64 kGesturePauseMs = 800; // a pause this long starts a new undo step

std::shared_ptr<const StatisticsSet> emptyStatistics()
{
    auto set = std::make_shared<StatisticsSet>();
    set->primary.data = std::make_shared<const TradeData>();
    return set;
}

DataSetInfo demoDataSetInfo()
{
    DataSetInfo info;
    info.name = demo::dataSetName();
    info.source = QStringLiteral("demo");
    info.currency = QStringLiteral("EUR");
    info.synthetic = true;
    for (const auto &[year, data] : demo::tradeData()) {
        DataSetSlice slice;
        slice.reporter = data->reporter;
        slice.year = year;
        slice.importRows = qint64(data->imports.size());
        info.slices.push_back(slice);
    }
    return info;
}

} // namespace

struct AnalysisDocument::CacheEntry {
    QString key;
    int yearWindow = 1;
    std::shared_ptr<const StatisticsSet> statistics;
};

AnalysisDocument::AnalysisDocument(QObject *parent)
    : QObject(parent)
    , mState(AnalysisState::defaults())
    , mStatistics(emptyStatistics())
    , mUndoStack(new QUndoStack(this))
{
    mResult = runFunnel(*mStatistics, AnalysisSettings{mState.criteria, {}});
    mSinceThresholdChange.start();
}

AnalysisDocument::~AnalysisDocument() = default;

QString AnalysisDocument::storePath() const
{
    return mStore ? mStore->path() : QString();
}

void AnalysisDocument::readDataSets()
{
    mDataSets = mStore ? mStore->dataSets() : std::vector<DataSetInfo>{demoDataSetInfo()};
}

void AnalysisDocument::refreshDataSets()
{
    readDataSets();
    emit sourceChanged();
}

DataSetInfo AnalysisDocument::currentDataSet() const
{
    for (const DataSetInfo &info : mDataSets) {
        if (info.name == mState.selection.dataSet)
            return info;
    }
    return mDataSets.empty() ? DataSetInfo{} : mDataSets.front();
}

bool AnalysisDocument::isSynthetic() const
{
    return !mStore || currentDataSet().synthetic || (table().data && table().data->synthetic);
}

QString AnalysisDocument::provenance() const
{
    const DataSetInfo info = currentDataSet();
    if (!mStore)
        return tr("Synthetische demodata, in het programma gegenereerd in de vorm van de CBS-tabellen — geen echte "
                  "handelscijfers");
    QStringList files;
    for (const DataSetFile &file : info.files)
        files << file.fileName;
    QString text = tr("Bron: %1").arg(info.source);
    if (!files.isEmpty())
        text += tr(" (%1)").arg(files.join(QStringLiteral(", ")));
    if (info.importedAt.isValid())
        text += tr(", geïmporteerd %1").arg(info.importedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")));
    if (info.synthetic)
        text += tr(" — synthetisch");
    return text;
}

QStringList AnalysisDocument::reporters() const
{
    QStringList list;
    for (const QString &reporter : currentDataSet().reporters()) {
        if (!reporter.isEmpty())
            list << reporter;
    }
    return list;
}

std::vector<int> AnalysisDocument::years() const
{
    std::vector<int> list;
    for (const DataSetSlice &slice : currentDataSet().slices) {
        if (slice.reporter == mState.selection.reporter && slice.importRows > 0 &&
            std::find(list.begin(), list.end(), slice.year) == list.end())
            list.push_back(slice.year);
    }
    std::sort(list.begin(), list.end());
    return list;
}

int AnalysisDocument::analysisYear() const
{
    return table().data ? table().data->year : 0;
}

DataSelection AnalysisDocument::resolvedSelection(DataSelection selection) const
{
    // Pin the data set name so a store that gains a second data set still loads the same one.
    if (selection.dataSet.isEmpty()) {
        const std::vector<DataSetInfo> sets = dataSets();
        if (!sets.empty())
            selection.dataSet = sets.front().name;
    }
    if (!mStore)
        selection.dataSet = demo::dataSetName();
    return selection;
}

std::shared_ptr<const StatisticsSet> AnalysisDocument::statisticsFor(const AnalysisState &state, QString *error)
{
    const DataSelection &s = state.selection;
    const int window = requiredYearWindow(state.criteria);
    // The demo data set's name follows the screen language, so it is no part of its key.
    const QString key = QStringList{storePath(), mStore ? s.dataSet : QString(), s.reporter, QString::number(s.year),
                                    euCompositionKey(s.euComposition)}
                            .join(QChar(0x1f));
    // Prefer the statistics on screen, so dropping a multi-year criterion recomputes nothing.
    const auto hit = std::find_if(mCache.begin(), mCache.end(), [&](const CacheEntry &e) {
        return e.key == key && e.yearWindow >= window && e.statistics == mStatistics;
    });
    if (hit != mCache.end())
        return hit->statistics;
    const auto other = std::find_if(mCache.begin(), mCache.end(),
                                    [&](const CacheEntry &e) { return e.key == key && e.yearWindow >= window; });
    if (other != mCache.end())
        return other->statistics;

    DataSelection selection = s;
    if (!mStore)
        selection.dataSet.clear(); // the demo loader knows no names
    std::optional<StatisticsSet> loaded = loadStatistics(mStore.get(), selection, window, error);
    if (!loaded)
        return nullptr;
    auto statistics = std::make_shared<const StatisticsSet>(std::move(*loaded));
    mCache.insert(mCache.begin(), CacheEntry{key, window, statistics});
    if (mCache.size() > kCacheSize)
        mCache.pop_back();
    return statistics;
}

void AnalysisDocument::applyState(const AnalysisState &state)
{
    QString error;
    std::shared_ptr<const StatisticsSet> statistics = statisticsFor(state, &error);
    if (!statistics) {
        emit errorOccurred(error);
        return;
    }
    if (statistics != mStatistics) {
        mStatistics = std::move(statistics);
        ++mStatisticsGeneration;
        QSet<QString> seen;
        mIndustries.clear();
        for (const ProductInfo &product : table().data->products) {
            if (!product.industry.isEmpty() && !seen.contains(product.industry)) {
                seen.insert(product.industry);
                mIndustries << product.industry;
            }
        }
        mIndustries.sort(Qt::CaseInsensitive);
    }
    mState = state;
    mResult = runFunnel(*mStatistics, AnalysisSettings{mState.criteria, mState.industries});
    emit analysisChanged();
}

bool AnalysisDocument::restoreState(const AnalysisState &state, QString *error)
{
    AnalysisState resolved = state;
    resolved.selection = resolvedSelection(state.selection);
    if (!statisticsFor(resolved, error))
        return false;
    mUndoStack->clear();
    applyState(resolved);
    return true;
}

void AnalysisDocument::useDemoData(const AnalysisState &state)
{
    mStore.reset();
    mCache.clear();
    readDataSets();
    QString error;
    if (!restoreState(state, &error)) {
        // Settings of another data source: the demo always has the CBS defaults to fall back on.
        restoreState(AnalysisState::defaults(), &error);
    }
    emit sourceChanged();
}

bool AnalysisDocument::openStore(const QString &path, const AnalysisState &state, QString *error)
{
    auto store = std::make_shared<Store>();
    if (!store->open(path, error))
        return false;
    const std::vector<DataSetInfo> sets = store->dataSets();
    if (sets.empty()) {
        *error = tr("De database %1 bevat nog geen gegevenssets; importeer eerst een bestand.").arg(path);
        return false;
    }
    AnalysisState wanted = state;
    const bool known = std::any_of(sets.begin(), sets.end(),
                                   [&](const DataSetInfo &info) { return info.name == wanted.selection.dataSet; });
    if (!known) {
        wanted.selection.dataSet = sets.front().name;
        wanted.selection.year = 0;
        const std::vector<QString> reporters = sets.front().reporters();
        if (!reporters.empty() &&
            std::find(reporters.begin(), reporters.end(), wanted.selection.reporter) == reporters.end())
            wanted.selection.reporter =
                reporters.front().isEmpty() && reporters.size() > 1 ? reporters[1] : reporters.front();
    }

    std::shared_ptr<Store> previousStore = mStore;
    std::vector<CacheEntry> previousCache;
    previousCache.swap(mCache);
    mStore = store;
    readDataSets();
    if (!restoreState(wanted, error)) {
        mStore = previousStore;
        mCache.swap(previousCache);
        readDataSets();
        return false;
    }
    emit sourceChanged();
    return true;
}

bool AnalysisDocument::push(AnalysisState after, const QString &text, int mergeId)
{
    if (after == mState)
        return true;
    QString error;
    if (!statisticsFor(after, &error)) {
        emit errorOccurred(error);
        return false;
    }
    mUndoStack->push(new AnalysisChangeCommand(this, mState, std::move(after), text, mergeId, mGesture));
    return true;
}

void AnalysisDocument::setThreshold(int criterionIndex, double threshold)
{
    if (criterionIndex < 0 || criterionIndex >= int(mState.criteria.size()))
        return;
    if (mSinceThresholdChange.restart() > kGesturePauseMs)
        ++mGesture;
    AnalysisState after = mState;
    Criterion &c = after.criteria[size_t(criterionIndex)];
    c.threshold = threshold;
    c.enabled = true;
    push(std::move(after), tr("Drempel %1").arg(c.ruleText()), AnalysisChangeCommand::thresholdMergeId(criterionIndex));
}

void AnalysisDocument::setCriterionEnabled(int criterionIndex, bool enabled)
{
    if (criterionIndex < 0 || criterionIndex >= int(mState.criteria.size()))
        return;
    AnalysisState after = mState;
    Criterion &c = after.criteria[size_t(criterionIndex)];
    c.enabled = enabled;
    push(std::move(after),
         enabled ? tr("Criterium aan: %1").arg(c.displayLabel()) : tr("Criterium uit: %1").arg(c.displayLabel()));
}

void AnalysisDocument::applyPreset(const QString &key)
{
    const Preset *preset = findPreset(key);
    if (!preset)
        return;
    setCriteria(preset->criteria, tr("Criteriaset %1").arg(preset->displayName()));
}

void AnalysisDocument::setCriteria(std::vector<Criterion> criteria, const QString &undoText)
{
    AnalysisState after = mState;
    after.criteria = std::move(criteria);
    push(std::move(after), undoText);
}

Criterion AnalysisDocument::newCriterion(Metric metric, const std::vector<Criterion> &existing)
{
    const MetricInfo &info = metricInfo(metric);
    Criterion c;
    c.metric = metric;
    c.comparison = Comparison::Greater;
    // Half for a share (as "meer dan de helft"), 1 for a ratio (more in than out), and the
    // usual "highly concentrated" HHI bound of 0,25 for an index.
    switch (info.unit) {
    case MetricUnit::Share:
        c.threshold = 0.5;
        break;
    case MetricUnit::Ratio:
        c.threshold = 1.0;
        break;
    case MetricUnit::Index:
        c.threshold = 0.25;
        break;
    }
    // Step keys name funnel stages in exports and the CLI, so they stay unique.
    const QString base = metricKey(metric);
    c.stepKey = base;
    for (int n = 2;
         std::any_of(existing.begin(), existing.end(), [&](const Criterion &e) { return e.stepKey == c.stepKey; }); ++n)
        c.stepKey = QStringLiteral("%1_%2").arg(base).arg(n);
    return c;
}

void AnalysisDocument::addCriterion(Metric metric)
{
    std::vector<Criterion> criteria = mState.criteria;
    criteria.push_back(newCriterion(metric, criteria));
    const QString label = criteria.back().displayLabel();
    setCriteria(std::move(criteria), tr("Criterium toegevoegd: %1").arg(label));
}

void AnalysisDocument::removeCriterion(int criterionIndex)
{
    if (criterionIndex < 0 || criterionIndex >= int(mState.criteria.size()) || mState.criteria.size() < 2)
        return;
    std::vector<Criterion> criteria = mState.criteria;
    const QString label = criteria[size_t(criterionIndex)].displayLabel();
    criteria.erase(criteria.begin() + criterionIndex);
    setCriteria(std::move(criteria), tr("Criterium verwijderd: %1").arg(label));
}

void AnalysisDocument::moveCriterion(int criterionIndex, int offset)
{
    const int target = criterionIndex + offset;
    const int count = int(mState.criteria.size());
    if (criterionIndex < 0 || criterionIndex >= count || target < 0 || target >= count || offset == 0)
        return;
    std::vector<Criterion> criteria = mState.criteria;
    const Criterion moved = criteria[size_t(criterionIndex)];
    criteria.erase(criteria.begin() + criterionIndex);
    criteria.insert(criteria.begin() + target, moved);
    setCriteria(std::move(criteria), tr("Criterium verplaatst: %1").arg(moved.displayLabel()));
}

void AnalysisDocument::resetToDefaults()
{
    AnalysisState after = AnalysisState::defaults(mState.selection);
    push(std::move(after), tr("Standaardinstelling CBS 2021"));
}

void AnalysisDocument::setIndustries(const QStringList &industries)
{
    AnalysisState after = mState;
    after.industries = industries;
    push(std::move(after), industries.isEmpty() ? tr("Alle bedrijfstakken")
                                                : tr("Bedrijfstakken: %1").arg(industries.join(QStringLiteral(", "))));
}

bool AnalysisDocument::setSelection(const DataSelection &selection)
{
    AnalysisState after = mState;
    after.selection = resolvedSelection(selection);
    if (after.selection.dataSet != mState.selection.dataSet)
        after.industries.clear(); // industries belong to a data set
    return push(std::move(after),
                tr("Gegevenskeuze %1, %2, %3")
                    .arg(after.selection.dataSet, after.selection.reporter,
                         after.selection.year ? QString::number(after.selection.year) : tr("laatste jaar")));
}

void AnalysisDocument::retranslate()
{
    if (!mStore)
        readDataSets(); // the demo data set's name is translated
    mResult = runFunnel(*mStatistics, AnalysisSettings{mState.criteria, mState.industries});
    emit analysisChanged();
}

} // namespace herkomst::ui
