#pragma once

#include "session/analysisstate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace herkomst {

class Store;

// Everything needed to reopen an analysis exactly as it was left, stored as JSON in a
// ".herkomst" file: the data set with its provenance (to notice a changed or missing data set),
// the analysis state (selection, criteria with their thresholds, industries) and the window's
// own view state. Format: docs/saved-analyses.md.
struct SavedAnalysis {
    Q_DECLARE_TR_FUNCTIONS(SavedAnalysis)

public:
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    QString storePath;   // empty: the embedded demo data
    QString dataSetName; // with its provenance below, to detect a different/missing data set
    QString dataSetSource;
    QStringList fileChecksums; // SHA-256 of the imported source files
    bool synthetic = false;
    AnalysisState state;
    // The criteria set as the file names it (the preset the criteria started from, or "custom");
    // informational, for output that names it. Writing always records state.presetKey().
    QString presetKey;
    QJsonObject viewState; // free-form state owned by the window (filters, selection, chart mode)
};

QString savedAnalysisSuffix();     // "herkomst"
QString savedAnalysisMimeType();   // "application/x-herkomst-analysis"
QString savedAnalysisFileFilter(); // "Herkomst-analyse (*.herkomst)", translated

// Writes the analysis as JSON, atomically: an existing file is replaced only once the new one is
// complete. False with a Dutch *error when it cannot, or when a threshold lies outside its
// metric's domain (such a file could not be read back).
bool writeSavedAnalysis(const SavedAnalysis &analysis, const QString &path, QString *error);

// Reads a saved analysis. On failure nullopt with a Dutch *error naming the file and what is
// wrong: not JSON (with line and column), a newer format version, an unknown criterion or
// criteria set, a threshold outside its metric's domain, a missing or mistyped field.
std::optional<SavedAnalysis> readSavedAnalysis(const QString &path, QString *error);

// Fills dataSetName, dataSetSource, fileChecksums and synthetic from the data set the selection
// refers to (store == nullptr: the embedded demo data). False with *error when it is not there.
bool recordProvenance(SavedAnalysis &analysis, const Store *store, QString *error);

// "" when the analysis can be reopened on this store (nullptr: no store open); otherwise a Dutch
// message: no store, data set not in the store, its source files differ, or the year is missing.
QString checkAgainstStore(const SavedAnalysis &analysis, const Store *store);

} // namespace herkomst
