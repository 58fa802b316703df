#include "cli/importcommand.h"

#include "import/importerregistry.h"
#include "import/importprogress.h"
#include "import/tradeperiod.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTextStream>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#define HERKOMST_ISATTY(fd) _isatty(fd)
#define HERKOMST_FILENO(f) _fileno(f)
#else
#include <unistd.h>
#define HERKOMST_ISATTY(fd) isatty(fd)
#define HERKOMST_FILENO(f) fileno(f)
#endif

namespace herkomst::cli {

namespace {

// Ctrl-C cancels the import cleanly (rollback) instead of killing it.
std::atomic<ImportProgress *> interruptTarget{nullptr};

extern "C" void onInterrupt(int)
{
    if (ImportProgress *progress = interruptTarget.load())
        progress->cancel();
}

// The formats the registry knows, so help and messages never lag behind a new importer.
QString formatKeys()
{
    QStringList keys;
    for (const std::unique_ptr<Importer> &importer : createImporters())
        keys << importer->key();
    return keys.join(QStringLiteral(", "));
}

// One line per format: its key and what it reads.
QString formatList()
{
    QStringList lines;
    for (const std::unique_ptr<Importer> &importer : createImporters())
        lines << QStringLiteral("  %1  %2").arg(importer->key().leftJustified(9), importer->displayName());
    return lines.join(QLatin1Char('\n'));
}

// What the user can do about a failed import, in the command line's terms.
QString remedyText(ImportReport::Remedy remedy)
{
    switch (remedy) {
    case ImportReport::Remedy::None:
        break;
    case ImportReport::Remedy::MapOrSkipCountries:
        return ImportCommand::tr(
            "Gebruik een Nederlandse of Engelse landnaam of ISO-code, leg een alias vast in het importvenster "
            "van Herkomst, of importeer met --skip-unmatched om deze regels over te slaan.");
    case ImportReport::Remedy::AllowDuplicate:
        return ImportCommand::tr("Verwijder die gegevensset eerst, of importeer opnieuw met --allow-duplicate.");
    case ImportReport::Remedy::ChooseName:
        return ImportCommand::tr("Kies een (andere) naam met --name.");
    case ImportReport::Remedy::GiveYear:
        return ImportCommand::tr("Geef het jaar op met --year.");
    case ImportReport::Remedy::GiveCountryCodes:
        return ImportCommand::tr("Geef het bestand met BACI-landcodes op met --countries.");
    case ImportReport::Remedy::ChooseReporter:
        return ImportCommand::tr("Kies een rapporterend land dat in het bestand staat met --reporter.");
    }
    return {};
}

} // namespace

QString ImportCommand::summary() const
{
    QStringList names;
    for (const std::unique_ptr<Importer> &importer : createImporters())
        names << importer->key();
    return tr("Handelsgegevens importeren in een database (%1).").arg(names.join(QStringLiteral(", ")));
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QStringLiteral("\n\n") + tr("Formaten:") + QLatin1Char('\n') + formatList() +
        QStringLiteral("\n\n") +
        tr("Bestanden mogen ook komen zoals ze gedownload zijn: als zip, 7z, gz of tar.gz (een BACI-zip met al "
           "zijn jaren en codelijsten)."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), tr("Database (SQLite); wordt aangemaakt als die er niet is."), tr("bestand")});
    parser.addOption({QStringLiteral("format"), tr("%1 of auto (standaard).").arg(formatKeys()), tr("formaat"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("name"), tr("Naam van de nieuwe gegevensset."), tr("naam")});
    parser.addOption({QStringLiteral("year"), tr("Jaar; standaard uit de gegevens."), tr("jaar")});
    parser.addOption({QStringLiteral("reporter"),
                      tr("Rapporterend land (ISO3), herhaalbaar; all voor elk land in het bestand; EU27 of EU28 "
                         "voor de EU als één rapporteur (invoer van buiten de EU, handel binnen de EU apart); "
                         "standaard NLD."),
                      tr("iso3")});
    parser.addOption({QStringLiteral("countries"), tr("BACI-landcodes (country_codes_V*.csv)."), tr("bestand")});
    parser.addOption({QStringLiteral("products"), tr("BACI-productcodes (product_codes_HS*_V*.csv)."), tr("bestand")});
    parser.addOption({QStringLiteral("skip-unmatched"), tr("Regels met een onbekend land overslaan (en melden) in "
                                                           "plaats van de import te weigeren.")});
    parser.addOption(
        {QStringLiteral("allow-duplicate"), tr("Een bestand dat al geïmporteerd is toch opnieuw importeren.")});
    parser.addOption({QStringLiteral("rejects"), tr("Afgewezen en overgeslagen regels naar dit CSV-bestand schrijven."),
                      tr("bestand")});
    parser.addOption({QStringLiteral("threads"), tr("Aantal threads voor BACI (standaard 2)."), tr("aantal")});
    parser.addPositionalArgument(QStringLiteral("bestanden"), tr("De te importeren bestanden."), tr("BESTAND..."));
    if (const std::optional<int> exit = parseArguments(parser, arguments, out, err, true))
        return *exit;
    if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().isEmpty()) {
        err << tr("--db en minstens één bestand zijn verplicht.") << '\n' << parser.helpText();
        return UsageError;
    }

    ImportRequest request;
    request.files = parser.positionalArguments();
    request.dataSetName = parser.value(QStringLiteral("name")).trimmed();
    request.countriesFile = parser.value(QStringLiteral("countries"));
    request.productsFile = parser.value(QStringLiteral("products"));
    request.skipUnmatchedCountries = parser.isSet(QStringLiteral("skip-unmatched"));
    request.allowDuplicateFiles = parser.isSet(QStringLiteral("allow-duplicate"));
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        request.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || !isTradeYear(request.year)) {
            err << tr("--year verwacht een jaartal, niet \"%1\".").arg(parser.value(QStringLiteral("year"))) << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        request.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || request.threads < 1 || request.threads > 8) {
            err << tr("--threads verwacht 1 tot 8.") << '\n';
            return UsageError;
        }
    }
    for (const QString &reporter : parser.values(QStringLiteral("reporter")))
        request.reporters << reporter.trimmed().toUpper();
    if (request.reporters.contains(QLatin1String("ALL")) && request.reporters.size() > 1) {
        err << tr("--reporter all gaat niet samen met andere landen.") << '\n';
        return UsageError;
    }

    const QString format = parser.value(QStringLiteral("format")).toLower();
    std::unique_ptr<Importer> importer =
        format == QLatin1String("auto") ? detectImporter(request.files) : createImporter(format);
    if (!importer) {
        err << (format == QLatin1String("auto")
                    ? tr("Het formaat van de bestanden is niet herkend; kies --format %1.").arg(formatKeys())
                    : tr("Onbekend formaat \"%1\"; kies %2 of auto.").arg(format, formatKeys()))
            << '\n'
            << tr("Formaten:") << '\n'
            << formatList() << '\n';
        return UsageError;
    }

    // The rejects file is opened before anything is read: an unwritable path fails at once and
    // nothing is imported. It is written (atomically) after the import.
    std::optional<QSaveFile> rejects;
    if (parser.isSet(QStringLiteral("rejects"))) {
        rejects.emplace(parser.value(QStringLiteral("rejects")));
        if (!rejects->open(QIODevice::WriteOnly)) {
            err << tr("Kan %1 niet schrijven: %2").arg(rejects->fileName(), rejects->errorString()) << '\n'
                << tr("Er is niets geïmporteerd.") << '\n';
            return DataError;
        }
    }

    Store store;
    QString error;
    if (!store.open(parser.value(QStringLiteral("db")), &error)) {
        err << error << '\n';
        return DataError;
    }

    // Progress only on a terminal: logs and pipes get the summary alone.
    const bool terminal = HERKOMST_ISATTY(HERKOMST_FILENO(stderr));
    QElapsedTimer shown;
    shown.start();
    int lastPercent = -1;
    ImportProgress progress([&](double fraction, const QString &message) {
        const int percent = int(fraction * 100.0);
        if (!terminal || (percent == lastPercent && shown.elapsed() < 500))
            return;
        lastPercent = percent;
        shown.restart();
        err << '\r' << QStringLiteral("%1 % ").arg(percent, 3) << message.left(60).leftJustified(60) << Qt::flush;
    });
    interruptTarget = &progress;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    const ImportReport report = importer->run(store, request, progress);
    std::signal(SIGINT, previousHandler);
    interruptTarget = nullptr;
    if (terminal)
        err << '\r' << QString(66, QLatin1Char(' ')) << '\r' << Qt::flush;

    QTextStream &stream = report.ok() ? out : err;
    for (const QString &line : report.summaryLines())
        stream << line << '\n';
    if (!report.ok() && report.remedy != ImportReport::Remedy::None)
        stream << remedyText(report.remedy) << '\n';
    int shownIssues = 0;
    for (const ImportIssue &issue : report.issues) {
        if (issue.kind == ImportIssue::Kind::Rejected && ++shownIssues <= 20)
            stream << "  " << issue.where.toString() << '\n';
    }
    if (rejects) {
        rejects->write(report.issuesCsv());
        if (!rejects->commit()) {
            err << tr("Kan %1 niet schrijven: %2").arg(rejects->fileName(), rejects->errorString()) << '\n';
            return DataError;
        }
    }
    return report.ok() ? Ok : DataError;
}

} // namespace herkomst::cli
