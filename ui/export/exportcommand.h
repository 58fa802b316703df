#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace herkomst::ui {

// herkomst-cli export --chart funnel|countries|product --format png|svg|pdf --out FILE
//                     [--width-cm 16] [--height-cm 0] [--dpi 300]
// herkomst-cli export --table concentrated|all --format xlsx|csv|docx --out FILE
// with the analyse options and --unit mln|thousand; the same drawing and table code as the window.
class ExportCommand : public herkomst::cli::CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::ui
