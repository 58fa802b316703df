#pragma once

#include "export/exporttable.h"
#include "export/valueunit.h"

#include <QSet>
#include <QWidget>
#include <vector>

class QJsonObject;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QSpinBox;
class QTableView;
class QToolButton;

namespace herkomst::ui {

class AnalysisDocument;
class FilterChipBar;
class StableLabel;
class ProductFilterProxyModel;
class ProductTableModel;

// The product list under the charts: a count, a search field (Ctrl+F), the active filters as
// chips and the sortable table; Ctrl+C copies the selected rows as tab-separated text and, for
// Word, as an HTML table beside it.
class ProductTablePanel : public QWidget {
    Q_OBJECT

public:
    explicit ProductTablePanel(AnalysisDocument *document, QWidget *parent = nullptr);

    // Products left after a funnel step (-1: all products of the analysis).
    void showStep(int step);
    // Products whose dominant supplier is one of the codes; label names them on the chip.
    void showSuppliers(const QSet<QString> &iso3Codes, const QString &label);
    void clearFilters();
    // Selects the product and scrolls to it; false when the rows shown do not list it.
    bool selectProduct(const QString &hs6);
    // "Randgevallen": only products that flip when a threshold moves within the band (a fraction
    // of each threshold; the user's setting, remembered, default 10 %).
    void showBorderline(bool on);
    void setBorderlineBand(double band);
    QToolButton *borderlineButton() const { return mBorderline; }
    QSpinBox *borderlineBandBox() const { return mBand; }
    // The product's margins in words, one line per criterion, for the detail panel.
    QStringList marginLines(int statisticsRow) const;

    QTableView *view() const { return mView; }
    ProductFilterProxyModel *proxy() const { return mProxy; }
    ProductTableModel *model() const { return mModel; }
    FilterChipBar *chipBar() const { return mChips; }
    QLineEdit *searchField() const { return mSearch; }
    int visibleRowCount() const;
    QString filterSummary() const { return mFilterSummary; } // the chips as one line, for exports
    int selectedProductRow() const;                          // statistics row, -1 when none
    QString selectionAsTsv() const;                          // header plus the selected rows
    QString selectionAsHtml() const;                         // the same as an HTML table
    void copySelection() const;                              // both on the clipboard
    // Import and export values in the export settings' unit ("mln euro" or "x 1.000 euro").
    void setValueUnit(herkomst::ValueUnit unit);
    // The visible rows (filters, sort order) for XLSX, CSV or DOCX: plain numbers, headers without
    // layout breaks, the unit's decimals; caption becomes the table's note.
    herkomst::ExportTable exportTable(const QString &caption) const;
    void focusSearch();
    // Shows a product in the detail from the start rather than an empty panel.
    void selectFirstIfNone();

    // Saved with an analysis: step, supplier filter, search text, sort and selected product.
    QJsonObject viewState() const;
    void restoreViewState(const QJsonObject &state);

    // The row's context menu: copy, the products of its supplier, its detail. The caller owns it.
    QMenu *createContextMenu(const QModelIndex &index);

signals:
    void productSelected(int statisticsRow); // -1: none
    // The user asked for a product's detail (context menu): the window shows the detail panel.
    void detailRequested(int statisticsRow);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Header and selected rows as shown, one list per line.
    std::vector<QStringList> selectedCells() const;
    // Columns as wide as their header and values need; the description takes the rest.
    void fitColumns();
    void fitDescription(int othersWidth = -1);
    int headerWidth(int column) const;
    void showContextMenu(const QPoint &position);
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
    QToolButton *mBorderline;
    QSpinBox *mBand;
    QLabel *mBandLabel;
    QString mSupplierLabel;
    int mFinalStage = -1; // the last step the funnel had at the previous sync
    QString mFilterSummary;
    int mLastSelected = -2;
    QString mSortKeyBeforeReset;
    QString mSelectedBeforeReset;
    QString mSelectedHs6; // of the last selection, taken while model and document agreed
};

} // namespace herkomst::ui
