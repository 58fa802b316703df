#pragma once

#include "export/reportdocument.h"

#include <QByteArray>
#include <QString>

namespace herkomst {

// The report as a Word document (Office Open XML), written directly, no office suite needed:
// Word's own heading styles (Heading 1/2, Caption, Table Grid, List Paragraph) so the draft's
// style set takes over on paste; tables with a header row that repeats on every page, dark fill
// and white text, rows that never split across pages; figures as PNG at print resolution,
// scaled to the text width; the page number in the footer.
QByteArray docxBytes(const ReportDocument &document, QString *error);
// docxBytes written to path all or nothing; false with a Dutch *error naming the file.
bool writeDocx(const ReportDocument &document, const QString &path, QString *error);

} // namespace herkomst
