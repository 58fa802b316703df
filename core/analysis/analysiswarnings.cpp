#include "analysis/analysiswarnings.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"

#include <QCoreApplication>
#include <optional>

namespace herkomst {

namespace {

class WarningText {
    Q_DECLARE_TR_FUNCTIONS(AnalysisWarning)
public:
    static QString noExports(int step, const QString &label, const TradeData &data)
    {
        return tr("Stap %1 (%2) is voor elk product onbepaald: gegevensset \"%3\" heeft geen uitvoer van %4 in %5.")
            .arg(step)
            .arg(label, data.dataSetName, CountryRegistry::instance().name(data.reporter))
            .arg(data.year);
    }
    static QString noWorld(int step, const QString &label, const TradeData &data)
    {
        return tr("Stap %1 (%2) is voor elk product onbepaald: gegevensset \"%3\" heeft geen wereldexport in %4.")
            .arg(step)
            .arg(label, data.dataSetName)
            .arg(data.year);
    }
    static QString thinWorld(int step, const QString &label, const TradeData &data)
    {
        return tr("Stap %1 (%2) is voor elk product onbepaald: de wereldexport van gegevensset \"%3\" in %4 telt "
                  "maar %5 exporterende landen, te weinig voor een wereldmarkt (minstens %6).")
            .arg(step)
            .arg(label, data.dataSetName)
            .arg(data.year)
            .arg(data.coverage.worldExporters)
            .arg(kMinimumWorldExporters);
    }
    static QString hiddenPartners(int products, double share)
    {
        return tr("Bij %n product(en) komt een deel van de invoer van een land dat de bron niet noemt "
                  "(vertrouwelijk of niet gespecificeerd), samen %1 van de invoer: het telt mee in de totale "
                  "invoer, maar nooit als grootste leverancier.",
                  nullptr, products)
            .arg(NumberFormat::share(share));
    }
};

enum class Need { Nothing, Exports, WorldExports, WorldHhi };

Need needOf(Metric metric)
{
    switch (metric) {
    case Metric::ImportExportRatio:
    case Metric::ExtraEuImportsToExports:
        return Need::Exports;
    case Metric::WorldMarketHhi:
        return Need::WorldHhi;
    case Metric::TopWorldExporterShare:
        return Need::WorldExports;
    case Metric::SupplierShare:
    case Metric::ImportHhi:
    case Metric::ExtraEuImportHhi:
    case Metric::ExtraEuImportShare:
        break;
    }
    return Need::Nothing;
}

// What one year's data lacks for this need, if anything.
std::optional<AnalysisWarning::Kind> gap(const FlowCoverage &coverage, Need need)
{
    switch (need) {
    case Need::Nothing:
        break;
    case Need::Exports:
        if (!coverage.exports)
            return AnalysisWarning::Kind::ExportsNotCovered;
        break;
    case Need::WorldHhi:
        if (coverage.worldHhi)
            break;
        [[fallthrough]];
    case Need::WorldExports:
        if (coverage.worldExporters == 0)
            return AnalysisWarning::Kind::NoWorldData;
        if (coverage.worldExporters > 0 && coverage.worldExporters < kMinimumWorldExporters)
            return AnalysisWarning::Kind::ThinWorldData;
        break;
    }
    return std::nullopt;
}

// The warnings of the primary year and, for criteria over several years, the years before it.
std::vector<AnalysisWarning> warningsOf(const StatisticsTable &primary,
                                        const std::map<int, StatisticsTable> *otherYears,
                                        const AnalysisSettings &settings)
{
    std::vector<AnalysisWarning> warnings;
    if (!primary.data)
        return warnings;

    int step = 0;
    for (const Criterion &criterion : settings.criteria) {
        if (!criterion.enabled)
            continue;
        ++step;
        const Need need = needOf(criterion.metric);
        for (int k = 0; k < std::max(settings.persistence.years, 1) && need != Need::Nothing; ++k) {
            const StatisticsTable *table = &primary;
            if (k > 0) {
                if (!otherYears)
                    continue;
                const auto it = otherYears->find(primary.data->year - k);
                if (it == otherYears->end())
                    continue;
                table = &it->second;
            }
            const TradeData &data = *table->data;
            const std::optional<AnalysisWarning::Kind> kind = gap(data.coverage, need);
            if (!kind)
                continue;
            AnalysisWarning warning;
            warning.kind = *kind;
            warning.step = criterion.stepKey.isEmpty() ? metricKey(criterion.metric) : criterion.stepKey;
            warning.year = data.year;
            const QString label = criterion.displayLabel();
            warning.message = *kind == AnalysisWarning::Kind::ExportsNotCovered
                                  ? WarningText::noExports(step, label, data)
                              : *kind == AnalysisWarning::Kind::NoWorldData ? WarningText::noWorld(step, label, data)
                                                                            : WarningText::thinWorld(step, label, data);
            warnings.push_back(warning);
        }
    }

    // Imports with a hidden partner among the products of the universe.
    int products = 0;
    double hidden = 0.0, total = 0.0;
    for (size_t row = 0; row < primary.rows.size(); ++row) {
        const ProductStats &s = primary.rows[row];
        if (!settings.industries.isEmpty() && !settings.industries.contains(primary.product(int(row)).industry))
            continue;
        total += s.importValue;
        if (s.hasHiddenPartner()) {
            ++products;
            hidden += s.hiddenPartnerValue;
        }
    }
    if (products > 0) {
        AnalysisWarning warning;
        warning.kind = AnalysisWarning::Kind::HiddenPartners;
        warning.year = primary.data->year;
        warning.message = WarningText::hiddenPartners(products, total > 0.0 ? hidden / total : 0.0);
        warnings.push_back(warning);
    }
    return warnings;
}

} // namespace

QString AnalysisWarning::key() const
{
    switch (kind) {
    case Kind::ExportsNotCovered:
        return QStringLiteral("exports_not_covered");
    case Kind::NoWorldData:
        return QStringLiteral("no_world_data");
    case Kind::ThinWorldData:
        return QStringLiteral("thin_world_data");
    case Kind::HiddenPartners:
        return QStringLiteral("hidden_partners");
    }
    return {};
}

std::vector<AnalysisWarning> analysisWarnings(const StatisticsSet &statistics, const AnalysisSettings &settings)
{
    return warningsOf(statistics.primary, &statistics.otherYears, settings);
}

std::vector<AnalysisWarning> analysisWarnings(const StatisticsTable &table, const AnalysisSettings &settings)
{
    return warningsOf(table, nullptr, settings);
}

} // namespace herkomst
