#pragma once

#include "domain/criterion.h"
#include "session/dataselection.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace herkomst {

// Everything a user can change about an analysis, as one value: what a saved analysis records,
// what the window remembers between sessions and what undo restores. JSON: analysisstatejson.h.
struct AnalysisState {
    DataSelection selection;
    std::vector<Criterion> criteria;
    QStringList industries;       // empty: all industries
    Persistence persistence = {}; // the rule over several years (docs/design.md §1)

    bool operator==(const AnalysisState &other) const;
    bool operator!=(const AnalysisState &other) const { return !(*this == other); }

    // The CBS 2021 criteria on the given selection, all industries.
    static AnalysisState defaults(const DataSelection &selection = {});

    // Key of the built-in preset whose criteria and persistence these equal exactly, or kCustomPresetKey.
    QString presetKey() const;
    // What the funnel runs with.
    AnalysisSettings settings() const { return AnalysisSettings{criteria, industries, persistence}; }
};

inline const QString kCustomPresetKey = QStringLiteral("custom");

} // namespace herkomst
