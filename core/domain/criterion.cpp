#include "domain/criterion.h"

#include "domain/numberformat.h"
#include "domain/preset.h"

#include <QCoreApplication>
#include <array>
#include <cmath>

namespace herkomst {

namespace {

// Dutch source texts of generated step labels, translated in the "Criterion" context.
class CriterionText {
    Q_DECLARE_TR_FUNCTIONS(Criterion)
};

constexpr double kSameThreshold = 1e-9;

bool sameThreshold(double a, double b)
{
    return std::abs(a - b) < kSameThreshold;
}

// One phrase per comparison, in the order of enum Comparison: >, >=, <, <=.
using Phrases = std::array<const char *, 4>;

const char *phrase(const Phrases &phrases, Comparison comparison)
{
    return phrases[size_t(comparison)];
}

// "Meer dan de helft uit één niet-EU-land" at 50 %, the letter's words; "Meer dan 60 % ..." otherwise.
QString shareLabel(Metric metric, Comparison comparison, double threshold)
{
    static const Phrases supplier = {QT_TRANSLATE_NOOP("Criterion", "Meer dan %1 uit één niet-EU-land"),
                                     QT_TRANSLATE_NOOP("Criterion", "Ten minste %1 uit één niet-EU-land"),
                                     QT_TRANSLATE_NOOP("Criterion", "Minder dan %1 uit één niet-EU-land"),
                                     QT_TRANSLATE_NOOP("Criterion", "Ten hoogste %1 uit één niet-EU-land")};
    static const Phrases extraEu = {QT_TRANSLATE_NOOP("Criterion", "Meer dan %1 van buiten de EU"),
                                    QT_TRANSLATE_NOOP("Criterion", "Ten minste %1 van buiten de EU"),
                                    QT_TRANSLATE_NOOP("Criterion", "Minder dan %1 van buiten de EU"),
                                    QT_TRANSLATE_NOOP("Criterion", "Ten hoogste %1 van buiten de EU")};
    static const Phrases topExporter = {
        QT_TRANSLATE_NOOP("Criterion", "Meer dan %1 van de wereldexport uit één land"),
        QT_TRANSLATE_NOOP("Criterion", "Ten minste %1 van de wereldexport uit één land"),
        QT_TRANSLATE_NOOP("Criterion", "Minder dan %1 van de wereldexport uit één land"),
        QT_TRANSLATE_NOOP("Criterion", "Ten hoogste %1 van de wereldexport uit één land")};
    const Phrases &phrases = metric == Metric::SupplierShare        ? supplier
                             : metric == Metric::ExtraEuImportShare ? extraEu
                                                                    : topExporter;
    const QString amount =
        sameThreshold(threshold, 0.5) ? CriterionText::tr("de helft") : formatThreshold(metric, threshold);
    return CriterionText::tr(phrase(phrases, comparison)).arg(amount);
}

// "Meer invoer dan uitvoer" at 1; "Invoer meer dan 1,5 keer de uitvoer" otherwise.
QString ratioLabel(Metric metric, Comparison comparison, double threshold)
{
    static const Phrases allOne = {QT_TRANSLATE_NOOP("Criterion", "Meer invoer dan uitvoer"),
                                   QT_TRANSLATE_NOOP("Criterion", "Ten minste evenveel invoer als uitvoer"),
                                   QT_TRANSLATE_NOOP("Criterion", "Minder invoer dan uitvoer"),
                                   QT_TRANSLATE_NOOP("Criterion", "Ten hoogste evenveel invoer als uitvoer")};
    static const Phrases allTimes = {QT_TRANSLATE_NOOP("Criterion", "Invoer meer dan %1 keer de uitvoer"),
                                     QT_TRANSLATE_NOOP("Criterion", "Invoer ten minste %1 keer de uitvoer"),
                                     QT_TRANSLATE_NOOP("Criterion", "Invoer minder dan %1 keer de uitvoer"),
                                     QT_TRANSLATE_NOOP("Criterion", "Invoer ten hoogste %1 keer de uitvoer")};
    static const Phrases extraEuOne = {
        QT_TRANSLATE_NOOP("Criterion", "Meer invoer van buiten de EU dan uitvoer"),
        QT_TRANSLATE_NOOP("Criterion", "Ten minste evenveel invoer van buiten de EU als uitvoer"),
        QT_TRANSLATE_NOOP("Criterion", "Minder invoer van buiten de EU dan uitvoer"),
        QT_TRANSLATE_NOOP("Criterion", "Ten hoogste evenveel invoer van buiten de EU als uitvoer")};
    static const Phrases extraEuTimes = {
        QT_TRANSLATE_NOOP("Criterion", "Invoer van buiten de EU meer dan %1 keer de uitvoer"),
        QT_TRANSLATE_NOOP("Criterion", "Invoer van buiten de EU ten minste %1 keer de uitvoer"),
        QT_TRANSLATE_NOOP("Criterion", "Invoer van buiten de EU minder dan %1 keer de uitvoer"),
        QT_TRANSLATE_NOOP("Criterion", "Invoer van buiten de EU ten hoogste %1 keer de uitvoer")};
    const bool one = sameThreshold(threshold, 1.0);
    const bool extraEu = metric == Metric::ExtraEuImportsToExports;
    const Phrases &phrases = extraEu ? (one ? extraEuOne : extraEuTimes) : (one ? allOne : allTimes);
    const QString text = CriterionText::tr(phrase(phrases, comparison));
    return one ? text : text.arg(formatThreshold(metric, threshold));
}

// "Geconcentreerde wereldmarkt (HHI > 0,4)"; below a threshold the market is "gespreid".
QString indexLabel(Metric metric, Comparison comparison, double threshold)
{
    const bool above = comparison == Comparison::Greater || comparison == Comparison::GreaterOrEqual;
    const char *text = nullptr;
    switch (metric) {
    case Metric::WorldMarketHhi:
        text = above ? QT_TRANSLATE_NOOP("Criterion", "Geconcentreerde wereldmarkt (HHI %1 %2)")
                     : QT_TRANSLATE_NOOP("Criterion", "Gespreide wereldmarkt (HHI %1 %2)");
        break;
    case Metric::ExtraEuImportHhi:
        text = above ? QT_TRANSLATE_NOOP("Criterion", "Geconcentreerde invoer van buiten de EU (HHI %1 %2)")
                     : QT_TRANSLATE_NOOP("Criterion", "Gespreide invoer van buiten de EU (HHI %1 %2)");
        break;
    default:
        text = above ? QT_TRANSLATE_NOOP("Criterion", "Geconcentreerde invoer (HHI %1 %2)")
                     : QT_TRANSLATE_NOOP("Criterion", "Gespreide invoer (HHI %1 %2)");
        break;
    }
    return CriterionText::tr(text).arg(comparisonSymbol(comparison), formatThreshold(metric, threshold));
}

// The preset criterion whose wording this label is, or nullptr for a label no preset uses.
const Criterion *presetOrigin(const Criterion &criterion)
{
    for (const Preset &preset : builtInPresets()) {
        for (const Criterion &c : preset.criteria) {
            if (c.label == criterion.label && c.metric == criterion.metric)
                return &c;
        }
    }
    return nullptr;
}

} // namespace

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
    // A preset's wording describes the rule it was written for ("Meer dan de helft" is 50 %); once
    // the rule changes the label is generated, so no figure says "de helft" at 60 %.
    if (!label.isEmpty()) {
        const Criterion *origin = presetOrigin(*this);
        if (!origin || (origin->comparison == comparison && sameThreshold(origin->threshold, threshold)))
            return QCoreApplication::translate("Preset", label.toUtf8().constData());
    }
    return generatedLabel();
}

QString Criterion::generatedLabel() const
{
    switch (metricInfo(metric).unit) {
    case MetricUnit::Share:
        return shareLabel(metric, comparison, threshold);
    case MetricUnit::Ratio:
        return ratioLabel(metric, comparison, threshold);
    case MetricUnit::Index:
        return indexLabel(metric, comparison, threshold);
    }
    return QCoreApplication::translate("Metric", metricInfo(metric).name);
}

QString Criterion::ruleText() const
{
    return QCoreApplication::translate("Metric", metricInfo(metric).name) + QLatin1Char(' ') +
           comparisonSymbol(comparison) + QLatin1Char(' ') + formatThreshold(metric, threshold);
}

bool Criterion::operator==(const Criterion &other) const
{
    return stepKey == other.stepKey && label == other.label && metric == other.metric &&
           comparison == other.comparison && threshold == other.threshold && enabled == other.enabled;
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
