#include "cli/clicommand.h"

#include "cli/analysecommand.h"
#include "cli/checkcommand.h"
#include "cli/datasetscommand.h"
#include "cli/democommand.h"
#include "cli/importcommand.h"
#include "cli/opencommand.h"
#include "cli/sensitivitycommand.h"
#include "cli/servicesimportcommand.h"
#include "cli/table1command.h"
#include "cli/yearcommands.h"

#include "domain/language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace herkomst::cli {

namespace {

// Takes --lang X and --lang=X out of the arguments; empty when not given.
QString takeLanguage(QStringList &arguments, bool *missingValue)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size();) {
        if (arguments[i] == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size()) {
                *missingValue = true;
                arguments.removeAt(i);
                continue;
            }
            language = arguments[i + 1];
            arguments.remove(i, 2);
        } else if (arguments[i].startsWith(QLatin1String("--lang="))) {
            language = arguments[i].mid(7);
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return language;
}

} // namespace

CliRunner::CliRunner() = default;

void CliRunner::add(std::unique_ptr<CliCommand> command)
{
    mCommands.push_back(std::move(command));
}

void CliRunner::printUsage(QTextStream &stream) const
{
    stream << Cli::tr("Gebruik: herkomst-cli <opdracht> [opties]") << '\n' << Cli::tr("Opdrachten:") << '\n';
    for (const auto &command : mCommands)
        stream << "  " << command->name().leftJustified(10) << ' ' << command->summary() << '\n';
    stream << Cli::tr("Hulp bij een opdracht: herkomst-cli <opdracht> --help") << '\n'
           << Cli::tr("Taal: --lang nl of --lang en (standaard de taal van de omgeving, LANG)") << '\n';
}

int CliRunner::run(const QStringList &given, QTextStream &out, QTextStream &err)
{
    QStringList arguments = given;
    bool missingValue = false;
    const QString requested = takeLanguage(arguments, &missingValue);
    const QString language = requested.isEmpty() ? Language::fromEnvironment() : requested;
    if (!requested.isEmpty() && !Language::available().contains(requested.toLower())) {
        err << Cli::tr("Onbekende taal \"%1\"; kies %2.")
                   .arg(requested, Language::available().join(QStringLiteral(" of ")))
            << '\n';
        return UsageError;
    }
    if (missingValue) {
        err << Cli::tr("--lang verwacht een taal: nl of en.") << '\n';
        return UsageError;
    }
    if (!Language::install(language))
        err << Cli::tr("De vertaling voor %1 ontbreekt; de uitvoer blijft Nederlands.").arg(language) << '\n';
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h")) {
        printUsage(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? UsageError : Ok;
    }
    if (arguments[1] == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    for (const auto &command : mCommands) {
        if (command->name() == arguments[1]) {
            QStringList rest = arguments;
            rest[0] = arguments[0] + QLatin1Char(' ') + arguments[1];
            rest.removeAt(1);
            return command->run(rest, out, err);
        }
    }
    err << Cli::tr("Onbekende opdracht \"%1\".").arg(arguments[1]) << '\n';
    printUsage(err);
    return UsageError;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err, bool allowPositional)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (!allowPositional && !parser.positionalArguments().isEmpty()) {
        err << Cli::tr("Onverwacht argument: %1").arg(parser.positionalArguments().first()) << '\n';
        return UsageError;
    }
    return std::nullopt;
}

void addCoreCommands(CliRunner &runner)
{
    runner.add(std::make_unique<AnalyseCommand>());
    runner.add(std::make_unique<DataSetsCommand>());
    runner.add(std::make_unique<DemoCommand>());
    runner.add(std::make_unique<OpenCommand>());
    runner.add(std::make_unique<ImportCommand>());
    runner.add(std::make_unique<CheckCommand>());
    runner.add(std::make_unique<SensitivityCommand>());
    runner.add(std::make_unique<Table1Command>());
    runner.add(std::make_unique<ServicesImportCommand>());
    runner.add(std::make_unique<TrendCommand>());
    runner.add(std::make_unique<CompareCommand>());
}

} // namespace herkomst::cli
