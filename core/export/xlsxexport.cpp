#include "export/xlsxexport.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace herkomst {

namespace {

// The context of the table export's messages.
class TableExportText {
    Q_DECLARE_TR_FUNCTIONS(TableExport)
};

constexpr double kMaxColumnWidth = 60.0;
constexpr lxw_color_t kHeaderColour = 0x154273; // Rijkshuisstijl donkerblauw

// Excel forbids []:*?/\ in sheet names and allows 31 characters.
QByteArray sheetName(const QString &name, const char *fallback)
{
    QString clean = name;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        clean.remove(c);
    clean = clean.trimmed().left(31);
    return clean.isEmpty() ? QByteArray(fallback) : clean.toUtf8();
}

const char *numberFormat(const ExportColumn &column)
{
    switch (column.kind) {
    case ColumnKind::Integer:
        return "#,##0";
    case ColumnKind::Percentage:
        return column.decimals <= 0 ? "0%" : column.decimals == 1 ? "0.0%" : "0.00%";
    case ColumnKind::Decimal:
        switch (column.decimals) {
        case 0:
            return "#,##0";
        case 1:
            return "#,##0.0";
        case 2:
            return "#,##0.00";
        default:
            return "#,##0.000";
        }
    case ColumnKind::Text:
        break;
    }
    return "@";
}

// Approximate display width in characters, as Excel measures column widths.
double displayWidth(const QVariant &value, const ExportColumn &column)
{
    if (!value.isValid())
        return 0;
    if (isNumericCell(value) && column.kind != ColumnKind::Text)
        return 4.0 +
               std::log10(
                   std::max(1.0, std::abs(value.toDouble()) * (column.kind == ColumnKind::Percentage ? 100 : 1))) +
               column.decimals;
    return value.toString().size();
}

} // namespace

bool writeXlsx(const ExportTable &table, const QString &path, QString *error)
{
    // libxlsxwriter writes the file itself; write next to the target and swap only when complete.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (!workbook) {
        if (error)
            *error = TableExportText::tr("Kan werkmap %1 niet aanmaken.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // lxw_doc_properties takes char *, though it only reads them.
    QByteArray title = table.title.toUtf8();
    QByteArray company("Herkomst");
    lxw_doc_properties properties = {};
    properties.title = title.data();
    properties.company = company.data();
    workbook_set_properties(workbook, &properties);

    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(table.sheetName, "Tabel").constData());
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_font_color(header, LXW_COLOR_WHITE);
    format_set_bg_color(header, kHeaderColour);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);

    const int columnCount = int(table.columns.size());
    std::vector<lxw_format *> formats;
    std::vector<double> widths;
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    for (const ExportColumn &column : table.columns) {
        lxw_format *format = text;
        if (column.kind != ColumnKind::Text) {
            format = workbook_add_format(workbook);
            format_set_num_format(format, numberFormat(column));
        }
        formats.push_back(format);
        widths.push_back(std::min<double>(column.header.size(), 24.0));
    }

    for (int c = 0; c < columnCount; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.columns[size_t(c)].header.toUtf8().constData(), header);
    lxw_row_t r = 1;
    for (const QVariantList &row : table.rows) {
        for (int c = 0; c < columnCount && c < row.size(); ++c) {
            const QVariant &value = row[c];
            const ExportColumn &column = table.columns[size_t(c)];
            widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(value, column));
            const lxw_col_t col = lxw_col_t(c);
            if (!value.isValid() || value.isNull()) {
                continue; // missing stays empty, never zero
            } else if (column.kind != ColumnKind::Text && isNumericCell(value)) {
                const double v = value.toDouble();
                if (std::isnan(v))
                    continue;
                if (std::isinf(v))
                    worksheet_write_string(sheet, r, col, "∞", nullptr);
                else
                    worksheet_write_number(sheet, r, col, v, formats[size_t(c)]);
            } else {
                worksheet_write_string(sheet, r, col, value.toString().toUtf8().constData(),
                                       column.kind == ColumnKind::Text ? text : nullptr);
            }
        }
        ++r;
    }
    for (int c = 0; c < columnCount; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(kMaxColumnWidth, widths[size_t(c)] + 2.0),
                             nullptr);
    worksheet_set_row(sheet, 0, LXW_DEF_ROW_HEIGHT * 2, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (columnCount > 0)
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columnCount - 1));

    if (!table.title.isEmpty() || !table.notes.isEmpty()) {
        lxw_worksheet *notes =
            workbook_add_worksheet(workbook, sheetName(TableExportText::tr("Toelichting"), "Toelichting").constData());
        lxw_format *bold = workbook_add_format(workbook);
        format_set_bold(bold);
        worksheet_set_column(notes, 0, 0, 100, nullptr);
        worksheet_write_string(notes, 0, 0, title.constData(), bold);
        lxw_row_t n = 2;
        for (const QString &note : table.notes)
            worksheet_write_string(notes, n++, 0, note.toUtf8().constData(), nullptr);
    }

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        if (error)
            *error = TableExportText::tr("Kan %1 niet schrijven: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        if (error)
            *error = TableExportText::tr("Kan %1 niet vervangen.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace herkomst
