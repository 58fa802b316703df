#pragma once

#include "cli/analysisoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace herkomst::test {

// The demo data under the CBS 2021 preset, prepared once per process as the CLI does it.
const cli::PreparedAnalysis &demoAnalysis();
// The demo data with --set style changes ("supplier_share=0.6", "world_hhi=off") and options.
cli::PreparedAnalysis demoAnalysisWith(const QStringList &settings, const QString &eu = QString(),
                                       const QStringList &industries = {});

// One entry of a zip file (ODT, DOCX, XLSX), read through libarchive; empty when absent.
QByteArray zipEntry(const QString &zipPath, const QString &entry);
QStringList zipEntries(const QString &zipPath);

// A program the checks need (soffice, pdftoppm, a python3 with python-docx): its path, or empty.
QString findTool(const QString &name);
// /usr/bin/python3 or the first python3 on the PATH that can import docx; empty when none.
QString pythonWithDocx();
// Runs a program; false with its output in *output when it fails or takes longer than timeoutMs.
bool runTool(const QString &program, const QStringList &arguments, QString *output, int timeoutMs = 120000);

} // namespace herkomst::test
