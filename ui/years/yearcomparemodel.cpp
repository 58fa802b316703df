#include "years/yearcomparemodel.h"

#include "export/annexcontent.h"

#include <cmath>
#include <limits>

namespace herkomst::ui {

void YearCompareModel::setTable(ExportTable table)
{
    beginResetModel();
    mTable = std::move(table);
    endResetModel();
}

int YearCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mTable.rows.size());
}

int YearCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mTable.columns.size());
}

QVariant YearCompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const QVariantList &row = mTable.rows[size_t(index.row())];
    const ExportColumn &column = mTable.columns[size_t(index.column())];
    const QVariant value = index.column() < row.size() ? row[index.column()] : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return reportCellText(value, column);
    case Qt::EditRole:
        // Missing sorts below every number (never as zero): a comparison with NaN would leave the
        // order undefined.
        if (column.kind != ColumnKind::Text && !value.isValid())
            return -std::numeric_limits<double>::infinity();
        return value;
    case Qt::TextAlignmentRole:
        return column.kind == ColumnKind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return column.kind == ColumnKind::Text ? value : QVariant();
    case Qt::UserRole:
        return row.value(0);
    default:
        return {};
    }
}

QVariant YearCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return mTable.columns[size_t(section)].header;
}

} // namespace herkomst::ui
