#include "window/settingsdialog.h"

#include "window/languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace herkomst::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , mLanguageLabel(new QLabel(this))
    , mLanguage(new QComboBox(this))
    , mNote(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    for (const QString &language : LanguageManager::availableLanguages())
        mLanguage->addItem(LanguageManager::languageName(language), language);
    mLanguage->setCurrentIndex(mLanguage->findData(LanguageManager::instance().language()));
    mLanguageLabel->setBuddy(mLanguage);
    mNote->setWordWrap(true);
    mNote->setObjectName(QStringLiteral("panelSubtitle"));

    auto *form = new QFormLayout;
    form->addRow(mLanguageLabel, mLanguage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mNote);
    layout->addStretch(1);
    layout->addWidget(mButtons);

    connect(mLanguage, &QComboBox::activated, this,
            [this] { emit languageChosen(mLanguage->currentData().toString()); });
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(420, 180);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Instellingen"));
    mLanguageLabel->setText(tr("&Taal van het scherm"));
    mNote->setText(tr("De taal wisselt direct, ook van getallen (3.449 of 3,449). Geëxporteerde figuren voor "
                      "een Kamerbrief blijven Nederlands als u ze in het Nederlands maakt."));
}

} // namespace herkomst::ui
