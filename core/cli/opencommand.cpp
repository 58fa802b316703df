#include "cli/opencommand.h"

#include "cli/analysecommand.h"
#include "cli/analysisoptions.h"
#include "session/savedanalysis.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace herkomst::cli {

// The name a saved analysis's criteria go by when they equal no built-in preset.
static const char *const kCustomPresetName = QT_TRANSLATE_NOOP("Preset", "Eigen instelling");

AnalysisOptions analysisOptions(const SavedAnalysis &analysis)
{
    AnalysisOptions options;
    options.storePath = analysis.storePath;
    options.selection = analysis.state.selection;
    if (!analysis.storePath.isEmpty() && !analysis.dataSetName.isEmpty())
        options.selection.dataSet = analysis.dataSetName;
    // Named as the file names it, as analyse names the preset its options started from.
    const QString key = analysis.presetKey.isEmpty() ? analysis.state.presetKey() : analysis.presetKey;
    if (const Preset *preset = findPreset(key))
        options.preset = *preset;
    else
        options.preset.name = QLatin1String(kCustomPresetName);
    options.preset.key = key;
    options.preset.criteria = analysis.state.criteria;
    options.preset.persistence = analysis.state.persistence;
    options.industries = analysis.state.industries;
    return options;
}

QString OpenCommand::summary() const
{
    return Cli::tr("Opgeslagen analyse (.herkomst) opnieuw draaien, met dezelfde uitvoer als analyse.");
}

int OpenCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bestand"), Cli::tr("De opgeslagen analyse (.herkomst)."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Uitvoer als één JSON-object.")});
    parser.addOption({QStringLiteral("db"),
                      Cli::tr("Andere database dan die in de analyse staat (bijv. na verhuizen)."),
                      Cli::tr("bestand")});
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err, true))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        err << Cli::tr("Geef precies één analysebestand: herkomst-cli open BESTAND.herkomst [--json]") << '\n';
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
            err << Cli::tr("Database %1 van deze analyse bestaat niet; geef een andere met --db.")
                       .arg(analysis->storePath)
                << '\n';
            return DataError;
        }
    }
    // The saved analysis runs as it is: the same preparation and printing as "analyse", on the
    // store its data set was checked in.
    const AnalysisOptions options = analysisOptions(*analysis);
    PreparedAnalysis prepared;
    if (!analysis->storePath.isEmpty()) {
        prepared.store = std::make_shared<Store>();
        StoreError storeError;
        if (!prepared.store->open(analysis->storePath, Store::Mode::ReadOnly, &storeError)) {
            err << storeError.message() << '\n';
            return DataError;
        }
        if (const QString problem = checkAgainstStore(*analysis, prepared.store.get()); !problem.isEmpty()) {
            err << problem << '\n';
            return DataError;
        }
    }
    if (const int code = prepareAnalysis(options, prepared, err); code != Ok)
        return code;
    printAnalysis(prepared, options, parser.isSet(QStringLiteral("json")), out);
    return Ok;
}

} // namespace herkomst::cli
