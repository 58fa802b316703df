#include "import/confirmpage.h"

#include "import/importwizard.h"
#include "import/servicesmapping.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"
#include "import/importer.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace herkomst::ui {

ConfirmPage::ConfirmPage(ImportWizard *wizard) : mWizard(wizard), mSummary(new QLabel)
{
    setObjectName(QStringLiteral("confirmPage"));
    setTitle(tr("Controleren en importeren"));
    setSubTitle(tr("Zo wordt er ingelezen. Er is nog niets opgeslagen: met Importeren begint het, en ook dan kunt "
                   "u afbreken zonder dat de database verandert."));
    setButtonText(QWizard::NextButton, tr("&Importeren"));
    mSummary->setObjectName(QStringLiteral("confirmSummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addStretch(1);
}

void ConfirmPage::initializePage()
{
    const ImportRequest request = mWizard->request();
    const Importer *importer = mWizard->importer();
    const QString language =
        NumberFormat::language().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("nl");
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td valign='top'><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label, value);
    };
    QStringList files;
    for (const QString &file : request.files) {
        const QFileInfo info(file);
        files << QStringLiteral("%1 (%2)").arg(info.fileName().toHtmlEscaped(),
                                               QLocale().formattedDataSize(info.size()).toHtmlEscaped());
    }
    QString unit;
    if (importer && !importer->layout().isEmpty()) {
        unit = importer->layout().unitNote;
    } else {
        for (const ImportWizard::FileMapping &file : mWizard->fileMappings()) {
            if (!file.mapping.unitNote.isEmpty() && !unit.contains(file.mapping.unitNote))
                unit += (unit.isEmpty() ? QString() : QStringLiteral("; ")) + file.mapping.unitNote;
        }
        if (unit.isEmpty())
            unit = mWizard->importsServices() ? tr("zoals de tabel vermeldt; niets vermeld: mln euro")
                                              : tr("zoals de tabel vermeldt; niets vermeld: euro");
    }
    const QString reporter =
        request.reporters.isEmpty() ? tr("standaard van het formaat (Nederland)")
        : request.reporters.front() == QLatin1String("ALL")
            ? tr("alle rapporterende landen")
            : QStringLiteral("%1 (%2)").arg(CountryRegistry::instance().name(request.reporters.front(), language),
                                            request.reporters.front());
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    html += row(tr("Bestanden"), files.join(QStringLiteral("<br>")));
    html += row(tr("Formaat"), importer ? importer->displayName().toHtmlEscaped() : QString());
    html += row(tr("Naam van de gegevensset"), request.dataSetName.isEmpty()
                                                   ? tr("automatisch, uit de naam van het eerste bestand")
                                                   : request.dataSetName.toHtmlEscaped());
    html += row(tr("Jaar"), request.year > 0 ? QString::number(request.year) : tr("uit de gegevens"));
    html += row(tr("Rapporterend land"), reporter.toHtmlEscaped());
    html += row(tr("Eenheid van de waarden"), unit.toHtmlEscaped());
    html += row(tr("Database"), QDir::toNativeSeparators(mWizard->storePath()).toHtmlEscaped());
    if (mWizard->importsServices()) {
        // Services: the file read as the import will read it, so a bad cell shows before Importeren.
        const std::optional<ColumnMapping> mapping = request.mappings.empty() ? std::nullopt : request.mappings.front();
        const QString reporterCode = request.reporters.isEmpty() ? QString() : request.reporters.front();
        html += QStringLiteral("</table><p>") +
                ServicesMapping::confirmation(request.files.value(0), mapping, reporterCode, request.year) +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("</table><p>") +
                tr("Landen die Herkomst niet herkent, kunt u na het inlezen koppelen; pas daarna wordt opgeslagen.") +
                QStringLiteral("</p>");
    }
    mSummary->setText(html);
}

QString ConfirmPage::summaryText() const
{
    return mSummary->text();
}

} // namespace herkomst::ui
