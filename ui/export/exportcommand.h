#pragma once

#include "cli/clicommand.h"

namespace herkomst::ui {

// herkomst-cli export --chart funnel|countries|product --format png|svg|pdf --out FILE
//                     [--width-cm 16] [--height-cm 0] [--dpi 300]
// herkomst-cli export --table concentrated|all --format xlsx|csv --out FILE
// with the analyse options; the same drawing and table code as the window.
class ExportCommand : public herkomst::cli::CliCommand {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace herkomst::ui
