#pragma once

#include "domain/metric.h"

#include <QString>
#include <optional>

namespace herkomst {

enum class Comparison { Greater, GreaterOrEqual, Less, LessOrEqual };

// One step of the funnel: a product passes when its metric compares true with the threshold.
// Comparisons default to strict, as published ("meer dan de helft", "> 0,25").
struct Criterion {
    QString stepKey; // name of the stage a product reaches by passing, e.g. "concentrated"
    QString label;   // Dutch source of the preset's step label; empty: generated from the rule
    Metric metric = Metric::SupplierShare;
    Comparison comparison = Comparison::Greater;
    double threshold = 0.0;
    bool enabled = true;

    // True/false for a known value; nullopt when the value is missing (undetermined).
    std::optional<bool> holds(double value) const;
    // The step label: the preset's wording while the rule is the one that wording describes
    // ("Meer dan de helft uit één niet-EU-land" at 50 %), otherwise generatedLabel().
    QString displayLabel() const;
    // A label from metric, comparison and threshold: "Meer dan 60 % uit één niet-EU-land",
    // "Invoer meer dan 1,5 keer de uitvoer", "Geconcentreerde wereldmarkt (HHI > 0,4)".
    QString generatedLabel() const;
    QString ruleText() const; // e.g. "Aandeel grootste niet-EU-leverancier > 50 %"; years: see Persistence

    bool operator==(const Criterion &other) const;
    bool operator!=(const Criterion &other) const { return !(*this == other); }
};

QString comparisonSymbol(Comparison comparison);
std::optional<Comparison> comparisonFromSymbol(const QString &symbol);

// Threshold formatting in Dutch style for the unit of the metric: "50 %", "0,25", "1".
QString formatThreshold(Metric metric, double threshold);

} // namespace herkomst
