#pragma once

#include "document/analysisstate.h"

#include <QUndoCommand>

namespace herkomst::ui {

class AnalysisDocument;

// One undoable change of the analysis, stored as the state before and after. Threshold changes
// of one criterion within one gesture (a slider drag, a run of arrow keys) merge into one step.
class AnalysisChangeCommand : public QUndoCommand {
public:
    AnalysisChangeCommand(AnalysisDocument *document, AnalysisState before, AnalysisState after, const QString &text,
                          int mergeId = -1, int gesture = 0);

    void undo() override;
    void redo() override;
    int id() const override { return mMergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    // Merge ids for threshold changes: one per criterion index.
    static int thresholdMergeId(int criterionIndex) { return 1000 + criterionIndex; }

private:
    AnalysisDocument *mDocument;
    AnalysisState mBefore;
    AnalysisState mAfter;
    int mMergeId;
    int mGesture;
};

} // namespace herkomst::ui
