#pragma once

#include "cli/clicommand.h"

namespace herkomst::cli {

// herkomst-cli table1 [--source letter | --db F --goods-dataset N --services-dataset N --year Y]
//                     [--top 20] [--json]
// Table 1 of the letter: the largest partners for services and for goods imports side by side.
class Table1Command : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("table1"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
