#pragma once

#include "export/reportdocument.h"

#include <QByteArray>

namespace herkomst::docx {

// The parts of a DOCX package around word/document.xml: content types, relationships, styles
// (Word's built-in names, so a draft's own style set takes over on paste), numbering, footer
// with the page number, settings, fonts and document properties.

extern const char *const kWordNamespace;
extern const char *const kHeaderFill; // Rijkshuisstijl donkerblauw, white text on it
extern const char *const kMuted;      // captions and notes

QByteArray contentTypesXml();
QByteArray packageRelsXml();
QByteArray documentRelsXml(int figures); // figures are media/figuurN.png, rIdImageN
QByteArray corePropertiesXml(const ReportDocument &document);
QByteArray appPropertiesXml();
QByteArray stylesXml(const ReportDocument &document);
QByteArray numberingXml(const ReportDocument &document); // numId N is the N-th list
QByteArray footerXml();
QByteArray settingsXml();
QByteArray fontTableXml();

} // namespace herkomst::docx
