#include "domain/criterion.h"

#include "domain/numberformat.h"

#include <QCoreApplication>
#include <cmath>

namespace herkomst {

std::optional<bool> Criterion::holds(double value) const
{
    if (std::isnan(value))
        return std::nullopt;
    switch (comparison) {
    case Comparison::Greater:
        return value > threshold;
    case Comparison::GreaterOrEqual:
        return value >= threshold;
    case Comparison::Less:
        return value < threshold;
    case Comparison::LessOrEqual:
        return value <= threshold;
    }
    return std::nullopt;
}

QString Criterion::displayLabel() const
{
    if (!label.isEmpty())
        return QCoreApplication::translate("Preset", label.toUtf8().constData());
    return QCoreApplication::translate("Metric", metricInfo(metric).name);
}

QString Criterion::ruleText() const
{
    QString text = QCoreApplication::translate("Metric", metricInfo(metric).name) + QLatin1Char(' ') +
                   comparisonSymbol(comparison) + QLatin1Char(' ') + formatThreshold(metric, threshold);
    if (yearWindow > 1)
        text += QCoreApplication::translate("Criterion", " (in %1 van %2 jaar)").arg(minYearsHolding).arg(yearWindow);
    return text;
}

bool Criterion::operator==(const Criterion &other) const
{
    return stepKey == other.stepKey && label == other.label && metric == other.metric &&
           comparison == other.comparison && threshold == other.threshold && enabled == other.enabled &&
           yearWindow == other.yearWindow && minYearsHolding == other.minYearsHolding;
}

QString comparisonSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Greater:
        return QStringLiteral(">");
    case Comparison::GreaterOrEqual:
        return QStringLiteral("≥");
    case Comparison::Less:
        return QStringLiteral("<");
    case Comparison::LessOrEqual:
        return QStringLiteral("≤");
    }
    return {};
}

std::optional<Comparison> comparisonFromSymbol(const QString &symbol)
{
    if (symbol == QLatin1String(">"))
        return Comparison::Greater;
    if (symbol == QLatin1String(">=") || symbol == QStringLiteral("≥"))
        return Comparison::GreaterOrEqual;
    if (symbol == QLatin1String("<"))
        return Comparison::Less;
    if (symbol == QLatin1String("<=") || symbol == QStringLiteral("≤"))
        return Comparison::LessOrEqual;
    return std::nullopt;
}

QString formatThreshold(Metric metric, double threshold)
{
    if (metricInfo(metric).unit == MetricUnit::Share) {
        // "50 %" as in Dutch government style; one decimal only when it matters.
        const double percent = threshold * 100.0;
        return NumberFormat::share(threshold, std::abs(percent - std::round(percent)) < 1e-9 ? 0 : 1);
    }
    return NumberFormat::compact(threshold);
}

} // namespace herkomst
