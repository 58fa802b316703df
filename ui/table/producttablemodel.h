#pragma once

#include "analysis/margins.h"
#include "domain/metric.h"
#include "export/exporttable.h"
#include "export/valueunit.h"

#include <QAbstractTableModel>
#include <vector>

namespace herkomst {
struct ProductStats;
}

namespace herkomst::ui {

class AnalysisDocument;

// The product table over the document's statistics and funnel result (no copy): one row per
// product of the loaded data, whether or not it is in the current universe; the proxy hides
// the rest. Threshold changes keep the rows and only refresh the step column.
//
// The columns follow the analysis: the product, its step and main supplier, then one column per
// enabled criterion's metric in funnel order (under CBS 2021 the letter's supplier share,
// import/export ratio and world HHI; under EC 2021 the extra-EU import HHI, share and imports
// against exports), then "Marge" (how far the product is from dropping out, or from the next
// step; core/analysis/margins.h), then the values. The industry column shows only when the data
// has industries.
class ProductTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Field { Hs6, Description, Industry, Stage, Supplier, Metric, Imports, Exports, Margin };
    struct Column {
        Field field = Field::Hs6;
        herkomst::Metric metric = herkomst::Metric::SupplierShare; // for Field::Metric
        bool operator==(const Column &other) const
        {
            return field == other.field && (field != Field::Metric || metric == other.metric);
        }
        bool operator!=(const Column &other) const { return !(*this == other); }
    };
    // Numbers sort by value, not by their Dutch text; missing values sort as NaN (last).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ProductTableModel(const AnalysisDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Follows the document: a reset for other statistics or other criteria columns, a
    // step-column refresh otherwise.
    void sync();
    // Headers and texts after a language switch.
    void retranslate();
    // Import and export values in "mln euro" or "x 1.000 euro" (the export settings' unit).
    void setValueUnit(herkomst::ValueUnit unit);
    herkomst::ValueUnit valueUnit() const { return mUnit; }
    // Each product's margins at the analysis's thresholds, recomputed at every sync; "randgeval"
    // within the band (a fraction of each threshold, default 10 %).
    const herkomst::ProductMargin &margin(int row) const { return mMargins[size_t(row)]; }
    void setBorderlineBand(double band);
    double borderlineBand() const { return mBand; }

    // How a column goes to XLSX, CSV or a report: header without layout breaks, kind, decimals.
    herkomst::ExportColumn exportColumn(int column) const;

    const Column &columnAt(int column) const { return mColumns[size_t(column)]; }
    // The index of a column; -1 when the analysis does not show it.
    int column(Field field) const;
    int metricColumn(herkomst::Metric metric) const;
    // A stable name for a column ("imports", a metric's key), for saved views.
    QString columnKey(int column) const;
    int columnForKey(const QString &key) const;
    // Characters a column's values usually need (the description takes what is left).
    int typicalCharacters(int column) const;

    // Dominant supplier as the funnel groups it (largest non-EU partner, else largest partner).
    QString supplierCode(int row) const;
    QString supplierName(int row) const;
    // The product's description in the screen language where the data has it, else in the other.
    QString descriptionText(int row) const;
    QString industryText(int row) const;

    // Fast sort keys for the proxy, without QVariant: numbers for numeric columns (NaN missing).
    bool isNumericColumn(int column) const;
    double sortNumber(int row, int column) const;

private:
    std::vector<Column> columnsForAnalysis() const;
    QString headerText(const Column &column) const;
    QString headerToolTip(const Column &column) const;
    QVariant displayValue(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QVariant exportValue(int row, int column) const;
    QString stageText(int row) const;
    QString stageToolTip(int row) const;
    void computeMargins();

    const AnalysisDocument *mDocument;
    herkomst::ValueUnit mUnit = herkomst::ValueUnit::Millions;
    std::vector<Column> mColumns;
    int mGeneration = -1;
    int mRowCount = 0;
    std::vector<herkomst::ProductMargin> mMargins;
    double mBand = herkomst::kDefaultBorderlineBand;
};

} // namespace herkomst::ui
