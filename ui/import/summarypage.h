#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace herkomst {
struct ImportReport;
}

namespace herkomst::ui {

class ImportWizard;

// Last step: rows read, stored, rejected and skipped, the names that matched no country, every
// row not stored with its reason (exportable as CSV), and what the importer decided. The new
// data set is selected in the document, so every view shows it.
class SummaryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit SummaryPage(ImportWizard *wizard);

    void initializePage() override;

    // The issues as CSV (bestand;regel;kolom;soort;melding); false with a Dutch *error.
    bool exportIssues(const QString &path, QString *error) const;
    QTableWidget *issuesTable() const { return mIssues; }
    QString countsText() const;
    QString headline() const;

private:
    void chooseExportPath();
    void showServices(const herkomst::ImportReport &report);

    ImportWizard *mWizard;
    QLabel *mHeadline;
    QLabel *mCounts;
    QTableWidget *mIssues;
    QLabel *mIssuesLabel;
    QPushButton *mExport;
    QPlainTextEdit *mNotes;
};

} // namespace herkomst::ui
