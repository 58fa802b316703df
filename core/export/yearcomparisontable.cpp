#include "export/yearcomparisontable.h"

#include "domain/numberformat.h"
#include "export/analysiscaption.h"
#include "export/annexcontent.h"
#include "export/hsgrouplabels.h"
#include "export/sensitivitycaption.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace herkomst {

namespace {

ExportColumn valueColumn(const Criterion &criterion, int year)
{
    const QString header = QStringLiteral("%1 %2").arg(metricScreenName(criterion.metric)).arg(year);
    switch (metricInfo(criterion.metric).unit) {
    case MetricUnit::Share:
        return {header + QStringLiteral(" (%)"), ColumnKind::Percentage, 1};
    case MetricUnit::Index:
        return {header, ColumnKind::Decimal, 3};
    case MetricUnit::Ratio:
        break;
    }
    return {header, ColumnKind::Decimal, 2};
}

// A criterion's value for a product in one year: missing when the year does not list it.
QVariant valueIn(const YearAnalysis &analysis, const QString &hs6, Metric metric)
{
    const StatisticsTable &table = analysis.statistics->primary;
    const int row = table.rowByHs6.value(hs6, -1);
    const double value = row < 0 ? std::nan("") : table.rows[size_t(row)].metric(metric);
    return std::isnan(value) ? QVariant() : QVariant(value);
}

QString descriptionOf(const YearAnalysis &to, const YearAnalysis &from, const QString &hs6)
{
    const bool english = NumberFormat::language().startsWith(QLatin1String("en"));
    for (const YearAnalysis *analysis : {&to, &from}) {
        const StatisticsTable &table = analysis->statistics->primary;
        if (const int row = table.rowByHs6.value(hs6, -1); row >= 0)
            return table.product(row).description(english);
    }
    return {};
}

} // namespace

QString YearComparisonTable::title(int from, int to)
{
    return tr("Wat is veranderd sinds %1? Producten na de laatste stap in %1 en %2").arg(from).arg(to);
}

QString YearComparisonTable::changeText(Change change)
{
    switch (change) {
    case Change::New:
        return tr("nieuw");
    case Change::Gone:
        return tr("verdwenen");
    case Change::Persistent:
        break;
    }
    return tr("gebleven");
}

QString YearComparisonTable::summary(const YearComparison &comparison, int from, int to)
{
    return tr("Van de %1 producten na de laatste stap in %2 staan er in %3 nog %4; verdwenen: %5, nieuw: %6.")
        .arg(NumberFormat::count(int(comparison.persistent.size() + comparison.gone.size())))
        .arg(from)
        .arg(to)
        .arg(NumberFormat::count(int(comparison.persistent.size())))
        .arg(NumberFormat::count(int(comparison.gone.size())))
        .arg(NumberFormat::count(int(comparison.added.size())));
}

ExportTable YearComparisonTable::build(const YearComparison &comparison, const YearAnalysis &from,
                                       const YearAnalysis &to, const AnalysisSettings &settings,
                                       const QString &sourceLine)
{
    const int fromYear = from.statistics->primary.data->year, toYear = to.statistics->primary.data->year;
    const AnalysisResult &result = *to.result;
    ExportTable table;
    table.sheetName = tr("Veranderingen");
    table.title = title(fromYear, toYear);
    table.notes << effectiveSourceLine(to.statistics->primary, sourceLine)
                << analysisNotes(to.statistics->primary, settings);
    table.columns = {{tr("HS6"), ColumnKind::Text, 0},
                     {tr("Omschrijving"), ColumnKind::Text, 0},
                     {tr("Verandering"), ColumnKind::Text, 0},
                     {tr("Reden"), ColumnKind::Text, 0}};
    std::vector<const Criterion *> criteria;
    for (size_t step = 1; step < result.steps.size(); ++step) {
        const Criterion &criterion = settings.criteria[size_t(result.steps[step].criterionIndex)];
        criteria.push_back(&criterion);
        table.columns.push_back(valueColumn(criterion, fromYear));
        table.columns.push_back(valueColumn(criterion, toYear));
    }
    auto stepLabel = [&](const QString &key) {
        for (const FunnelStep &step : result.steps) {
            if (step.key == key)
                return step.label;
        }
        return key;
    };
    // Across an HS revision each product's correlation group, as the command line words it.
    QHash<QString, QString> groupOf;
    if (comparison.matching == CodeMatching::ByGroup) {
        for (const GroupChange &group : comparison.groups) {
            const QString label = HsGroupLabels::of(group, comparison).join(QStringLiteral("; "));
            for (const std::vector<QString> *codes : {&group.fromFinal, &group.toFinal}) {
                for (const QString &code : *codes) {
                    if (label != code)
                        groupOf.insert(code, label);
                }
            }
        }
    }
    auto addRow = [&](const QString &hs6, Change change) {
        QString reason;
        if (change != Change::Persistent) {
            const auto it = std::find_if(comparison.changes.begin(), comparison.changes.end(),
                                         [&](const ProductChange &c) { return c.hs6 == hs6; });
            const int outYear = change == Change::New ? fromYear : toYear;
            if (it != comparison.changes.end()) {
                const YearStanding &out = change == Change::New ? it->from : it->to;
                reason = it->reason == kNotImported
                             ? tr("in %1 niet ingevoerd").arg(outYear)
                             : tr("in %1 niet voldaan: %2").arg(outYear).arg(stepLabel(it->reason));
                if (out.undetermined)
                    reason += QLatin1Char(' ') + tr("(onbepaald: gegevens ontbreken)");
            }
        }
        if (const auto group = groupOf.constFind(hs6); group != groupOf.constEnd())
            reason += (reason.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("groep %1").arg(*group);
        QVariantList row{hs6, descriptionOf(to, from, hs6), changeText(change), reason};
        for (const Criterion *criterion : criteria)
            row << valueIn(from, hs6, criterion->metric) << valueIn(to, hs6, criterion->metric);
        table.rows.push_back(row);
    };
    for (const QString &hs6 : comparison.added)
        addRow(hs6, Change::New);
    for (const QString &hs6 : comparison.gone)
        addRow(hs6, Change::Gone);
    for (const QString &hs6 : comparison.persistent)
        addRow(hs6, Change::Persistent);
    return table;
}

void YearComparisonTable::addAnnexSection(ReportDocument &doc, const YearComparison &comparison,
                                          const ExportTable &table, int from, int to)
{
    doc.addHeading(2, tr("Wat is veranderd sinds %1?").arg(from));
    doc.addParagraph(summary(comparison, from, to) + QLatin1Char(' ') +
                     tr("Bij elk nieuw of verdwenen product staat de stap waarop het in het andere jaar afviel; "
                        "de waarden van beide jaren staan in de export van de vergelijking."));
    // On a page the changes alone, in four columns: ten columns of values broke every header word
    // and the persistent products filled a dozen pages.
    ExportTable changes = table;
    constexpr int kAnnexColumns = 4; // HS6, description, change, reason
    changes.columns.resize(std::min<size_t>(changes.columns.size(), kAnnexColumns));
    changes.rows.clear();
    const QString persistent = changeText(Change::Persistent);
    for (const QVariantList &row : table.rows) {
        if (row.value(2).toString() != persistent)
            changes.rows.push_back(row.mid(0, kAnnexColumns));
    }
    if (changes.rows.empty())
        return;
    ReportTable report = reportTable(changes);
    report.caption = tr("Nieuwe en verdwenen producten na de laatste stap, %1 en %2").arg(from).arg(to);
    report.note = table.notes.join(QStringLiteral(". "));
    doc.addTable(report);
}

} // namespace herkomst
