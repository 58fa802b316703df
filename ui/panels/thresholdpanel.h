#pragma once

#include <QPointer>
#include <QWidget>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QVBoxLayout;

namespace herkomst::ui {

class AnalysisDocument;
class CriterionRow;

// The threshold dock: preset, one row per criterion, the data selection (data set, reporter,
// year, EU composition) and the industry filter. It only sends edits to the document and
// mirrors the document back, so undo and redo move the controls too.
class ThresholdPanel : public QWidget {
    Q_OBJECT

public:
    explicit ThresholdPanel(AnalysisDocument *document, QWidget *parent = nullptr);

    QComboBox *presetBox() const { return mPreset; }
    CriterionRow *criterionRow(int index) const;
    int criterionRowCount() const { return int(mRows.size()); }
    QPushButton *addCriterionButton() const { return mAddCriterion; }
    QComboBox *dataSetBox() const { return mDataSet; }
    QComboBox *yearBox() const { return mYear; }
    QComboBox *euBox() const { return mEu; }
    QListWidget *industryList() const { return mIndustries; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void syncSelection();
    void syncIndustries();
    void rebuildRows();
    void fillAddMenu();
    void retranslate();
    void selectionEdited();
    void industriesEdited();
    // A box's tooltip: its whole current text (the box may elide it), then what it is for.
    static void updateComboTip(QComboBox *box);

    AnalysisDocument *mDocument;
    QGroupBox *mPresetGroup;
    QComboBox *mPreset;
    QPushButton *mReset;
    QGroupBox *mCriteriaGroup;
    QVBoxLayout *mRowsLayout;
    std::vector<CriterionRow *> mRows;
    QPushButton *mAddCriterion;
    QMenu *mAddMenu;
    int mFocusRowAfterRebuild = -1; // keeps the keyboard on a row that moved
    QGroupBox *mDataGroup;
    QLabel *mDataSetLabel;
    QComboBox *mDataSet;
    QLabel *mReporterLabel;
    QComboBox *mReporter;
    QLabel *mYearLabel;
    QComboBox *mYear;
    QLabel *mEuLabel;
    QComboBox *mEu;
    QGroupBox *mIndustryGroup;
    QListWidget *mIndustries;
    QPushButton *mAllIndustries;
    int mSyncedGeneration = -1;
    QString mSyncedSelection;
    QPointer<QWidget> mFocusBeforeLoading;
};

} // namespace herkomst::ui
