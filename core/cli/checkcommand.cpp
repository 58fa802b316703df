#include "cli/checkcommand.h"

#include "domain/numberformat.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace herkomst::cli {

QString CheckCommand::summary() const
{
    return tr("Een database volledig controleren op beschadiging (SQLite integrity_check).");
}

int CheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), tr("Database (SQLite); standaard de eigen database van Herkomst."), tr("bestand")});
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err))
        return *code;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Store::defaultPath();
    const QString file = QDir::toNativeSeparators(path);

    // Opened without the quick check on opening, so that a damaged store gets the full report.
    Store store;
    StoreError error;
    if (!store.open(path, Store::Mode::Inspect, &error)) {
        err << error.message() << '\n';
        return DataError;
    }
    const std::optional<QStringList> findings = store.check(Store::Check::Full, &error);
    if (!findings) {
        err << error.message() << '\n';
        return DataError;
    }
    if (!findings->isEmpty()) {
        err << tr("De database %1 is beschadigd. SQLite meldt:").arg(file) << '\n';
        for (const QString &finding : *findings)
            err << "  " << finding << '\n';
        err << tr("Herkomst analyseert deze database niet. Importeer de bronbestanden opnieuw in een nieuwe "
                  "database, of zet een reservekopie terug.")
            << '\n';
        return DataError;
    }
    out << tr("De database %1 is in orde: schemaversie %2, %3 gegevenssets; SQLite integrity_check: ok.")
               .arg(file)
               .arg(store.schemaVersion())
               .arg(NumberFormat::count(qint64(store.dataSets().size())))
        << '\n';
    return Ok;
}

} // namespace herkomst::cli
