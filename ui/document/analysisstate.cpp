#include "document/analysisstate.h"

#include "domain/preset.h"

#include <QJsonArray>

namespace herkomst::ui {

namespace {

bool sameSelection(const DataSelection &a, const DataSelection &b)
{
    return a.dataSet == b.dataSet && a.reporter == b.reporter && a.year == b.year && a.euComposition == b.euComposition;
}

} // namespace

bool AnalysisState::operator==(const AnalysisState &other) const
{
    return sameSelection(selection, other.selection) && criteria == other.criteria && industries == other.industries;
}

AnalysisState AnalysisState::defaults(const DataSelection &selection)
{
    AnalysisState state;
    state.selection = selection;
    state.criteria = defaultPreset().criteria;
    return state;
}

QString presetKeyFor(const std::vector<Criterion> &criteria)
{
    for (const Preset &preset : builtInPresets()) {
        if (preset.criteria == criteria)
            return preset.key;
    }
    return kCustomPresetKey;
}

QJsonObject criterionToJson(const Criterion &c)
{
    return QJsonObject{{QStringLiteral("step"), c.stepKey},
                       {QStringLiteral("label"), c.label},
                       {QStringLiteral("metric"), metricKey(c.metric)},
                       {QStringLiteral("comparison"), comparisonSymbol(c.comparison)},
                       {QStringLiteral("threshold"), c.threshold},
                       {QStringLiteral("enabled"), c.enabled},
                       {QStringLiteral("yearWindow"), c.yearWindow},
                       {QStringLiteral("minYearsHolding"), c.minYearsHolding}};
}

std::optional<Criterion> criterionFromJson(const QJsonObject &json)
{
    const std::optional<Metric> metric = metricFromKey(json.value(QStringLiteral("metric")).toString());
    const std::optional<Comparison> comparison =
        comparisonFromSymbol(json.value(QStringLiteral("comparison")).toString(QStringLiteral(">")));
    if (!metric || !comparison)
        return std::nullopt;
    Criterion c;
    c.stepKey = json.value(QStringLiteral("step")).toString();
    c.label = json.value(QStringLiteral("label")).toString();
    c.metric = *metric;
    c.comparison = *comparison;
    c.threshold = json.value(QStringLiteral("threshold")).toDouble();
    c.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    c.yearWindow = std::max(1, json.value(QStringLiteral("yearWindow")).toInt(1));
    c.minYearsHolding = std::max(1, json.value(QStringLiteral("minYearsHolding")).toInt(1));
    return c;
}

QJsonObject AnalysisState::toJson() const
{
    QJsonArray criteriaJson;
    for (const Criterion &c : criteria)
        criteriaJson.append(criterionToJson(c));
    return QJsonObject{{QStringLiteral("dataSet"), selection.dataSet},
                       {QStringLiteral("reporter"), selection.reporter},
                       {QStringLiteral("year"), selection.year},
                       {QStringLiteral("eu"), euCompositionKey(selection.euComposition)},
                       {QStringLiteral("criteria"), criteriaJson},
                       {QStringLiteral("industries"), QJsonArray::fromStringList(industries)}};
}

AnalysisState AnalysisState::fromJson(const QJsonObject &json)
{
    AnalysisState state = defaults();
    state.selection.dataSet = json.value(QStringLiteral("dataSet")).toString();
    state.selection.reporter = json.value(QStringLiteral("reporter")).toString(state.selection.reporter);
    state.selection.year = json.value(QStringLiteral("year")).toInt(0);
    if (const auto eu = euCompositionFromKey(json.value(QStringLiteral("eu")).toString()))
        state.selection.euComposition = *eu;
    std::vector<Criterion> criteria;
    for (const QJsonValue &value : json.value(QStringLiteral("criteria")).toArray()) {
        if (const auto c = criterionFromJson(value.toObject()))
            criteria.push_back(*c);
    }
    if (!criteria.empty())
        state.criteria = std::move(criteria);
    for (const QJsonValue &value : json.value(QStringLiteral("industries")).toArray())
        state.industries << value.toString();
    return state;
}

} // namespace herkomst::ui
