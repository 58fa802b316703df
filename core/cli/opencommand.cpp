#include "cli/opencommand.h"

#include "cli/analysecommand.h"
#include "cli/analysisoptions.h"
#include "session/savedanalysis.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace herkomst::cli {

namespace {

// The --set settings that turn a preset's criteria into the saved ones; false when thresholds
// and on/off are not enough (another order, metric, comparison or year window).
bool thresholdSettings(const Preset &preset, const std::vector<Criterion> &saved, QStringList &settings)
{
    if (preset.criteria.size() != saved.size())
        return false;
    std::vector<Criterion> applied = preset.criteria;
    for (size_t i = 0; i < saved.size(); ++i) {
        const Criterion &want = saved[i];
        if (applied[i].stepKey != want.stepKey)
            return false;
        QStringList forThis;
        if (applied[i].threshold != want.threshold)
            forThis << QStringLiteral("%1=%2").arg(
                want.stepKey, QString::number(want.threshold, 'g', QLocale::FloatingPointShortest));
        if (!want.enabled)
            forThis << want.stepKey + QStringLiteral("=off");
        else if (!applied[i].enabled && forThis.isEmpty())
            forThis << want.stepKey + QStringLiteral("=on");
        for (const QString &setting : forThis) {
            QString ignored;
            if (!applyThresholdSetting(applied, setting, &ignored))
                return false;
        }
        settings << forThis;
    }
    // Proof rather than trust: the settings must give back exactly the saved criteria.
    return applied == saved;
}

AnalysisOptions analysisOptions(const SavedAnalysis &analysis)
{
    AnalysisOptions options;
    options.storePath = analysis.storePath;
    options.selection = analysis.selection;
    if (!analysis.storePath.isEmpty() && !analysis.dataSetName.isEmpty())
        options.selection.dataSet = analysis.dataSetName;
    if (const Preset *preset = findPreset(analysis.presetKey))
        options.preset = *preset;
    options.preset.key = analysis.presetKey;
    options.preset.criteria = analysis.criteria;
    options.industries = analysis.industries;
    return options;
}

} // namespace

std::optional<QStringList> analyseArguments(const SavedAnalysis &analysis)
{
    const AnalysisOptions options = analysisOptions(analysis);
    QStringList settings;
    const Preset *base = nullptr;
    for (const Preset &candidate : builtInPresets()) {
        const bool named = candidate.key == analysis.presetKey;
        if ((named || !findPreset(analysis.presetKey)) && thresholdSettings(candidate, analysis.criteria, settings)) {
            base = &candidate;
            break;
        }
        settings.clear();
    }
    if (!base)
        return std::nullopt;

    QStringList arguments{QStringLiteral("--preset"), base->key};
    if (!options.storePath.isEmpty())
        arguments << QStringLiteral("--db") << options.storePath;
    if (!options.selection.dataSet.isEmpty())
        arguments << QStringLiteral("--dataset") << options.selection.dataSet;
    arguments << QStringLiteral("--reporter") << options.selection.reporter;
    if (options.selection.year != 0)
        arguments << QStringLiteral("--year") << QString::number(options.selection.year);
    arguments << QStringLiteral("--eu") << euCompositionKey(options.selection.euComposition);
    for (const QString &industry : options.industries)
        arguments << QStringLiteral("--industry") << industry;
    for (const QString &setting : settings)
        arguments << QStringLiteral("--set") << setting;
    return arguments;
}

QString OpenCommand::summary() const
{
    return tr("Opgeslagen analyse (.herkomst) opnieuw draaien, met dezelfde uitvoer als analyse.");
}

int OpenCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bestand"), tr("De opgeslagen analyse (.herkomst)."));
    parser.addOption({QStringLiteral("json"), tr("Uitvoer als één JSON-object.")});
    parser.addOption(
        {QStringLiteral("db"), tr("Andere database dan die in de analyse staat (bijv. na verhuizen)."), tr("bestand")});
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err, true))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        err << tr("Geef precies één analysebestand: herkomst-cli open BESTAND.herkomst [--json]") << '\n';
        return UsageError;
    }

    QString error;
    std::optional<SavedAnalysis> analysis = readSavedAnalysis(parser.positionalArguments().first(), &error);
    if (!analysis) {
        err << error << '\n';
        return DataError;
    }
    if (parser.isSet(QStringLiteral("db")))
        analysis->storePath = parser.value(QStringLiteral("db"));
    if (!analysis->storePath.isEmpty()) {
        if (!QFileInfo::exists(analysis->storePath)) {
            err << tr("Database %1 van deze analyse bestaat niet; geef een andere met --db.").arg(analysis->storePath)
                << '\n';
            return DataError;
        }
        Store store;
        StoreError storeError;
        if (!store.open(analysis->storePath, Store::Mode::ReadOnly, &storeError)) {
            err << storeError.message() << '\n';
            return DataError;
        }
        if (const QString problem = checkAgainstStore(*analysis, &store); !problem.isEmpty()) {
            err << problem << '\n';
            return DataError;
        }
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    if (std::optional<QStringList> equivalent = analyseArguments(*analysis)) {
        equivalent->prepend(QStringLiteral("herkomst-cli analyse"));
        if (json)
            equivalent->append(QStringLiteral("--json"));
        return AnalyseCommand().run(*equivalent, out, err);
    }
    // Criteria that no preset plus --set can express (order, comparison, year window).
    const AnalysisOptions options = analysisOptions(*analysis);
    PreparedAnalysis prepared;
    if (const int code = prepareAnalysis(options, prepared, err); code != Ok)
        return code;
    printAnalysis(prepared, options, json, out);
    return Ok;
}

} // namespace herkomst::cli
