#include "export/chartcaption.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"
#include "export/annextables.h"

#include <QCoreApplication>
#include <QStringList>

namespace herkomst::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartCaption", text);
}

} // namespace

QString defaultSourceLine(const QString &dataSource)
{
    const QString source = dataSource.toLower();
    if (source == QLatin1String("baci"))
        return tr("Bron: CEPII BACI, bewerking BZ");
    if (source == QLatin1String("comext"))
        return tr("Bron: Eurostat Comext, bewerking BZ");
    if (source == QLatin1String("comtrade"))
        return tr("Bron: UN Comtrade, bewerking BZ");
    if (source == QLatin1String("demo"))
        return tr("Bron: synthetische demodata, gegenereerd door Herkomst (geen echte cijfers)");
    return tr("Bron: CBS, bewerking BZ");
}

QString defaultCaption(const StatisticsTable &table, const AnalysisSettings &settings, const QString &sourceLine)
{
    QStringList parts;
    const bool synthetic = table.data && table.data->synthetic;
    QString source = sourceLine.trimmed();
    // Generated figures must never be credited to CBS: with synthetic data the default source line
    // names the demo data, whatever default was passed in.
    if (synthetic && (source.isEmpty() || source == defaultSourceLine()))
        source = defaultSourceLine(QStringLiteral("demo"));
    else if (source.isEmpty())
        source = defaultSourceLine(table.data ? table.data->source : QString());
    parts << source;
    if (table.data) {
        parts << tr("Invoer %1, %2 (HS6)")
                     .arg(CountryRegistry::instance().name(table.data->reporter, NumberFormat::language()))
                     .arg(table.data->year);
    }
    const QString criteria = criteriaSummary(settings);
    if (!criteria.isEmpty())
        parts << tr("Criteria: %1").arg(criteria);
    if (!settings.industries.isEmpty())
        parts << tr("Bedrijfstakken: %1").arg(settings.industries.join(QStringLiteral(", ")));
    if (synthetic && !source.contains(tr("synthetische demodata")))
        parts << tr("Let op: synthetische demodata, geen echte cijfers");
    QString caption = parts.join(QStringLiteral(". "));
    if (!caption.endsWith(QLatin1Char('.')))
        caption += QLatin1Char('.');
    return caption;
}

} // namespace herkomst::ui
