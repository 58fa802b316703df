#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace herkomst::cli {

// herkomst-cli check: runs SQLite's full integrity check on a store and says whether it is sound.
class CheckCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
