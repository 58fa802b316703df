#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;
class QSplitter;
class QDockWidget;

namespace herkomst {
struct ExportTable;
struct SavedAnalysis;
} // namespace herkomst

namespace herkomst::ui {

class AnalysisDocument;
class ChartWidget;
class DataSetManager;
class ImportWizard;
class CountryChart;
class FunnelChart;
class ProductDetailChart;
class ProductTablePanel;
class StableLabel;
class ThresholdPanel;

// The Herkomst window: threshold dock on the left, Figure 1 (funnel) and Figure 2 (countries)
// on top, the product table and the selected product's detail below. All views follow the
// document's single analysisChanged signal.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the last store and view from QSettings, or the demo data on a first start.
    void restoreLastSession();
    // Starts on the demo data with the CBS defaults, ignoring the last session.
    void startOnDemoData();

    AnalysisDocument *document() const { return mDocument; }
    ThresholdPanel *thresholdPanel() const { return mThresholds; }
    FunnelChart *funnelChart() const { return mFunnel; }
    CountryChart *countryChart() const { return mCountries; }
    ProductDetailChart *detailChart() const { return mDetail; }
    ProductTablePanel *productTable() const { return mTable; }
    QLabel *demoBanner() const { return mBanner; }

    bool openAnalysis(const QString &path);
    bool saveAnalysis(const QString &path);
    void setLanguage(const QString &language);
    // The product table as shown (filters, sort order), for XLSX and CSV.
    ExportTable productExportTable() const;
    // File → Importeren… (optionally with dropped files) and Gegevenssets beheren…; both open
    // window-modal and delete themselves when closed.
    ImportWizard *openImportWizard(const QStringList &files = {});
    DataSetManager *openDataSetManager();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createDock();
    void createStatusBar();
    void retranslate();
    void updateViews();
    void updateSourceInfo();
    void updateDetail(int row);
    void updateWindowTitle();
    void updateUndoActions();
    void onCountryClicked(const QString &iso3);
    void onStepClicked(int step);
    void showError(const QString &message);
    void saveSettings() const;
    QJsonObject viewState() const;
    void restoreViewState(const QJsonObject &state);

    // File menu
    void openAnalysisDialog();
    bool save();
    bool saveAs();
    void openStoreDialog();
    void useDemo();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    bool maybeSave();
    void exportChart(ChartWidget *chart, const QString &format);
    void exportTable(const QString &format);
    void exportAnnex(const QString &format);
    void editExportSettings();
    QString askExportPath(const QString &title, const QString &format, const QString &filter);

    void showSettings();
    void showAbout();

    AnalysisDocument *mDocument;
    ThresholdPanel *mThresholds = nullptr;
    QDockWidget *mDock = nullptr;
    FunnelChart *mFunnel = nullptr;
    CountryChart *mCountries = nullptr;
    ProductDetailChart *mDetail = nullptr;
    ProductTablePanel *mTable = nullptr;
    QLabel *mBanner = nullptr;
    QSplitter *mVerticalSplitter = nullptr;
    QSplitter *mTopSplitter = nullptr;
    QSplitter *mBottomSplitter = nullptr;
    QLabel *mMeasureLabel = nullptr;
    QComboBox *mMeasure = nullptr;
    QCheckBox *mStacked = nullptr;
    QLabel *mTopNLabel = nullptr;
    QSpinBox *mTopN = nullptr;
    QLabel *mStatusDataSet = nullptr;
    QLabel *mStatusSynthetic = nullptr;
    StableLabel *mStatusFunnel = nullptr;

    QMenu *mFileMenu = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mExportMenu = nullptr;
    QMenu *mEditMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QMenu *mHelpMenu = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mSaveAction = nullptr;
    QAction *mSaveAsAction = nullptr;
    QAction *mImportAction = nullptr;
    QAction *mDataSetsAction = nullptr;
    QAction *mOpenStoreAction = nullptr;
    QAction *mDemoAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
    QAction *mCopyAction = nullptr;
    QAction *mFindAction = nullptr;
    QAction *mClearFiltersAction = nullptr;
    QAction *mResetAction = nullptr;
    QAction *mSettingsAction = nullptr;
    QAction *mAboutAction = nullptr;
    QList<QAction *> mExportActions;

    bool mLayoutRestored = false;
    int mDetailRow = -2;
    int mDetailGeneration = -1;
    QString mCurrentFile;
    QString mSourceLine; // the caption's source line as the user set it; empty: the data's default
    QStringList mRecentFiles;
};

} // namespace herkomst::ui
