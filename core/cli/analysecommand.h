#pragma once

#include "cli/clicommand.h"

namespace herkomst::cli {

// herkomst-cli analyse: runs the funnel and prints it as a table or as JSON.
class AnalyseCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("analyse"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
