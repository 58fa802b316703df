#pragma once

#include "session/analysisstate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace herkomst {

class JsonFieldReader;

// The one JSON form of an AnalysisState: the fields "selection", "preset", "criteria" and
// "industries" of a saved analysis (docs/saved-analyses.md). Saved files and the window's
// remembered session both use it, so a state reads back the same wherever it was written.
class AnalysisStateJson {
    Q_DECLARE_TR_FUNCTIONS(AnalysisStateJson)

public:
    // Adds the state's fields to object. Comparisons are ASCII (">=") to keep hand edits easy;
    // thresholds are JSON numbers that read back bit for bit.
    static void write(const AnalysisState &state, QJsonObject &object);
    static QJsonObject toJson(const AnalysisState &state);

    // Reads the state's fields, strictly: a missing or mistyped field, an unknown metric,
    // comparison, criteria set or EU composition, or a threshold outside its metric's domain
    // fails with the reader's message naming the field by its path.
    static std::optional<AnalysisState> read(const QJsonObject &object, JsonFieldReader &reader);
    // The same for JSON that is not a file of its own; sourceName starts the message.
    static std::optional<AnalysisState> read(const QJsonObject &object, const QString &sourceName, QString *error);
};

} // namespace herkomst
