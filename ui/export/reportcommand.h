#pragma once

#include "cli/clicommand.h"

namespace herkomst::ui {

// herkomst-cli report --format odt|pdf --out FILE, with the analyse options: the annex report.
class ReportCommand : public herkomst::cli::CliCommand {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::ui
