#pragma once

#include <QSet>
#include <QWidget>

class QJsonObject;
class QLabel;
class QLineEdit;
class QTableView;

namespace herkomst::ui {

class AnalysisDocument;
class FilterChipBar;
class StableLabel;
class ProductFilterProxyModel;
class ProductTableModel;

// The product list under the charts: a count, a search field (Ctrl+F), the active filters as
// chips and the sortable table; Ctrl+C copies the selected rows as tab-separated text.
class ProductTablePanel : public QWidget {
    Q_OBJECT

public:
    explicit ProductTablePanel(AnalysisDocument *document, QWidget *parent = nullptr);

    // Products left after a funnel step (-1: all products of the analysis).
    void showStep(int step);
    // Products whose dominant supplier is one of the codes; label names them on the chip.
    void showSuppliers(const QSet<QString> &iso3Codes, const QString &label);
    void clearFilters();

    QTableView *view() const { return mView; }
    ProductFilterProxyModel *proxy() const { return mProxy; }
    ProductTableModel *model() const { return mModel; }
    FilterChipBar *chipBar() const { return mChips; }
    QLineEdit *searchField() const { return mSearch; }
    int visibleRowCount() const;
    QString filterSummary() const { return mFilterSummary; } // the chips as one line, for exports
    int selectedProductRow() const;                          // statistics row, -1 when none
    QString selectionAsTsv() const;                          // header plus the selected rows
    void copySelection() const;
    void focusSearch();
    // Shows a product in the detail from the start rather than an empty panel.
    void selectFirstIfNone();

    // Saved with an analysis: step, supplier filter, search text, sort and selected product.
    QJsonObject viewState() const;
    void restoreViewState(const QJsonObject &state);

signals:
    void productSelected(int statisticsRow); // -1: none

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void updateChips();
    void updateCount();
    void retranslate();
    void emitSelection();
    void removeFilter(const QString &id);

    AnalysisDocument *mDocument;
    ProductTableModel *mModel;
    ProductFilterProxyModel *mProxy;
    QLabel *mTitle;
    StableLabel *mCount;
    QLineEdit *mSearch;
    FilterChipBar *mChips;
    QTableView *mView;
    QString mSupplierLabel;
    int mFinalStage = -1; // the last step the funnel had at the previous sync
    QString mFilterSummary;
    int mLastSelected = -2;
};

} // namespace herkomst::ui
