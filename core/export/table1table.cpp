#include "export/table1table.h"

#include <algorithm>

namespace herkomst {

QString Table1Table::title(const PartnerComparison &comparison)
{
    return tr("Tabel 1. Vergelijking tussen diensten- en goedereninvoer, %1 (mln %2)")
        .arg(QString::number(comparison.year),
             comparison.currency == QLatin1String("EUR") ? QStringLiteral("euro") : comparison.currency);
}

QString Table1Table::legend()
{
    return tr("* buiten de EU; † alleen in deze lijst; cursief: CBS-restgroep, geen land");
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
