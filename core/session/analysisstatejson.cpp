#include "session/analysisstatejson.h"

#include "domain/preset.h"
#include "session/jsonfieldreader.h"

#include <QJsonArray>

namespace herkomst {

namespace {

// ASCII rather than comparisonSymbol()'s "≥", so the file stays easy to edit by hand.
QString asciiSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Greater:
        return QStringLiteral(">");
    case Comparison::GreaterOrEqual:
        return QStringLiteral(">=");
    case Comparison::Less:
        return QStringLiteral("<");
    case Comparison::LessOrEqual:
        return QStringLiteral("<=");
    }
    return {};
}

QJsonObject criterionToJson(const Criterion &c)
{
    return QJsonObject{{QStringLiteral("step"), c.stepKey},
                       {QStringLiteral("label"), c.label},
                       {QStringLiteral("metric"), metricKey(c.metric)},
                       {QStringLiteral("comparison"), asciiSymbol(c.comparison)},
                       {QStringLiteral("threshold"), c.threshold},
                       {QStringLiteral("enabled"), c.enabled}};
}

} // namespace

void AnalysisStateJson::write(const AnalysisState &state, QJsonObject &object)
{
    const DataSelection &s = state.selection;
    object.insert(QStringLiteral("selection"),
                  QJsonObject{{QStringLiteral("dataSet"), s.dataSet},
                              {QStringLiteral("reporter"), s.reporter},
                              {QStringLiteral("year"), s.year},
                              {QStringLiteral("euComposition"), euCompositionKey(s.euComposition)}});
    object.insert(QStringLiteral("preset"), state.presetKey());
    QJsonArray criteria;
    for (const Criterion &c : state.criteria)
        criteria.append(criterionToJson(c));
    object.insert(QStringLiteral("criteria"), criteria);
    object.insert(QStringLiteral("industries"), QJsonArray::fromStringList(state.industries));
    object.insert(QStringLiteral("persistence"), QJsonObject{{QStringLiteral("years"), state.persistence.years},
                                                             {QStringLiteral("minYears"), state.persistence.minYears}});
}

QJsonObject AnalysisStateJson::toJson(const AnalysisState &state)
{
    QJsonObject object;
    write(state, object);
    return object;
}

namespace {

// Files before the one persistence rule recorded a window per criterion ("yearWindow",
// "minYearsHolding"): their rule is the widest window among the enabled criteria and, of those with
// that window, the most years.
struct OlderWindows {
    Persistence rule;
    void add(const Criterion &c, int window, int minYears)
    {
        if (!c.enabled || window <= 1)
            return;
        if (window > rule.years || (window == rule.years && minYears > rule.minYears))
            rule = Persistence{window, minYears};
    }
};

class CriterionReader {
    Q_DECLARE_TR_FUNCTIONS(AnalysisStateJson)

public:
    static std::optional<Criterion> read(JsonFieldReader &reader, const QJsonObject &o, const QString &where,
                                         OlderWindows &older)
    {
        Criterion c;
        c.stepKey = reader.string(o, where, "step");
        c.label = reader.string(o, where, "label", false);
        const QString metric = reader.string(o, where, "metric");
        const QString comparison = reader.string(o, where, "comparison");
        c.threshold = reader.number(o, where, "threshold");
        c.enabled = reader.boolean(o, where, "enabled", true, true);
        const int yearWindow = reader.integer(o, where, "yearWindow", false, 1, 1, 50);
        const int minYearsHolding = reader.integer(o, where, "minYearsHolding", false, 1, 1, 50);
        if (reader.failed())
            return std::nullopt;
        if (const std::optional<Metric> m = metricFromKey(metric)) {
            c.metric = *m;
        } else {
            QStringList known;
            for (Metric each : allMetrics())
                known << metricKey(each);
            reader.fail(tr("onbekende maatstaf \"%1\" in %2 (bekend: %3); het bestand komt misschien uit een "
                           "nieuwere versie van Herkomst")
                            .arg(metric, where, known.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (const std::optional<Comparison> cmp = comparisonFromSymbol(comparison)) {
            c.comparison = *cmp;
        } else {
            reader.fail(tr("onbekende vergelijking \"%1\" in %2 (gebruik >, >=, < of <=)").arg(comparison, where));
            return std::nullopt;
        }
        if (!checkDomain(reader, c, where))
            return std::nullopt;
        if (minYearsHolding > yearWindow) {
            reader.fail(tr("in %1 is minYearsHolding (%2) groter dan yearWindow (%3)")
                            .arg(where)
                            .arg(minYearsHolding)
                            .arg(yearWindow));
            return std::nullopt;
        }
        older.add(c, yearWindow, minYearsHolding);
        return c;
    }

private:
    static bool checkDomain(JsonFieldReader &reader, const Criterion &c, const QString &where)
    {
        const ThresholdDomain domain = thresholdDomain(c.metric);
        switch (checkThreshold(c.metric, c.threshold)) {
        case ThresholdProblem::None:
            return true;
        case ThresholdProblem::NotFinite:
            reader.fail(tr("drempel in %1 is geen eindig getal").arg(where));
            return false;
        case ThresholdProblem::BelowDomain:
        case ThresholdProblem::AboveDomain:
            break;
        }
        reader.fail(tr("drempel %1 in %2 ligt buiten het bereik van %3 (%4 tot en met %5)")
                        .arg(c.threshold)
                        .arg(where, QCoreApplication::translate("Metric", metricInfo(c.metric).name))
                        .arg(domain.lowest)
                        .arg(domain.highest));
        return false;
    }
};

} // namespace

std::optional<AnalysisState> AnalysisStateJson::read(const QJsonObject &object, JsonFieldReader &reader)
{
    AnalysisState state;
    const QString selectionPath = QStringLiteral("selection");
    const QJsonObject selection = reader.object(object, {}, "selection");
    state.selection.dataSet = reader.string(selection, selectionPath, "dataSet", false);
    state.selection.reporter = reader.string(selection, selectionPath, "reporter");
    state.selection.year = reader.integer(selection, selectionPath, "year", true, 0, 0, 9999);
    const QString eu = reader.string(selection, selectionPath, "euComposition");
    const QString presetKey = reader.string(object, {}, "preset");
    const QJsonArray criteria = reader.array(object, {}, "criteria");
    state.industries = reader.strings(object, {}, "industries");
    if (reader.failed())
        return std::nullopt;

    if (const std::optional<EuComposition> composition = euCompositionFromKey(eu)) {
        state.selection.euComposition = *composition;
    } else {
        reader.fail(tr("onbekende EU-samenstelling \"%1\" (bekend: eu27_2020, eu28, year)").arg(eu));
        return std::nullopt;
    }
    // The preset names where the criteria came from; the criteria themselves are what counts.
    if (presetKey != kCustomPresetKey && !findPreset(presetKey)) {
        QStringList known;
        for (const Preset &preset : builtInPresets())
            known << preset.key;
        known << kCustomPresetKey;
        reader.fail(tr("onbekende criteriaset \"%1\" (bekend: %2)").arg(presetKey, known.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (criteria.isEmpty()) {
        reader.fail(tr("de lijst \"criteria\" is leeg; een analyse heeft ten minste één criterium"));
        return std::nullopt;
    }
    OlderWindows older;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const QString where = QStringLiteral("criteria[%1]").arg(i);
        if (!criteria[i].isObject()) {
            reader.fail(tr("veld \"%1\" moet een object zijn").arg(where));
            return std::nullopt;
        }
        std::optional<Criterion> criterion = CriterionReader::read(reader, criteria[i].toObject(), where, older);
        if (!criterion)
            return std::nullopt;
        state.criteria.push_back(std::move(*criterion));
    }
    state.persistence = older.rule;
    if (object.contains(QStringLiteral("persistence"))) {
        const QString where = QStringLiteral("persistence");
        const QJsonObject rule = reader.object(object, {}, "persistence");
        state.persistence.years = reader.integer(rule, where, "years", true, 1, 1, 50);
        state.persistence.minYears = reader.integer(rule, where, "minYears", true, 1, 1, 50);
        if (reader.failed())
            return std::nullopt;
        if (state.persistence.minYears > state.persistence.years) {
            reader.fail(tr("in persistence is minYears (%1) groter dan years (%2)")
                            .arg(state.persistence.minYears)
                            .arg(state.persistence.years));
            return std::nullopt;
        }
    }
    return state;
}

std::optional<AnalysisState> AnalysisStateJson::read(const QJsonObject &object, const QString &sourceName,
                                                     QString *error)
{
    JsonFieldReader reader(sourceName, error);
    return read(object, reader);
}

} // namespace herkomst
