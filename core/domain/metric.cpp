#include "domain/metric.h"

#include <QtGlobal>
#include <array>
#include <cmath>

namespace herkomst {

namespace {

// Texts are Dutch sources for Qt Linguist (context "Metric"); the English .ts translates them.
const std::array<MetricInfo, 8> kMetrics{{
    {Metric::SupplierShare, "supplier_share", QT_TRANSLATE_NOOP("Metric", "Aandeel grootste niet-EU-leverancier"),
     QT_TRANSLATE_NOOP("Metric", "Het grootste aandeel van één land buiten de EU in de invoer van het product "
                                 "(de rapporteur zelf telt niet als partner)."),
     MetricUnit::Share, 0.0, 1.0},
    {Metric::ImportExportRatio, "import_export_ratio", QT_TRANSLATE_NOOP("Metric", "Invoer/uitvoer"),
     QT_TRANSLATE_NOOP("Metric", "Invoerwaarde gedeeld door uitvoerwaarde van het product; zonder uitvoer "
                                 "is de verhouding oneindig."),
     MetricUnit::Ratio, 0.0, 10.0},
    {Metric::WorldMarketHhi, "world_hhi", QT_TRANSLATE_NOOP("Metric", "Concentratie wereldmarkt (HHI)"),
     QT_TRANSLATE_NOOP("Metric", "Herfindahl-index van de wereldexport over exporterende landen: de som van "
                                 "de gekwadrateerde marktaandelen (0 tot 1)."),
     MetricUnit::Index, 0.0, 1.0},
    {Metric::ImportHhi, "import_hhi", QT_TRANSLATE_NOOP("Metric", "Concentratie invoer (HHI)"),
     QT_TRANSLATE_NOOP("Metric", "Herfindahl-index van de invoer over alle partnerlanden."), MetricUnit::Index, 0.0,
     1.0},
    {Metric::ExtraEuImportHhi, "extra_eu_import_hhi",
     QT_TRANSLATE_NOOP("Metric", "Concentratie invoer buiten de EU (HHI)"),
     QT_TRANSLATE_NOOP("Metric", "Herfindahl-index van de invoer over partnerlanden buiten de EU."), MetricUnit::Index,
     0.0, 1.0},
    {Metric::ExtraEuImportShare, "extra_eu_share", QT_TRANSLATE_NOOP("Metric", "Aandeel invoer van buiten de EU"),
     QT_TRANSLATE_NOOP("Metric", "Het deel van de invoer dat uit landen buiten de EU komt."), MetricUnit::Share, 0.0,
     1.0},
    {Metric::ExtraEuImportsToExports, "extra_eu_imports_to_exports",
     QT_TRANSLATE_NOOP("Metric", "Invoer buiten de EU / totale uitvoer"),
     QT_TRANSLATE_NOOP("Metric", "Invoer uit landen buiten de EU gedeeld door de totale uitvoer van het "
                                 "product; zonder uitvoer oneindig."),
     MetricUnit::Ratio, 0.0, 10.0},
    {Metric::TopWorldExporterShare, "top_world_exporter_share",
     QT_TRANSLATE_NOOP("Metric", "Aandeel grootste exporteur wereldwijd"),
     QT_TRANSLATE_NOOP("Metric", "Het aandeel van het grootste exporterende land in de wereldexport."),
     MetricUnit::Share, 0.0, 1.0},
}};

} // namespace

const MetricInfo &metricInfo(Metric metric)
{
    return kMetrics[static_cast<size_t>(metric)];
}

ThresholdDomain thresholdDomain(Metric metric)
{
    switch (metricInfo(metric).unit) {
    case MetricUnit::Share:
    case MetricUnit::Index:
        return {0.0, 1.0};
    case MetricUnit::Ratio:
        break;
    }
    return {0.0, 1000.0};
}

ThresholdProblem checkThreshold(Metric metric, double threshold)
{
    if (!std::isfinite(threshold))
        return ThresholdProblem::NotFinite;
    const ThresholdDomain domain = thresholdDomain(metric);
    if (threshold < domain.lowest)
        return ThresholdProblem::BelowDomain;
    if (threshold > domain.highest)
        return ThresholdProblem::AboveDomain;
    return ThresholdProblem::None;
}

const std::vector<Metric> &allMetrics()
{
    static const std::vector<Metric> metrics = [] {
        std::vector<Metric> list;
        for (const MetricInfo &info : kMetrics)
            list.push_back(info.metric);
        return list;
    }();
    return metrics;
}

std::optional<Metric> metricFromKey(const QString &key)
{
    for (const MetricInfo &info : kMetrics) {
        if (key == QLatin1String(info.key))
            return info.metric;
    }
    return std::nullopt;
}

QString metricKey(Metric metric)
{
    return QLatin1String(metricInfo(metric).key);
}

} // namespace herkomst
