#include "export/annextables.h"

#include "countries/countryregistry.h"
#include "domain/industryname.h"
#include "domain/numberformat.h"
#include "export/analysiscaption.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace herkomst {

namespace {

class TableText {
    Q_DECLARE_TR_FUNCTIONS(TableExport)
};

QVariant number(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

QVariant inUnit(double value, ValueUnit unit)
{
    return std::isnan(value) ? QVariant() : QVariant(valueInUnit(value, unit));
}

QString currencyOf(const StatisticsTable &table)
{
    return table.data ? table.data->currency : QStringLiteral("EUR");
}

QString supplierName(const StatisticsTable &table, const ProductStats &stats)
{
    if (stats.topNonEuPartner < 0)
        return {};
    return CountryRegistry::instance().name(table.partnerCode(stats.topNonEuPartner), NumberFormat::language());
}

QString description(const ProductInfo &info)
{
    return info.description(NumberFormat::language().startsWith(QLatin1String("en")));
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

QString concentratedListTitle(const AnalysisResult &result)
{
    if (result.steps.size() > 1 && result.steps.back().key == QLatin1String("concentrated"))
        return TableText::tr("Bijlage 2. Lijst van geconcentreerde producten");
    if (result.steps.size() <= 1)
        return TableText::tr("Bijlage 2. Lijst van ingevoerde producten");
    return TableText::tr("Bijlage 2. Lijst van producten na stap %1 (%2)")
        .arg(result.finalStage())
        .arg(result.steps.back().label);
}

ExportTable concentratedProductsTable(const StatisticsTable &table, const AnalysisResult &result,
                                      const AnalysisSettings &settings, ValueUnit unit)
{
    ExportTable out;
    out.sheetName = TableText::tr("Bijlage 2");
    out.title = concentratedListTitle(result);
    out.notes = analysisNotes(table, settings);
    out.columns = {{TableText::tr("HS6"), ColumnKind::Text, 0},
                   {TableText::tr("Omschrijving"), ColumnKind::Text, 0},
                   {TableText::tr("Grootste niet-EU-leverancier"), ColumnKind::Text, 0},
                   {TableText::tr("Aandeel (%)"), ColumnKind::Percentage, 1},
                   {TableText::tr("Invoerwaarde (%1)").arg(unitLabel(unit, currencyOf(table))), ColumnKind::Decimal,
                    unitDecimals(unit)}};
    const int finalStage = result.finalStage();
    const std::vector<int> rows = rowsByHs6(table, [&](int r) { return result.stage[size_t(r)] == finalStage; });
    // How much of a product's imports had a hidden partner, when any listed product has some.
    const bool hidden =
        std::any_of(rows.begin(), rows.end(), [&](int r) { return table.rows[size_t(r)].hasHiddenPartner(); });
    if (hidden)
        out.columns.push_back({TableText::tr("Land onbekend (%)"), ColumnKind::Percentage, 1});
    for (int r : rows) {
        const ProductStats &stats = table.rows[size_t(r)];
        const ProductInfo &info = table.product(r);
        out.rows.push_back({info.hs6, description(info), supplierName(table, stats), number(stats.supplierShare),
                            inUnit(stats.importValue, unit)});
        if (hidden)
            out.rows.back() << number(stats.hiddenPartnerShare);
    }
    return out;
}

ExportTable productListTable(const StatisticsTable &table, const AnalysisResult &result,
                             const AnalysisSettings &settings, ValueUnit unit)
{
    ExportTable out;
    out.sheetName = TableText::tr("Producten");
    out.title = TableText::tr("Ingevoerde producten met de stap van de trechter die zij bereikten");
    out.notes = analysisNotes(table, settings);
    const QString unitText = unitLabel(unit, currencyOf(table));
    const int decimals = unitDecimals(unit);
    out.columns = {{TableText::tr("HS6"), ColumnKind::Text, 0},
                   {TableText::tr("Omschrijving"), ColumnKind::Text, 0},
                   {TableText::tr("Bedrijfstak"), ColumnKind::Text, 0},
                   {TableText::tr("Stap"), ColumnKind::Text, 0},
                   {TableText::tr("Grootste niet-EU-leverancier"), ColumnKind::Text, 0},
                   {TableText::tr("Aandeel (%)"), ColumnKind::Percentage, 1},
                   {TableText::tr("Invoer (%1)").arg(unitText), ColumnKind::Decimal, decimals},
                   {TableText::tr("Uitvoer (%1)").arg(unitText), ColumnKind::Decimal, decimals},
                   {TableText::tr("Invoer/uitvoer"), ColumnKind::Decimal, 2},
                   {TableText::tr("Wereld-HHI"), ColumnKind::Decimal, 3}};
    const std::vector<int> rows = rowsByHs6(table, [](int) { return true; });
    for (int r : rows) {
        const ProductStats &stats = table.rows[size_t(r)];
        const ProductInfo &info = table.product(r);
        const int stage = result.stage[size_t(r)];
        QString step = stage < 0 ? TableText::tr("buiten selectie") : result.steps[size_t(stage)].label;
        if (stage >= 0 && result.undetermined[size_t(r)])
            step += TableText::tr(" (daarna onbepaald)");
        out.rows.push_back({info.hs6, description(info), industryName(info.industry), step, supplierName(table, stats),
                            number(stats.supplierShare), inUnit(stats.importValue, unit),
                            inUnit(stats.exportValue, unit), number(stats.importExportRatio), number(stats.worldHhi)});
    }
    return out;
}

} // namespace herkomst
