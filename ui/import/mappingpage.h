#pragma once

#include "import/formatlayout.h"
#include "import/importwizard.h"

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace herkomst::ui {

// Step 2: the first rows of each file as a table, and how they are understood: the header row,
// what each column holds (a drop-down per column), the unit, the year and the reporting country.
// The user corrects what detection got wrong; an edited mapping replaces the importer's own. A
// format with fixed columns (BACI, Comext, Comtrade) shows its own columns with what each holds
// and its unit instead; the year and the reporting country stay a choice.
class MappingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit MappingPage(ImportWizard *wizard);

    void initializePage() override;

    // For tests and keyboard users alike: the widgets by what they set.
    QComboBox *fileCombo() const { return mFile; }
    QSpinBox *headerRowSpin() const { return mHeaderRow; }
    QComboBox *unitCombo() const { return mUnit; }
    QSpinBox *yearSpin() const { return mYear; }
    QComboBox *reporterCombo() const { return mReporter; }
    QComboBox *roleCombo(int column) const; // 1-based column
    QTableWidget *previewTable() const { return mTable; }
    QString statusText() const;
    bool fixedColumnsShown() const; // the format's own columns instead of the choices

private:
    static QStringList goodsUnits(); // the unit choices of a goods table
    void showFile(int index);
    void sheetChosen(int sheet);
    void headerRowChanged(int row);
    void roleChosen(int column, int roleIndex);
    void unitEdited(const QString &text);
    void resetMapping();
    void rebuildColumns();
    void refreshTable();
    void refreshStatus();
    herkomst::FormatLayout formatLayout() const; // the chosen format's, empty for mapped formats
    void showFixedLayout();
    void fixedLayoutStatus(const ImportWizard::FileMapping &file, const herkomst::FormatLayout &layout);

    ImportWizard *mWizard;
    int mCurrent = -1;
    bool mUpdating = false;
    QComboBox *mFile;
    QLabel *mFileLabel;
    QComboBox *mSheet;
    QLabel *mSheetLabel;
    QSpinBox *mHeaderRow;
    QComboBox *mUnit;
    QSpinBox *mYear;
    QComboBox *mReporter;
    QPushButton *mReset;
    QFormLayout *mForm;
    QGroupBox *mColumnsBox;
    QGroupBox *mFixedBox;
    QLabel *mFixedColumns;
    QWidget *mColumnsWidget;
    QGridLayout *mColumns;
    QList<QComboBox *> mRoleCombos;
    QTableWidget *mTable;
    QLabel *mStatus;
    int mUnmatchedInPreview = 0;
};

} // namespace herkomst::ui
