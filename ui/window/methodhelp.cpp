#include "window/methodhelp.h"

#include "countries/countryregistry.h"
#include "countries/eucomposition.h"
#include "domain/metric.h"
#include "domain/numberformat.h"
#include "domain/preset.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace herkomst::ui {

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text + QStringLiteral("</p>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>") + text.toHtmlEscaped() + QStringLiteral("</h2>");
}

QString screenLanguage()
{
    return NumberFormat::language().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("nl");
}

} // namespace

MethodHelp::MethodHelp(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), mActions(actions), mBrowser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("methodHelp"));
    mBrowser->setObjectName(QStringLiteral("methodText"));
    mBrowser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mBrowser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    retranslate();
}

void MethodHelp::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MethodHelp::retranslate()
{
    setWindowTitle(tr("Methode en sneltoetsen — Herkomst"));
    mBrowser->setHtml(html(mActions));
}

QString MethodHelp::html(const QList<QAction *> &actions)
{
    return QStringLiteral("<html><body>") +
           QStringLiteral("<h1>%1</h1>").arg(tr("Hoe Herkomst rekent").toHtmlEscaped()) + methodSection() +
           definitionsSection() + presetsSection() + euSection() + missingSection() + sourcesSection() +
           shortcutsSection(actions) + QStringLiteral("</body></html>");
}

QString MethodHelp::methodSection()
{
    QString html = heading(tr("De methode"));
    html += paragraph(
        tr("Herkomst herhaalt, en laat u variëren, de analyse die het CBS in 2021 voor het ministerie van "
           "Buitenlandse Zaken maakte (Kamerbrief van 22 november 2021, Bijlage 1). Voor een rapporterend land "
           "(standaard Nederland), een jaar en elk product op HS 6-cijferniveau kijkt Herkomst naar de invoer "
           "per partnerland, de uitvoer en de wereldexport per exporterend land."));
    html += paragraph(tr("De analyse is een <b>trechter</b>: criteria die na elkaar worden toegepast. Elk criterium "
                         "vergelijkt één maatstaf van het product met een drempel; wat slaagt gaat door naar de "
                         "volgende stap. In de Kamerbrief (CBS 2021):"));
    html += QStringLiteral("<ol><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ol>")
                .arg(tr("<b>Universum</b>: elk HS6-product dat het land invoert (in de gekozen bedrijfstakken): "
                        "3.449 producten in 2020."),
                     tr("<b>Eén niet-EU-leverancier</b>: het grootste aandeel van één land buiten de EU in de "
                        "invoer is meer dan 50 %: 419 producten."),
                     tr("<b>Netto-invoer</b>: de invoer is groter dan de uitvoer (invoer/uitvoer &gt; 1): 236 "
                        "producten."),
                     tr("<b>Geconcentreerde wereldmarkt</b>: de Herfindahl-index (HHI) van de wereldexport is "
                        "meer dan 0,25: 135 producten."));
    html += paragraph(tr("<b>Vergelijkingen zijn strikt</b>, zoals gepubliceerd: „meer dan de helft” betekent dat "
                         "een aandeel van precies 50 % niet slaagt. U kunt drempels verschuiven, criteria aan- en "
                         "uitzetten, toevoegen, verwijderen en van volgorde veranderen; figuren, tabel en bijschriften "
                         "volgen direct, en elke wijziging is ongedaan te maken."));
    html += paragraph(
        tr("<b>Meerdere jaren</b> („in ten minste k van n jaar”, zoals CEPII GeoDep): stap i houdt een product "
           "wanneer de criteria 1 tot en met i <i>samen</i> in hetzelfde jaar gelden, in ten minste k van de n "
           "jaren. Een jaar dat de gegevens dekken maar waarin het product ontbreekt, geldt niet; alleen een jaar "
           "dat de gegevens niet dekken is onbekend."));
    return html;
}

QString MethodHelp::definitionsSection()
{
    QString html = heading(tr("Definities"));
    html += paragraph(tr("<b>Invoer</b> M[p][c]: wat het land van product p invoert uit partner c; M[p] is de som over "
                         "alle partners, EU-landen inbegrepen. Het land is nooit zijn eigen partner. <b>Uitvoer</b> "
                         "X[p]: wat het land van p uitvoert, naar alle bestemmingen. <b>Wereldexport</b> W[p][e]: wat "
                         "exporteur e van p aan de wereld verkoopt."));
    html += paragraph(tr("De <b>Herfindahl-index</b> (HHI) is de som van de gekwadrateerde marktaandelen: 1 als één "
                         "land alles levert, dicht bij 0 als velen een klein deel leveren. Boven 0,25 heet een markt "
                         "in de Kamerbrief geconcentreerd."));
    html += QStringLiteral("<p>%1</p><dl>").arg(tr("De maatstaven waarop een criterium kan toetsen:"));
    for (Metric metric : allMetrics()) {
        const MetricInfo &info = metricInfo(metric);
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>")
                    .arg(QCoreApplication::translate("Metric", info.name).toHtmlEscaped(),
                         QCoreApplication::translate("Metric", info.definition).toHtmlEscaped());
    }
    return html + QStringLiteral("</dl>");
}

QString MethodHelp::presetsSection()
{
    QString html = heading(tr("Criteriasets"));
    html += paragraph(tr("Drie sets liggen klaar; wie een drempel of criterium wijzigt, krijgt een „eigen "
                         "instelling”, en de bijschriften zeggen dat."));
    for (const Preset &preset : builtInPresets()) {
        html += QStringLiteral("<p><b>%1</b> — %2</p><ol>")
                    .arg(preset.displayName().toHtmlEscaped(),
                         QCoreApplication::translate("Preset", preset.source.toUtf8().constData()).toHtmlEscaped());
        for (const Criterion &criterion : preset.criteria) {
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(criterion.displayLabel().toHtmlEscaped(), criterion.ruleText().toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
        if (preset.persistence.multiYear())
            html += paragraph(tr("Elke stap houdt een product alleen als de criteria tot en met die stap samen gelden, "
                                 "in hetzelfde jaar, in ten minste %1 van de laatste %2 jaar.")
                                  .arg(preset.persistence.minYears)
                                  .arg(preset.persistence.years));
    }
    return html;
}

QString MethodHelp::euSection()
{
    const QString language = screenLanguage();
    QStringList members;
    for (const EuMembership &m : euMemberships()) {
        if (isEuMember(EuComposition::Eu27_2020, m.iso3, 2020))
            members << CountryRegistry::instance().name(m.iso3, language);
    }
    std::sort(members.begin(), members.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QString html = heading(tr("De EU-samenstelling"));
    html += paragraph(tr("„Niet-EU-leverancier” hangt af van welke landen als EU gelden. Standaard is dat <b>%1</b>, "
                         "zoals Eurostat vergelijkt: dezelfde 27 lidstaten in elk jaar, het Verenigd Koninkrijk "
                         "erbuiten: %2.")
                          .arg(euCompositionName(EuComposition::Eu27_2020).toHtmlEscaped(),
                               members.join(QStringLiteral(", ")).toHtmlEscaped()));
    html += paragraph(tr("<b>%1</b> telt het Verenigd Koninkrijk mee als EU-land; <b>%2</b> neemt de lidstaten "
                         "van het analysejaar. Een andere keuze dan de standaard staat in elk bijschrift.")
                          .arg(euCompositionName(EuComposition::Eu28).toHtmlEscaped(),
                               euCompositionName(EuComposition::MembershipInYear).toHtmlEscaped()));
    return html;
}

QString MethodHelp::missingSection()
{
    QString html = heading(tr("Ontbrekende en geheime waarden"));
    html += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
                .arg(tr("<b>Ontbrekend is nooit nul.</b> Een geheime waarde (CBS „x”, afgeschermde cellen) of een "
                        "onbekende waarde telt als ontbrekend. Kan een criterium voor een product daardoor niet "
                        "worden beslist, dan heet het product <b>onbepaald</b>: het wordt apart geteld en nooit "
                        "stilzwijgend gehouden of verwijderd."),
                     tr("Dekt een bron een stroom helemaal niet (geen uitvoer van het land, geen wereldgegevens), "
                        "dan is dat criterium voor elk product onbepaald, met een waarschuwing."),
                     tr("<b>Waarde bekend, partner onbekend</b> (Comext QU–QZ, „nes”-gebieden, restgroepen zoals "
                        "„Overige Azië”): de waarde telt mee in de invoer, het blok staat onder eigen naam, kan nooit "
                        "de grootste leverancier zijn en telt als één blok in een invoer-HHI."),
                     tr("Plaatsen zonder ISO-code (Taiwan als „Other Asia, nes”, Kosovo, Ceuta, Melilla) zijn "
                        "partners als elk land; geen regel met een waarde valt weg om zijn partnercode."));
    return html;
}

QString MethodHelp::sourcesSection()
{
    QString html = heading(tr("Bronnen en eenheden"));
    html += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul>")
                .arg(tr("<b>Demodata</b>: synthetisch, door Herkomst gegenereerd in de vorm van de CBS-tabellen en "
                        "afgestemd op de gepubliceerde trechter; <b>geen echte handelscijfers</b>. Elk bijschrift "
                        "zegt dat."),
                     tr("<b>CBS</b>-tabellen (XLSX of CSV, zoals het CBS ze levert): euro; een eenheid in de tabel "
                        "(„x 1 000 euro”) wordt herkend. Licentie CC BY 4.0."),
                     tr("<b>CEPII BACI</b>: wereldhandel per jaar in duizenden USD, opgeslagen in USD; met de "
                        "land- en productcodes van dezelfde versie. Licentie Etalab 2.0."),
                     tr("<b>Eurostat Comext</b>: euro (VALUE_IN_EUROS), GN8 opgeteld tot HS6, maanden tot jaren; "
                        "zonder wereldmarkt, dus het wereldmarktcriterium blijft daar onbepaald."),
                     tr("<b>UN Comtrade</b>: USD (primaryValue)."));
    html += paragraph(tr("Waarden in tabellen, figuren en exports staan in één eenheid, te kiezen in de "
                         "exportinstellingen: mln euro of x 1.000 euro (bij USD-bronnen dollars). Bedragen in "
                         "verschillende valuta worden nooit bij elkaar opgeteld."));
    return html;
}

QString MethodHelp::shortcutsSection(const QList<QAction *> &actions)
{
    QString html = heading(tr("Sneltoetsen"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString &keys, const QString &what) {
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        row(keys.join(QStringLiteral(" / ")), action->text().remove(QLatin1Char('&')));
    }
    row(tr("Pijltjes, PageUp/PageDown"), tr("Een drempel verschuiven (met de schuif of het getalvak in focus)"));
    row(tr("Tab"), tr("Door het drempelpaneel: aan/uit, schuif, getal, acties (…) per criterium"));
    row(tr("Spatie op …, of rechtsklik"), tr("Criterium omhoog, omlaag of verwijderen"));
    row(tr("Delete op een filter"), tr("Dat filter verwijderen"));
    row(tr("Esc"), tr("Het laden van gegevens afbreken"));
    return html + QStringLiteral("</table>");
}

} // namespace herkomst::ui
