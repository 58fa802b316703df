#include "export/exporttable.h"

#include <QAbstractItemModel>

namespace herkomst {

QString plainHeaderText(const QString &header)
{
    QString text;
    text.reserve(header.size());
    for (const QChar c : header) {
        if (c == QChar(0x00AD)) // soft hyphen: only there to break a line
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            // A break after a hyphen or slash joins the words; any other break is a space.
            if (!text.isEmpty() && text.back() != QLatin1Char('-') && text.back() != QLatin1Char('/'))
                text += QLatin1Char(' ');
            continue;
        }
        text += c;
    }
    return text.simplified();
}

bool isNumericCell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

ExportTable exportTableFromModel(const QAbstractItemModel &model, int role)
{
    ExportTable table;
    const int columnCount = model.columnCount();
    const int rowCount = model.rowCount();
    table.rows.reserve(size_t(rowCount));
    std::vector<bool> numeric(size_t(columnCount), true);
    std::vector<bool> integral(size_t(columnCount), true);
    for (int r = 0; r < rowCount; ++r) {
        QVariantList row;
        row.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c) {
            const QVariant value = model.data(model.index(r, c), role);
            row << value;
            if (!value.isValid())
                continue;
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                integral[size_t(c)] = false;
                break;
            default:
                numeric[size_t(c)] = false;
            }
        }
        table.rows.push_back(row);
    }
    for (int c = 0; c < columnCount; ++c) {
        ExportColumn column;
        column.header = plainHeaderText(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        if (numeric[size_t(c)] && rowCount > 0) {
            column.kind = integral[size_t(c)] ? ColumnKind::Integer : ColumnKind::Decimal;
            column.decimals = integral[size_t(c)] ? 0 : 2;
        }
        table.columns.push_back(column);
    }
    return table;
}

} // namespace herkomst
