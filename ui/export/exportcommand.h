#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace herkomst::ui {

class ChartWidget;

// herkomst-cli export --chart funnel|countries|product --format png|svg|pdf --out FILE
//                     [--width-cm 16] [--height-cm 0] [--dpi 300]
// herkomst-cli export --table concentrated|all --format xlsx|csv|docx --out FILE
// herkomst-cli export --chart table1|--table table1 with table1's options (export/table1export.h)
// with the analyse options and --unit mln|thousand; the same drawing and table code as the window.
class ExportCommand : public herkomst::cli::CliCommand {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

// Writes a chart with its caption as --format (or --out's suffix) png, svg or pdf at --width-cm,
// --height-cm, --dpi and --svg-text; prints what it wrote. Shared by every --chart.
int writeChartFile(ChartWidget &chart, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace herkomst::ui
