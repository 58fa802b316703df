#pragma once

#include "export/reportdocument.h"

#include <QByteArray>

namespace herkomst {
class XmlOut;
}

namespace herkomst::odt {

// The namespaces every ODF part declares.
void declareNamespaces(XmlOut &x);

// styles.xml: A4 with the letter's margins and the page number in the footer, named styles with
// LibreOffice's own names (Heading 1/2, Text body, Caption, Table Contents/Heading) so Word and
// LibreOffice map them onto their built-in styles, and the list styles ("1." with a tab).
QByteArray stylesXml(const ReportDocument &document);
QByteArray metaXml(const ReportDocument &document);
QByteArray manifestXml(int figures); // figures are Pictures/figuurN.png

} // namespace herkomst::odt
