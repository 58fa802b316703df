#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace herkomst::ui {

// herkomst-cli report --format docx|odt|pdf --out FILE [--caption TEXT] [--unit mln|thousand],
// with the analyse options: the annex report.
class ReportCommand : public herkomst::cli::CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::ui
