#include "export/annexreport.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "countries/countryregistry.h"
#include "countries/eucomposition.h"
#include "domain/numberformat.h"
#include "export/annextables.h"
#include "export/chartcaption.h"
#include "export/chartexporter.h"
#include "export/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <cmath>

namespace herkomst::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnnexReport", text);
}

constexpr int kFigureDpi = 300;
const char *const kTableStyle = "border-collapse:collapse;";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cellText(const QVariant &value, const ExportColumn &column)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("–");
    if (column.kind == ColumnKind::Text)
        return value.toString();
    const double v = value.toDouble();
    switch (column.kind) {
    case ColumnKind::Integer:
        return NumberFormat::count(qint64(std::llround(v)));
    case ColumnKind::Percentage:
        return NumberFormat::share(v, column.decimals);
    default:
        return NumberFormat::decimal(v, column.decimals);
    }
}

QString headerCell(const QString &text, bool right)
{
    return QStringLiteral("<th align=\"%1\" bgcolor=\"#154273\"><font color=\"#ffffff\">%2</font></th>")
        .arg(right ? QStringLiteral("right") : QStringLiteral("left"), esc(text));
}

QString htmlTable(const ExportTable &table)
{
    QString html =
        QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" style=\"%1\"><thead><tr>")
            .arg(QLatin1String(kTableStyle));
    for (const ExportColumn &column : table.columns)
        html += headerCell(column.header, column.kind != ColumnKind::Text);
    html += QStringLiteral("</tr></thead>");
    for (const QVariantList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const ExportColumn &column = table.columns[c];
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(column.kind == ColumnKind::Text ? QStringLiteral("left") : QStringLiteral("right"),
                             esc(cellText(int(c) < row.size() ? row[int(c)] : QVariant(), column)));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

struct AnnexReport::Private {
    const StatisticsTable &table;
    const AnalysisResult &result;
    const AnalysisSettings &settings;
    QString sourceLine;
    QString criteriaSource;
    ChartWidget *funnel = nullptr;
    ChartWidget *countries = nullptr;

    QString funnelHtml() const;
    QString methodHtml() const;
    QString sourcesHtml() const;
};

QString AnnexReport::Private::methodHtml() const
{
    const TradeData &data = *table.data;
    const QString reporter = CountryRegistry::instance().name(data.reporter, NumberFormat::language());
    const int universe = result.steps.empty() ? 0 : result.steps.front().kept;
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Methode"));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("Uitgangspunt zijn de %1 goederen op HS6-niveau die %2 in %3 invoerde%4. "
                        "Op deze goederen zijn achtereenvolgens de volgende criteria toegepast%5; "
                        "een product blijft over wanneer het aan de regel voldoet. Vergelijkingen zijn strikt "
                        "(\"meer dan\"). De EU is gerekend als %6; %2 zelf telt nooit als leverancier.")
                         .arg(NumberFormat::count(universe), reporter)
                         .arg(data.year)
                         .arg(settings.industries.isEmpty()
                                  ? QString()
                                  : tr(" in de bedrijfstakken %1").arg(settings.industries.join(QStringLiteral(", "))),
                              criteriaSource.isEmpty() ? QString() : tr(" (%1)").arg(criteriaSource),
                              euCompositionName(table.euComposition))));
    html += QStringLiteral("<ol>");
    for (size_t i = 1; i < result.steps.size(); ++i) {
        const FunnelStep &s = result.steps[i];
        QString item = tr("%1: %2. Over: %3, afgevallen: %4")
                           .arg(s.label, s.rule, NumberFormat::count(s.kept), NumberFormat::count(s.dropped));
        if (s.undetermined > 0)
            item += tr(", onbepaald door ontbrekende gegevens: %1").arg(NumberFormat::count(s.undetermined));
        html += QStringLiteral("<li>%1.</li>").arg(esc(item));
    }
    html += QStringLiteral("</ol>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Geheime of onbekende waarden tellen als ontbrekend, niet als nul. Producten waarvoor een "
                            "criterium niet te beoordelen is, zijn als onbepaald vermeld en niet meegeteld.")));
    return html;
}

QString AnnexReport::Private::funnelHtml() const
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" style=\"%1\"><tr>")
                       .arg(QLatin1String(kTableStyle));
    html += headerCell(tr("Stap"), false) + headerCell(tr("Regel"), false) + headerCell(tr("Over"), true) +
            headerCell(tr("Afgevallen"), true) + headerCell(tr("Onbepaald"), true) + QStringLiteral("</tr>");
    for (size_t i = 0; i < result.steps.size(); ++i) {
        const FunnelStep &s = result.steps[i];
        html += QStringLiteral("<tr><td>%1. %2</td><td>%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td>"
                               "<td align=\"right\">%6</td></tr>")
                    .arg(QString::number(i), esc(s.label), esc(i == 0 ? QString() : s.rule),
                         NumberFormat::count(s.kept), i == 0 ? QString() : NumberFormat::count(s.dropped),
                         i == 0 ? QString() : NumberFormat::count(s.undetermined));
    }
    return html + QStringLiteral("</table>");
}

QString AnnexReport::Private::sourcesHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(tr("Bronnen"));
    const QString source = sourceLine.isEmpty()
                               ? defaultSourceLine(table.data->synthetic ? QStringLiteral("demo") : table.data->source)
                               : sourceLine;
    html += QStringLiteral("<li>%1</li>").arg(esc(source));
    html +=
        QStringLiteral("<li>%1</li>")
            .arg(esc(
                tr("Gegevens: %1 (%2, %3).").arg(table.data->dataSetName, table.data->reporter).arg(table.data->year)));
    if (!criteriaSource.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(esc(tr("Criteria: %1.").arg(criteriaSource)));
    html += QStringLiteral("<li>%1</li>")
                .arg(esc(tr("Europese Commissie (2021), Strategic dependencies and capacities, SWD(2021) 352.")));
    html += QStringLiteral("<li>%1</li>")
                .arg(esc(tr("Kamerbrief over strategische afhankelijkheden, 22 november 2021, Bijlage 1 en 2.")));
    return html + QStringLiteral("</ul>");
}

AnnexReport::AnnexReport(const StatisticsTable &table, const AnalysisResult &result, const AnalysisSettings &settings)
    : d(std::make_unique<Private>(Private{table, result, settings, {}, {}, nullptr, nullptr}))
{}

AnnexReport::~AnnexReport() = default;

void AnnexReport::setSourceLine(const QString &sourceLine)
{
    d->sourceLine = sourceLine;
}
void AnnexReport::setCriteriaSource(const QString &source)
{
    d->criteriaSource = source;
}

void AnnexReport::setCharts(ChartWidget *funnel, ChartWidget *countries)
{
    d->funnel = funnel;
    d->countries = countries;
}

std::unique_ptr<QTextDocument> AnnexReport::document() const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies({QStringLiteral("RijksoverheidSansText"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { color: #154273; font-size: 14pt; } h2 { color: #154273; font-size: 11pt; }"
                       " th, td { font-size: 8.5pt; } p.caption { color: #535353; font-size: 8pt; }"));
    const bool synthetic = d->table.data && d->table.data->synthetic;
    document->setMetaInformation(QTextDocument::DocumentTitle, tr("Bijlage: analyse herkomst invoer"));

    // Figures through the one chart export path, at the letter's text width and print resolution.
    FunnelChart ownFunnel;
    CountryChart ownCountries;
    ChartWidget *funnel = d->funnel;
    ChartWidget *countries = d->countries;
    const QString caption = defaultCaption(d->table, d->settings, d->sourceLine);
    if (!funnel) {
        ownFunnel.setResult(d->result);
        ownFunnel.setCaption(caption);
        funnel = &ownFunnel;
    }
    if (!countries) {
        ownCountries.setResult(d->result, d->table);
        ownCountries.setCaption(caption);
        countries = &ownCountries;
    }
    ChartExportOptions options;
    options.dpi = kFigureDpi;
    const QImage figure1 = renderChartImage(*funnel, options);
    const QImage figure2 = renderChartImage(*countries, options);
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("herkomst:figuur1.png")), figure1);
    document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("herkomst:figuur2.png")), figure2);
    const double scale = 96.0 / kFigureDpi; // image width in logical pixels: 16 cm on paper

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Bijlage 1. Analyse herkomst Nederlandse invoer")));
    if (synthetic) {
        html += QStringLiteral("<p><b><font color=\"#a90061\">%1</font></b></p>")
                    .arg(esc(tr(
                        "LET OP: gemaakt met synthetische demodata. De cijfers zijn niet echt en niet te citeren.")));
    }
    html += d->methodHtml();
    html += d->funnelHtml();
    html += QStringLiteral("<p><img src=\"herkomst:figuur1.png\" width=\"%1\" height=\"%2\"></p>")
                .arg(qRound(figure1.width() * scale))
                .arg(qRound(figure1.height() * scale));
    html += QStringLiteral("<p><img src=\"herkomst:figuur2.png\" width=\"%1\" height=\"%2\"></p>")
                .arg(qRound(figure2.width() * scale))
                .arg(qRound(figure2.height() * scale));

    const ExportTable list = concentratedProductsTable(d->table, d->result, d->settings);
    html += QStringLiteral("<h1>%1</h1>").arg(esc(list.title));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 producten; aandeel van de grootste niet-EU-leverancier in de invoer, "
                            "invoerwaarde in %2.")
                             .arg(NumberFormat::count(qint64(list.rows.size())), millionsUnit(d->table))));
    html += htmlTable(list);
    html += d->sourcesHtml();
    html += QStringLiteral("<p class=\"caption\">%1</p>")
                .arg(esc(analysisNotes(d->table, d->settings).join(QLatin1Char(' '))));
    html += QStringLiteral("</body></html>");
    document->setHtml(html);
    return document;
}

bool AnnexReport::writeOdt(const QString &path, QString *error) const
{
    const std::unique_ptr<QTextDocument> doc = document();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        if (error)
            *error = tr("Kan het rapport niet als ODT opmaken.");
        return false;
    }
    return saveFile(path, data, error);
}

bool AnnexReport::writePdf(const QString &path, QString *error) const
{
    const std::unique_ptr<QTextDocument> doc = document();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(doc->metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Herkomst"));
        writer.setResolution(kFigureDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 20, 20, 20),
                                         QPageLayout::Millimeter));
        doc->print(&writer);
    }
    if (data.isEmpty()) {
        if (error)
            *error = tr("Kan het rapport niet als PDF opmaken.");
        return false;
    }
    return saveFile(path, data, error);
}

} // namespace herkomst::ui
