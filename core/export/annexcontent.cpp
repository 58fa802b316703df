#include "export/annexcontent.h"

#include "countries/countryregistry.h"
#include "domain/industryname.h"
#include "domain/numberformat.h"
#include "export/analysiscaption.h"
#include "export/annexsensitivity.h"
#include "export/annextables.h"
#include "export/table1table.h"
#include "export/yearcomparisontable.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace herkomst {

namespace {

class AnnexText {
    Q_DECLARE_TR_FUNCTIONS(AnnexReport)
};

QString reporterName(const StatisticsTable &table)
{
    return CountryRegistry::instance().name(table.data->reporter, NumberFormat::language());
}

QString methodParagraph(const StatisticsTable &table, const AnalysisResult &result, const AnalysisSettings &settings)
{
    const int universe = result.steps.empty() ? 0 : result.steps.front().kept;
    const QString industries = settings.industries.isEmpty()
                                   ? QString()
                                   : AnnexText::tr(" in de bedrijfstakken %1").arg(industryNames(settings.industries));
    return AnnexText::tr("Uitgangspunt zijn de %1 goederen op HS6-niveau die %2 in %3 invoerde%4. Op deze goederen "
                         "zijn achtereenvolgens de criteria hieronder toegepast; een product blijft over wanneer het "
                         "aan de regel voldoet. Vergelijkingen zijn strikt (\"meer dan\"). De EU is gerekend als %5; "
                         "%2 zelf telt nooit als leverancier.")
        .arg(NumberFormat::count(universe), reporterName(table))
        .arg(table.data->year)
        .arg(industries, euCompositionName(table.euComposition));
}

// Which criteria: the preset by name and where it comes from, or "eigen instelling".
QString criteriaOrigin(const AnalysisSettings &settings, const AnnexOptions &options)
{
    const Preset *preset = matchingPreset(settings.criteria);
    if (preset && !options.criteriaSource.isEmpty())
        return AnnexText::tr("Criteria: %1, ontleend aan %2.").arg(preset->displayName(), options.criteriaSource);
    if (preset)
        return AnnexText::tr("Criteria: %1.").arg(preset->displayName());
    if (!options.criteriaSource.isEmpty())
        return AnnexText::tr("Criteria: eigen instelling, uitgaande van %1.").arg(options.criteriaSource);
    return AnnexText::tr("Criteria: eigen instelling.");
}

QStringList stepItems(const AnalysisResult &result)
{
    QStringList items;
    for (size_t i = 1; i < result.steps.size(); ++i) {
        const FunnelStep &s = result.steps[i];
        QString item = AnnexText::tr("%1: %2. Over: %3, afgevallen: %4")
                           .arg(s.label, s.rule, NumberFormat::count(s.kept), NumberFormat::count(s.dropped));
        if (s.undetermined > 0)
            item += AnnexText::tr(", onbepaald door ontbrekende gegevens: %1").arg(NumberFormat::count(s.undetermined));
        items << item + QLatin1Char('.');
    }
    return items;
}

ReportTable funnelTable(const AnalysisResult &result)
{
    ReportTable t;
    t.caption = AnnexText::tr("Tabel 1. Producten per stap van de trechter");
    for (const char *header : {QT_TRANSLATE_NOOP("AnnexReport", "Stap"), QT_TRANSLATE_NOOP("AnnexReport", "Criterium"),
                               QT_TRANSLATE_NOOP("AnnexReport", "Regel")})
        t.columns.push_back({AnnexText::tr(header), false});
    for (const char *header : {QT_TRANSLATE_NOOP("AnnexReport", "Over"), QT_TRANSLATE_NOOP("AnnexReport", "Afgevallen"),
                               QT_TRANSLATE_NOOP("AnnexReport", "Onbepaald")})
        t.columns.push_back({AnnexText::tr(header), true});
    for (size_t i = 0; i < result.steps.size(); ++i) {
        const FunnelStep &s = result.steps[i];
        const bool universe = i == 0;
        t.rows.push_back({QString::number(i), s.label, universe ? QString() : s.rule, NumberFormat::count(s.kept),
                          universe ? QString() : NumberFormat::count(s.dropped),
                          universe ? QString() : NumberFormat::count(s.undetermined)});
    }
    t.estimateColumnWidths();
    return t;
}

QStringList sources(const StatisticsTable &table, const AnnexOptions &options)
{
    QStringList items;
    items << effectiveSourceLine(table, options.sourceLine);
    items << AnnexText::tr("Gegevens: %1 (%2, %3).")
                 .arg(table.data->dataSetName, table.data->reporter)
                 .arg(table.data->year);
    if (!options.criteriaSource.isEmpty())
        items << AnnexText::tr("Criteria: %1.").arg(options.criteriaSource);
    items << AnnexText::tr("Europese Commissie (2021), Strategic dependencies and capacities, SWD(2021) 352.");
    items << AnnexText::tr("Kamerbrief over strategische afhankelijkheden, 22 november 2021, Bijlage 1 en 2.");
    return items;
}

} // namespace

QString reportCellText(const QVariant &value, const ExportColumn &column)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("–");
    if (column.kind == ColumnKind::Text || !isNumericCell(value))
        return value.toString();
    const double v = value.toDouble();
    switch (column.kind) {
    case ColumnKind::Integer:
        return std::isfinite(v) ? NumberFormat::count(qint64(std::llround(v))) : NumberFormat::decimal(v, 0);
    case ColumnKind::Percentage: // the unit is in the header
        return NumberFormat::decimal(v * 100.0, column.decimals);
    default:
        return NumberFormat::decimal(v, column.decimals);
    }
}

ReportTable reportTable(const ExportTable &table)
{
    ReportTable t;
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &column = table.columns[c];
        t.columns.push_back({plainHeaderText(column.header), column.kind != ColumnKind::Text});
    }
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (size_t c = 0; c < table.columns.size(); ++c)
            cells << reportCellText(int(c) < row.size() ? row[int(c)] : QVariant(), table.columns[c]);
        t.rows.push_back(cells);
    }
    t.estimateColumnWidths();
    return t;
}

ReportDocument tableReport(const ExportTable &table)
{
    ReportDocument doc;
    doc.title = table.title;
    doc.addHeading(1, table.title);
    doc.addTable(reportTable(table));
    for (const QString &note : table.notes)
        doc.addParagraph(note, ParagraphStyle::Note);
    return doc;
}

ReportDocument buildAnnex(const StatisticsTable &table, const AnalysisResult &result, const AnalysisSettings &settings,
                          const AnnexOptions &options, const std::vector<ReportFigure> &figures)
{
    ReportDocument doc;
    doc.title = AnnexText::tr("Bijlage: analyse herkomst invoer");
    doc.language =
        NumberFormat::language().startsWith(QLatin1String("en")) ? QStringLiteral("en-GB") : QStringLiteral("nl-NL");
    const bool netherlands = table.data->reporter == QLatin1String("NLD");
    doc.addHeading(1, netherlands ? AnnexText::tr("Bijlage 1. Analyse herkomst Nederlandse invoer")
                                  : AnnexText::tr("Bijlage 1. Analyse herkomst invoer %1").arg(reporterName(table)));
    if (table.data->synthetic) {
        doc.addParagraph(
            AnnexText::tr("LET OP: gemaakt met synthetische demodata. De cijfers zijn niet echt en niet te citeren."),
            ParagraphStyle::Warning);
    }
    doc.addHeading(2, AnnexText::tr("Methode"));
    doc.addParagraph(methodParagraph(table, result, settings));
    doc.addParagraph(criteriaOrigin(settings, options));
    const QStringList steps = stepItems(result);
    if (!steps.isEmpty())
        doc.addNumberedList(steps);
    doc.addParagraph(AnnexText::tr("Geheime of onbekende waarden tellen als ontbrekend, niet als nul. Producten "
                                   "waarvoor een criterium niet te beoordelen is, zijn als onbepaald vermeld en niet "
                                   "meegeteld. Invoer waarvan de bron het land niet noemt (vertrouwelijk of niet "
                                   "gespecificeerd) telt mee in de totale invoer, maar nooit als grootste "
                                   "leverancier."));
    for (const QString &warning : warningSentences(table, settings))
        doc.addParagraph(AnnexText::tr("Let op: %1.").arg(warning), ParagraphStyle::Warning);

    doc.addHeading(2, AnnexText::tr("Uitkomst"));
    doc.addTable(funnelTable(result));
    for (const ReportFigure &figure : figures)
        doc.addFigure(figure);
    if (options.sensitivity)
        addSensitivitySection(doc, table, result, settings, *options.sensitivity);
    if (options.yearChanges)
        YearComparisonTable::addAnnexSection(doc, options.yearChanges->comparison, options.yearChanges->table,
                                             options.yearChanges->from, options.yearChanges->to);

    const ExportTable list = concentratedProductsTable(table, result, settings, options.unit);
    doc.addHeading(1, list.title);
    const QString empty = emptyResultText(result);
    if (!empty.isEmpty()) {
        doc.addParagraph(empty);
    } else {
        doc.addParagraph(
            AnnexText::tr("%1 producten; per product de grootste leverancier buiten de EU, zijn aandeel "
                          "in de invoer en de invoerwaarde in %2.")
                .arg(NumberFormat::count(qint64(list.rows.size())), unitLabel(options.unit, table.data->currency)));
        ReportTable products = reportTable(list);
        products.caption = AnnexText::tr("Tabel 2. %1").arg(finalSetName(result));
        doc.addTable(products);
    }

    if (options.servicesAndGoods)
        Table1Table::addAnnexSection(doc, *options.servicesAndGoods,
                                     options.servicesAndGoodsFigure ? &*options.servicesAndGoodsFigure : nullptr);

    doc.addHeading(2, AnnexText::tr("Bronnen"));
    doc.addBulletList(sources(table, options));
    doc.addParagraph(analysisNotes(table, settings).join(QLatin1Char(' ')), ParagraphStyle::Note);
    return doc;
}

} // namespace herkomst
