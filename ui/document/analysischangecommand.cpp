#include "document/analysischangecommand.h"

namespace herkomst::ui {

AnalysisChangeCommand::AnalysisChangeCommand(AnalysisDocument *document, AppliedState before, AppliedState after,
                                             const QString &text, int mergeId, int gesture)
    : QUndoCommand(text)
    , mDocument(document)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
    , mMergeId(mergeId)
    , mGesture(gesture)
{}

void AnalysisChangeCommand::undo()
{
    mDocument->apply(mBefore);
}

void AnalysisChangeCommand::redo()
{
    mDocument->apply(mAfter);
}

bool AnalysisChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AnalysisChangeCommand *>(other);
    if (next->mGesture != mGesture)
        return false;
    mAfter = next->mAfter;
    setText(next->text());
    // A drag that ends where it began leaves nothing to undo.
    if (mAfter.state == mBefore.state)
        setObsolete(true);
    return true;
}

} // namespace herkomst::ui
