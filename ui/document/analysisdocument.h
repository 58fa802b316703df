#pragma once

#include "analysis/funnelanalysis.h"
#include "session/analysisstate.h"
#include "store/datasetinfo.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <memory>
#include <optional>

class QUndoStack;

namespace herkomst {
class Store;
}

namespace herkomst::ui {

class StatisticsLoader;

// An analysis state with the statistics it runs on: what the document shows, and what an undo
// step restores without loading anything again.
struct AppliedState {
    AnalysisState state;
    std::shared_ptr<const StatisticsSet> statistics;
};

// The analysis a window shows, and the file it belongs to. It holds the data source (a store or
// the embedded demo data), the loaded statistics, the state and its result, the undo stack, the
// file name and whether the analysis holds changes that file does not (the undo stack's clean
// state). Statistics are loaded once per data set, reporter, year and EU composition, on a worker
// thread; a threshold change only re-runs the funnel. Every change of what is shown ends in
// exactly one analysisChanged(), after which all views update together. docs/design.md §6.
class AnalysisDocument : public QObject {
    Q_OBJECT

public:
    explicit AnalysisDocument(QObject *parent = nullptr);
    ~AnalysisDocument() override;

    // --- data source and loading ---
    // Statistics not loaded yet load in the background: these return at once, and the document
    // switches when they are in (loadingChanged(false), then analysisChanged). A failed load
    // leaves the document as it was and says why through errorOccurred; so does a cancel, silently.
    // Another source is a change the file does not hold, and starts a new undo history.
    void useDemoData(const AnalysisState &state = AnalysisState::defaults());
    // Opens a store and shows the state's data set (or the store's first). False with a Dutch
    // *error when the store cannot be opened or holds no data set, leaving the document as it was.
    bool openStore(const QString &path, const AnalysisState &state, QString *error);
    // A new, untitled analysis on the demo data with the CBS 2021 criteria, nothing to save.
    void startNew();
    bool isLoading() const { return mPending != nullptr; }
    bool showsData() const { return mShowsData; } // false until the first statistics are in
    QString loadingSubject() const;               // the data set being loaded, for the loading state
    void cancelLoading();                         // back to what was shown (the demo data when nothing was)

    bool isDemo() const { return !mStore; }
    QString storePath() const;
    const std::vector<DataSetInfo> &dataSets() const { return mDataSets; } // the demo data gives one synthetic entry
    DataSetInfo currentDataSet() const;
    bool isSynthetic() const;
    QString provenance() const; // one line for the status bar
    QStringList reporters() const;
    std::vector<int> years() const;                                        // years of the current data set and reporter
    const QStringList &availableIndustries() const { return mIndustries; } // in the loaded statistics, sorted

    // --- the file ---
    QString fileName() const { return mFileName; } // empty: never saved
    bool isModified() const;                       // changes the file (or, untitled, no file) does not hold
    QString windowTitle() const; // "analyse.herkomst[*] — Herkomst", or "Niet-opgeslagen analyse…"
    // Reads a saved analysis and checks its data set now (false with a Dutch *error naming what
    // is wrong, the document unchanged), then loads it; opened() follows with its view state.
    bool open(const QString &path, QString *error);
    // Writes the analysis with its provenance and the window's view state; the document is then
    // that file, unmodified. False with a Dutch *error, the document unchanged.
    bool save(const QString &path, const QJsonObject &viewState, QString *error);
    // Restores a remembered untitled session: the state on a store (empty path: the demo data),
    // shown as unsaved when it held changes. False with *error when the store does not open.
    bool restoreSession(const QString &storePath, const AnalysisState &state, const QJsonObject &viewState,
                        bool modified, QString *error);
    // The caption's source line as the user set it (empty: the data's own), for charts and exports.
    QString sourceLine() const { return mSourceLine; }
    void setSourceLine(const QString &line);

    // --- the analysis ---
    const AnalysisState &state() const { return mState; }
    const std::vector<Criterion> &criteria() const { return mState.criteria; }
    QString presetKey() const { return mState.presetKey(); }
    const StatisticsSet &statistics() const { return *mStatistics; }
    const StatisticsTable &table() const { return mStatistics->primary; }
    const AnalysisResult &result() const { return mResult; }
    int analysisYear() const;
    // Increases whenever other statistics are shown: views reset instead of refresh.
    int statisticsGeneration() const { return mStatisticsGeneration; }
    QUndoStack *undoStack() const { return mUndoStack; }

    // --- undoable edits (ignored while loading: the dock is then disabled) ---
    // A threshold outside its metric's domain (metric.h) is refused with errorOccurred.
    void setThreshold(int criterionIndex, double threshold);
    void setCriterionEnabled(int criterionIndex, bool enabled);
    void applyPreset(const QString &key);
    // Edits of the criteria list itself; the funnel follows the list. Each is one undo step.
    void setCriteria(std::vector<Criterion> criteria, const QString &undoText);
    // The persistence rule ("in at least k of the last n years"); one undo step.
    void setPersistence(Persistence rule);
    void addCriterion(Metric metric);
    void removeCriterion(int criterionIndex); // the last criterion stays
    void moveCriterion(int criterionIndex, int offset);
    void resetToDefaults(); // CBS 2021 criteria, all industries
    void setIndustries(const QStringList &industries);
    // Another data set, reporter, year or EU composition: loads in the background when needed.
    void setSelection(const DataSelection &selection);
    // Closes the running slider gesture: the next threshold change is a new undo step.
    void endThresholdGesture() { ++mGesture; }

    // Re-runs the funnel so step labels follow the screen language.
    void retranslate();

    // Used by AnalysisChangeCommand.
    void apply(const AppliedState &applied);

signals:
    void analysisChanged();
    void sourceChanged(); // store or its data sets changed
    void fileChanged();   // file name or modified state: the caption follows
    void errorOccurred(const QString &message);
    void loadingChanged(bool loading);
    void loadingProgress(int percent); // 0..100 while loading, when the source reports it
    // A saved analysis or remembered session is shown: views restore their part of it.
    void opened(const QJsonObject &viewState);

private:
    struct Request;
    struct CacheEntry;

    // A new criterion on the metric: strict ">", a threshold in the middle of what its unit means.
    static Criterion newCriterion(Metric metric, const std::vector<Criterion> &existing);

    std::shared_ptr<const StatisticsSet> cached(const QString &storePath, const AnalysisState &state) const;
    void remember(const QString &storePath, const AnalysisState &state,
                  const std::shared_ptr<const StatisticsSet> &statistics);
    void request(std::unique_ptr<Request> request);
    void complete(std::unique_ptr<Request> request, std::shared_ptr<const StatisticsSet> statistics);
    void loadFinished(std::shared_ptr<const StatisticsSet> statistics, const QString &error);
    // Makes `after` one undo step, now or once its statistics are in; nothing while loading.
    void push(AnalysisState after, const QString &text, int mergeId = -1);
    std::unique_ptr<Request> replacement(std::shared_ptr<Store> store, AnalysisState state) const;
    DataSelection resolvedSelection(DataSelection selection, const std::vector<DataSetInfo> &sets, bool demo) const;
    std::vector<DataSetInfo> dataSetsOf(const Store *store) const;
    void setFile(const QString &fileName, bool modified);

    std::shared_ptr<Store> mStore; // the GUI thread's own; loading opens another
    // Cached per source and statistics: views ask on every change, and a store query each time
    // would cost more than the funnel itself.
    std::vector<DataSetInfo> mDataSets;
    QStringList mIndustries;
    AnalysisState mState;
    std::shared_ptr<const StatisticsSet> mStatistics;
    AnalysisResult mResult;
    int mStatisticsGeneration = 0;
    bool mShowsData = false; // false until the first statistics are in
    QUndoStack *mUndoStack;
    int mGesture = 0;
    QElapsedTimer mSinceThresholdChange;
    QString mFileName;
    QString mSourceLine;

    std::unique_ptr<Request> mPending;

    // A few recently used statistics, so choosing a year or EU composition again loads nothing.
    // Statistics loaded for more years also serve criteria that need fewer.
    std::vector<CacheEntry> mCache;

    // Last, so it goes first: it waits for its threads before anything they report to is gone.
    std::unique_ptr<StatisticsLoader> mLoader;
};

} // namespace herkomst::ui
