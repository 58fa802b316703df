#pragma once

#include "cli/analysisoptions.h"

#include <QByteArray>
#include <QString>

namespace herkomst::test {

// The demo data under the CBS 2021 preset, prepared once per process as the CLI does it.
const cli::PreparedAnalysis &demoAnalysis();

// One entry of a zip file (ODT, XLSX); empty when absent.
QByteArray zipEntry(const QString &zipPath, const QString &entry);
QStringList zipEntries(const QString &zipPath);

} // namespace herkomst::test
