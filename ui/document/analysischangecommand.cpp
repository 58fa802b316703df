#include "document/analysischangecommand.h"

#include "document/analysisdocument.h"

namespace herkomst::ui {

AnalysisChangeCommand::AnalysisChangeCommand(AnalysisDocument *document, AnalysisState before, AnalysisState after,
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
    mDocument->applyState(mBefore);
}

void AnalysisChangeCommand::redo()
{
    mDocument->applyState(mAfter);
}

bool AnalysisChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AnalysisChangeCommand *>(other);
    if (next->mGesture != mGesture)
        return false;
    mAfter = next->mAfter;
    setText(next->text());
    // A drag that ends where it began leaves nothing to undo.
    if (mAfter == mBefore)
        setObsolete(true);
    return true;
}

} // namespace herkomst::ui
