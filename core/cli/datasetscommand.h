#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace herkomst::cli {

// herkomst-cli datasets: lists the data sets in a store with provenance, years and row counts.
class DataSetsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("datasets"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
