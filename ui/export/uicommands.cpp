#include "export/uicommands.h"

#include "export/exportcommand.h"
#include "export/reportcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace herkomst::ui {

namespace {

class UiCommandText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void addUiCommands(cli::CliRunner &runner)
{
    runner.add(std::make_unique<ExportCommand>());
    runner.add(std::make_unique<ReportCommand>());
}

int parseAndPrepare(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err,
                    cli::AnalysisOptions &options, cli::PreparedAnalysis &analysis)
{
    if (const int code = parseOptions(parser, arguments, out, err, options); code >= 0)
        return code;
    if (const int code = cli::prepareAnalysis(options, analysis, err); code != cli::Ok)
        return code;
    return -1;
}

int parseOptions(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err,
                 cli::AnalysisOptions &options)
{
    parser.addHelpOption();
    cli::AnalysisOptions::addTo(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return cli::UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return cli::Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << UiCommandText::tr("Onverwacht argument: %1").arg(parser.positionalArguments().first()) << '\n';
        return cli::UsageError;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        err << UiCommandText::tr("Geef met --out het bestand op dat gemaakt moet worden.") << '\n';
        return cli::UsageError;
    }
    QString error;
    if (!options.read(parser, &error)) {
        err << error << '\n';
        return cli::UsageError;
    }
    return -1;
}

QString outputFormat(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    return format.isEmpty() ? QFileInfo(parser.value(QStringLiteral("out"))).suffix().toLower() : format;
}

} // namespace herkomst::ui

namespace herkomst::ui {

void addUnitOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("unit"),
                      UiCommandText::tr("Eenheid van invoerwaarden: mln (mln euro, standaard) of thousand (x 1.000 "
                                        "euro)."),
                      UiCommandText::tr("eenheid"), QStringLiteral("mln")});
}

bool readUnitOption(const QCommandLineParser &parser, ValueUnit *unit, QTextStream &err)
{
    if (valueUnitFromKey(parser.value(QStringLiteral("unit")), unit))
        return true;
    err << UiCommandText::tr("--unit kent mln en thousand, niet \"%1\".").arg(parser.value(QStringLiteral("unit")))
        << '\n';
    return false;
}

} // namespace herkomst::ui
