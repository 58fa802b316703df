#include "export/table1table.h"

#include "analysis/importsbypartner.h"
#include "export/analysiscaption.h"
#include "export/annexcontent.h"

#include <algorithm>

namespace herkomst {

PartnerComparison goodsComparison(const StatisticsTable &goods, const QString &sourceLine)
{
    const TradeData &data = *goods.data;
    PartnerComparison comparison;
    comparison.label = data.dataSetName;
    comparison.sourceLine = effectiveSourceLine(goods, sourceLine);
    comparison.reporter = data.reporter;
    comparison.year = data.year;
    comparison.currency = data.currency;
    comparison.goods = importsByPartner(data, goods.euComposition);
    return comparison;
}

QString Table1Table::title(const PartnerComparison &comparison)
{
    return tr("Tabel 1. Vergelijking tussen diensten- en goedereninvoer, %1 (mln %2)")
        .arg(QString::number(comparison.year),
             comparison.currency == QLatin1String("EUR") ? QStringLiteral("euro") : comparison.currency);
}

QString Table1Table::legend()
{
    return tr("* buiten de EU; † alleen in deze lijst; \"Overige ...\": CBS-restgroep, geen land");
}

QString Table1Table::markedName(const PartnerComparison &comparison, const RankedPartner &partner, bool services)
{
    const bool otherShown = !(services ? comparison.goods : comparison.services).empty();
    const bool inBoth = !otherShown || (services ? comparison.inGoods(partner) : comparison.inServices(partner));
    QString name = partner.name;
    if (partner.side == EuSide::ExtraEu)
        name += QLatin1Char('*');
    if (!inBoth)
        name += QStringLiteral("†");
    return name;
}

void Table1Table::addAnnexSection(ReportDocument &doc, const PartnerComparison &comparison, const ReportFigure *figure)
{
    doc.addHeading(2, tr("Diensten en goederen"));
    QString text = tr("De grootste partners van de invoer van diensten en van goederen naast elkaar (%1, %2). Van "
                      "diensten bestaan geen cijfers per product, alleen per partner.")
                       .arg(comparison.label, QString::number(comparison.year));
    if (comparison.services.empty())
        text += QLatin1Char(' ') + tr("Voor deze gegevens zijn geen dienstencijfers beschikbaar.");
    doc.addParagraph(text);
    if (figure)
        doc.addFigure(*figure);
    const ExportTable table = build(comparison);
    ReportTable report = reportTable(table);
    report.caption = table.title;
    report.note = table.notes.join(QStringLiteral(". "));
    doc.addTable(report);
}

ExportTable Table1Table::build(const PartnerComparison &comparison)
{
    ExportTable table;
    table.sheetName = tr("Tabel 1");
    table.title = title(comparison);
    table.notes << comparison.sourceLine << comparison.label << legend();
    table.columns = {{tr("Rang"), ColumnKind::Integer, 0},
                     {tr("Diensten: partner"), ColumnKind::Text, 0},
                     {tr("Diensten (mln)"), ColumnKind::Decimal, 0},
                     {tr("Goederen: partner"), ColumnKind::Text, 0},
                     {tr("Goederen (mln)"), ColumnKind::Decimal, 0}};
    const size_t rows = std::max(comparison.services.size(), comparison.goods.size());
    for (size_t i = 0; i < rows; ++i) {
        QVariantList row{int(i) + 1};
        for (const auto *list : {&comparison.services, &comparison.goods}) {
            if (i < list->size()) {
                row << markedName(comparison, (*list)[i], list == &comparison.services) << (*list)[i].value;
            } else {
                row << QVariant() << QVariant();
            }
        }
        table.rows.push_back(row);
    }
    return table;
}

} // namespace herkomst
