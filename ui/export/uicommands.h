#pragma once

#include "cli/analysisoptions.h"
#include "cli/clicommand.h"
#include "export/valueunit.h"

class QCommandLineParser;

namespace herkomst::ui {

// Registers the commands that need the chart and report code (export, report). They draw
// widgets, so the program must have created a QApplication (offscreen without a display).
void addUiCommands(herkomst::cli::CliRunner &runner);

// Shared by export and report: parses the command line with the analysis options and the
// command's own, and runs the analysis. Returns -1 to continue, or the exit code to return
// (after --help, a usage error or a data error).
int parseAndPrepare(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err,
                    herkomst::cli::AnalysisOptions &options, herkomst::cli::PreparedAnalysis &analysis);
// parseAndPrepare without running the analysis (export --chart table1 needs none).
int parseOptions(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err,
                 herkomst::cli::AnalysisOptions &options);

// The --format value, or the suffix of --out when no format is given, lower case.
QString outputFormat(const QCommandLineParser &parser);

// --unit mln|thousand: the unit of import values in tables and figures (default mln).
void addUnitOption(QCommandLineParser &parser);
// False after printing a usage error for an unknown unit.
bool readUnitOption(const QCommandLineParser &parser, herkomst::ValueUnit *unit, QTextStream &err);

} // namespace herkomst::ui
