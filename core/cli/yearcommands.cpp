#include "cli/yearcommands.h"

#include "analysis/yearcomparison.h"
#include "analysis/yeartrend.h"
#include "cli/analysisoptions.h"
#include "domain/numberformat.h"
#include "export/hsgrouplabels.h"
#include "import/tradeperiod.h"
#include "session/yearseries.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace herkomst::cli {

namespace {

// The options both commands share: the analysis options, less --year (they choose their years).
std::optional<int> readOptions(QCommandLineParser &parser, const QStringList &arguments, AnalysisOptions &options,
                               QTextStream &out, QTextStream &err)
{
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err))
        return code;
    if (parser.isSet(QStringLiteral("year"))) {
        err << Cli::tr("--year geldt hier niet: trend toont elk jaar, compare de jaren van --from en --to.") << '\n';
        return UsageError;
    }
    QString error;
    if (!options.read(parser, &error)) {
        err << error << '\n';
        return UsageError;
    }
    return std::nullopt;
}

AnalysisSettings settingsOf(const AnalysisOptions &options)
{
    return AnalysisSettings{options.preset.criteria, options.industries, options.preset.persistence};
}

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject standingToJson(const YearStanding &s, const std::vector<QString> &stepKeys)
{
    QJsonObject values;
    for (size_t i = 0; i < stepKeys.size() && i < s.values.size(); ++i)
        values.insert(stepKeys[i], number(s.values[i]));
    QJsonObject object{{QStringLiteral("year"), s.year},
                       {QStringLiteral("imported"), s.imported},
                       {QStringLiteral("stage"), s.imported ? QJsonValue(s.stage) : QJsonValue::Null},
                       {QStringLiteral("values"), values}};
    if (!s.stoppedAt.isEmpty()) {
        object.insert(QStringLiteral("stopped_at"), s.stoppedAt);
        object.insert(QStringLiteral("undetermined"), s.undetermined);
    }
    return object;
}

QJsonArray codes(const std::vector<QString> &hs6)
{
    QJsonArray array;
    for (const QString &code : hs6)
        array.append(code);
    return array;
}

// "2021 is in HS2017 gecodeerd, 2022 in HS2022"
QString revisionsOf(int from, int to, const YearComparison &c)
{
    return Cli::tr("%1 is in %2 gecodeerd, %3 in %4")
        .arg(from)
        .arg(hsRevisionName(c.fromRevision))
        .arg(to)
        .arg(hsRevisionName(c.toRevision));
}

// "1:1", "n:1", "1:n", "n:n"; "0:1" or "1:0" for a code the tables do not know (matched with nothing).
QString kindText(const HsGroup &group)
{
    if (group.fromCodes.empty() || group.toCodes.empty())
        return group.fromCodes.empty() ? QStringLiteral("0:1") : QStringLiteral("1:0");
    switch (group.kind()) {
    case HsGroup::Kind::OneToOne:
        return QStringLiteral("1:1");
    case HsGroup::Kind::Merge:
        return QStringLiteral("n:1");
    case HsGroup::Kind::Split:
        return QStringLiteral("1:n");
    case HsGroup::Kind::ManyToMany:
        break;
    }
    return QStringLiteral("n:n");
}

// A correlation group: its codes under each revision's name ("hs2017": [...], "hs2022": [...]),
// its kind from `from` to `to`, the codes after the last step in each year, and readable labels.
QJsonObject groupToJson(const GroupChange &change, const YearComparison &c)
{
    const QString fromKey = hsRevisionName(c.fromRevision).toLower(), toKey = hsRevisionName(c.toRevision).toLower();
    return QJsonObject{{fromKey, codes(change.group.fromCodes)},
                       {toKey, codes(change.group.toCodes)},
                       {QStringLiteral("kind"), kindText(change.group)},
                       {QStringLiteral("after_last_step"),
                        QJsonObject{{fromKey, codes(change.fromFinal)}, {toKey, codes(change.toFinal)}}},
                       {QStringLiteral("labels"), QJsonArray::fromStringList(HsGroupLabels::of(change, c))}};
}

QJsonArray groupsToJson(const YearComparison &c, GroupChange::Status status)
{
    QJsonArray array;
    for (const GroupChange &change : c.groups) {
        if (change.status == status)
            array.append(groupToJson(change, c));
    }
    return array;
}

std::optional<int> yearOption(const QCommandLineParser &parser, const QString &name, QTextStream &err)
{
    bool ok = false;
    const int year = parser.value(name).toInt(&ok);
    if (!parser.isSet(name) || !ok || !isTradeYear(year)) {
        err << Cli::tr("--%1 verwacht een jaartal, niet \"%2\".").arg(name, parser.value(name)) << '\n';
        return std::nullopt;
    }
    return year;
}

} // namespace

QString TrendCommand::summary() const
{
    return Cli::tr("De trechter voor elk jaar van de gegevensset (tabel of --json).");
}

int TrendCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    AnalysisOptions::addTo(parser);
    parser.addOption({QStringLiteral("json"), Cli::tr("Uitvoer als één JSON-object.")});
    AnalysisOptions options;
    if (const std::optional<int> code = readOptions(parser, arguments, options, out, err))
        return *code;
    std::shared_ptr<Store> store;
    if (const int code = openAnalysisStore(options, store, err); code != Ok)
        return code;
    QString error;
    const AnalysisSettings settings = settingsOf(options);
    const std::optional<std::vector<YearFunnel>> loaded =
        funnelPerYear(store.get(), options.selection, settings, &error);
    if (!loaded) {
        err << error << '\n';
        return DataError;
    }
    // The trend view runs the same funnels on the same statistics (analysis/yeartrend.h).
    std::vector<TrendInput> inputs;
    for (const YearFunnel &year : *loaded)
        inputs.push_back({year.year, &year.statistics});
    const std::vector<TrendYear> years = yearTrend(inputs, settings);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const TrendYear &year : years) {
            QJsonArray funnel;
            for (const FunnelStep &step : year.result.steps) {
                funnel.append(QJsonObject{{QStringLiteral("step"), step.key},
                                          {QStringLiteral("kept"), step.kept},
                                          {QStringLiteral("dropped"), step.dropped},
                                          {QStringLiteral("undetermined"), step.undetermined}});
            }
            array.append(QJsonObject{{QStringLiteral("year"), year.year}, {QStringLiteral("funnel"), funnel}});
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("years"), array}}).toJson());
        return Ok;
    }
    // Steps down, years across: the count kept, with the undetermined in brackets when any.
    const int labelWidth = 64, columnWidth = 12;
    out << Cli::tr("Stap").leftJustified(labelWidth);
    for (const TrendYear &year : years)
        out << QString::number(year.year).rightJustified(columnWidth);
    out << '\n';
    const std::vector<FunnelStep> &steps = years.empty() ? std::vector<FunnelStep>{} : years.front().result.steps;
    for (size_t i = 0; i < steps.size(); ++i) {
        out << QStringLiteral("%1 %2")
                   .arg(i)
                   .arg(i == 0 ? steps[i].label : steps[i].rule)
                   .left(labelWidth - 1)
                   .leftJustified(labelWidth);
        for (const TrendYear &year : years) {
            const FunnelStep &step = year.result.steps[i];
            QString cell = NumberFormat::count(step.kept);
            if (step.undetermined > 0)
                cell += QStringLiteral(" (%1)").arg(NumberFormat::count(step.undetermined));
            out << cell.rightJustified(columnWidth);
        }
        out << '\n';
    }
    out << Cli::tr("Tussen haakjes: onbepaald (gegevens ontbreken).") << '\n';
    return Ok;
}

QString CompareCommand::summary() const
{
    return Cli::tr("Twee jaren vergelijken: nieuwe, verdwenen en blijvende producten (tabel of --json).");
}

int CompareCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    AnalysisOptions::addTo(parser);
    parser.addOption({QStringLiteral("from"), Cli::tr("Het eerste jaar."), Cli::tr("jaar")});
    parser.addOption({QStringLiteral("to"), Cli::tr("Het tweede jaar."), Cli::tr("jaar")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Uitvoer als één JSON-object.")});
    AnalysisOptions options;
    if (const std::optional<int> code = readOptions(parser, arguments, options, out, err))
        return *code;
    const std::optional<int> from = yearOption(parser, QStringLiteral("from"), err);
    const std::optional<int> to = from ? yearOption(parser, QStringLiteral("to"), err) : std::nullopt;
    if (!from || !to)
        return UsageError;
    std::shared_ptr<Store> store;
    if (const int code = openAnalysisStore(options, store, err); code != Ok)
        return code;
    const AnalysisSettings settings = settingsOf(options);
    QString error;
    const std::optional<std::vector<YearFunnel>> years =
        funnelOfYears(store.get(), options.selection, settings, {*from, *to}, &error);
    if (!years) {
        err << error << '\n';
        return DataError;
    }
    const YearFunnel &first = years->front(), &second = years->back();
    const YearComparison comparison =
        compareYears({&first.statistics, &first.result, hsRevisionOf(store.get(), first)},
                     {&second.statistics, &second.result, hsRevisionOf(store.get(), second)}, settings);

    if (comparison.matching == CodeMatching::NoTables) {
        err << Cli::tr("Let op: %1, en de meegeleverde correlatietabellen verbinden die versies niet; codes zijn "
                       "vergeleken zoals ze zijn.")
                   .arg(revisionsOf(*from, *to, comparison))
            << '\n';
    }
    const bool byGroup = comparison.matching == CodeMatching::ByGroup;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray changes;
        for (const ProductChange &change : comparison.changes) {
            QJsonObject entry{{QStringLiteral("hs6"), change.hs6},
                              {QStringLiteral("from"), standingToJson(change.from, comparison.stepKeys)},
                              {QStringLiteral("to"), standingToJson(change.to, comparison.stepKeys)},
                              {QStringLiteral("reason"), change.reason}};
            if (byGroup) {
                // Across revisions the other year's standing is of the group's code that came furthest.
                entry.insert(QStringLiteral("from_hs6"),
                             change.from.hs6.isEmpty() ? QJsonValue::Null : QJsonValue(change.from.hs6));
                entry.insert(QStringLiteral("to_hs6"),
                             change.to.hs6.isEmpty() ? QJsonValue::Null : QJsonValue(change.to.hs6));
            }
            changes.append(entry);
        }
        QJsonObject object{
            {QStringLiteral("from"), *from},
            {QStringLiteral("to"), *to},
            {QStringLiteral("new"),
             byGroup ? groupsToJson(comparison, GroupChange::Status::New) : codes(comparison.added)},
            {QStringLiteral("gone"),
             byGroup ? groupsToJson(comparison, GroupChange::Status::Gone) : codes(comparison.gone)},
            {QStringLiteral("persistent"),
             byGroup ? groupsToJson(comparison, GroupChange::Status::Persistent) : codes(comparison.persistent)},
            {QStringLiteral("changes"), changes}};
        if (comparison.matching != CodeMatching::AsCoded) {
            object.insert(QStringLiteral("hs_versions"),
                          QJsonObject{{QStringLiteral("from"), hsRevisionName(comparison.fromRevision)},
                                      {QStringLiteral("to"), hsRevisionName(comparison.toRevision)},
                                      {QStringLiteral("matched"),
                                       byGroup ? QStringLiteral("by_group") : QStringLiteral("as_coded")}});
        }
        out << QString::fromUtf8(QJsonDocument(object).toJson());
        return Ok;
    }
    if (byGroup) {
        out << Cli::tr("%1: producten vergeleken per correlatiegroep (een groep telt mee zodra één van haar "
                       "codes na de laatste stap staat).")
                   .arg(revisionsOf(*from, *to, comparison))
            << '\n';
    }
    out << Cli::tr("Na de laatste stap, %1 → %2: %3 nieuw, %4 verdwenen, %5 gebleven.")
               .arg(*from)
               .arg(*to)
               .arg(comparison.added.size())
               .arg(comparison.gone.size())
               .arg(comparison.persistent.size())
        << '\n';
    for (const ProductChange &change : comparison.changes) {
        const bool added = std::binary_search(comparison.added.begin(), comparison.added.end(), change.hs6);
        const int outYear = added ? *from : *to;
        // Across revisions the year it is out may have the group under another code: name it.
        const QString outCode = added ? change.from.hs6 : change.to.hs6;
        const QString when = byGroup && !outCode.isEmpty() && outCode != change.hs6
                                 ? QStringLiteral("%1 (%2)").arg(outYear).arg(outCode)
                                 : QString::number(outYear);
        QString why = Cli::tr("in %1 niet ingevoerd").arg(when);
        for (const FunnelStep &step : second.result.steps) {
            if (step.key == change.reason)
                why = Cli::tr("in %1 niet voldaan: %2").arg(when, step.label);
        }
        out << "  " << change.hs6 << "  " << (added ? Cli::tr("nieuw") : Cli::tr("verdwenen")) << "  (" << why << ")";
        if (byGroup && change.group >= 0) {
            const GroupChange &group = comparison.groups[size_t(change.group)];
            if (group.group.kind() != HsGroup::Kind::OneToOne || group.group.fromCodes != group.group.toCodes)
                out << "  "
                    << Cli::tr("groep %1 (%2)")
                           .arg(HsGroupLabels::of(group, comparison).join(QStringLiteral("; ")), kindText(group.group));
        }
        out << '\n';
    }
    return Ok;
}

} // namespace herkomst::cli
