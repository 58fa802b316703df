#include "session/analysisstate.h"

#include "domain/preset.h"

namespace herkomst {

namespace {

bool sameSelection(const DataSelection &a, const DataSelection &b)
{
    return a.dataSet == b.dataSet && a.reporter == b.reporter && a.year == b.year && a.euComposition == b.euComposition;
}

} // namespace

bool AnalysisState::operator==(const AnalysisState &other) const
{
    return sameSelection(selection, other.selection) && criteria == other.criteria && industries == other.industries &&
           persistence == other.persistence;
}

AnalysisState AnalysisState::defaults(const DataSelection &selection)
{
    AnalysisState state;
    state.selection = selection;
    state.criteria = defaultPreset().criteria;
    state.persistence = defaultPreset().persistence;
    return state;
}

QString AnalysisState::presetKey() const
{
    for (const Preset &preset : builtInPresets()) {
        if (preset.criteria == criteria && preset.persistence == persistence)
            return preset.key;
    }
    return kCustomPresetKey;
}

} // namespace herkomst
