#pragma once

#include "export/exporttable.h"

#include <QAbstractTableModel>

namespace herkomst::ui {

// The compare table of the view "Jaren" (YearComparisonTable::build): the same rows the export
// writes, shown as the annex prints them ("52,3" under "(%)", missing "–"); the edit role gives
// the plain value, so a sort proxy sorts numbers as numbers (missing below every number). Qt::UserRole is the
// row's HS6 code.
class YearCompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(herkomst::ExportTable table);
    const herkomst::ExportTable &table() const { return mTable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    herkomst::ExportTable mTable;
};

} // namespace herkomst::ui
