#include "document/analysisdocument.h"

#include "demo/demodata.h"
#include "document/analysischangecommand.h"
#include "document/statisticsloader.h"
#include "domain/industryname.h"
#include "domain/preset.h"
#include "session/savedanalysis.h"
#include "store/servicesstore.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSignalBlocker>
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

// The demo data set's name follows the screen language, so it is no part of its key.
QString cacheKey(const QString &storePath, const DataSelection &s)
{
    return QStringList{storePath, storePath.isEmpty() ? QString() : s.dataSet, s.reporter, QString::number(s.year),
                       euCompositionKey(s.euComposition)}
        .join(QChar(0x1f));
}

} // namespace

struct AnalysisDocument::CacheEntry {
    QString key;
    int yearWindow = 1;
    std::shared_ptr<const StatisticsSet> statistics;
};

// What waits for its statistics: an edit, pushed as one undo step once they are in, or a
// replacement of what the document shows (another source, a saved file, a remembered session).
struct AnalysisDocument::Request {
    enum class Kind { Edit, Replace } kind = Kind::Replace;
    std::shared_ptr<Store> store; // the source once loaded; null: the demo data
    AnalysisState state;          // what to show
    // An edit: the state it was made on (stale once that changed) and its undo step.
    AnalysisState basis;
    QString undoText;
    int mergeId = -1;
    int gesture = 0;
    // A replacement: the file the document then is (unset: it stays the one it was), whether it
    // then holds changes that file does not, and the view state to announce with opened().
    std::optional<QString> fileName;
    bool modified = true;
    std::optional<QJsonObject> view;
    bool fallBackToDefaults = false; // demo data: the CBS defaults when the state does not load
};

AnalysisDocument::AnalysisDocument(QObject *parent)
    : QObject(parent)
    , mState(AnalysisState::defaults())
    , mStatistics(emptyStatistics())
    , mUndoStack(new QUndoStack(this))
    , mLoader(std::make_unique<StatisticsLoader>())
{
    mResult = runFunnel(*mStatistics, AnalysisSettings{mState.criteria, {}, mState.persistence});
    mSinceThresholdChange.start();
    mLoader->onProgress = [this](int percent) { emit loadingProgress(percent); };
    mLoader->onFinished = [this](const StatisticsLoader::Outcome &outcome) {
        loadFinished(outcome.statistics, outcome.error);
    };
    connect(mUndoStack, &QUndoStack::cleanChanged, this, &AnalysisDocument::fileChanged);
}

AnalysisDocument::~AnalysisDocument() = default;

QString AnalysisDocument::storePath() const
{
    return mStore ? mStore->path() : QString();
}

std::vector<DataSetInfo> AnalysisDocument::dataSetsOf(const Store *store) const
{
    if (!store)
        return {demoDataSetInfo()};
    // Services data sets (Table 1) hold no goods: nothing to analyse; the view Diensten en goederen uses them.
    std::vector<DataSetInfo> goods;
    for (DataSetInfo &info : store->dataSets()) {
        if (!holdsServices(*store, info.id))
            goods.push_back(std::move(info));
    }
    return goods;
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

// --- statistics: cache and loading ---------------------------------------------------------

std::shared_ptr<const StatisticsSet> AnalysisDocument::cached(const QString &storePath,
                                                              const AnalysisState &state) const
{
    const QString key = cacheKey(storePath, state.selection);
    const int window = requiredYearWindow(state.persistence);
    // Prefer the statistics on screen, so dropping a multi-year criterion recomputes nothing.
    const auto hit = std::find_if(mCache.begin(), mCache.end(), [&](const CacheEntry &e) {
        return e.key == key && e.yearWindow >= window && e.statistics == mStatistics;
    });
    if (hit != mCache.end())
        return hit->statistics;
    const auto other = std::find_if(mCache.begin(), mCache.end(),
                                    [&](const CacheEntry &e) { return e.key == key && e.yearWindow >= window; });
    return other != mCache.end() ? other->statistics : nullptr;
}

void AnalysisDocument::remember(const QString &storePath, const AnalysisState &state,
                                const std::shared_ptr<const StatisticsSet> &statistics)
{
    // Statistics loaded for more years keep serving those years when a state needing fewer uses them.
    int window = requiredYearWindow(state.persistence);
    const auto known =
        std::find_if(mCache.begin(), mCache.end(), [&](const CacheEntry &e) { return e.statistics == statistics; });
    if (known != mCache.end()) {
        window = std::max(window, known->yearWindow);
        mCache.erase(known);
    }
    mCache.insert(mCache.begin(), CacheEntry{cacheKey(storePath, state.selection), window, statistics});
    if (mCache.size() > kCacheSize)
        mCache.pop_back();
}

void AnalysisDocument::request(std::unique_ptr<Request> request)
{
    const bool wasLoading = isLoading();
    mLoader->cancel();
    mPending.reset();
    const QString path = request->store ? request->store->path() : QString();
    // Statistics in the cache serve the same source only: a store opened again may hold other data.
    if (request->store == mStore && mShowsData) {
        if (std::shared_ptr<const StatisticsSet> statistics = cached(path, request->state)) {
            complete(std::move(request), std::move(statistics));
            if (wasLoading)
                emit loadingChanged(false);
            return;
        }
    }
    mLoader->start(path, request->state.selection, requiredYearWindow(request->state.persistence));
    mPending = std::move(request);
    if (!wasLoading)
        emit loadingChanged(true);
}

void AnalysisDocument::loadFinished(std::shared_ptr<const StatisticsSet> statistics, const QString &error)
{
    if (!mPending)
        return;
    std::unique_ptr<Request> done = std::move(mPending);
    if (statistics) {
        complete(std::move(done), std::move(statistics));
        emit loadingChanged(false);
        return;
    }
    AnalysisState defaults = AnalysisState::defaults();
    defaults.selection.dataSet = demo::dataSetName();
    if (done->fallBackToDefaults && done->state != defaults) {
        // Settings of another data source: the demo data always have the CBS defaults.
        done->state = defaults;
        request(std::move(done));
        return;
    }
    emit loadingChanged(false);
    if (!error.isEmpty())
        emit errorOccurred(error);
    if (!mShowsData && done->store)
        useDemoData(); // nothing shown yet: the labelled demo data rather than an empty window
}

void AnalysisDocument::cancelLoading()
{
    if (!mPending)
        return;
    mLoader->cancel();
    const bool fromStore = mPending->store != nullptr;
    mPending.reset();
    emit loadingChanged(false);
    if (!mShowsData && fromStore)
        useDemoData();
}

QString AnalysisDocument::loadingSubject() const
{
    if (!mPending)
        return {};
    return mPending->store ? mPending->state.selection.dataSet : demo::dataSetName();
}

void AnalysisDocument::complete(std::unique_ptr<Request> request, std::shared_ptr<const StatisticsSet> statistics)
{
    if (request->kind == Request::Kind::Edit) {
        if (request->basis != mState)
            return; // the analysis moved on while this loaded
        remember(storePath(), request->state, statistics);
        mUndoStack->push(new AnalysisChangeCommand(this, AppliedState{mState, mStatistics},
                                                   AppliedState{request->state, std::move(statistics)},
                                                   request->undoText, request->mergeId, request->gesture));
        return;
    }
    if (request->store != mStore || !mShowsData) {
        mCache.clear();
        mStore = request->store;
        mDataSets = dataSetsOf(mStore.get());
    }
    remember(storePath(), request->state, statistics);
    mUndoStack->clear(); // another source or file starts a new history
    apply(AppliedState{request->state, std::move(statistics)});
    setFile(request->fileName.value_or(mFileName), request->modified);
    emit sourceChanged();
    if (request->view)
        emit opened(*request->view);
}

void AnalysisDocument::apply(const AppliedState &applied)
{
    if (applied.statistics != mStatistics) {
        mStatistics = applied.statistics;
        ++mStatisticsGeneration;
        QSet<QString> seen;
        mIndustries.clear();
        const QString *previous = nullptr;
        for (const ProductInfo &product : table().data->products) {
            // Neighbouring HS codes mostly share their industry: compare before hashing.
            if (product.industry.isEmpty() || (previous && *previous == product.industry))
                continue;
            previous = &product.industry;
            if (!seen.contains(product.industry)) {
                seen.insert(product.industry);
                mIndustries << product.industry;
            }
        }
        mIndustries.sort(Qt::CaseInsensitive);
    }
    mState = applied.state;
    mShowsData = true;
    mResult = runFunnel(*mStatistics, mState.settings());
    emit analysisChanged();
}

// --- sources ---------------------------------------------------------------------------------

DataSelection AnalysisDocument::resolvedSelection(DataSelection selection, const std::vector<DataSetInfo> &sets,
                                                  bool demo) const
{
    if (demo) {
        selection.dataSet = demo::dataSetName();
        return selection;
    }
    // Pin the data set by name, so a store that gains a second data set still loads the same one.
    const bool known =
        std::any_of(sets.begin(), sets.end(), [&](const DataSetInfo &info) { return info.name == selection.dataSet; });
    if (known || sets.empty())
        return selection;
    selection.dataSet = sets.front().name;
    selection.year = 0;
    const std::vector<QString> reporters = sets.front().reporters();
    if (!reporters.empty() && std::find(reporters.begin(), reporters.end(), selection.reporter) == reporters.end())
        selection.reporter = reporters.front().isEmpty() && reporters.size() > 1 ? reporters[1] : reporters.front();
    return selection;
}

std::unique_ptr<AnalysisDocument::Request> AnalysisDocument::replacement(std::shared_ptr<Store> store,
                                                                         AnalysisState state) const
{
    state.selection = resolvedSelection(state.selection, dataSetsOf(store.get()), !store);
    auto request = std::make_unique<Request>();
    request->store = std::move(store);
    request->state = std::move(state);
    return request;
}

namespace {

// A store that exists, opened on the GUI thread (loading opens one of its own).
std::shared_ptr<Store> openExisting(const QString &path, QString *error)
{
    // Opening a missing store would create an empty one; say what is missing instead.
    if (!QFileInfo::exists(path)) {
        *error = AnalysisDocument::tr("De database %1 bestaat niet (meer).").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    auto store = std::make_shared<Store>();
    if (!store->open(path, error))
        return nullptr;
    return store;
}

} // namespace

void AnalysisDocument::useDemoData(const AnalysisState &state)
{
    std::unique_ptr<Request> r = replacement(nullptr, state);
    r->modified = mShowsData; // the first data shown are no change
    r->fallBackToDefaults = true;
    request(std::move(r));
}

bool AnalysisDocument::openStore(const QString &path, const AnalysisState &state, QString *error)
{
    std::shared_ptr<Store> store = openExisting(path, error);
    if (!store)
        return false;
    if (store->dataSets().empty()) {
        *error = tr("De database %1 bevat nog geen gegevenssets; importeer eerst een bestand.").arg(path);
        return false;
    }
    std::unique_ptr<Request> r = replacement(std::move(store), state);
    r->modified = mShowsData;
    request(std::move(r));
    return true;
}

void AnalysisDocument::startNew()
{
    std::unique_ptr<Request> r = replacement(nullptr, AnalysisState::defaults());
    r->fileName = QString();
    r->modified = false;
    r->view = QJsonObject();
    request(std::move(r));
}

bool AnalysisDocument::restoreSession(const QString &storePath, const AnalysisState &state,
                                      const QJsonObject &viewState, bool modified, QString *error)
{
    std::shared_ptr<Store> store;
    if (!storePath.isEmpty()) {
        store = openExisting(storePath, error);
        if (!store)
            return false;
    }
    std::unique_ptr<Request> r = replacement(std::move(store), state);
    r->fileName = QString();
    r->modified = modified;
    r->view = viewState;
    r->fallBackToDefaults = !r->store;
    request(std::move(r));
    return true;
}

// --- the file --------------------------------------------------------------------------------

bool AnalysisDocument::isModified() const
{
    return !mUndoStack->isClean();
}

QString AnalysisDocument::windowTitle() const
{
    const QString name = mFileName.isEmpty() ? tr("Niet-opgeslagen analyse") : QFileInfo(mFileName).fileName();
    return tr("%1[*] — Herkomst").arg(name);
}

void AnalysisDocument::setFile(const QString &fileName, bool modified)
{
    mFileName = fileName;
    const QSignalBlocker blocker(mUndoStack); // one fileChanged below, not one per call
    if (modified)
        mUndoStack->resetClean();
    else
        mUndoStack->setClean();
    emit fileChanged();
}

bool AnalysisDocument::open(const QString &path, QString *error)
{
    const std::optional<SavedAnalysis> analysis = readSavedAnalysis(path, error);
    if (!analysis)
        return false;
    std::shared_ptr<Store> store;
    AnalysisState state = analysis->state;
    if (!analysis->storePath.isEmpty()) {
        QString reason;
        store = openExisting(analysis->storePath, &reason);
        if (!store) {
            *error = tr("De analyse %1 hoort bij een database die niet te openen is: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
            return false;
        }
        *error = checkAgainstStore(*analysis, store.get());
        if (!error->isEmpty())
            return false;
        if (!analysis->dataSetName.isEmpty())
            state.selection.dataSet = analysis->dataSetName;
    }
    std::unique_ptr<Request> r = replacement(std::move(store), std::move(state));
    r->fileName = path;
    r->modified = false;
    r->view = analysis->viewState;
    request(std::move(r));
    return true;
}

bool AnalysisDocument::save(const QString &path, const QJsonObject &viewState, QString *error)
{
    SavedAnalysis analysis;
    analysis.state = mState;
    analysis.viewState = viewState;
    if (!recordProvenance(analysis, mStore.get(), error) || !writeSavedAnalysis(analysis, path, error))
        return false;
    setFile(path, false);
    return true;
}

void AnalysisDocument::setSourceLine(const QString &line)
{
    if (line == mSourceLine)
        return;
    mSourceLine = line;
    emit analysisChanged(); // captions name it
}

// --- undoable edits ----------------------------------------------------------------------------

void AnalysisDocument::push(AnalysisState after, const QString &text, int mergeId)
{
    if (isLoading() || !mShowsData || after == mState)
        return;
    auto r = std::make_unique<Request>();
    r->kind = Request::Kind::Edit;
    r->store = mStore;
    r->basis = mState;
    r->state = std::move(after);
    r->undoText = text;
    r->mergeId = mergeId;
    r->gesture = mGesture;
    request(std::move(r));
}

void AnalysisDocument::setThreshold(int criterionIndex, double threshold)
{
    if (criterionIndex < 0 || criterionIndex >= int(mState.criteria.size()))
        return;
    AnalysisState after = mState;
    Criterion &c = after.criteria[size_t(criterionIndex)];
    if (checkThreshold(c.metric, threshold) != ThresholdProblem::None) {
        const ThresholdDomain domain = thresholdDomain(c.metric);
        emit errorOccurred(
            tr("De drempel %1 ligt buiten het bereik van %2 (%3 tot en met %4).")
                .arg(threshold)
                .arg(c.displayLabel())
                .arg(formatThreshold(c.metric, domain.lowest), formatThreshold(c.metric, domain.highest)));
        return;
    }
    if (mSinceThresholdChange.restart() > kGesturePauseMs)
        ++mGesture;
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
    // The criteria and their persistence rule together: one undo step.
    AnalysisState after = mState;
    after.criteria = preset->criteria;
    after.persistence = preset->persistence;
    push(std::move(after), tr("Criteriaset %1").arg(preset->displayName()));
}

void AnalysisDocument::setPersistence(Persistence rule)
{
    AnalysisState after = mState;
    after.persistence = rule;
    push(std::move(after),
         rule.multiYear() ? tr("Over meerdere jaren: %1 van %2").arg(rule.minYears).arg(rule.years) : tr("Eén jaar"));
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
    push(AnalysisState::defaults(mState.selection), tr("Standaardinstelling CBS 2021"));
}

void AnalysisDocument::setIndustries(const QStringList &industries)
{
    AnalysisState after = mState;
    after.industries = industries;
    push(std::move(after),
         industries.isEmpty() ? tr("Alle bedrijfstakken") : tr("Bedrijfstakken: %1").arg(industryNames(industries)));
}

void AnalysisDocument::setSelection(const DataSelection &selection)
{
    AnalysisState after = mState;
    after.selection = resolvedSelection(selection, mDataSets, isDemo());
    if (after.selection.dataSet != mState.selection.dataSet)
        after.industries.clear(); // industries belong to a data set
    const QString year = after.selection.year ? QString::number(after.selection.year) : tr("laatste jaar");
    const QString text = tr("Gegevenskeuze %1, %2, %3").arg(after.selection.dataSet, after.selection.reporter, year);
    push(std::move(after), text);
}

void AnalysisDocument::retranslate()
{
    if (!mStore)
        mDataSets = dataSetsOf(nullptr); // the demo data set's name is translated
    mResult = runFunnel(*mStatistics, mState.settings());
    emit analysisChanged();
}

} // namespace herkomst::ui
