#include "domain/preset.h"

#include <QCoreApplication>

namespace herkomst {

namespace {

Criterion criterion(const char *stepKey, const char *label, Metric metric, double threshold)
{
    Criterion c;
    c.stepKey = QLatin1String(stepKey);
    c.label = QString::fromUtf8(label); // translated at display time
    c.metric = metric;
    c.comparison = Comparison::Greater;
    c.threshold = threshold;
    return c;
}

std::vector<Preset> makePresets()
{
    std::vector<Preset> presets;

    // Kamerbrief 22 November 2021, Bijlage 1: CBS custom tables for the Ministry of Foreign Affairs.
    presets.push_back(
        {QStringLiteral("cbs2021"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("Preset", "CBS 2021 (Kamerbrief)")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("Preset", "CBS, maatwerk voor BZ (Kamerbrief 22 november 2021)")),
         {criterion("single_non_eu_supplier", QT_TRANSLATE_NOOP("Preset", "Meer dan de helft uit één niet-EU-land"),
                    Metric::SupplierShare, 0.5),
          criterion("net_importer", QT_TRANSLATE_NOOP("Preset", "Meer invoer dan uitvoer"), Metric::ImportExportRatio,
                    1.0),
          criterion("concentrated", QT_TRANSLATE_NOOP("Preset", "Geconcentreerde wereldmarkt"), Metric::WorldMarketHhi,
                    0.25)}});

    // European Commission SWD(2021) 352, bottom-up analysis, applied to the reporter.
    presets.push_back(
        {QStringLiteral("ec2021"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("Preset", "Europese Commissie 2021")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("Preset", "Europese Commissie, SWD(2021) 352")),
         {criterion("concentrated_extra_eu_imports",
                    QT_TRANSLATE_NOOP("Preset", "Geconcentreerde invoer van buiten de EU"), Metric::ExtraEuImportHhi,
                    0.4),
          criterion("extra_eu_dependent", QT_TRANSLATE_NOOP("Preset", "Meer dan de helft van buiten de EU"),
                    Metric::ExtraEuImportShare, 0.5),
          criterion("hard_to_substitute", QT_TRANSLATE_NOOP("Preset", "Invoer buiten de EU groter dan uitvoer"),
                    Metric::ExtraEuImportsToExports, 1.0)}});

    // CEPII GeoDep (2024): the criteria must hold together in at least two of the last three years.
    presets.push_back(
        {QStringLiteral("geodep"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("Preset", "CEPII GeoDep 2024")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("Preset", "CEPII, GeoDep (2024)")),
         {criterion("concentrated_imports", QT_TRANSLATE_NOOP("Preset", "Geconcentreerde invoer"), Metric::ImportHhi,
                    0.4),
          criterion("concentrated_world_market", QT_TRANSLATE_NOOP("Preset", "Geconcentreerde wereldexport"),
                    Metric::WorldMarketHhi, 0.4),
          criterion("net_importer", QT_TRANSLATE_NOOP("Preset", "Meer invoer dan uitvoer"), Metric::ImportExportRatio,
                    1.0)},
         Persistence{3, 2}});
    return presets;
}

} // namespace

const std::vector<Preset> &builtInPresets()
{
    static const std::vector<Preset> presets = makePresets();
    return presets;
}

const Preset *findPreset(const QString &key)
{
    for (const Preset &preset : builtInPresets()) {
        if (preset.key.compare(key, Qt::CaseInsensitive) == 0)
            return &preset;
    }
    return nullptr;
}

QString Preset::displayName() const
{
    return QCoreApplication::translate("Preset", name.toUtf8().constData());
}

const Preset &defaultPreset()
{
    return builtInPresets().front();
}

} // namespace herkomst
