#include "cli/datasetscommand.h"

#include "domain/numberformat.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace herkomst::cli {

QString DataSetsCommand::summary() const
{
    return tr("Gegevenssets in een database tonen, met herkomst, jaren en aantallen rijen.");
}

int DataSetsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), tr("Database (SQLite); standaard de eigen database van Herkomst."), tr("bestand")});
    if (const std::optional<int> code = parseArguments(parser, arguments, out, err))
        return *code;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Store::defaultPath();
    if (!QFileInfo::exists(path)) {
        err << tr("Database %1 bestaat niet.").arg(path) << '\n';
        return DataError;
    }
    Store store;
    StoreError error;
    if (!store.open(path, Store::Mode::ReadOnly, &error)) {
        err << error.message() << '\n';
        return DataError;
    }
    const std::vector<DataSetInfo> sets = store.dataSets();
    if (sets.empty()) {
        out << tr("Geen gegevenssets in %1.").arg(path) << '\n';
        return Ok;
    }
    for (const DataSetInfo &info : sets) {
        out << info.name;
        if (info.synthetic)
            out << ' ' << tr("[synthetisch]");
        out << '\n'
            << "  "
            << tr("bron: %1; valuta: %2 (%3); geïmporteerd: %4")
                   .arg(info.source, info.currency, info.unitNote,
                        info.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            << '\n';
        // "Opgeslagen" is what the import summary calls it too: the trade rows the data set holds.
        qint64 stored = 0;
        for (const DataSetSlice &slice : info.slices)
            stored += slice.importRows + slice.exportRows + slice.worldExportRows + slice.worldHhiRows;
        out << "  " << tr("opgeslagen: %1 rijen").arg(NumberFormat::count(stored)) << '\n';
        if (!info.hsRevisions.empty()) {
            QStringList revisions;
            for (const auto &[year, revision] : info.hsRevisions)
                revisions << QStringLiteral("%1 %2").arg(year).arg(hsRevisionName(revision));
            out << "  " << tr("HS-versie per jaar: %1").arg(revisions.join(QStringLiteral(", "))) << '\n';
        }
        for (const DataSetFile &file : info.files) {
            out << "  "
                << tr("bestand: %1 (sha256 %2…; %3 rijen gelezen, %4 gebruikt, %5 geweigerd)")
                       .arg(file.fileName, file.sha256.left(12), NumberFormat::count(file.rowsRead),
                            NumberFormat::count(file.rowsStored), NumberFormat::count(file.rowsRejected))
                << '\n';
        }
        for (const DataSetSlice &slice : info.slices) {
            const QString who = slice.reporter.isEmpty() ? tr("wereld") : slice.reporter;
            out << "  "
                << tr("%1 %2: invoer %3, uitvoer %4, wereldexport %5, wereld-HHI %6 rijen")
                       .arg(who)
                       .arg(slice.year)
                       .arg(NumberFormat::count(slice.importRows), NumberFormat::count(slice.exportRows),
                            NumberFormat::count(slice.worldExportRows), NumberFormat::count(slice.worldHhiRows))
                << '\n';
        }
    }
    return Ok;
}

} // namespace herkomst::cli
