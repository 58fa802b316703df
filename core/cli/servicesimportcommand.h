#pragma once

#include "cli/clicommand.h"

namespace herkomst::cli {

// herkomst-cli import-services --db F [--name N] [--reporter NLD] FILE
// Imports a table of services imports by partner (CBS StatLine CSV or XLSX, long or wide layout)
// as one new data set, for Table 1 (table1 --services-dataset N).
class ServicesImportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("import-services"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
