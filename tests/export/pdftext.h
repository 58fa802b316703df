#pragma once

#include <QByteArray>
#include <QString>

namespace herkomst::test {

// The text of a PDF as Qt's PDF engine writes it (Flate streams, Type0 fonts with a ToUnicode
// map, one "<gid> Tj" per glyph), in drawing order without layout spaces between runs. Enough to
// assert that a caption or a count is really in the document's text, not only in its metadata.
QString pdfText(const QByteArray &pdf);

// Text with all white space removed, for comparing wrapped lines.
QString squeezed(const QString &text);

} // namespace herkomst::test
