#include "cli/servicesimportcommand.h"

#include "import/servicestablereader.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace herkomst::cli {

QString ServicesImportCommand::summary() const
{
    return tr("Diensteninvoer per partner importeren (CBS StatLine, CSV of XLSX) voor tabel 1.");
}

int ServicesImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), tr("Database (SQLite); wordt aangemaakt als die er niet is."), tr("bestand")});
    parser.addOption(
        {QStringLiteral("name"), tr("Naam van de nieuwe gegevensset (standaard de bestandsnaam)."), tr("naam")});
    parser.addOption({QStringLiteral("reporter"), tr("Rapporterend land van de tabel (ISO3), standaard NLD."),
                      tr("iso3"), QStringLiteral("NLD")});
    parser.addPositionalArgument(QStringLiteral("bestand"), tr("De tabel met diensteninvoer per partner."));
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err, true))
        return *code;
    if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().size() != 1) {
        err << tr("Geef een database met --db en precies één bestand.") << '\n';
        return UsageError;
    }
    io::SourceError sourceError;
    const std::optional<ServicesDataSet> set = ServicesTableReader::read(
        parser.positionalArguments().constFirst(), parser.value(QStringLiteral("reporter")).trimmed().toUpper(),
        parser.value(QStringLiteral("name")), &sourceError);
    if (!set) {
        err << sourceError.toString() << '\n';
        return DataError;
    }
    Store store;
    StoreError storeError;
    if (!store.open(parser.value(QStringLiteral("db")), Store::Mode::ReadWrite, &storeError)) {
        err << storeError.message() << '\n';
        return DataError;
    }
    QString error;
    if (!writeServicesDataSet(store, *set, &error)) {
        err << error << '\n';
        return DataError;
    }
    const ServicesTableReader::Contents contents = ServicesTableReader::contents(set->values);
    out << tr("Diensten geïmporteerd als \"%1\": %2 waarden, %3 partners, %4 jaren.")
               .arg(set->name)
               .arg(set->values.size())
               .arg(contents.partners)
               .arg(contents.years.size())
        << '\n';
    return Ok;
}

} // namespace herkomst::cli
