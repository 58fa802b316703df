#pragma once

#include "export/reportdocument.h"

#include <QByteArray>
#include <QString>

namespace herkomst {

// The report as OpenDocument text, written directly: real heading styles, header rows that
// repeat on every page with dark fill and white text, rows kept together, numbered lists
// ("1." and a tab), figures scaled to the text width with their captions, page numbers in the
// footer. LibreOffice opens it as it is; Word opens it too.
QByteArray odtBytes(const ReportDocument &document, QString *error);
bool writeOdt(const ReportDocument &document, const QString &path, QString *error);

} // namespace herkomst
