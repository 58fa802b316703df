#pragma once

#include "import/importreport.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace herkomst::ui {

class ImportRunner;
class ImportWizard;

// Step 3 (and 5, after country names were mapped): the import runs on a worker thread with a
// progress bar and Annuleren. A cancelled or failed import stores nothing; the page says why
// and offers to try again. Stored, it moves on to the summary by itself.
class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    ImportRunPage(ImportWizard *wizard, bool retry);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const;
    void cancel();
    void cancelAndWait();
    QPushButton *cancelButton() const { return mCancel; }
    QProgressBar *progressBar() const { return mProgress; }
    QString resultText() const;
    // What the user can do about a failed import, in the wizard's words.
    static QString remedyText(const herkomst::ImportReport &report);

signals:
    void importFinished();

private:
    void start();
    void finished();

    ImportWizard *mWizard;
    bool mRetry;
    ImportRunner *mRunner;
    bool mDone = false;
    QLabel *mIntro;
    QProgressBar *mProgress;
    QLabel *mMessage;
    QPushButton *mCancel;
    QPushButton *mAgain;
    QLabel *mResult;
};

} // namespace herkomst::ui
