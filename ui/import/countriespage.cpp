#include "import/countriespage.h"

#include "import/countrycombo.h"
#include "import/countrysuggester.h"
#include "import/importwizard.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"
#include "store/store.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>
#include <numeric>

namespace herkomst::ui {

CountriesPage::CountriesPage(ImportWizard *wizard) : mWizard(wizard)
{
    setObjectName(QStringLiteral("countriesPage"));
    setTitle(tr("Landen koppelen"));
    setSubTitle(tr("Deze namen of codes herkent Herkomst niet als land. Kies het land dat bedoeld is, of laat een "
                   "naam overslaan; uw keuzes worden onthouden voor volgende imports."));
    mIntro = new QLabel;
    mIntro->setWordWrap(true);
    mList = new QWidget;
    mGrid = new QGridLayout(mList);
    mGrid->setColumnStretch(2, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(mList);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mIntro);
    layout->addWidget(scroll, 1);
}

void CountriesPage::initializePage()
{
    for (QWidget *old : mList->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        mGrid->removeWidget(old);
        delete old;
    }
    mCombos.clear();
    mNames.clear();
    const QMap<QString, qint64> &unmatched = mWizard->report().unmatched;
    mIntro->setText(tr("Namen zonder land: %1, samen %2 regels. Voorstellen staan bovenaan elke lijst; typ de "
                       "eerste letters om een land te zoeken.")
                        .arg(NumberFormat::count(unmatched.size()),
                             NumberFormat::count(std::accumulate(unmatched.cbegin(), unmatched.cend(), qint64(0)))));
    auto *nameHeader = new QLabel(tr("<b>In het bestand</b>"));
    auto *rowsHeader = new QLabel(tr("<b>Regels</b>"));
    auto *countryHeader = new QLabel(tr("<b>Land</b>"));
    mGrid->addWidget(nameHeader, 0, 0);
    mGrid->addWidget(rowsHeader, 0, 1);
    mGrid->addWidget(countryHeader, 0, 2);
    int row = 1;
    QWidget *previous = nullptr;
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it, ++row) {
        const QString &name = it.key();
        auto *label = new QLabel(QStringLiteral("“%1”").arg(name.toHtmlEscaped()));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *rows = new QLabel(NumberFormat::count(it.value()));
        rows->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("countryChoice%1").arg(row));
        combo->setAccessibleName(tr("Land voor “%1”").arg(name));
        combo->addItem(tr("— overslaan: deze regels niet opslaan —"), QString());
        const std::vector<CountrySuggester::Suggestion> suggestions = CountrySuggester::suggest(name);
        for (const CountrySuggester::Suggestion &s : suggestions)
            combo->addItem(tr("%1 (%2) — voorstel").arg(CountryRegistry::instance().name(s.iso3), s.iso3), s.iso3);
        combo->insertSeparator(combo->count());
        addCountryItems(combo);
        combo->setMaxVisibleItems(20);
        // A close match is preselected; anything less the user decides.
        if (!suggestions.empty() && suggestions.front().score >= CountrySuggester::strongScore)
            combo->setCurrentIndex(1);
        label->setBuddy(combo);
        mGrid->addWidget(label, row, 0);
        mGrid->addWidget(rows, row, 1);
        mGrid->addWidget(combo, row, 2);
        if (previous)
            setTabOrder(previous, combo);
        previous = combo;
        mNames << name;
        mCombos << combo;
    }
    mGrid->setRowStretch(row, 1);
}

QComboBox *CountriesPage::choiceFor(const QString &name) const
{
    const int index = int(mNames.indexOf(name));
    return index >= 0 ? mCombos[index] : nullptr;
}

bool CountriesPage::choose(const QString &name, const QString &iso3)
{
    QComboBox *combo = choiceFor(name);
    if (!combo)
        return false;
    const int index = combo->findData(iso3);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

bool CountriesPage::validatePage()
{
    QString error;
    Store *store = mWizard->aliasStore(&error);
    for (int i = 0; store && i < mNames.size(); ++i) {
        const QString iso3 = mCombos[i]->currentData().toString();
        if (!iso3.isEmpty() && !store->rememberCountryAlias(mNames[i], iso3, &error))
            store = nullptr;
    }
    if (!store) {
        QMessageBox::warning(this, tr("Landen koppelen"), tr("De keuzes konden niet worden bewaard: %1").arg(error));
        return false;
    }
    return true;
}

} // namespace herkomst::ui
