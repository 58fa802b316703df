#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace herkomst {

// The quantities a criterion can test. Each is computed once per product in ProductStatistics;
// criteria only compare them with thresholds, which is what keeps threshold changes instant.
enum class Metric {
    SupplierShare,           // largest share of one non-EU partner in the reporter's imports
    ImportExportRatio,       // imports / exports of the reporter (X = 0 gives +infinity)
    WorldMarketHhi,          // Herfindahl index of world exports over exporters
    ImportHhi,               // Herfindahl index of the reporter's imports over all partners
    ExtraEuImportHhi,        // Herfindahl index of the reporter's imports over non-EU partners
    ExtraEuImportShare,      // non-EU partners' share of the reporter's imports
    ExtraEuImportsToExports, // non-EU imports / total exports of the reporter
    TopWorldExporterShare,   // share of the largest exporter in world exports
};

enum class MetricUnit { Share, Ratio, Index };

struct MetricInfo {
    Metric metric;
    const char *key;        // stable identifier for the CLI, saved analyses and JSON
    const char *name;       // Dutch screen name (translated through the "Metric" context)
    const char *definition; // Dutch definition for tooltips and reports
    MetricUnit unit;
    double minimum; // the slider's range: where thresholds usually lie
    double maximum;
};

// The thresholds a criterion on a metric may have, the same in the window, on the command line
// and in saved files: a closed interval of finite numbers. Shares and Herfindahl indices lie in
// [0, 1]; a ratio threshold in [0, 1000] (beyond that it separates only products with next to no
// exports, which the infinite ratio of "no exports" already does).
struct ThresholdDomain {
    double lowest;
    double highest;
};

// Why a threshold is outside its metric's domain; the caller words it.
enum class ThresholdProblem { None, NotFinite, BelowDomain, AboveDomain };

const MetricInfo &metricInfo(Metric metric);
ThresholdDomain thresholdDomain(Metric metric);
ThresholdProblem checkThreshold(Metric metric, double threshold);
const std::vector<Metric> &allMetrics();
std::optional<Metric> metricFromKey(const QString &key);
QString metricKey(Metric metric);

} // namespace herkomst
