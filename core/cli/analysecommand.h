#pragma once

#include "cli/clicommand.h"

namespace herkomst::cli {

struct AnalysisOptions;
struct PreparedAnalysis;

// Prints a prepared analysis as `analyse` does: a readable funnel table, or one JSON object.
void printAnalysis(const PreparedAnalysis &analysis, const AnalysisOptions &options, bool json, QTextStream &out);

// herkomst-cli analyse: runs the funnel and prints it as a table or as JSON.
class AnalyseCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("analyse"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
