#include "analysis/productstatistics.h"

#include "countries/countryregistry.h"
#include "countries/partnercodes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace herkomst {

namespace {

// Ratio a / b with the conventions of docs/design.md §1: missing stays missing, b = 0 gives
// CEPII's kNoExportsRatio.
double ratio(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return missingValue();
    if (b == 0.0)
        return a > 0.0 ? kNoExportsRatio : 0.0;
    return a / b;
}

// Larger value wins; equal values go to the alphabetically first code, so ties are stable.
bool betterPartner(double value, const QString &code, double bestValue, const QString &bestCode)
{
    return value > bestValue || (value == bestValue && (bestCode.isEmpty() || code < bestCode));
}

struct FlowRange {
    size_t begin = 0;
    size_t end = 0;
};

template <typename Flow>
std::vector<FlowRange> groupByProduct(const std::vector<Flow> &flows, size_t productCount, std::vector<size_t> &order)
{
    order.resize(flows.size());
    for (size_t i = 0; i < flows.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return flows[a].product < flows[b].product; });
    std::vector<FlowRange> ranges(productCount);
    size_t i = 0;
    while (i < order.size()) {
        const int product = flows[order[i]].product;
        size_t j = i;
        while (j < order.size() && flows[order[j]].product == product)
            ++j;
        ranges[size_t(product)] = {i, j};
        i = j;
    }
    return ranges;
}

// The world market of each product from partner-level rows held in memory; the same sums a
// store computes in SQL (Store::loadTradeData).
std::vector<WorldMarket> summariseWorldExports(const TradeData &d)
{
    std::vector<WorldMarket> markets(d.products.size());
    for (const WorldExportFlow &f : d.worldExports) {
        if (!f.value.known())
            continue;
        WorldMarket &m = markets[size_t(f.product)];
        const double v = f.value.value;
        m.total += v;
        m.sumOfSquares += v * v;
        if (d.block(d.partners[size_t(f.exporter)]))
            continue; // counts in the market, but is never its largest exporter
        if (m.topExporter < 0 ||
            betterPartner(v, d.partners[size_t(f.exporter)], m.topValue, d.partners[size_t(m.topExporter)])) {
            m.topValue = v;
            m.topExporter = f.exporter;
        }
    }
    return markets;
}

} // namespace

double ProductStats::metric(Metric m) const
{
    switch (m) {
    case Metric::SupplierShare:
        return supplierShare;
    case Metric::ImportExportRatio:
        return importExportRatio;
    case Metric::WorldMarketHhi:
        return worldHhi;
    case Metric::ImportHhi:
        return importHhi;
    case Metric::ExtraEuImportHhi:
        return extraEuImportHhi;
    case Metric::ExtraEuImportShare:
        return extraEuImportShare;
    case Metric::ExtraEuImportsToExports:
        return extraEuImportsToExports;
    case Metric::TopWorldExporterShare:
        return topWorldExporterShare;
    }
    return missingValue();
}

StatisticsTable computeStatistics(std::shared_ptr<const TradeData> data, EuComposition euComposition)
{
    StatisticsTable table;
    table.euComposition = euComposition;
    const TradeData &d = *data;
    const size_t productCount = d.products.size();

    // Per partner: EU member, the reporter itself, or a block that names no country (docs/design.md
    // §1): a block counts in M[p], in extra-EU imports only when its side says so, and is never a
    // supplier. An EU reporter's imports from itself are its intra-EU imports.
    const bool euReporter = euReporterComposition(d.reporter).has_value();
    std::vector<bool> partnerIsEu(d.partners.size());
    std::vector<bool> partnerIsReporter(d.partners.size());
    std::vector<bool> partnerIsBlock(d.partners.size());
    for (size_t i = 0; i < d.partners.size(); ++i) {
        const PartnerBlock *block = d.block(d.partners[i]);
        partnerIsBlock[i] = block != nullptr;
        partnerIsEu[i] = block ? block->side != EuSide::ExtraEu : isEuMember(euComposition, d.partners[i], d.year);
        partnerIsReporter[i] = d.partners[i] == d.reporter;
    }
    // Flows the source does not cover leave their criteria undetermined, never zero.
    const bool worldIsThin =
        !d.coverage.worldHhi && d.coverage.worldExporters >= 0 && d.coverage.worldExporters < kMinimumWorldExporters;

    std::vector<size_t> importOrder;
    const std::vector<FlowRange> importRanges = groupByProduct(d.imports, productCount, importOrder);
    const std::vector<WorldMarket> worldMarkets =
        d.worldMarkets.size() == productCount ? d.worldMarkets : summariseWorldExports(d);

    table.rows.resize(productCount);
    for (size_t p = 0; p < productCount; ++p) {
        ProductStats &s = table.rows[p];
        s.product = int(p);
        table.rowByHs6.insert(d.products[p].hs6, int(p));

        // Imports by partner. The reporter is never its own partner (re-imports are left out).
        double total = 0.0, extraEu = 0.0, topValue = -1.0, topNonEuValue = -1.0;
        s.imported = false;
        for (size_t k = importRanges[p].begin; k < importRanges[p].end; ++k) {
            const ImportFlow &f = d.imports[importOrder[k]];
            if (partnerIsReporter[size_t(f.partner)]) {
                if (euReporter && f.value.known())
                    s.intraEuImports += f.value.value;
                continue;
            }
            s.imported = true;
            if (!f.value.known()) {
                ++s.suppressedImportCells;
                continue;
            }
            const double v = f.value.value;
            total += v;
            if (partnerIsBlock[size_t(f.partner)]) {
                s.hiddenPartnerValue += v;
                if (!partnerIsEu[size_t(f.partner)])
                    extraEu += v;
                continue;
            }
            const QString &code = d.partners[size_t(f.partner)];
            if (betterPartner(v, code, topValue, s.topPartner < 0 ? QString() : d.partners[size_t(s.topPartner)])) {
                topValue = v;
                s.topPartner = f.partner;
            }
            if (!partnerIsEu[size_t(f.partner)]) {
                extraEu += v;
                if (betterPartner(v, code, topNonEuValue,
                                  s.topNonEuPartner < 0 ? QString() : d.partners[size_t(s.topNonEuPartner)])) {
                    topNonEuValue = v;
                    s.topNonEuPartner = f.partner;
                }
            }
        }
        s.importValue = total;
        s.extraEuImports = extraEu;
        double hhi = 0.0, extraEuHhi = 0.0;
        for (size_t k = importRanges[p].begin; k < importRanges[p].end; ++k) {
            const ImportFlow &f = d.imports[importOrder[k]];
            if (partnerIsReporter[size_t(f.partner)] || !f.value.known())
                continue;
            if (total > 0.0)
                hhi += (f.value.value / total) * (f.value.value / total);
            if (!partnerIsEu[size_t(f.partner)] && extraEu > 0.0)
                extraEuHhi += (f.value.value / extraEu) * (f.value.value / extraEu);
        }
        if (total > 0.0) {
            s.supplierShare = s.topNonEuPartner >= 0 ? topNonEuValue / total : 0.0;
            s.topPartnerShare = s.topPartner >= 0 ? topValue / total : 0.0;
            s.extraEuImportShare = extraEu / (total + s.intraEuImports);
            s.importHhi = hhi;
            s.hiddenPartnerShare = s.hiddenPartnerValue / total;
        } else {
            s.supplierShare = s.topPartnerShare = s.extraEuImportShare = s.importHhi = missingValue();
            s.hiddenPartnerShare = missingValue();
        }
        s.extraEuImportHhi = extraEuHhi;

        const TradeValue exportValue = p < d.exports.size() ? d.exports[p] : TradeValue{};
        s.exportValue = exportValue.known() && d.coverage.exports ? exportValue.value : missingValue();
        s.importExportRatio = ratio(total > 0.0 ? total : missingValue(), s.exportValue);
        s.extraEuImportsToExports = ratio(total > 0.0 ? extraEu : missingValue(), s.exportValue);

        // World market: from the summary, unless the source delivers the index itself.
        const WorldMarket &world = worldMarkets[p];
        const bool worldKnown = world.total > 0.0 && !worldIsThin;
        s.topWorldExporter = world.topExporter;
        s.topWorldExporterShare =
            worldKnown ? (world.topExporter >= 0 ? world.topValue / world.total : 0.0) : missingValue();
        const double delivered = p < d.deliveredWorldHhi.size() ? d.deliveredWorldHhi[p] : missingValue();
        if (!std::isnan(delivered)) {
            s.worldHhi = delivered;
            s.worldHhiDelivered = true;
        } else {
            s.worldHhi = worldKnown ? world.sumOfSquares / (world.total * world.total) : missingValue();
        }
    }
    table.data = std::move(data);
    return table;
}

namespace {

// Shares of one product's partners, largest first; missing values stay missing.
std::vector<PartnerShare> sharesOf(std::vector<PartnerShare> result)
{
    double total = 0.0;
    for (const PartnerShare &s : result) {
        if (!std::isnan(s.value))
            total += s.value;
    }
    for (PartnerShare &s : result)
        s.share = total > 0.0 ? s.value / total : missingValue();
    std::sort(result.begin(), result.end(), [](const PartnerShare &a, const PartnerShare &b) {
        const double va = std::isnan(a.value) ? -1.0 : a.value;
        const double vb = std::isnan(b.value) ? -1.0 : b.value;
        return va != vb ? va > vb : a.iso3 < b.iso3;
    });
    return result;
}

PartnerShare partnerShare(const StatisticsTable &table, const QString &code, TradeValue value)
{
    PartnerShare share;
    share.iso3 = code;
    const PartnerBlock *block = table.data->block(code);
    share.hiddenPartner = block != nullptr;
    share.eu = block ? block->side == EuSide::IntraEu : isEuMember(table.euComposition, code, table.data->year);
    share.value = value.known() ? value.value : missingValue();
    return share;
}

} // namespace

std::vector<PartnerShare> importPartners(const StatisticsTable &table, int row)
{
    const TradeData &d = *table.data;
    const int product = table.rows[size_t(row)].product;
    std::vector<PartnerShare> result;
    for (const ImportFlow &f : d.imports) {
        const QString &code = d.partners[size_t(f.partner)];
        if (f.product == product && code != d.reporter) // the reporter is never its own partner
            result.push_back(partnerShare(table, code, f.value));
    }
    return sharesOf(std::move(result));
}

std::vector<PartnerShare> worldExporters(const StatisticsTable &table, int row)
{
    const TradeData &d = *table.data;
    const int product = table.rows[size_t(row)].product;
    std::vector<PartnerShare> result;
    if (d.worldExports.empty() && d.worldExportSource) {
        // Summarised data: the partner-level rows come from the source when asked.
        for (const WorldExportSource::Exporter &e : d.worldExportSource->exporters(d.products[size_t(product)].hs6))
            result.push_back(partnerShare(table, e.iso3, e.value));
    } else {
        for (const WorldExportFlow &f : d.worldExports) {
            if (f.product == product)
                result.push_back(partnerShare(table, d.partners[size_t(f.exporter)], f.value));
        }
    }
    return sharesOf(std::move(result));
}

QString partnerName(const StatisticsTable &table, const QString &code, const QString &language)
{
    if (const PartnerBlock *block = table.data ? table.data->block(code) : nullptr) {
        // The built-in table names its codes in both languages; a source's own name stays as written.
        const std::optional<NonCountryPartner> known = PartnerCodes::instance().find(code);
        if (known && known->code == code)
            return language.startsWith(QLatin1String("en")) ? known->nameEn : known->nameNl;
        return block->name.isEmpty() ? code : block->name;
    }
    return CountryRegistry::instance().name(code, language);
}

} // namespace herkomst
