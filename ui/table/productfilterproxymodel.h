#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace herkomst::ui {

class AnalysisDocument;
class ProductTableModel;

// Filters of the product table: the universe of the analysis always, and optionally the products
// left after a funnel step, those of one dominant supplier (or of several, for "overige"), and a
// search text, and the borderline products ("randgevallen"). Sorting uses the model's SortRole, so numbers sort by value and missing ones last.
class ProductFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    ProductFilterProxyModel(const AnalysisDocument *document, ProductTableModel *model, QObject *parent = nullptr);

    void setStepFilter(int step); // -1: none
    int stepFilter() const { return mStep; }
    void setSupplierFilter(const QSet<QString> &iso3Codes); // empty: none
    const QSet<QString> &supplierFilter() const { return mSuppliers; }
    void setSearchText(const QString &text);
    // Only products that flip within the borderline band around a threshold ("Randgevallen").
    void setBorderlineFilter(bool on);
    bool borderlineFilter() const { return mBorderline; }
    QString searchText() const { return mSearch; }

    // Re-applies filters and sort after the document changed.
    void refilter();

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const AnalysisDocument *mDocument;
    ProductTableModel *mModel;
    int mStep = -1;
    QSet<QString> mSuppliers;
    QString mSearch;
    bool mBorderline = false;
};

} // namespace herkomst::ui
