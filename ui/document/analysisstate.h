#pragma once

#include "domain/criterion.h"
#include "session/dataselection.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace herkomst::ui {

// Everything a user can change about an analysis, as one value: what undo restores, what
// QSettings remembers and what a saved analysis records.
struct AnalysisState {
    DataSelection selection;
    std::vector<Criterion> criteria;
    QStringList industries; // empty: all industries

    bool operator==(const AnalysisState &other) const;
    bool operator!=(const AnalysisState &other) const { return !(*this == other); }

    // The CBS 2021 criteria on the given selection.
    static AnalysisState defaults(const DataSelection &selection = {});

    QJsonObject toJson() const;
    // Missing or unknown fields fall back to the defaults, so old settings never break a start.
    static AnalysisState fromJson(const QJsonObject &json);
};

// Key of the built-in preset whose criteria equal these exactly, or "custom" ("eigen instelling").
QString presetKeyFor(const std::vector<Criterion> &criteria);
inline const QString kCustomPresetKey = QStringLiteral("custom");

QJsonObject criterionToJson(const Criterion &criterion);
std::optional<Criterion> criterionFromJson(const QJsonObject &json);

} // namespace herkomst::ui
