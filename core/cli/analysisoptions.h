#pragma once

#include "domain/preset.h"
#include "session/dataselection.h"

#include <QCommandLineOption>
#include <QString>
#include <memory>
#include <vector>

class QCommandLineParser;
class QTextStream;

namespace herkomst {
class Store;
}

namespace herkomst::cli {

// The options every analysing command shares (--db --dataset --reporter --year --preset --set
// --eu --industry), so that analyse, export and report reproduce exactly the same figures.
struct AnalysisOptions {
    QString storePath; // empty: the embedded demo data
    DataSelection selection;
    Preset preset; // with the --set changes applied
    QStringList industries;

    static void addTo(QCommandLineParser &parser);
    // Reads the options; false with a Dutch *error on a usage error.
    bool read(const QCommandLineParser &parser, QString *error);
};

// An analysis ready to print or export: the store it came from (if any), statistics and result.
struct PreparedAnalysis {
    std::shared_ptr<Store> store;
    StatisticsSet statistics;
    AnalysisSettings settings;
    AnalysisResult result;
};

// Opens the options' store read-only into `store` unless it holds one already (none for the demo
// data). Returns Ok, or DataError after printing the reason to err.
int openAnalysisStore(const AnalysisOptions &options, std::shared_ptr<Store> &store, QTextStream &err);

// Opens the store (unless prepared already holds it), loads the statistics and runs the funnel
// for the options. Returns an exit code (Ok, or DataError after printing the reason to err).
int prepareAnalysis(const AnalysisOptions &options, PreparedAnalysis &prepared, QTextStream &err);

// Applies "CRITERION=THRESHOLD" to a criteria list. CRITERION is a step key or metric key;
// THRESHOLD a number ("0.6", "0,6", "60%") or "off"/"on". False with *error when it cannot.
bool applyThresholdSetting(std::vector<Criterion> &criteria, const QString &setting, QString *error);

} // namespace herkomst::cli
