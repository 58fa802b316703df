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

QString defaultSourceLine()
{
    return tr("Bron: CBS, bewerking BZ");
}

QString defaultCaption(const StatisticsTable &table, const AnalysisSettings &settings, const QString &sourceLine)
{
    QStringList parts;
    const bool synthetic = table.data && table.data->synthetic;
    QString source = sourceLine.trimmed();
    // Generated figures must never be credited to CBS: the default source names the demo data.
    if (source.isEmpty() || (synthetic && source == defaultSourceLine()))
        source = synthetic ? tr("Bron: synthetische demodata, gegenereerd door Herkomst (geen echte cijfers)")
                           : defaultSourceLine();
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
