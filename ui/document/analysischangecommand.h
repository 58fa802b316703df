#pragma once

#include "document/analysisdocument.h"

#include <QUndoCommand>

namespace herkomst::ui {

// One undoable change of the analysis, stored as the state before and after together with the
// statistics each ran on, so undo and redo never load anything. Threshold changes of one
// criterion within one gesture (a slider drag, a run of arrow keys) merge into one step.
class AnalysisChangeCommand : public QUndoCommand {
public:
    AnalysisChangeCommand(AnalysisDocument *document, AppliedState before, AppliedState after, const QString &text,
                          int mergeId = -1, int gesture = 0);

    void undo() override;
    void redo() override;
    int id() const override { return mMergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    // Merge ids for threshold changes: one per criterion index.
    static int thresholdMergeId(int criterionIndex) { return 1000 + criterionIndex; }

private:
    AnalysisDocument *mDocument;
    AppliedState mBefore;
    AppliedState mAfter;
    int mMergeId;
    int mGesture;
};

} // namespace herkomst::ui
