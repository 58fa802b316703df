#pragma once

#include "export/exporttable.h"
#include "export/valueunit.h"

#include <QAbstractTableModel>

namespace herkomst {
struct ProductStats;
}

namespace herkomst::ui {

class AnalysisDocument;

// The product table over the document's statistics and funnel result (no copy): one row per
// product of the loaded data, whether or not it is in the current universe; the proxy hides
// the rest. Threshold changes keep the rows and only refresh the step column.
class ProductTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Hs6, Description, Industry, Stage, Supplier, Share, Imports, Exports, Ratio, WorldHhi, ColumnCount };
    // Numbers sort by value, not by their Dutch text; missing values sort as NaN (last).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ProductTableModel(const AnalysisDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Follows the document: a reset for other statistics, a step-column refresh otherwise.
    void sync();
    // Headers and texts after a language switch.
    void retranslate();
    // Import and export values in "mln euro" or "x 1.000 euro" (the export settings' unit).
    void setValueUnit(herkomst::ValueUnit unit);
    herkomst::ValueUnit valueUnit() const { return mUnit; }
    // How a column goes to XLSX, CSV or a report: header without layout breaks, kind, decimals.
    herkomst::ExportColumn exportColumn(int column) const;

    // Dominant supplier as the funnel groups it (largest non-EU partner, else largest partner).
    QString supplierCode(int row) const;
    QString supplierName(int row) const;
    QString descriptionText(int row) const;

    // Fast sort keys for the proxy, without QVariant: numbers for numeric columns (NaN missing).
    static bool isNumericColumn(int column) { return column == Stage || column >= Share; }
    double sortNumber(int row, int column) const;

private:
    QVariant displayValue(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QVariant exportValue(int row, int column) const;
    QString stageText(int row) const;

    const AnalysisDocument *mDocument;
    herkomst::ValueUnit mUnit = herkomst::ValueUnit::Millions;
    int mGeneration = -1;
    int mRowCount = 0;
};

} // namespace herkomst::ui
