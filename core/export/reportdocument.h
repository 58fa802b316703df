#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>
#include <vector>

namespace herkomst {

// One document model for the annex, written by three writers (DOCX and ODT in core, PDF in the
// ui): sections with headings, paragraphs, numbered lists, tables with a header row and figures
// with a title above and a caption below. Text is final (Dutch numbers already formatted), so
// every writer shows the same words.

struct ReportColumn {
    QString header;
    bool numeric = false;    // right-aligned
    double widthCm = 2.0;    // the width the content would like
    double minWidthCm = 1.0; // below this a word of the header or a cell would be cut
};

struct ReportTable {
    QString caption; // above the table, e.g. "Tabel 1. De trechter ..."
    std::vector<ReportColumn> columns;
    std::vector<QStringList> rows; // cell texts, one per column
    QString note;                  // below the table, small

    // Sets each column's width and minimum from its header and cells, as a wide sans-serif at
    // the table's 8,5 pt sets them (DejaVu Sans, wider than Arial or the Rijksoverheid font), so
    // no header word or number is broken in any writer.
    void estimateColumnWidths();
    // Column widths filling `totalCm`: the wished widths scaled, never below a minimum while the
    // minimums fit. `minimumsCm` may replace the estimated minimums (the PDF measures them).
    std::vector<double> columnWidthsCm(double totalCm, const std::vector<double> &minimumsCm = {}) const;
};

struct ReportFigure {
    QString title;   // above the figure: "Figuur 1. ..."
    QByteArray png;  // the figure without title and caption, at print resolution
    QSize pixels;    // size of the PNG
    int dpi = 300;   // its resolution, so that pixels / dpi is the size on paper
    QString caption; // below the figure: source line and thresholds
    QString altText; // for screen readers

    double widthCm() const { return dpi > 0 ? pixels.width() * 2.54 / dpi : 0.0; }
    double heightCm() const { return dpi > 0 ? pixels.height() * 2.54 / dpi : 0.0; }
    // Size on the page: the figure's own size, scaled down (never up) to fit the text width.
    double placedWidthCm(double textWidthCm) const;
    double placedHeightCm(double textWidthCm) const;
};

enum class ParagraphStyle { Body, Warning, Note };

struct ReportBlock {
    enum class Kind { Heading, Paragraph, NumberedList, BulletList, Table, Figure };
    Kind kind = Kind::Paragraph;
    int level = 1; // heading level, 1 or 2
    QString text;  // heading or paragraph
    ParagraphStyle style = ParagraphStyle::Body;
    QStringList items; // list items
    ReportTable table;
    ReportFigure figure;
};

// A4 portrait; margins as a Dutch government letter: 25 mm left, 20 mm elsewhere.
struct ReportPage {
    static constexpr double widthCm = 21.0;
    static constexpr double heightCm = 29.7;
    static constexpr double leftCm = 2.5;
    static constexpr double rightCm = 2.0;
    static constexpr double topCm = 2.0;
    static constexpr double bottomCm = 2.0;
    static constexpr double footerCm = 1.0; // distance of the page number from the page's bottom edge
    static constexpr double textWidthCm = widthCm - leftCm - rightCm;
};

struct ReportDocument {
    QString title; // document metadata
    QString language = QStringLiteral("nl-NL");
    std::vector<ReportBlock> blocks;

    void addHeading(int level, const QString &text);
    void addParagraph(const QString &text, ParagraphStyle style = ParagraphStyle::Body);
    void addNumberedList(const QStringList &items);
    void addBulletList(const QStringList &items);
    void addTable(ReportTable table);
    void addFigure(ReportFigure figure);

    int count(ReportBlock::Kind kind) const;
};

} // namespace herkomst
