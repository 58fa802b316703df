#include "export/reportdocument.h"

#include <algorithm>
#include <numeric>

namespace herkomst {

namespace {

// Per character of 8,5 pt text, generous: a bold header in DejaVu Sans averages about 0,19 cm.
constexpr double kCharCm = 0.19;
constexpr double kBoldCharCm = 0.21;
constexpr double kPaddingCm = 0.35; // cell padding and border on both sides
constexpr double kLongestWishCm = 7.0;
constexpr qsizetype kLongestWord = 20; // a longer word (a chemical name) is broken, not given the width

// The longest piece of text a line cannot break: words split at spaces, and after hyphens and slashes.
qsizetype longestUnbreakable(const QString &text)
{
    qsizetype longest = 0;
    qsizetype piece = 0;
    for (const QChar c : text) {
        if (c.isSpace()) {
            piece = 0;
            continue;
        }
        longest = std::max(longest, ++piece);
        if (c == QLatin1Char('-') || c == QLatin1Char('/'))
            piece = 0;
    }
    return longest;
}

} // namespace

void ReportTable::estimateColumnWidths()
{
    for (size_t c = 0; c < columns.size(); ++c) {
        ReportColumn &column = columns[c];
        double minimum = longestUnbreakable(column.header) * kBoldCharCm;
        double total = 0.0;
        for (const QStringList &row : rows) {
            const QString cell = int(c) < row.size() ? row[int(c)] : QString();
            minimum = std::max(minimum, std::min(longestUnbreakable(cell), kLongestWord) * kCharCm);
            total += cell.size() * kCharCm;
        }
        const double typical = rows.empty() ? 0.0 : total / double(rows.size());
        column.minWidthCm = minimum + kPaddingCm;
        column.widthCm = std::max(column.minWidthCm, std::min(typical + kPaddingCm, kLongestWishCm));
    }
}

std::vector<double> ReportTable::columnWidthsCm(double totalCm, const std::vector<double> &minimumsCm) const
{
    const size_t n = columns.size();
    std::vector<double> minimum(n), wish(n);
    for (size_t c = 0; c < n; ++c) {
        minimum[c] = c < minimumsCm.size() ? minimumsCm[c] : columns[c].minWidthCm;
        wish[c] = std::max(minimum[c], columns[c].widthCm);
    }
    const double wished = std::accumulate(wish.begin(), wish.end(), 0.0);
    const double least = std::accumulate(minimum.begin(), minimum.end(), 0.0);
    std::vector<double> widths(n);
    for (size_t c = 0; c < n; ++c) {
        if (wished <= totalCm || wished <= 0.0) // room to spare: everything grows alike
            widths[c] = wished > 0.0 ? wish[c] * totalCm / wished : totalCm / double(n);
        else if (least >= totalCm) // not even the minimums fit: they shrink alike
            widths[c] = minimum[c] * totalCm / least;
        else // what is above the minimums shrinks, the minimums stay
            widths[c] = minimum[c] + (wish[c] - minimum[c]) * (totalCm - least) / (wished - least);
    }
    return widths;
}

double ReportFigure::placedWidthCm(double textWidthCm) const
{
    return std::min(widthCm(), textWidthCm);
}

double ReportFigure::placedHeightCm(double textWidthCm) const
{
    const double width = widthCm();
    return width > 0 ? heightCm() * placedWidthCm(textWidthCm) / width : 0.0;
}

void ReportDocument::addHeading(int level, const QString &text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.level = std::clamp(level, 1, 2);
    block.text = text;
    blocks.push_back(std::move(block));
}

void ReportDocument::addParagraph(const QString &text, ParagraphStyle style)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    block.style = style;
    blocks.push_back(std::move(block));
}

void ReportDocument::addNumberedList(const QStringList &items)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::NumberedList;
    block.items = items;
    blocks.push_back(std::move(block));
}

void ReportDocument::addBulletList(const QStringList &items)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::BulletList;
    block.items = items;
    blocks.push_back(std::move(block));
}

void ReportDocument::addTable(ReportTable table)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.table = std::move(table);
    blocks.push_back(std::move(block));
}

void ReportDocument::addFigure(ReportFigure figure)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Figure;
    block.figure = std::move(figure);
    blocks.push_back(std::move(block));
}

int ReportDocument::count(ReportBlock::Kind kind) const
{
    return int(std::count_if(blocks.begin(), blocks.end(), [kind](const ReportBlock &b) { return b.kind == kind; }));
}

} // namespace herkomst
