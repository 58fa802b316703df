#pragma once

#include "cli/clicommand.h"

namespace herkomst {
struct SavedAnalysis;
}

namespace herkomst::cli {

struct AnalysisOptions;

// herkomst-cli open FILE [--json] [--db FILE]: reproduces a saved analysis (.herkomst), after
// checking that its data set is still the same, and prints it as "analyse" prints an analysis.
class OpenCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("open"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

// The analysis a saved file describes, as the options "analyse" runs on: its store, selection
// (the data set pinned by name), criteria in their saved order and industries.
AnalysisOptions analysisOptions(const SavedAnalysis &analysis);

} // namespace herkomst::cli
