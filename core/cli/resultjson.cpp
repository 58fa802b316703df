#include "cli/resultjson.h"

#include "analysis/analysiswarnings.h"
#include "analysis/margins.h"
#include "countries/eucomposition.h"

#include <QJsonArray>
#include <cmath>

namespace herkomst {

namespace {

QJsonValue number(double value)
{
    if (std::isnan(value))
        return QJsonValue::Null;
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return value;
}

QJsonObject marginsToJson(const ProductMargin &product, const AnalysisResult &result)
{
    QJsonObject margins;
    for (const CriterionMargin &m : product.criteria) {
        QJsonObject margin{{QStringLiteral("value"), number(m.value)},
                           {QStringLiteral("threshold"), m.threshold},
                           {QStringLiteral("margin"), number(m.margin)}};
        if (product.afterLastStep)
            margin.insert(QStringLiteral("drops_at"), m.dropsAt ? number(*m.dropsAt) : QJsonValue::Null);
        else
            margin.insert(QStringLiteral("outcome"), m.outcome == StepOutcome::Undetermined
                                                         ? QStringLiteral("undetermined")
                                                         : QStringLiteral("dropped"));
        for (const FunnelStep &step : result.steps) {
            if (step.criterionIndex == m.criterionIndex)
                margins.insert(step.key, margin);
        }
    }
    return margins;
}

} // namespace

QJsonObject analysisToJson(const StatisticsSet &statistics, const AnalysisResult &result,
                           const AnalysisSettings &settings, const QString &presetKey)
{
    const StatisticsTable &table = statistics.primary;
    const std::vector<ProductMargin> margins = productMargins(statistics, settings, result);
    QJsonArray funnel;
    for (const FunnelStep &step : result.steps) {
        funnel.append(QJsonObject{{QStringLiteral("step"), step.key},
                                  {QStringLiteral("label"), step.label},
                                  {QStringLiteral("rule"), step.rule},
                                  {QStringLiteral("kept"), step.kept},
                                  {QStringLiteral("dropped"), step.dropped},
                                  {QStringLiteral("undetermined"), step.undetermined}});
    }

    QJsonArray products;
    for (int row = 0; row < int(table.rows.size()); ++row) {
        if (result.stage[size_t(row)] < 0)
            continue;
        const ProductStats &s = table.rows[size_t(row)];
        const ProductInfo &p = table.product(row);
        products.append(QJsonObject{
            {QStringLiteral("hs6"), p.hs6},
            {QStringLiteral("description"), p.description()},
            {QStringLiteral("industry"), p.industry},
            {QStringLiteral("stage"), result.stageKey(row)},
            {QStringLiteral("undetermined"), bool(result.undetermined[size_t(row)])},
            {QStringLiteral("top_partner"), table.partnerCode(s.topNonEuPartner)},
            {QStringLiteral("top_partner_share"), number(s.supplierShare)},
            {QStringLiteral("import_value"), number(s.importValue)},
            {QStringLiteral("export_value"), number(s.exportValue)},
            {QStringLiteral("import_export_ratio"), number(s.importExportRatio)},
            {QStringLiteral("world_hhi"), number(s.worldHhi)},
            {QStringLiteral("suppressed_import_cells"), s.suppressedImportCells},
            {QStringLiteral("hidden_partner"), s.hasHiddenPartner()},
            {QStringLiteral("hidden_partner_share"), number(s.hiddenPartnerShare)},
            {QStringLiteral("margins"), marginsToJson(margins[size_t(row)], result)},
            {QStringLiteral("borderline"), margins[size_t(row)].borderline()},
        });
    }

    QJsonArray suppliers;
    for (const SupplierGroup &g : result.bySupplier) {
        suppliers.append(QJsonObject{{QStringLiteral("partner"), g.iso3},
                                     {QStringLiteral("count"), g.count},
                                     {QStringLiteral("import_value"), g.importValue}});
    }

    QJsonArray warnings;
    for (const AnalysisWarning &w : analysisWarnings(statistics, settings)) {
        QJsonObject warning{{QStringLiteral("kind"), w.key()},
                            {QStringLiteral("year"), w.year},
                            {QStringLiteral("message"), w.message}};
        if (!w.step.isEmpty())
            warning.insert(QStringLiteral("step"), w.step);
        warnings.append(warning);
    }

    return QJsonObject{{QStringLiteral("provenance"), provenanceToJson(table, settings, presetKey)},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("funnel"), funnel},
                       {QStringLiteral("suppliers"), suppliers},
                       {QStringLiteral("products"), products}};
}

QJsonObject provenanceToJson(const StatisticsTable &table, const AnalysisSettings &settings, const QString &presetKey)
{
    QJsonArray criteria;
    for (const Criterion &c : settings.criteria) {
        criteria.append(QJsonObject{{QStringLiteral("step"), c.stepKey},
                                    {QStringLiteral("metric"), metricKey(c.metric)},
                                    {QStringLiteral("comparison"), comparisonSymbol(c.comparison)},
                                    {QStringLiteral("threshold"), c.threshold},
                                    {QStringLiteral("enabled"), c.enabled}});
    }

    const TradeData &data = *table.data;
    return QJsonObject{
        {QStringLiteral("dataset"), data.dataSetName},
        {QStringLiteral("synthetic"), data.synthetic},
        {QStringLiteral("reporter"), data.reporter},
        {QStringLiteral("year"), data.year},
        {QStringLiteral("currency"), data.currency},
        {QStringLiteral("eu_composition"), euCompositionKey(table.euComposition)},
        {QStringLiteral("preset"), presetKey},
        {QStringLiteral("criteria"), criteria},
        {QStringLiteral("industries"), QJsonArray::fromStringList(settings.industries)},
        {QStringLiteral("persistence"), QJsonObject{{QStringLiteral("years"), settings.persistence.years},
                                                    {QStringLiteral("min_years"), settings.persistence.minYears}}}};
}

} // namespace herkomst
