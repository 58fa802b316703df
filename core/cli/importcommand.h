#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace herkomst::cli {

// herkomst-cli import --db FILE --format KEY|auto [--name NAME] [--year Y] [--reporter ISO3|all|EU27]
//                     [--countries FILE] [--products FILE] INPUT... (files, or archives as downloaded)
// Help and errors list every format the importer registry knows.
// One transaction per import; exit 2 with file, row and column when the input is bad.
class ImportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
