#include "cli/analysisoptions.h"

#include "cli/clicommand.h"
#include "import/tradeperiod.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <cmath>

namespace herkomst::cli {

void AnalysisOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("db"), Cli::tr("Database (SQLite); zonder: de synthetische demodata."), Cli::tr("bestand")});
    parser.addOption({QStringLiteral("dataset"), Cli::tr("Naam van de gegevensset in de database."), Cli::tr("naam")});
    parser.addOption({QStringLiteral("reporter"), Cli::tr("Rapporterend land (ISO3), standaard NLD."), Cli::tr("iso3"),
                      QStringLiteral("NLD")});
    parser.addOption(
        {QStringLiteral("year"), Cli::tr("Jaar; standaard het laatste jaar in de gegevens."), Cli::tr("jaar")});
    parser.addOption({QStringLiteral("preset"), Cli::tr("Criteria: cbs2021 (standaard), ec2021 of geodep."),
                      Cli::tr("naam"), QStringLiteral("cbs2021")});
    parser.addOption({QStringLiteral("set"),
                      Cli::tr("Drempel aanpassen, bijv. supplier_share=0.6 of net_importer=off "
                              "(herhaalbaar)."),
                      Cli::tr("criterium=drempel")});
    parser.addOption({QStringLiteral("eu"), Cli::tr("EU-samenstelling: eu27_2020 (standaard), eu28 of year."),
                      Cli::tr("naam"), QStringLiteral("eu27_2020")});
    parser.addOption({QStringLiteral("industry"), Cli::tr("Alleen deze bedrijfstak (herhaalbaar)."), Cli::tr("naam")});
    parser.addOption({QStringLiteral("persistence"),
                      Cli::tr("Over meerdere jaren: K/N houdt een product dat in ten minste K van de laatste N jaar "
                              "aan de criteria voldoet (bijv. 2/3), off voor één jaar; standaard die van de "
                              "criteriaset."),
                      Cli::tr("K/N")});
}

bool AnalysisOptions::read(const QCommandLineParser &parser, QString *error)
{
    storePath = parser.value(QStringLiteral("db"));
    selection.dataSet = parser.value(QStringLiteral("dataset"));
    selection.reporter = parser.value(QStringLiteral("reporter")).trimmed().toUpper();
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        selection.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || !isTradeYear(selection.year)) { // the years an import accepts, no others
            *error = Cli::tr("--year verwacht een jaartal, niet \"%1\".").arg(parser.value(QStringLiteral("year")));
            return false;
        }
    }
    const std::optional<EuComposition> eu = euCompositionFromKey(parser.value(QStringLiteral("eu")));
    if (!eu) {
        *error = Cli::tr("--eu kent eu27_2020, eu28 en year, niet \"%1\".").arg(parser.value(QStringLiteral("eu")));
        return false;
    }
    selection.euComposition = *eu;
    const Preset *found = findPreset(parser.value(QStringLiteral("preset")));
    if (!found) {
        *error = Cli::tr("Onbekende criteriaset \"%1\"; kies cbs2021, ec2021 of geodep.")
                     .arg(parser.value(QStringLiteral("preset")));
        return false;
    }
    preset = *found;
    for (const QString &setting : parser.values(QStringLiteral("set"))) {
        if (!applyThresholdSetting(preset.criteria, setting, error))
            return false;
    }
    industries = parser.values(QStringLiteral("industry"));
    if (parser.isSet(QStringLiteral("persistence"))) {
        const QString value = parser.value(QStringLiteral("persistence")).trimmed().toLower();
        const QStringList parts = value.split(QLatin1Char('/'));
        bool okK = false, okN = false;
        const int k = parts.size() == 2 ? parts[0].toInt(&okK) : 0;
        const int n = parts.size() == 2 ? parts[1].toInt(&okN) : 0;
        if (value == QLatin1String("off")) {
            preset.persistence = Persistence{};
        } else if (okK && okN && k >= 1 && n >= 1 && k <= n && n <= 50) {
            preset.persistence = Persistence{n, k};
        } else {
            *error = Cli::tr("--persistence verwacht K/N met 1 ≤ K ≤ N ≤ 50 (bijv. 2/3) of off, niet \"%1\".")
                         .arg(parser.value(QStringLiteral("persistence")));
            return false;
        }
    }
    return true;
}

bool applyThresholdSetting(std::vector<Criterion> &criteria, const QString &setting, QString *error)
{
    const int equals = setting.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = Cli::tr("--set verwacht criterium=drempel, niet \"%1\".").arg(setting);
        return false;
    }
    const QString name = setting.left(equals).trimmed();
    QString value = setting.mid(equals + 1).trimmed().toLower();
    Criterion *target = nullptr;
    for (Criterion &c : criteria) {
        if (c.stepKey == name || metricKey(c.metric) == name) {
            target = &c;
            break;
        }
    }
    if (!target) {
        QStringList known;
        for (const Criterion &c : criteria)
            known << c.stepKey << metricKey(c.metric);
        *error = Cli::tr("Criterium \"%1\" komt niet voor in deze criteriaset; bekend: %2")
                     .arg(name, known.join(QStringLiteral(", ")));
        return false;
    }
    if (value == QLatin1String("off") || value == QLatin1String("uit")) {
        target->enabled = false;
        return true;
    }
    if (value == QLatin1String("on") || value == QLatin1String("aan")) {
        target->enabled = true;
        return true;
    }
    const bool percent = value.endsWith(QLatin1Char('%'));
    if (percent)
        value.chop(1);
    value.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    double threshold = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(threshold)) {
        *error = Cli::tr("Drempel voor %1 is geen getal: \"%2\".").arg(name, setting.mid(equals + 1));
        return false;
    }
    if (percent)
        threshold /= 100.0;
    const ThresholdDomain domain = thresholdDomain(target->metric);
    if (checkThreshold(target->metric, threshold) != ThresholdProblem::None) {
        QString message = Cli::tr("Drempel %1 voor %2 ligt buiten het bereik %3 tot en met %4.")
                              .arg(threshold)
                              .arg(name)
                              .arg(domain.lowest)
                              .arg(domain.highest);
        if (metricInfo(target->metric).unit == MetricUnit::Share && !percent && threshold > domain.highest &&
            threshold <= 100.0)
            message += QLatin1Char(' ') + Cli::tr("Een aandeel van 60 % schrijf je als 0.6 of 60%.");
        *error = message;
        return false;
    }
    target->threshold = threshold;
    target->enabled = true;
    return true;
}

int openAnalysisStore(const AnalysisOptions &options, std::shared_ptr<Store> &store, QTextStream &err)
{
    if (store || options.storePath.isEmpty())
        return Ok;
    if (!QFileInfo::exists(options.storePath)) {
        err << Cli::tr("Database %1 bestaat niet.").arg(options.storePath) << '\n';
        return DataError;
    }
    store = std::make_shared<Store>();
    StoreError storeError;
    if (!store->open(options.storePath, Store::Mode::ReadOnly, &storeError)) {
        err << storeError.message() << '\n';
        store.reset();
        return DataError;
    }
    return Ok;
}

int prepareAnalysis(const AnalysisOptions &options, PreparedAnalysis &prepared, QTextStream &err)
{
    QString error;
    if (const int code = openAnalysisStore(options, prepared.store, err); code != Ok)
        return code;
    const int window = requiredYearWindow(options.preset.persistence);
    std::optional<StatisticsSet> statistics = loadStatistics(prepared.store.get(), options.selection, window, &error);
    if (!statistics) {
        err << error << '\n';
        return DataError;
    }
    prepared.statistics = std::move(*statistics);
    prepared.settings.criteria = options.preset.criteria;
    prepared.settings.industries = options.industries;
    prepared.settings.persistence = options.preset.persistence;
    prepared.result = runFunnel(prepared.statistics, prepared.settings);
    return Ok;
}

} // namespace herkomst::cli
