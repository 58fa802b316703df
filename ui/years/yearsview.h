#pragma once

#include "analysis/yeartrend.h"
#include "export/yearcomparisontable.h"
#include "years/yearsloader.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace herkomst::ui {

class AnalysisDocument;
class ChartWidget;
class ProductDetailChart;
class YearCompareModel;
class YearFunnelChart;
class YearSupplierChart;

// The view "Jaren" beside Figure 1 and 2 (issue 16; docs/design.md, "Years"): the funnel of every
// year of the data set (YearFunnelChart), the products after the last step per year by their
// largest non-EU supplier (YearSupplierChart), and two years compared: the products that are new,
// gone and persistent, with the step that keeps each out and both years' values
// (YearComparisonTable), sortable, exportable; a double click shows the product in the table.
// The years' statistics load once per data set, reporter, EU composition and persistence window
// on a worker (YearsLoader); a threshold change only re-runs the funnels (yearTrend). Given the
// window's product detail, it adds the selected product's history to it. A data set of one year
// gets a sentence instead of charts. Hidden, it only notes that it is behind.
class YearsView : public QWidget {
    Q_OBJECT
public:
    explicit YearsView(AnalysisDocument *document, ProductDetailChart *detail = nullptr, QWidget *parent = nullptr);
    ~YearsView() override;

    YearFunnelChart *funnelChart() const { return mFunnel; }
    YearSupplierChart *supplierChart() const { return mSuppliers; }
    QTableView *compareTable() const { return mTable; }
    YearCompareModel *compareModel() const { return mModel; }
    QComboBox *fromYearBox() const { return mFrom; }
    QComboBox *toYearBox() const { return mTo; }
    QLabel *message() const { return mMessage; }
    QTabWidget *parts() const { return mParts; }

    std::vector<int> years() const; // the years shown, ascending; empty until loaded
    bool isLoading() const { return mLoader.isRunning(); }
    bool showsTrend() const;                              // loaded, with more than one year
    double lastUpdateMs() const { return mLastUpdateMs; } // the last threshold change's funnels, charts and table
    void setCompareYears(int from, int to);
    // Brings the view up to the document now, visible or not (loads in the background when the
    // years' statistics are not in yet; updated() follows).
    void refresh();
    // The annex section "Wat is veranderd sinds <jaar>?" for the compared years (the first and
    // the last until the user chooses); none with one year. Loads the years now when the view
    // has not yet (an export does not wait for the tab to be shown).
    std::optional<herkomst::YearChangesAnnex> yearChangesAnnex();
    // The compare table as "xlsx", "csv" or "docx"; exportComparison asks where.
    bool writeComparison(const QString &path, const QString &format, QString *error) const;
    void exportComparison();
    // One of the two charts as PNG, SVG or PDF with its caption; asks where.
    void exportFigure(ChartWidget *chart);
    // The product of a compare row in the window's product table (filters cleared); false with
    // a note when the analysis year does not list it.
    bool showProduct(const QString &hs6);

signals:
    void updated(); // charts and table follow the document

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What a change brings up to date: everything, or (hidden) only the detail's history.
    enum class Scope { History, All };
    QString loadKey() const;
    void onAnalysisChanged();
    void refresh(Scope scope);
    bool loadNow(QString *error); // on this thread, for an export
    void onLoaded(const YearsLoader::Years &years, const QString &error);
    void fillYearBoxes();
    void updateView(Scope scope);
    void updateComparison(bool now = false); // now: also while its tab is hidden
    void updateHistory();
    void retranslate();
    std::vector<herkomst::TrendInput> inputs() const;
    const YearFunnel *loadedYear(int year) const;
    const herkomst::TrendYear *trendYear(int year) const;

    AnalysisDocument *mDocument;
    ProductDetailChart *mDetail;
    YearsLoader mLoader;
    YearsLoader::Years mYears;
    QString mLoadedKey;
    QString mLoadingKey;
    std::vector<herkomst::TrendYear> mTrend;
    herkomst::YearComparison mComparison;
    bool mBehind = true;
    Scope mPendingScope = Scope::History; // what the running load is for
    bool mCompareBehind = true;           // the table waits for its tab
    QString mMeasuredColumns;             // what the columns were sized for
    double mLastUpdateMs = 0.0;

    QStackedWidget *mPages = nullptr;
    QTabWidget *mParts = nullptr; // the trend, the comparison
    QLabel *mMessage = nullptr;
    YearFunnelChart *mFunnel = nullptr;
    YearSupplierChart *mSuppliers = nullptr;
    QLabel *mFromLabel = nullptr;
    QLabel *mToLabel = nullptr;
    QComboBox *mFrom = nullptr;
    QComboBox *mTo = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mNote = nullptr;
    QPushButton *mExport = nullptr;
    QPushButton *mExportFigure = nullptr;
    QAction *mExportFunnel = nullptr;
    QAction *mExportSuppliers = nullptr;
    QTableView *mTable = nullptr;
    YearCompareModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
};

} // namespace herkomst::ui
