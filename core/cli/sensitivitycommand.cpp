#include "cli/sensitivitycommand.h"

#include "analysis/robustcore.h"
#include "analysis/sensitivity.h"
#include "cli/analysisoptions.h"
#include "cli/resultjson.h"
#include "countries/eucomposition.h"
#include "domain/numberformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>

namespace herkomst::cli {

namespace {

// One --vary option as read: the criterion and the thresholds it runs through.
struct Variation {
    QString key; // as the user wrote it
    int criterionIndex = -1;
    ThresholdRange range;
    std::vector<double> thresholds;
};

// The criterion --set would change for this key (a step key or a metric key), or -1.
int criterionFor(const std::vector<Criterion> &criteria, const QString &key)
{
    for (int i = 0; i < int(criteria.size()); ++i) {
        if (criteria[size_t(i)].stepKey == key || metricKey(criteria[size_t(i)].metric) == key)
            return i;
    }
    return -1;
}

// Reads one bound or the step as --set reads a threshold (0.6, 0,6 or 60%, within the metric's
// range); false with --set's reason.
bool readNumber(const std::vector<Criterion> &criteria, const QString &key, const QString &text, double *value,
                QString *error)
{
    const QString word = text.trimmed().toLower();
    if (word.isEmpty() || word == QLatin1String("off") || word == QLatin1String("on") || word == QLatin1String("uit") ||
        word == QLatin1String("aan")) {
        *error = SensitivityCommand::tr("--vary %1: \"%2\" is geen getal.").arg(key, text);
        return false;
    }
    std::vector<Criterion> scratch = criteria;
    if (!applyThresholdSetting(scratch, key + QLatin1Char('=') + text, error)) {
        *error = QStringLiteral("--vary %1: %2").arg(key, *error);
        return false;
    }
    *value = scratch[size_t(criterionFor(scratch, key))].threshold;
    return true;
}

bool readVariation(const std::vector<Criterion> &criteria, const QString &option, Variation *variation, QString *error)
{
    const int equals = option.indexOf(QLatin1Char('='));
    const QStringList parts = option.mid(equals + 1).split(QLatin1Char(':'));
    if (equals <= 0 || parts.size() != 3) {
        *error = SensitivityCommand::tr(
                     "--vary verwacht criterium=van:tot:stap, bijv. supplier_share=40%:60%:1%, niet \"%1\".")
                     .arg(option);
        return false;
    }
    variation->key = option.left(equals).trimmed();
    if (!readNumber(criteria, variation->key, parts[0], &variation->range.from, error) ||
        !readNumber(criteria, variation->key, parts[1], &variation->range.to, error))
        return false;
    variation->criterionIndex = criterionFor(criteria, variation->key);
    const Metric metric = criteria[size_t(variation->criterionIndex)].metric;
    QString stepError;
    if (!readNumber(criteria, variation->key, parts[2], &variation->range.step, &stepError) ||
        variation->range.step <= 0.0) {
        *error = SensitivityCommand::tr("--vary %1: de stap moet een getal groter dan 0 zijn, niet \"%2\".")
                     .arg(variation->key, parts[2]);
        return false;
    }
    switch (thresholdValues(variation->range, &variation->thresholds)) {
    case RangeProblem::None:
        return true;
    case RangeProblem::FromAboveTo:
        *error = SensitivityCommand::tr("--vary %1: het begin (%2) ligt boven het eind (%3); schrijf van:tot:stap.")
                     .arg(variation->key, formatThreshold(metric, variation->range.from),
                          formatThreshold(metric, variation->range.to));
        return false;
    case RangeProblem::TooManyValues:
        *error = SensitivityCommand::tr("--vary %1: dat zijn meer dan %2 drempels; kies een grotere stap.")
                     .arg(variation->key, NumberFormat::count(kMaxSweepValues));
        return false;
    case RangeProblem::NotFinite:
    case RangeProblem::StepNotPositive:
        break;
    }
    *error = SensitivityCommand::tr("--vary %1: de stap moet een getal groter dan 0 zijn, niet \"%2\".")
                 .arg(variation->key, parts[2]);
    return false;
}

QString problemText(SensitivityProblem problem)
{
    switch (problem) {
    case SensitivityProblem::TooManyCells:
        return SensitivityCommand::tr("Te veel combinaties van drempels (meer dan %1); kies grotere stappen.")
            .arg(NumberFormat::count(kMaxSensitivityCells));
    case SensitivityProblem::SameCriterionTwice:
        return SensitivityCommand::tr("--vary noemt hetzelfde criterium twee keer.");
    default:
        break;
    }
    return SensitivityCommand::tr("De gevoeligheid kan voor deze criteria niet worden berekend.");
}

struct Sensitivity {
    PreparedAnalysis analysis;
    QString presetKey;
    QString presetName;
    std::vector<Variation> variations;
    SensitivityGrid grid;
    RobustCore core;

    const Criterion &criterion(size_t axis) const
    {
        return analysis.settings.criteria[size_t(variations[axis].criterionIndex)];
    }
    QString threshold(size_t axis, double value) const { return formatThreshold(criterion(axis).metric, value); }
    bool isCurrent(size_t axis, int index) const
    {
        return variations[axis].thresholds[size_t(index)] == criterion(axis).threshold;
    }
    QString stepKey(size_t axis) const
    {
        for (const FunnelStep &step : analysis.result.steps) {
            if (step.criterionIndex == variations[axis].criterionIndex)
                return step.key;
        }
        return {};
    }
};

QJsonArray hs6List(const StatisticsTable &table, const std::vector<int> &rows)
{
    QJsonArray list;
    for (int row : rows)
        list.append(table.product(row).hs6);
    return list;
}

QJsonObject toJson(const Sensitivity &s)
{
    const StatisticsTable &table = s.analysis.statistics.primary;
    QJsonArray steps;
    for (const FunnelStep &step : s.analysis.result.steps)
        steps.append(QJsonObject{{QStringLiteral("step"), step.key}, {QStringLiteral("label"), step.label}});

    QJsonArray vary;
    QJsonObject box;
    for (size_t a = 0; a < s.variations.size(); ++a) {
        const Variation &v = s.variations[a];
        QJsonArray values;
        for (double t : v.thresholds)
            values.append(t);
        vary.append(QJsonObject{{QStringLiteral("key"), v.key},
                                {QStringLiteral("step"), s.stepKey(a)},
                                {QStringLiteral("metric"), metricKey(s.criterion(a).metric)},
                                {QStringLiteral("comparison"), comparisonSymbol(s.criterion(a).comparison)},
                                {QStringLiteral("values"), values}});
        box.insert(v.key, QJsonArray{v.thresholds.front(), v.thresholds.back()});
    }

    QJsonArray cells;
    for (int i = 0; i < s.grid.rows(); ++i) {
        for (int j = 0; j < s.grid.columns(); ++j) {
            QJsonObject thresholds{{s.variations[0].key, s.variations[0].thresholds[size_t(i)]}};
            if (s.variations.size() > 1)
                thresholds.insert(s.variations[1].key, s.variations[1].thresholds[size_t(j)]);
            QJsonArray kept, dropped, undetermined;
            for (int step = 0; step < s.grid.stepCount; ++step) {
                const StepCounts &c = s.grid.at(i, j, step);
                kept.append(c.kept);
                dropped.append(c.dropped);
                undetermined.append(c.undetermined);
            }
            cells.append(QJsonObject{{QStringLiteral("thresholds"), thresholds},
                                     {QStringLiteral("kept"), kept},
                                     {QStringLiteral("dropped"), dropped},
                                     {QStringLiteral("undetermined"), undetermined}});
        }
    }

    const QJsonObject core{{QStringLiteral("thresholds"), box},
                           {QStringLiteral("count"), int(s.core.rows.size())},
                           {QStringLiteral("funnel_count"), s.core.funnelCount},
                           {QStringLiteral("sometimes_count"), int(s.core.sometimesRows.size())},
                           {QStringLiteral("products"), hs6List(table, s.core.rows)},
                           {QStringLiteral("sometimes"), hs6List(table, s.core.sometimesRows)}};
    return QJsonObject{{QStringLiteral("provenance"), provenanceToJson(table, s.analysis.settings, s.presetKey)},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("vary"), vary},
                       {QStringLiteral("cells"), cells},
                       {QStringLiteral("robust_core"), core}};
}

void printHeader(const Sensitivity &s, QTextStream &out)
{
    const TradeData &data = *s.analysis.statistics.primary.data;
    out << SensitivityCommand::tr("Gevoeligheid van de trechter; gegevens: %1").arg(data.dataSetName);
    if (data.synthetic)
        out << ' ' << SensitivityCommand::tr("[SYNTHETISCHE DEMODATA, geen echte cijfers]");
    out << '\n'
        << SensitivityCommand::tr("Rapporteur %1, jaar %2, %3; criteria: %4")
               .arg(data.reporter)
               .arg(data.year)
               .arg(euCompositionName(s.analysis.statistics.primary.euComposition), s.presetName)
        << '\n';
    if (!s.analysis.settings.industries.isEmpty())
        out << SensitivityCommand::tr("Bedrijfstakken: %1")
                   .arg(s.analysis.settings.industries.join(QStringLiteral(", ")))
            << '\n';
    for (size_t a = 0; a < s.variations.size(); ++a) {
        const Variation &v = s.variations[a];
        out << SensitivityCommand::tr("Gevarieerd: %1 [%2] van %3 tot %4 in stappen van %5.")
                   .arg(QCoreApplication::translate("Metric", metricInfo(s.criterion(a).metric).name), v.key,
                        s.threshold(a, v.thresholds.front()), s.threshold(a, v.thresholds.back()),
                        s.threshold(a, v.range.step))
            << '\n';
    }
    out << SensitivityCommand::tr("De andere drempels blijven zoals in de analyse.") << "\n\n";
}

void printSweep(const Sensitivity &s, QTextStream &out)
{
    const std::vector<FunnelStep> &steps = s.analysis.result.steps;
    for (size_t i = 0; i < steps.size(); ++i)
        out << SensitivityCommand::tr("Stap %1: %2").arg(i).arg(steps[i].label) << '\n';
    out << '\n' << SensitivityCommand::tr("Drempel").rightJustified(12);
    for (size_t i = 0; i < steps.size(); ++i)
        out << SensitivityCommand::tr("Stap %1").arg(i).rightJustified(9);
    const QString undeterminedHeader = SensitivityCommand::tr("Onbepaald");
    const int undeterminedWidth = std::max(11, int(undeterminedHeader.size()) + 2); // "Undetermined" in English
    out << undeterminedHeader.rightJustified(undeterminedWidth) << '\n';
    bool marked = false;
    for (int row = 0; row < s.grid.rows(); ++row) {
        const bool current = s.isCurrent(0, row);
        marked = marked || current;
        out << (current ? QStringLiteral("* ") : QStringLiteral("  "))
            << s.threshold(0, s.variations[0].thresholds[size_t(row)]).rightJustified(10);
        int undetermined = 0;
        for (int step = 0; step < s.grid.stepCount; ++step) {
            out << NumberFormat::count(s.grid.at(row, 0, step).kept).rightJustified(9);
            undetermined += s.grid.at(row, 0, step).undetermined;
        }
        out << NumberFormat::count(undetermined).rightJustified(undeterminedWidth) << '\n';
    }
    if (marked)
        out << SensitivityCommand::tr("* de drempel van de analyse") << '\n';
}

void printGrid(const Sensitivity &s, QTextStream &out)
{
    out << SensitivityCommand::tr("Producten na de laatste stap (%1) per combinatie; rijen: %2, kolommen: %3.")
               .arg(s.analysis.result.steps.back().label, s.variations[0].key, s.variations[1].key)
        << "\n\n";
    int width = 7;
    for (double t : s.variations[1].thresholds)
        width = std::max(width, int(s.threshold(1, t).size()) + 3);
    out << QString(12, QLatin1Char(' '));
    for (int column = 0; column < s.grid.columns(); ++column) {
        const QString label = s.threshold(1, s.variations[1].thresholds[size_t(column)]);
        out << (s.isCurrent(1, column) ? QStringLiteral("*") + label : label).rightJustified(width);
    }
    out << '\n';
    bool marked = false;
    for (int column = 0; column < s.grid.columns(); ++column)
        marked = marked || s.isCurrent(1, column);
    int fewest = 0, most = 0;
    for (int row = 0; row < s.grid.rows(); ++row) {
        marked = marked || s.isCurrent(0, row);
        out << (s.isCurrent(0, row) ? QStringLiteral("* ") : QStringLiteral("  "))
            << s.threshold(0, s.variations[0].thresholds[size_t(row)]).rightJustified(10);
        for (int column = 0; column < s.grid.columns(); ++column) {
            out << NumberFormat::count(s.grid.finalKept(row, column)).rightJustified(width);
            int undetermined = 0;
            for (int step = 0; step < s.grid.stepCount; ++step)
                undetermined += s.grid.at(row, column, step).undetermined;
            fewest = row + column == 0 ? undetermined : std::min(fewest, undetermined);
            most = std::max(most, undetermined);
        }
        out << '\n';
    }
    if (marked)
        out << SensitivityCommand::tr("* de drempel van de analyse") << '\n';
    if (most > 0)
        out << SensitivityCommand::tr("Onbepaald (alle stappen samen): %1 tot %2 producten per combinatie.")
                   .arg(NumberFormat::count(fewest), NumberFormat::count(most))
            << '\n';
}

void printRobustCore(const Sensitivity &s, QTextStream &out)
{
    constexpr size_t listed = 20;
    const StatisticsTable &table = s.analysis.statistics.primary;
    out << '\n'
        << SensitivityCommand::tr(
               "Robuuste kern: %1 producten blijven over bij elke drempel in dit bereik; met de drempels van de "
               "analyse zijn het er %2.")
               .arg(NumberFormat::count(qint64(s.core.rows.size())), NumberFormat::count(s.core.funnelCount))
        << '\n';
    if (s.core.sometimesRows.empty())
        return;
    out << SensitivityCommand::tr(
               "%1 producten blijven alleen bij een deel van deze drempels over; zij maken het verschil "
               "(grootste invoer eerst; * = in de uitkomst van de analyse):")
               .arg(NumberFormat::count(qint64(s.core.sometimesRows.size())))
        << '\n';
    std::vector<int> rows = s.core.sometimesRows;
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return table.rows[size_t(a)].importValue > table.rows[size_t(b)].importValue;
    });
    const AnalysisResult &result = s.analysis.result;
    for (size_t i = 0; i < std::min(listed, rows.size()); ++i) {
        const ProductInfo &product = table.product(rows[i]);
        out << (result.stage[size_t(rows[i])] == result.finalStage() ? "  * " : "    ") << product.hs6 << "  "
            << product.description(NumberFormat::language().startsWith(QLatin1String("en"))) << '\n';
    }
    if (rows.size() > listed)
        out << "    "
            << SensitivityCommand::tr("… en %1 meer (alle met --json).")
                   .arg(NumberFormat::count(qint64(rows.size() - listed)))
            << '\n';
}

} // namespace

QString SensitivityCommand::summary() const
{
    return tr("Trechter bij een reeks drempels: gevoeligheid en robuuste kern (tabel of --json).");
}

int SensitivityCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    AnalysisOptions::addTo(parser);
    parser.addOption({QStringLiteral("vary"),
                      tr("Drempel die varieert, bijv. supplier_share=40%:60%:1% (een of twee keer)."),
                      tr("criterium=van:tot:stap")});
    parser.addOption({QStringLiteral("json"), tr("Uitvoer als één JSON-object.")});
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err))
        return *code;
    AnalysisOptions options;
    QString error;
    if (!options.read(parser, &error)) {
        err << error << '\n';
        return UsageError;
    }
    const QStringList varied = parser.values(QStringLiteral("vary"));
    if (varied.isEmpty()) {
        err << tr("Geef met --vary de drempel die varieert, bijv. --vary supplier_share=40%:60%:1%.") << '\n';
        return UsageError;
    }
    if (varied.size() > 2) {
        err << tr("--vary hoogstens twee keer: een reeks van één drempel of een raster van twee.") << '\n';
        return UsageError;
    }
    Sensitivity s;
    size_t cells = 1;
    for (const QString &option : varied) {
        Variation variation;
        if (!readVariation(options.preset.criteria, option, &variation, &error)) {
            err << error << '\n';
            return UsageError;
        }
        cells *= variation.thresholds.size();
        s.variations.push_back(variation);
    }
    if (s.variations.size() == 2 && s.variations[0].criterionIndex == s.variations[1].criterionIndex) {
        err << problemText(SensitivityProblem::SameCriterionTwice) << '\n';
        return UsageError;
    }
    if (cells > size_t(kMaxSensitivityCells)) {
        err << problemText(SensitivityProblem::TooManyCells) << '\n';
        return UsageError;
    }
    // A varied criterion takes part, as --set with a number switches it on.
    for (const Variation &v : s.variations)
        options.preset.criteria[size_t(v.criterionIndex)].enabled = true;

    if (const int code = prepareAnalysis(options, s.analysis, err); code != Ok)
        return code;
    s.presetKey = options.preset.key;
    s.presetName = options.preset.displayName();
    const SensitivityModel model(s.analysis.statistics, s.analysis.settings);
    std::vector<ThresholdInterval> box;
    for (const Variation &v : s.variations)
        box.push_back({v.criterionIndex, v.thresholds.front(), v.thresholds.back()});
    const SensitivityAxis first{s.variations[0].criterionIndex, s.variations[0].thresholds};
    s.grid = s.variations.size() == 1 ? model.sweep(s.analysis.settings.criteria, first)
                                      : model.grid(s.analysis.settings.criteria, first,
                                                   {s.variations[1].criterionIndex, s.variations[1].thresholds});
    if (!s.grid.ok()) {
        err << problemText(s.grid.problem) << '\n';
        return DataError;
    }
    s.core = robustCore(s.analysis.statistics, s.analysis.settings, box);

    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(QJsonDocument(toJson(s)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    printHeader(s, out);
    if (s.variations.size() == 1)
        printSweep(s, out);
    else
        printGrid(s, out);
    printRobustCore(s, out);
    return Ok;
}

} // namespace herkomst::cli
