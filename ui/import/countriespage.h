#pragma once

#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;

namespace herkomst::ui {

class ImportWizard;

// Step 4, only when the import met country names or codes that match nothing: each is listed
// with how many rows it has and a drop-down of countries, closest suggestions first. Chosen
// countries are remembered in the store (Store::rememberCountryAlias), so later imports know
// them; names left on "overslaan" are reported and not stored.
class CountriesPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CountriesPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    QStringList names() const { return mNames; }
    // The drop-down for a name as written in the file; nullptr when not listed.
    QComboBox *choiceFor(const QString &name) const;
    // Chooses a country (ISO3) for a name; empty skips it. False when not listed or unknown.
    bool choose(const QString &name, const QString &iso3);

private:
    ImportWizard *mWizard;
    QLabel *mIntro;
    QWidget *mList;
    QGridLayout *mGrid;
    QStringList mNames;
    QList<QComboBox *> mCombos;
};

} // namespace herkomst::ui
