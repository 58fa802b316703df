#pragma once

#include "cli/clicommand.h"

namespace herkomst::cli {

// herkomst-cli demo --db FILE: writes the synthetic demo data set into a store.
class DemoCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
