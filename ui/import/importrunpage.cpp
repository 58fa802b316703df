#include "import/importrunpage.h"

#include "import/importrunner.h"
#include "import/importwizard.h"

#include "import/importer.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace herkomst::ui {

ImportRunPage::ImportRunPage(ImportWizard *wizard, bool retry)
    : mWizard(wizard), mRetry(retry), mRunner(new ImportRunner(this))
{
    setObjectName(retry ? QStringLiteral("retryPage") : QStringLiteral("runPage"));
    setTitle(retry ? tr("Opnieuw inlezen en opslaan") : tr("Inlezen en opslaan"));
    setSubTitle(tr("De bestanden worden gelezen en in één keer opgeslagen. Afbreken kan altijd: dan blijft de "
                   "database zoals hij was."));
    mIntro = new QLabel;
    mIntro->setWordWrap(true);
    mProgress = new QProgressBar;
    mProgress->setObjectName(QStringLiteral("importProgress"));
    mProgress->setRange(0, 1000);
    mProgress->setTextVisible(true);
    mProgress->setFormat(QStringLiteral("%p %"));
    mMessage = new QLabel;
    mMessage->setWordWrap(true);
    mCancel = new QPushButton(tr("&Annuleren"));
    mCancel->setObjectName(QStringLiteral("cancelImportButton"));
    mCancel->setToolTip(tr("De import afbreken; er wordt niets opgeslagen"));
    mAgain = new QPushButton(tr("&Opnieuw proberen"));
    mAgain->setObjectName(QStringLiteral("retryImportButton"));
    connect(mCancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(mAgain, &QPushButton::clicked, this, &ImportRunPage::start);
    mResult = new QLabel;
    mResult->setObjectName(QStringLiteral("runResult"));
    mResult->setWordWrap(true);
    mResult->setTextFormat(Qt::RichText);
    mResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(mAgain);
    buttons->addWidget(mCancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mIntro);
    layout->addSpacing(8);
    layout->addWidget(mProgress);
    layout->addWidget(mMessage);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(mResult);
    layout->addStretch(1);

    connect(mRunner, &ImportRunner::progressChanged, this, [this](double fraction, const QString &message) {
        mProgress->setValue(int(fraction * 1000));
        if (!message.isEmpty())
            mMessage->setText(message);
    });
    connect(mRunner, &ImportRunner::finished, this, &ImportRunPage::finished);
}

void ImportRunPage::initializePage()
{
    if (mRetry)
        mWizard->setSkipUnmatched(true); // names left unmapped are reported, not stored
    start();
}

void ImportRunPage::cleanupPage()
{
    // Back: a running import is cancelled first, so nothing is stored behind the user's back.
    cancelAndWait();
    if (mRetry)
        mWizard->setSkipUnmatched(false);
}

void ImportRunPage::start()
{
    if (mRunner->isRunning() || !mWizard->importer())
        return;
    mDone = false;
    mWizard->setReport(ImportReport{});
    const ImportRequest request = mWizard->request();
    const QString files = request.files.size() == 1 ? QFileInfo(request.files.front()).fileName()
                                                    : tr("%1 bestanden").arg(request.files.size());
    mIntro->setText(
        tr("%1 als %2, naar de database %3.")
            .arg(files, mWizard->importer()->displayName(), QDir::toNativeSeparators(mWizard->storePath())));
    mProgress->setValue(0);
    mMessage->setText(tr("Starten…"));
    mResult->clear();
    mCancel->setEnabled(true);
    mCancel->setVisible(true);
    mAgain->setVisible(false);
    emit completeChanged();
    mRunner->start(mWizard->importer(), request, mWizard->storePath());
}

void ImportRunPage::cancel()
{
    if (!mRunner->isRunning())
        return;
    mRunner->cancel();
    mCancel->setEnabled(false);
    mMessage->setText(tr("Afbreken…"));
}

void ImportRunPage::cancelAndWait()
{
    if (!mRunner->isRunning())
        return;
    mRunner->cancel();
    mRunner->waitForFinished();
}

bool ImportRunPage::isRunning() const
{
    return mRunner->isRunning();
}

void ImportRunPage::finished()
{
    const ImportReport &report = mRunner->report();
    mWizard->setReport(report);
    mDone = true;
    mCancel->setVisible(false);
    if (report.ok()) {
        mProgress->setValue(1000);
        mMessage->setText(tr("Opgeslagen."));
        mResult->setText(tr("Gegevensset “%1” opgeslagen.").arg(report.dataSetName.toHtmlEscaped()));
        setCommitPage(true); // stored: going back would suggest it can be undone here
    } else if (report.outcome == ImportReport::Outcome::Cancelled) {
        mMessage->setText(tr("Afgebroken."));
        mResult->setText(tr("<b>Import afgebroken; er is niets opgeslagen.</b> De database is zoals hij was."));
        mAgain->setVisible(true);
    } else if (mWizard->needsCountries() && !mRetry) {
        mMessage->setText(tr("Gelezen."));
        mResult->setText(tr("Niet alle landen herkend (%1); nog niets opgeslagen. Koppel ze op de volgende pagina.")
                             .arg(report.unmatched.size()));
    } else {
        mMessage->setText(tr("Mislukt."));
        mResult->setText(tr("<span style='color:#a00'><b>Niet geïmporteerd:</b> %1</span><br>Er is niets opgeslagen. "
                            "%2")
                             .arg(report.error.toString().toHtmlEscaped(), remedyText(report).toHtmlEscaped()));
        mAgain->setVisible(true);
    }
    emit completeChanged();
    emit importFinished();
    // Stored or waiting for country names: the next page is where the user continues.
    if (isComplete() && wizard() && wizard()->currentPage() == this)
        QTimer::singleShot(0, wizard(), &QWizard::next);
}

QString ImportRunPage::remedyText(const ImportReport &report)
{
    // What the user can do, in the wizard's terms (core names neither options nor pages).
    switch (report.remedy) {
    case ImportReport::Remedy::MapOrSkipCountries:
        return tr("Koppel de landnamen op de volgende pagina, of laat die regels overslaan.");
    case ImportReport::Remedy::AllowDuplicate:
        return tr("Het bestand zit al in gegevensset “%1”. Gebruik die via Bestand → Gegevenssets beheren, of "
                  "verwijder hem daar en importeer opnieuw.")
            .arg(report.duplicateOf);
    case ImportReport::Remedy::ChooseName:
        return tr("Ga terug naar de eerste pagina en kies een andere naam voor de gegevensset.");
    case ImportReport::Remedy::GiveYear:
        return tr("Ga terug naar de pagina Kolommen controleren en kies het jaar.");
    case ImportReport::Remedy::GiveCountryCodes:
        return tr("Ga terug naar de eerste pagina en voeg met Bestanden toevoegen… het bestand met landcodes "
                  "(country_codes_V….csv) van dezelfde BACI-versie toe.");
    case ImportReport::Remedy::ChooseReporter:
        return tr("Ga terug naar de pagina Kolommen controleren en kies een rapporterend land dat in de "
                  "bestanden staat.");
    case ImportReport::Remedy::None:
        break;
    }
    return tr("Ga terug om het formaat of de kolommen aan te passen.");
}

bool ImportRunPage::isComplete() const
{
    return mDone && !mRunner->isRunning() && (mWizard->report().ok() || (!mRetry && mWizard->needsCountries()));
}

int ImportRunPage::nextId() const
{
    if (!mRetry && mWizard->needsCountries())
        return ImportWizard::CountriesPageId;
    return ImportWizard::SummaryPageId;
}

QString ImportRunPage::resultText() const
{
    return mResult->text();
}

} // namespace herkomst::ui
