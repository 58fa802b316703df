#pragma once

#include <QMainWindow>
#include <QStringList>
#include <memory>

class QLabel;
class QScreen;
class QSplitter;
class QTabWidget;

namespace herkomst::ui {

class AnalysisDocument;
class CountryChart;
class CountryChartOptions;
class DataSetManager;
class ExportHandler;
class FunnelChart;
class ImportWizard;
class LoadingOverlay;
class MethodHelp;
class ProductDetailChart;
class ProductTablePanel;
class SessionHandler;
class StableLabel;
class ThresholdPanel;

namespace Ui {
class MainWindow;
}

// The Herkomst window: threshold dock on the left, Figure 1 (funnel) and Figure 2 (countries)
// on top, the product table and the selected product's detail below. All views follow the
// document's single analysisChanged signal. Its parts: the actions, menus and their texts
// (mainwindow.ui), file and session handling (SessionHandler), exports (ExportHandler), the
// country-chart options (CountryChartOptions) and the loading state (LoadingOverlay).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Restores the window's layout, then the last analysis or session (loading in the
    // background, so the window can show at once), or the demo data on a first start.
    void restoreLastSession();
    // The window's geometry, dock and splitters as the user left them.
    void restoreLayout();
    // Starts a new analysis on the demo data with the CBS defaults, ignoring the last session.
    void startOnDemoData();
    // Beeld → Alleen de tabel: the figures hidden, so on a small screen the table gets the height.
    void setTableOnly(bool tableOnly);
    bool isTableOnly() const;

    AnalysisDocument *document() const { return mDocument; }
    ThresholdPanel *thresholdPanel() const { return mThresholds; }
    FunnelChart *funnelChart() const { return mFunnel; }
    CountryChart *countryChart() const { return mCountries; }
    ProductTablePanel *productTable() const { return mTable; }
    QLabel *demoBanner() const { return mBanner; }
    LoadingOverlay *loadingOverlay() const { return mLoading; }
    SessionHandler *session() const { return mSession; }
    ExportHandler *exports() const { return mExports; }

    bool openAnalysis(const QString &path);
    void setLanguage(const QString &language);
    // File → Importeren… (optionally with dropped files) and Gegevenssets beheren…; both open
    // window-modal and delete themselves when closed.
    ImportWizard *openImportWizard(const QStringList &files = {});
    DataSetManager *openDataSetManager();
    // Help → Methode en sneltoetsen (F1), beside the window.
    MethodHelp *showMethod();
    // A view of the analysis as a tab beside Figure 1 and 2 (the window takes it); its window
    // title names the tab.
    void addFigureView(QWidget *view);
    QTabWidget *figureTabs() const { return mFigureTabs; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    void createCentralArea();
    void createStatusBar();
    void fillViewMenu();
    void retranslate();
    void updateViews();
    void updateSourceInfo();
    void updateDetail(int row);
    void showDetail(int row);
    void updateSelectionMarks();
    void updateWindowTitle();
    void updateUndoActions();
    void onCountryClicked(const QString &iso3);
    void onStepClicked(int step);
    void onLoadingChanged(bool loading);
    void showError(const QString &message);
    void saveLayout() const;
    // The first start's geometry, and a restored one brought back within the screen it is on.
    void placeOnScreen();
    void keepOnScreen();
    QMargins frameEstimate() const;
    QScreen *screenHolding(const QRect &rect) const;
    QJsonObject viewState() const;
    void restoreViewState(const QJsonObject &state);
    void showAbout();
    void showSettings();

    std::unique_ptr<Ui::MainWindow> mUi;
    AnalysisDocument *mDocument;
    ThresholdPanel *mThresholds = nullptr;
    FunnelChart *mFunnel = nullptr;
    CountryChart *mCountries = nullptr;
    CountryChartOptions *mCountryOptions = nullptr;
    ProductDetailChart *mDetail = nullptr;
    ProductTablePanel *mTable = nullptr;
    QLabel *mBanner = nullptr;
    QSplitter *mVerticalSplitter = nullptr;
    QSplitter *mTopSplitter = nullptr;
    QTabWidget *mFigureTabs = nullptr;
    QSplitter *mBottomSplitter = nullptr;
    QLabel *mStatusDataSet = nullptr;
    QLabel *mStatusSynthetic = nullptr;
    StableLabel *mStatusFunnel = nullptr;
    LoadingOverlay *mLoading = nullptr;
    SessionHandler *mSession = nullptr;
    ExportHandler *mExports = nullptr;
    MethodHelp *mMethodHelp = nullptr;

    bool mLayoutRestored = false;
    bool mShownOnce = false;
    int mDetailRow = -2;
    int mDetailGeneration = -1;
};

} // namespace herkomst::ui
