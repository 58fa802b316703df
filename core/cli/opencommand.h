#pragma once

#include "cli/clicommand.h"

#include <optional>

namespace herkomst {
struct SavedAnalysis;
}

namespace herkomst::cli {

// herkomst-cli open FILE [--json] [--db FILE]: reproduces a saved analysis (.herkomst) with
// exactly the output of "analyse", after checking that its data set is still the same.
class OpenCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("open"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

// The "analyse" arguments (without the program and command name) that give the same analysis:
// --preset plus a --set for every changed threshold or switched-off criterion. nullopt when the
// criteria differ from every built-in preset in more than thresholds and on/off.
std::optional<QStringList> analyseArguments(const SavedAnalysis &analysis);

} // namespace herkomst::cli
