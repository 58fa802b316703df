#pragma once

#include "analysis/funnelanalysis.h"
#include "document/analysisstate.h"
#include "store/datasetinfo.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>

class QUndoStack;

namespace herkomst {
class Store;
}

namespace herkomst::ui {

// The analysis a window shows: the data source (a store or the embedded demo data), the loaded
// statistics, the criteria and their result, and the undo stack. Statistics are computed once per
// data set, reporter, year and EU composition; a threshold change only re-runs the funnel.
// Every change ends in exactly one analysisChanged(), after which all views update together.
class AnalysisDocument : public QObject {
    Q_OBJECT

public:
    explicit AnalysisDocument(QObject *parent = nullptr);
    ~AnalysisDocument() override;

    // --- data source (not undoable: a new source starts a new history) ---
    void useDemoData(const AnalysisState &state = AnalysisState::defaults());
    // Opens a store and shows the state's data set (or the store's first). False with a Dutch
    // *error, leaving the document as it was.
    bool openStore(const QString &path, const AnalysisState &state, QString *error);
    // Replaces the state without undo (restoring settings or a saved analysis).
    bool restoreState(const AnalysisState &state, QString *error);

    bool isDemo() const { return !mStore; }
    const Store *store() const { return mStore.get(); }
    QString storePath() const;
    const std::vector<DataSetInfo> &dataSets() const { return mDataSets; } // the demo data gives one synthetic entry
    // Re-reads the store's data sets (after an import, rename or delete) and emits sourceChanged.
    void refreshDataSets();
    DataSetInfo currentDataSet() const;
    bool isSynthetic() const;
    QString provenance() const; // one Dutch line for the status bar and captions
    QStringList reporters() const;
    std::vector<int> years() const;                                        // years of the current data set and reporter
    const QStringList &availableIndustries() const { return mIndustries; } // in the loaded statistics, sorted

    // --- the analysis ---
    const AnalysisState &state() const { return mState; }
    const std::vector<Criterion> &criteria() const { return mState.criteria; }
    QString presetKey() const { return presetKeyFor(mState.criteria); }
    const StatisticsSet &statistics() const { return *mStatistics; }
    const StatisticsTable &table() const { return mStatistics->primary; }
    const AnalysisResult &result() const { return mResult; }
    int analysisYear() const;
    // Increases whenever other statistics are loaded: views reset instead of refresh.
    int statisticsGeneration() const { return mStatisticsGeneration; }
    QUndoStack *undoStack() const { return mUndoStack; }

    // --- undoable edits ---
    void setThreshold(int criterionIndex, double threshold);
    void setCriterionEnabled(int criterionIndex, bool enabled);
    void applyPreset(const QString &key);
    // Edits of the criteria list itself; the funnel follows the list. Each is one undo step.
    void setCriteria(std::vector<Criterion> criteria, const QString &undoText);
    void addCriterion(Metric metric);
    void removeCriterion(int criterionIndex); // the last criterion stays
    void moveCriterion(int criterionIndex, int offset);
    // A new criterion on the metric: strict ">", a threshold in the middle of what its unit means.
    static Criterion newCriterion(Metric metric, const std::vector<Criterion> &existing = {});
    void resetToDefaults(); // CBS 2021 criteria, all industries
    void setIndustries(const QStringList &industries);
    bool setSelection(const DataSelection &selection);
    // Closes the running slider gesture: the next threshold change is a new undo step.
    void endThresholdGesture() { ++mGesture; }

    // Re-runs the funnel so step labels follow the screen language.
    void retranslate();

    // Used by AnalysisChangeCommand.
    void applyState(const AnalysisState &state);

signals:
    void analysisChanged();
    void sourceChanged(); // store or its data sets changed
    void errorOccurred(const QString &message);

private:
    std::shared_ptr<const StatisticsSet> statisticsFor(const AnalysisState &state, QString *error);
    bool push(AnalysisState after, const QString &text, int mergeId = -1);
    DataSelection resolvedSelection(DataSelection selection) const;

    void readDataSets();

    std::shared_ptr<Store> mStore;
    // Cached per source and statistics: views ask on every change, and a store query each time
    // would cost more than the funnel itself.
    std::vector<DataSetInfo> mDataSets;
    QStringList mIndustries;
    AnalysisState mState;
    std::shared_ptr<const StatisticsSet> mStatistics;
    AnalysisResult mResult;
    int mStatisticsGeneration = 0;
    QUndoStack *mUndoStack;
    int mGesture = 0;
    QElapsedTimer mSinceThresholdChange;

    // A few recently used statistics, so undoing a year or EU change does not recompute them.
    // Statistics loaded for more years also serve criteria that need fewer.
    struct CacheEntry;
    std::vector<CacheEntry> mCache;
};

} // namespace herkomst::ui
