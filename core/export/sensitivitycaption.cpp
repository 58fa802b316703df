#include "export/sensitivitycaption.h"

#include "export/analysiscaption.h"

#include <QCoreApplication>

namespace herkomst {

namespace {

class SensitivityCaption {
    Q_DECLARE_TR_FUNCTIONS(SensitivityCaption)
};

} // namespace

QString metricScreenName(Metric metric)
{
    return QCoreApplication::translate("Metric", metricInfo(metric).name);
}

QString sensitivityCurvesCaption(const StatisticsTable &table, const AnalysisSettings &settings,
                                 const QString &sourceLine)
{
    return SensitivityCaption::tr("Gevarieerd: de drempel van één criterium tegelijk, over zijn gebruikelijke bereik "
                                  "(horizontale as); vast: de andere drempels zoals in deze analyse. Doorgetrokken "
                                  "lijn: de huidige drempel; streepjes: de drempel van de voorinstelling. %1")
        .arg(defaultCaption(table, settings, sourceLine));
}

QString sensitivityMapCaption(const StatisticsTable &table, const AnalysisSettings &settings,
                              const SensitivityMapRange &range, const QString &sourceLine)
{
    const int count = int(settings.criteria.size());
    if (range.firstIndex < 0 || range.secondIndex < 0 || range.firstIndex >= count || range.secondIndex >= count)
        return defaultCaption(table, settings, sourceLine);
    const Criterion &first = settings.criteria[size_t(range.firstIndex)];
    const Criterion &second = settings.criteria[size_t(range.secondIndex)];
    return SensitivityCaption::tr("Gevarieerd: %1 van %2 tot %3 (horizontaal) en %4 van %5 tot %6 (verticaal); vast: "
                                  "de andere drempels zoals in deze analyse. Elk vak telt de producten na de laatste "
                                  "stap; omlijnd: de huidige drempels, gestreept: die van de voorinstelling. %7")
        .arg(metricScreenName(first.metric), formatThreshold(first.metric, range.firstFrom),
             formatThreshold(first.metric, range.firstTo), metricScreenName(second.metric),
             formatThreshold(second.metric, range.secondFrom), formatThreshold(second.metric, range.secondTo),
             defaultCaption(table, settings, sourceLine));
}

} // namespace herkomst
