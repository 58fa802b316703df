#include "export/reportpdfwriter.h"

#include "charts/chartstyle.h"
#include "export/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace herkomst::ui {

namespace {

class PdfText {
    Q_DECLARE_TR_FUNCTIONS(AnnexReport)
};

constexpr int kResolution = 1200;      // device units per inch; the PDF stays vector
constexpr double kLongestWordCm = 4.0; // a longer word (a chemical name) is broken, not given the width
const QColor kHeaderFill(0x15, 0x42, 0x73);
const QColor kMuted(0x53, 0x53, 0x53);
const QColor kAccent(0xa9, 0x00, 0x61);
const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kRule(0xa6, 0xa6, 0xa6);

double units(double cm)
{
    return cm * kResolution / 2.54;
}

// The figures' family (the Rijksoverheid font when installed), in points as a text is set.
QFont font(double points, bool bold = false)
{
    QFont f = ChartStyle::labelFont();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Lays the blocks out from top to bottom, page by page, on one painter.
class Layout {
public:
    Layout(QPdfWriter &writer, QPainter &painter, const ReportPdfWriter::FigurePainter &figures)
        : mWriter(writer), mPainter(painter), mFigures(figures)
    {
        mLeft = units(ReportPage::leftCm);
        mWidth = units(ReportPage::textWidthCm);
        mTop = units(ReportPage::topCm);
        mBottom = units(ReportPage::heightCm - ReportPage::bottomCm);
        mY = mTop;
        drawFooter();
    }

    void run(const ReportDocument &document)
    {
        for (size_t i = 0; i < document.blocks.size(); ++i) {
            const ReportBlock &block = document.blocks[i];
            const ReportBlock *next = i + 1 < document.blocks.size() ? &document.blocks[i + 1] : nullptr;
            switch (block.kind) {
            case ReportBlock::Kind::Heading:
                heading(block, next);
                break;
            case ReportBlock::Kind::Paragraph:
                paragraph(block.text, paragraphFont(block.style), paragraphColour(block.style), units(0.2));
                break;
            case ReportBlock::Kind::NumberedList:
            case ReportBlock::Kind::BulletList:
                list(block);
                break;
            case ReportBlock::Kind::Table:
                table(block.table);
                break;
            case ReportBlock::Kind::Figure:
                figure(block.figure);
                break;
            }
        }
    }

private:
    static QFont paragraphFont(ParagraphStyle style)
    {
        return style == ParagraphStyle::Note ? font(8) : font(9.5, style == ParagraphStyle::Warning);
    }
    static QColor paragraphColour(ParagraphStyle style)
    {
        return style == ParagraphStyle::Warning ? kAccent : style == ParagraphStyle::Note ? kMuted : kText;
    }

    // Wrapped at word boundaries, and inside a word only when it is wider than the line.
    static QTextOption wrapping(Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop)
    {
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return option;
    }

    double textHeight(const QString &text, const QFont &f, double width) const
    {
        if (text.isEmpty())
            return 0.0;
        QTextLayout layout(text, f, &mWriter);
        layout.setTextOption(wrapping());
        double height = 0.0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0.0, height));
            height += line.height();
        }
        layout.endLayout();
        return height;
    }

    double lineHeight(const QFont &f) const { return QFontMetricsF(f, &mWriter).lineSpacing(); }

    void drawText(const QRectF &rect, const QString &text, const QFont &f, const QColor &colour,
                  Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop)
    {
        mPainter.setFont(f);
        mPainter.setPen(colour);
        mPainter.drawText(rect, text, wrapping(alignment));
    }

    void newPage()
    {
        mWriter.newPage();
        mY = mTop;
        drawFooter();
    }

    // Starts a new page unless `height` fits below the current position (or the page is fresh).
    void ensureRoom(double height)
    {
        if (mY + height > mBottom && mY > mTop)
            newPage();
    }

    void drawFooter()
    {
        ++mPage;
        const QFont f = font(8);
        const double baseline = units(ReportPage::heightCm - ReportPage::footerCm);
        drawText(QRectF(mLeft, baseline - lineHeight(f), mWidth, lineHeight(f)), QString::number(mPage), f, kMuted,
                 Qt::AlignHCenter | Qt::AlignBottom);
    }

    // The height of the first part of a block, which a heading before it must share a page with.
    double leadHeight(const ReportBlock &block) const
    {
        switch (block.kind) {
        case ReportBlock::Kind::Table:
            return textHeight(block.table.caption, font(8.5, true), mWidth) + 3 * lineHeight(font(8.5));
        case ReportBlock::Kind::Figure:
            return textHeight(block.figure.title, font(8.5, true), mWidth) + units(3.0);
        case ReportBlock::Kind::NumberedList:
        case ReportBlock::Kind::BulletList:
            return block.items.isEmpty() ? 0.0 : textHeight(block.items.front(), font(9.5), mWidth);
        default:
            return std::min(textHeight(block.text, font(9.5), mWidth), 3 * lineHeight(font(9.5)));
        }
    }

    void heading(const ReportBlock &block, const ReportBlock *next)
    {
        const QFont f = font(block.level <= 1 ? 14 : 11, true);
        const double before = mY > mTop ? units(block.level <= 1 ? 0.6 : 0.4) : 0.0;
        const double h = textHeight(block.text, f, mWidth);
        ensureRoom(before + h + units(0.2) + (next ? leadHeight(*next) : 0.0));
        if (mY > mTop)
            mY += before;
        drawText(QRectF(mLeft, mY, mWidth, h), block.text, f, kHeaderFill);
        mY += h + units(0.2);
    }

    void paragraph(const QString &text, const QFont &f, const QColor &colour, double after, double indent = 0.0)
    {
        const double width = mWidth - indent;
        const double h = textHeight(text, f, width);
        ensureRoom(h);
        drawText(QRectF(mLeft + indent, mY, width, h), text, f, colour);
        mY += h + after;
    }

    void list(const ReportBlock &block)
    {
        const QFont f = font(9.5);
        const double indent = units(0.75);
        for (qsizetype i = 0; i < block.items.size(); ++i) {
            const double h = textHeight(block.items[i], f, mWidth - indent);
            ensureRoom(h);
            const QString label =
                block.kind == ReportBlock::Kind::NumberedList ? QStringLiteral("%1.").arg(i + 1) : QStringLiteral("•");
            drawText(QRectF(mLeft, mY, indent, lineHeight(f)), label, f, kText);
            paragraph(block.items[i], f, kText, units(0.08), indent);
        }
        mY += units(0.12);
    }

    // The widest word of a column, header (bold) or cell, in device units; a line breaks after a
    // hyphen or slash too, and words wider than kLongestWordCm are broken rather than fitted.
    double longestWordWidth(const ReportTable &t, size_t column) const
    {
        static const QRegularExpression breaks(QStringLiteral("\\s+|(?<=[-/])"));
        const auto widest = [this](const QString &text, const QFont &f) {
            const QFontMetricsF metrics(f, &mWriter);
            double w = 0.0;
            for (const QString &word : text.split(breaks, Qt::SkipEmptyParts))
                w = std::max(w, std::min(metrics.horizontalAdvance(word), units(kLongestWordCm)));
            return w;
        };
        double w = widest(t.columns[column].header, font(8.5, true));
        for (const QStringList &row : t.rows)
            w = std::max(w, widest(int(column) < row.size() ? row[int(column)] : QString(), font(8.5)));
        return w;
    }

    static double cm(double deviceUnits) { return deviceUnits * 2.54 / kResolution; }

    // Row height with every cell wrapped in its column.
    double rowHeight(const QStringList &cells, const std::vector<double> &widths, const QFont &f) const
    {
        double h = lineHeight(f);
        for (size_t c = 0; c < widths.size(); ++c)
            h = std::max(h, textHeight(int(c) < cells.size() ? cells[int(c)] : QString(), f, widths[c] - 2 * mPad));
        return h + 2 * mPadV;
    }

    void drawRow(const ReportTable &t, const QStringList &cells, const std::vector<double> &widths, double h,
                 bool header)
    {
        const QFont f = font(8.5, header);
        double x = mLeft;
        mPainter.setPen(QPen(kRule, units(0.01)));
        for (size_t c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, mY, widths[c], h);
            if (header)
                mPainter.fillRect(cell, kHeaderFill);
            mPainter.setPen(QPen(kRule, units(0.01)));
            mPainter.setBrush(Qt::NoBrush);
            mPainter.drawRect(cell);
            const Qt::Alignment align = (t.columns[c].numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
            drawText(cell.adjusted(mPad, mPadV, -mPad, -mPadV), int(c) < cells.size() ? cells[int(c)] : QString(), f,
                     header ? QColor(Qt::white) : kText, align);
            x += widths[c];
        }
        mY += h;
    }

    void table(const ReportTable &t)
    {
        // Minimum widths measured in the font the PDF sets: no header word or number is cut.
        std::vector<double> minimums;
        for (size_t c = 0; c < t.columns.size(); ++c)
            minimums.push_back(std::max(t.columns[c].minWidthCm, cm(longestWordWidth(t, c)) + cm(2 * mPad)));
        std::vector<double> widths;
        for (double w : t.columnWidthsCm(ReportPage::textWidthCm, minimums))
            widths.push_back(units(w));
        QStringList headers;
        for (const ReportColumn &c : t.columns)
            headers << c.header;
        const QFont captionFont = font(8.5, true);
        const double captionHeight = textHeight(t.caption, captionFont, mWidth);
        const double headerHeight = rowHeight(headers, widths, font(8.5, true));
        const double firstRow = t.rows.empty() ? 0.0 : rowHeight(t.rows.front(), widths, font(8.5));
        ensureRoom(captionHeight + units(0.15) + headerHeight + firstRow);
        if (!t.caption.isEmpty()) {
            drawText(QRectF(mLeft, mY, mWidth, captionHeight), t.caption, captionFont, kText);
            mY += captionHeight + units(0.15);
        }
        drawRow(t, headers, widths, headerHeight, true);
        for (const QStringList &cells : t.rows) {
            const double h = rowHeight(cells, widths, font(8.5));
            if (mY + h > mBottom) { // the row moves whole to the next page, under a repeated header
                newPage();
                drawRow(t, headers, widths, headerHeight, true);
            }
            drawRow(t, cells, widths, h, false);
        }
        mY += units(0.15);
        if (!t.note.isEmpty())
            paragraph(t.note, font(8), kMuted, units(0.3));
        else
            mY += units(0.25);
    }

    void figure(const ReportFigure &f)
    {
        const QFont titleFont = font(8.5, true);
        const QFont captionFont = font(8);
        double width = units(f.placedWidthCm(ReportPage::textWidthCm));
        double height = units(f.placedHeightCm(ReportPage::textWidthCm));
        const double titleHeight = textHeight(f.title, titleFont, mWidth);
        double captionHeight = textHeight(f.caption, captionFont, width);
        const double gaps = units(0.15) + units(0.15) + units(0.4);
        // A figure taller than a page is scaled down until it fits with its title and caption.
        const double room = mBottom - mTop - titleHeight - captionHeight - gaps;
        if (height > room && height > 0) {
            width *= room / height;
            height = room;
            captionHeight = textHeight(f.caption, captionFont, width);
        }
        ensureRoom(titleHeight + height + captionHeight + gaps);
        if (!f.title.isEmpty()) {
            drawText(QRectF(mLeft, mY, mWidth, titleHeight), f.title, titleFont, kText);
            mY += titleHeight + units(0.15);
        }
        const QRectF target(mLeft, mY, width, height);
        const int index = mFigureIndex++;
        mPainter.save();
        if (!mFigures || !mFigures(index, mPainter, target)) {
            QImage image;
            image.loadFromData(f.png, "PNG");
            mPainter.setRenderHint(QPainter::SmoothPixmapTransform);
            mPainter.drawImage(target, image);
        }
        mPainter.restore();
        mY += height + units(0.15);
        drawText(QRectF(mLeft, mY, width, captionHeight), f.caption, captionFont, kMuted);
        mY += captionHeight + units(0.4);
    }

    QPdfWriter &mWriter;
    QPainter &mPainter;
    const ReportPdfWriter::FigurePainter &mFigures;
    double mLeft = 0, mWidth = 0, mTop = 0, mBottom = 0, mY = 0;
    double mPad = units(0.12);
    double mPadV = units(0.05);
    int mPage = 0;
    int mFigureIndex = 0;
};

} // namespace

ReportPdfWriter::ReportPdfWriter(const ReportDocument &document) : mDocument(document) {}

QByteArray ReportPdfWriter::pdf(QString *error) const
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(mDocument.title);
        writer.setCreator(QStringLiteral("Herkomst"));
        writer.setResolution(kResolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = PdfText::tr("Kan het rapport niet als PDF opmaken.");
            return {};
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        Layout layout(writer, painter, mFigurePainter);
        layout.run(mDocument);
        painter.end();
    }
    if (data.isEmpty() && error)
        *error = PdfText::tr("Kan het rapport niet als PDF opmaken.");
    return data;
}

bool ReportPdfWriter::write(const QString &path, QString *error) const
{
    const QByteArray data = pdf(error);
    return !data.isEmpty() && saveFile(path, data, error);
}

} // namespace herkomst::ui
