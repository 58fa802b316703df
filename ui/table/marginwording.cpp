#include "table/marginwording.h"

#include "domain/numberformat.h"
#include "export/sensitivitycaption.h"

#include <cmath>
#include <limits>

namespace herkomst::ui {

namespace {

QString valueText(Metric metric, double value)
{
    if (std::isnan(value))
        return MarginWording::tr("onbekend");
    if (std::isinf(value))
        return QStringLiteral("∞");
    // A product's value as the table shows it, not every digit of a double.
    switch (metricInfo(metric).unit) {
    case MetricUnit::Share:
        return NumberFormat::share(value, 1);
    case MetricUnit::Ratio:
        return NumberFormat::ratio(value, 2);
    case MetricUnit::Index:
        return NumberFormat::index(value, 3);
    }
    return formatThreshold(metric, value);
}

} // namespace

QString MarginWording::dropText(const Criterion &criterion, const CriterionMargin &margin)
{
    if (!margin.dropsAt)
        return tr("valt bij geen drempel af");
    switch (criterion.comparison) {
    case Comparison::Greater:
        return tr("valt af vanaf %1").arg(valueText(criterion.metric, *margin.dropsAt));
    case Comparison::GreaterOrEqual:
        return tr("valt af boven %1").arg(valueText(criterion.metric, margin.value));
    case Comparison::Less:
        return tr("valt af bij %1 of lager").arg(valueText(criterion.metric, *margin.dropsAt));
    case Comparison::LessOrEqual:
        return tr("valt af onder %1").arg(valueText(criterion.metric, margin.value));
    }
    return {};
}

QStringList MarginWording::lines(const ProductMargin &margin, const std::vector<Criterion> &criteria, double band)
{
    QStringList lines;
    if (!margin.inUniverse)
        return lines;
    for (const CriterionMargin &m : margin.criteria) {
        if (m.criterionIndex < 0 || m.criterionIndex >= int(criteria.size()))
            continue;
        const Criterion &c = criteria[size_t(m.criterionIndex)];
        const QString rule = tr("%1 %2 (%3 %4)")
                                 .arg(metricScreenName(c.metric), valueText(c.metric, m.value),
                                      comparisonSymbol(c.comparison), formatThreshold(c.metric, c.threshold));
        QString line;
        switch (m.outcome) {
        case StepOutcome::Pass:
            line = tr("%1: %2").arg(rule, dropText(c, m));
            break;
        case StepOutcome::Fail:
            line = tr("%1: hier gestopt").arg(rule);
            break;
        case StepOutcome::Undetermined:
            line = tr("%1: onbepaald, gegevens ontbreken").arg(rule);
            break;
        }
        if (m.borderline)
            line += tr(" · randgeval binnen ±%1").arg(NumberFormat::share(band, 0));
        lines << line;
    }
    return lines;
}

} // namespace herkomst::ui
