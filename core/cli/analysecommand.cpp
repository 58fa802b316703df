#include "cli/analysecommand.h"

#include "analysis/analysiswarnings.h"
#include "cli/analysisoptions.h"
#include "cli/resultjson.h"
#include "countries/countryregistry.h"
#include "countries/eucomposition.h"
#include "domain/industryname.h"
#include "domain/numberformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>

namespace herkomst::cli {

namespace {

void printTable(const PreparedAnalysis &analysis, const AnalysisOptions &options, QTextStream &out)
{
    const TradeData &data = *analysis.statistics.primary.data;
    out << Cli::tr("Gegevens: %1").arg(data.dataSetName);
    if (data.synthetic)
        out << ' ' << Cli::tr("[SYNTHETISCHE DEMODATA, geen echte cijfers]");
    out << '\n'
        << Cli::tr("Rapporteur %1, jaar %2, %3; criteria: %4")
               .arg(data.reporter)
               .arg(data.year)
               .arg(euCompositionName(analysis.statistics.primary.euComposition), options.preset.displayName())
        << '\n';
    if (!options.industries.isEmpty())
        out << Cli::tr("Bedrijfstakken: %1").arg(industryNames(options.industries)) << '\n';
    for (const AnalysisWarning &warning : analysisWarnings(analysis.statistics, analysis.settings))
        out << Cli::tr("Let op: %1").arg(warning.message) << '\n';
    out << '\n';

    const int labelWidth = 58;
    // Each column at least as wide as its header in the language spoken, plus a space.
    const QString headers[] = {Cli::tr("Over"), Cli::tr("Afgevallen"), Cli::tr("Onbepaald")};
    const int widths[] = {std::max(8, int(headers[0].size()) + 2), std::max(12, int(headers[1].size()) + 2),
                          std::max(11, int(headers[2].size()) + 2)};
    out << Cli::tr("Stap").leftJustified(labelWidth) << headers[0].rightJustified(widths[0])
        << headers[1].rightJustified(widths[1]) << headers[2].rightJustified(widths[2]) << '\n';
    for (size_t i = 0; i < analysis.result.steps.size(); ++i) {
        const FunnelStep &step = analysis.result.steps[i];
        const QString label = QStringLiteral("%1 %2").arg(i).arg(i == 0 ? step.label : step.rule);
        out << label.leftJustified(labelWidth) << NumberFormat::count(step.kept).rightJustified(widths[0]);
        if (i > 0)
            out << NumberFormat::count(step.dropped).rightJustified(widths[1])
                << NumberFormat::count(step.undetermined).rightJustified(widths[2]);
        out << '\n';
    }
    out << '\n' << Cli::tr("Overgebleven producten per grootste niet-EU-leverancier:") << '\n';
    for (const SupplierGroup &g : analysis.result.bySupplier) {
        out << "  " << CountryRegistry::instance().name(g.iso3).leftJustified(30)
            << NumberFormat::count(g.count).rightJustified(6) << "  "
            << Cli::tr("%1 mln %2").arg(NumberFormat::millions(g.importValue), data.currency) << '\n';
    }
}

} // namespace

void printAnalysis(const PreparedAnalysis &analysis, const AnalysisOptions &options, bool json, QTextStream &out)
{
    if (!json) {
        printTable(analysis, options, out);
        return;
    }
    const QJsonObject object =
        analysisToJson(analysis.statistics, analysis.result, analysis.settings, options.preset.key);
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString AnalyseCommand::summary() const
{
    return Cli::tr("Trechteranalyse draaien en tonen (tabel of --json).");
}

int AnalyseCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    AnalysisOptions::addTo(parser);
    parser.addOption({QStringLiteral("json"), Cli::tr("Uitvoer als één JSON-object.")});
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err))
        return *code;
    AnalysisOptions options;
    QString error;
    if (!options.read(parser, &error)) {
        err << error << '\n';
        return UsageError;
    }
    PreparedAnalysis analysis;
    if (const int code = prepareAnalysis(options, analysis, err); code != Ok)
        return code;

    printAnalysis(analysis, options, parser.isSet(QStringLiteral("json")), out);
    return Ok;
}

} // namespace herkomst::cli
