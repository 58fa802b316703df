#include "export/annexsensitivity.h"

#include "domain/numberformat.h"
#include "export/analysiscaption.h"
#include "export/sensitivitycaption.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace herkomst {

namespace {

class SensitivityText {
    Q_DECLARE_TR_FUNCTIONS(AnnexReport)
};

// "Aandeel grootste niet-EU-leverancier 25 % tot 75 % en Concentratie wereldmarkt (HHI) 0 tot 0,5"
QString boxText(const AnalysisSettings &settings, const std::vector<ThresholdInterval> &box)
{
    QStringList parts;
    for (const ThresholdInterval &interval : box) {
        if (interval.criterionIndex < 0 || interval.criterionIndex >= int(settings.criteria.size()))
            continue;
        const Criterion &c = settings.criteria[size_t(interval.criterionIndex)];
        parts << SensitivityText::tr("%1 van %2 tot %3")
                     .arg(metricScreenName(c.metric), formatThreshold(c.metric, interval.lowest),
                          formatThreshold(c.metric, interval.highest));
    }
    return parts.join(SensitivityText::tr(" en "));
}

QString marginText(double relative)
{
    if (std::isnan(relative))
        return QStringLiteral("–");
    if (std::isinf(relative))
        return QStringLiteral("∞");
    return (relative > 0 ? QStringLiteral("+") : QString()) + NumberFormat::share(relative, 1);
}

} // namespace

SensitivityAnnex sensitivitySummary(const StatisticsSet &statistics, const AnalysisSettings &settings,
                                    const AnalysisResult &result, const std::vector<ThresholdInterval> &box,
                                    double band)
{
    SensitivityAnnex annex;
    annex.box = box;
    annex.band = band;
    const RobustCore core = robustCore(statistics, settings, box);
    annex.robustCount = int(core.rows.size());
    annex.sometimesCount = int(core.sometimesRows.size());
    annex.funnelCount = core.funnelCount;
    const std::vector<ProductMargin> margins = productMargins(statistics, settings, result, band);
    for (int row = 0; row < int(margins.size()); ++row) {
        if (margins[size_t(row)].borderline())
            annex.borderlineRows.push_back(row);
    }
    const StatisticsTable &table = statistics.primary;
    std::stable_sort(annex.borderlineRows.begin(), annex.borderlineRows.end(), [&](int a, int b) {
        const double x = table.rows[size_t(a)].importValue;
        const double y = table.rows[size_t(b)].importValue;
        return std::isnan(y) ? !std::isnan(x) : x > y;
    });
    for (int row : annex.borderlineRows)
        annex.borderlineMargins.push_back(relativeMargin(margins[size_t(row)]));
    return annex;
}

void addSensitivitySection(ReportDocument &doc, const StatisticsTable &table, const AnalysisResult &result,
                           const AnalysisSettings &settings, const SensitivityAnnex &annex)
{
    doc.addHeading(2, SensitivityText::tr("Hoe gevoelig is de uitkomst?"));
    doc.addParagraph(SensitivityText::tr("De uitkomst rust op drempels die met de hand zijn gekozen. De figuren tonen "
                                         "hoeveel producten na de laatste stap overblijven bij andere drempels: eerst "
                                         "voor elk criterium afzonderlijk, dan voor twee criteria samen. De andere "
                                         "drempels blijven zoals in deze analyse."));
    for (const ReportFigure *figure : {&annex.curves, &annex.map}) {
        if (!figure->png.isEmpty())
            doc.addFigure(*figure);
    }
    if (!annex.box.empty()) {
        doc.addParagraph(
            SensitivityText::tr("Robuuste kern: %1 van de %2 producten blijven na de laatste stap bij elke combinatie "
                                "van drempels met %3; %4 producten blijven bij sommige combinaties.")
                .arg(NumberFormat::count(annex.robustCount), NumberFormat::count(annex.funnelCount),
                     boxText(settings, annex.box), NumberFormat::count(annex.sometimesCount)));
    }
    const QString band = NumberFormat::share(annex.band, 0);
    if (annex.borderlineRows.empty()) {
        doc.addParagraph(
            SensitivityText::tr("Randgevallen: geen product wisselt van uitkomst als één drempel binnen ±%1 van "
                                "zichzelf verschuift.")
                .arg(band));
        return;
    }
    doc.addParagraph(SensitivityText::tr("Randgevallen: %1 producten wisselen van uitkomst als één drempel binnen ±%2 "
                                         "van zichzelf verschuift. Deze producten maken het verschil.")
                         .arg(NumberFormat::count(qint64(annex.borderlineRows.size())), band));
    ReportTable list;
    list.caption = SensitivityText::tr("Randgevallen bij ±%1, grootste invoer eerst").arg(band);
    list.columns = {{SensitivityText::tr("HS6"), false},
                    {SensitivityText::tr("Omschrijving"), false},
                    {SensitivityText::tr("Nu"), false},
                    {SensitivityText::tr("Marge"), true}};
    const bool english = NumberFormat::language().startsWith(QLatin1String("en"));
    for (size_t i = 0; i < annex.borderlineRows.size() && i < size_t(kMaxBorderlineRows); ++i) {
        const int row = annex.borderlineRows[i];
        const ProductInfo &product = table.product(row);
        const bool stays = result.stage[size_t(row)] == result.finalStage();
        list.rows.push_back({product.hs6, product.description(english),
                             stays ? SensitivityText::tr("blijft") : SensitivityText::tr("valt af"),
                             marginText(annex.borderlineMargins[i])});
    }
    if (annex.borderlineRows.size() > size_t(kMaxBorderlineRows)) {
        list.note = SensitivityText::tr("En nog %1 producten; de producttabel (filter Randgevallen) toont ze alle.")
                        .arg(NumberFormat::count(qint64(annex.borderlineRows.size()) - kMaxBorderlineRows));
    }
    list.note = (list.note.isEmpty() ? QString() : list.note + QLatin1Char(' ')) +
                SensitivityText::tr("Marge: hoe ver het product van de dichtstbijzijnde drempel ligt, als deel van die "
                                    "drempel; negatief voor producten die nu afvallen.");
    list.estimateColumnWidths();
    doc.addTable(list);
}

} // namespace herkomst
