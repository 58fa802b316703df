#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace herkomst::cli {

// herkomst-cli sensitivity: the funnel's counts while one or two thresholds vary
// (--vary KEY=FROM:TO:STEP), as a table or as JSON, with the robust core of the varied range.
class SensitivityCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    QString name() const override { return QStringLiteral("sensitivity"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::cli
