#include "export/annextables.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace herkomst {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableExport", text);
}

QVariant number(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

QVariant millions(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value / 1e6);
}

QString supplierName(const StatisticsTable &table, const ProductStats &stats)
{
    if (stats.topNonEuPartner < 0)
        return {};
    return CountryRegistry::instance().name(table.partnerCode(stats.topNonEuPartner), NumberFormat::language());
}

QString description(const ProductInfo &info)
{
    if (NumberFormat::language().startsWith(QLatin1String("en")) && !info.descriptionEn.isEmpty())
        return info.descriptionEn;
    return info.descriptionNl.isEmpty() ? info.descriptionEn : info.descriptionNl;
}

std::vector<int> rowsByHs6(const StatisticsTable &table, const std::function<bool(int)> &keep)
{
    std::vector<int> rows;
    for (int r = 0; r < int(table.rows.size()); ++r) {
        if (keep(r))
            rows.push_back(r);
    }
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return table.product(a).hs6 < table.product(b).hs6; });
    return rows;
}

} // namespace

QString millionsUnit(const StatisticsTable &table)
{
    const QString currency = table.data ? table.data->currency : QStringLiteral("EUR");
    return currency == QLatin1String("EUR") ? tr("mln euro") : tr("mln %1").arg(currency);
}

QString criteriaSummary(const AnalysisSettings &settings)
{
    QStringList rules;
    for (const Criterion &c : settings.criteria) {
        if (c.enabled)
            rules << c.ruleText();
    }
    return rules.join(QStringLiteral("; "));
}

QStringList analysisNotes(const StatisticsTable &table, const AnalysisSettings &settings)
{
    QStringList notes;
    if (table.data) {
        notes << tr("Gegevens: %1; invoer van %2 in %3.")
                     .arg(table.data->dataSetName,
                          CountryRegistry::instance().name(table.data->reporter, NumberFormat::language()))
                     .arg(table.data->year);
    }
    notes << tr("Criteria: %1.").arg(criteriaSummary(settings));
    if (!settings.industries.isEmpty())
        notes << tr("Bedrijfstakken: %1.").arg(settings.industries.join(QStringLiteral(", ")));
    notes << tr("Ontbrekende (geheime of onbekende) waarden zijn leeg gelaten, niet als nul geteld.");
    if (table.data && table.data->synthetic)
        notes << tr("LET OP: synthetische demodata, geen echte cijfers.");
    return notes;
}

ExportTable concentratedProductsTable(const StatisticsTable &table, const AnalysisResult &result,
                                      const AnalysisSettings &settings)
{
    ExportTable out;
    out.sheetName = tr("Bijlage 2");
    out.title = tr("Bijlage 2. Lijst van geconcentreerde producten");
    out.notes = analysisNotes(table, settings);
    out.columns = {{tr("HS6"), ColumnKind::Text, 0},
                   {tr("Omschrijving"), ColumnKind::Text, 0},
                   {tr("Grootste niet-EU-leverancier"), ColumnKind::Text, 0},
                   {tr("Aandeel (%)"), ColumnKind::Percentage, 1},
                   {tr("Invoerwaarde (%1)").arg(millionsUnit(table)), ColumnKind::Decimal, 2}};
    const int finalStage = result.finalStage();
    const std::vector<int> rows =
        rowsByHs6(table, [&](int r) { return finalStage > 0 && result.stage[size_t(r)] == finalStage; });
    for (int r : rows) {
        const ProductStats &stats = table.rows[size_t(r)];
        const ProductInfo &info = table.product(r);
        out.rows.push_back({info.hs6, description(info), supplierName(table, stats), number(stats.supplierShare),
                            millions(stats.importValue)});
    }
    return out;
}

ExportTable productListTable(const StatisticsTable &table, const AnalysisResult &result,
                             const AnalysisSettings &settings)
{
    ExportTable out;
    out.sheetName = tr("Producten");
    out.title = tr("Ingevoerde producten met de stap van de trechter die zij bereikten");
    out.notes = analysisNotes(table, settings);
    const QString unit = millionsUnit(table);
    out.columns = {{tr("HS6"), ColumnKind::Text, 0},
                   {tr("Omschrijving"), ColumnKind::Text, 0},
                   {tr("Bedrijfstak"), ColumnKind::Text, 0},
                   {tr("Stap"), ColumnKind::Text, 0},
                   {tr("Grootste niet-EU-leverancier"), ColumnKind::Text, 0},
                   {tr("Aandeel (%)"), ColumnKind::Percentage, 1},
                   {tr("Invoer (%1)").arg(unit), ColumnKind::Decimal, 2},
                   {tr("Uitvoer (%1)").arg(unit), ColumnKind::Decimal, 2},
                   {tr("Invoer/uitvoer"), ColumnKind::Decimal, 2},
                   {tr("Wereld-HHI"), ColumnKind::Decimal, 3}};
    const std::vector<int> rows = rowsByHs6(table, [](int) { return true; });
    for (int r : rows) {
        const ProductStats &stats = table.rows[size_t(r)];
        const ProductInfo &info = table.product(r);
        const int stage = result.stage[size_t(r)];
        QString step = stage < 0 ? tr("buiten selectie") : result.steps[size_t(stage)].label;
        if (stage >= 0 && result.undetermined[size_t(r)])
            step += tr(" (daarna onbepaald)");
        out.rows.push_back({info.hs6, description(info), info.industry, step, supplierName(table, stats),
                            number(stats.supplierShare), millions(stats.importValue), millions(stats.exportValue),
                            number(stats.importExportRatio), number(stats.worldHhi)});
    }
    return out;
}

} // namespace herkomst
