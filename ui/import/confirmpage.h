#pragma once

#include <QWizardPage>

class QLabel;

namespace herkomst::ui {

class ImportWizard;

// Step 3: what is about to be imported, before anything is read in full or stored: the files,
// the format, the data set's name, the year and reporting country, the unit and the database.
// "Importeren" starts it; until then the user can go back and change anything.
class ConfirmPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ConfirmPage(ImportWizard *wizard);

    void initializePage() override;
    QString summaryText() const; // as shown, for tests

private:
    ImportWizard *mWizard;
    QLabel *mSummary;
};

} // namespace herkomst::ui
