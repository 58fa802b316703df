#include "table/productfilterproxymodel.h"

#include "document/analysisdocument.h"
#include "table/producttablemodel.h"

#include <cmath>

namespace herkomst::ui {

ProductFilterProxyModel::ProductFilterProxyModel(const AnalysisDocument *document, ProductTableModel *model,
                                                 QObject *parent)
    : QSortFilterProxyModel(parent), mDocument(document), mModel(model)
{
    // Filters read the document directly; refilter() is called once per document change, which
    // is cheaper than letting the proxy react to every changed cell.
    setDynamicSortFilter(false);
    setSortRole(ProductTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSourceModel(model);
}

void ProductFilterProxyModel::setStepFilter(int step)
{
    if (step == mStep)
        return;
    mStep = step;
    refilter();
    emit filtersChanged();
}

void ProductFilterProxyModel::setSupplierFilter(const QSet<QString> &iso3Codes)
{
    if (iso3Codes == mSuppliers)
        return;
    mSuppliers = iso3Codes;
    refilter();
    emit filtersChanged();
}

void ProductFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == mSearch)
        return;
    mSearch = trimmed;
    refilter();
    emit filtersChanged();
}

void ProductFilterProxyModel::setBorderlineFilter(bool on)
{
    if (on == mBorderline)
        return;
    mBorderline = on;
    refilter();
    emit filtersChanged();
}

void ProductFilterProxyModel::refilter()
{
    invalidateFilter();
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

bool ProductFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const AnalysisResult &result = mDocument->result();
    if (size_t(sourceRow) >= result.stage.size())
        return false;
    const int stage = result.stage[size_t(sourceRow)];
    if (stage < 0)
        return false;
    if (mStep >= 0 && stage < mStep)
        return false;
    if (!mSuppliers.isEmpty() && !mSuppliers.contains(mModel->supplierCode(sourceRow)))
        return false;
    if (mBorderline && !mModel->margin(sourceRow).borderline())
        return false;
    if (mSearch.isEmpty())
        return true;
    const ProductInfo &product = mDocument->table().product(sourceRow);
    return product.hs6.startsWith(mSearch) ||
           mModel->descriptionText(sourceRow).contains(mSearch, Qt::CaseInsensitive) ||
           mModel->industryText(sourceRow).contains(mSearch, Qt::CaseInsensitive) ||
           mModel->supplierName(sourceRow).contains(mSearch, Qt::CaseInsensitive);
}

bool ProductFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (mModel->isNumericColumn(column)) {
        const double x = mModel->sortNumber(left.row(), column);
        const double y = mModel->sortNumber(right.row(), column);
        // Missing values last in ascending order; ties fall back to the HS6 code for a stable order.
        if (std::isnan(x) || std::isnan(y))
            return !std::isnan(x) && std::isnan(y);
        if (x != y)
            return x < y;
        return mDocument->table().product(left.row()).hs6 < mDocument->table().product(right.row()).hs6;
    }
    return QString::localeAwareCompare(left.data(ProductTableModel::SortRole).toString(),
                                       right.data(ProductTableModel::SortRole).toString()) < 0;
}

} // namespace herkomst::ui
