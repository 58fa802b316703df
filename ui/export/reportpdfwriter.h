#pragma once

#include "export/reportdocument.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QPainter;
class QRectF;

namespace herkomst::ui {

// The report model laid out on A4 pages as a PDF, with the page geometry the DOCX and ODT
// writers use: headings kept with what follows, tables whose header row repeats on every page
// and whose rows never split, figures scaled to the text width (never wider) and kept together
// with their title and caption, which wrap within the figure; page numbers in the footer.
class ReportPdfWriter {
public:
    // Draws figure `index` (0-based, in document order) as vectors into the rectangle; false to
    // fall back to the figure's PNG.
    using FigurePainter = std::function<bool(int index, QPainter &painter, const QRectF &rect)>;

    explicit ReportPdfWriter(const herkomst::ReportDocument &document);
    void setFigurePainter(FigurePainter painter) { mFigurePainter = std::move(painter); }

    QByteArray pdf(QString *error) const;
    bool write(const QString &path, QString *error) const;

private:
    const herkomst::ReportDocument &mDocument;
    FigurePainter mFigurePainter;
};

} // namespace herkomst::ui
