#include "cli/democommand.h"

#include "demo/demodata.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace herkomst::cli {

QString DemoCommand::summary() const
{
    return Cli::tr("De synthetische demodata in een database schrijven.");
}

int DemoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), Cli::tr("Database (SQLite); wordt aangemaakt als die er niet is."), Cli::tr("bestand")});
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err))
        return *code;
    if (!parser.isSet(QStringLiteral("db"))) {
        err << Cli::tr("--db is verplicht.") << '\n';
        return UsageError;
    }
    Store store;
    QString error;
    if (!store.open(parser.value(QStringLiteral("db")), &error) || !demo::writeToStore(store, &error)) {
        err << error << '\n';
        return DataError;
    }
    out << Cli::tr("Gegevensset \"%1\" geschreven naar %2 (synthetisch).").arg(demo::dataSetName(), store.path())
        << '\n';
    return Ok;
}

} // namespace herkomst::cli
