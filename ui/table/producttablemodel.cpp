#include "table/producttablemodel.h"

#include "countries/countryregistry.h"
#include "document/analysisdocument.h"
#include "domain/numberformat.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <cmath>

namespace herkomst::ui {

namespace {

bool english()
{
    return NumberFormat::language().startsWith(QLatin1String("en"));
}

} // namespace

ProductTableModel::ProductTableModel(const AnalysisDocument *document, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document)
{
    sync();
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRowCount;
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ProductTableModel::sync()
{
    if (mGeneration != mDocument->statisticsGeneration()) {
        beginResetModel();
        mGeneration = mDocument->statisticsGeneration();
        mRowCount = int(mDocument->table().rows.size());
        endResetModel();
        return;
    }
    if (mRowCount > 0)
        emit dataChanged(index(0, Stage), index(mRowCount - 1, Stage), {Qt::DisplayRole, SortRole});
}

void ProductTableModel::setValueUnit(ValueUnit unit)
{
    if (unit == mUnit)
        return;
    mUnit = unit;
    emit headerDataChanged(Qt::Horizontal, Imports, Exports);
    if (mRowCount > 0)
        emit dataChanged(index(0, Imports), index(mRowCount - 1, Exports));
}

ExportColumn ProductTableModel::exportColumn(int column) const
{
    ExportColumn result;
    result.header = plainHeaderText(headerData(column, Qt::Horizontal).toString());
    switch (Column(column)) {
    case Share:
        result.kind = ColumnKind::Percentage;
        result.decimals = 1;
        break;
    case Imports:
    case Exports:
        result.kind = ColumnKind::Decimal;
        result.decimals = unitDecimals(mUnit);
        break;
    case Ratio:
        result.kind = ColumnKind::Decimal;
        result.decimals = 2;
        break;
    case WorldHhi:
        result.kind = ColumnKind::Decimal;
        result.decimals = 3;
        break;
    default:
        break;
    }
    return result;
}

void ProductTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (mRowCount > 0)
        emit dataChanged(index(0, 0), index(mRowCount - 1, ColumnCount - 1));
}

QString ProductTableModel::supplierCode(int row) const
{
    const StatisticsTable &table = mDocument->table();
    const ProductStats &stats = table.rows[size_t(row)];
    return table.partnerCode(stats.topNonEuPartner >= 0 ? stats.topNonEuPartner : stats.topPartner);
}

QString ProductTableModel::supplierName(int row) const
{
    const StatisticsTable &table = mDocument->table();
    const int partner = table.rows[size_t(row)].topNonEuPartner;
    if (partner < 0)
        return {};
    return CountryRegistry::instance().name(table.partnerCode(partner),
                                            english() ? QStringLiteral("en") : QStringLiteral("nl"));
}

QString ProductTableModel::descriptionText(int row) const
{
    const ProductInfo &product = mDocument->table().product(row);
    return english() && !product.descriptionEn.isEmpty() ? product.descriptionEn : product.description();
}

QString ProductTableModel::stageText(int row) const
{
    // Compact ("2 van 3"): the step names are on the funnel and in the tooltip.
    const AnalysisResult &result = mDocument->result();
    const int stage = result.stage[size_t(row)];
    if (stage < 0)
        return {};
    QString text = tr("%1 van %2").arg(stage).arg(result.finalStage());
    if (result.undetermined[size_t(row)])
        text += tr(" (onbepaald)");
    return text;
}

QVariant ProductTableModel::displayValue(int row, int column) const
{
    const StatisticsTable &table = mDocument->table();
    const ProductStats &stats = table.rows[size_t(row)];
    switch (Column(column)) {
    case Hs6:
        return table.product(row).hs6;
    case Description:
        return descriptionText(row);
    case Industry:
        return table.product(row).industry;
    case Stage:
        return stageText(row);
    case Supplier:
        return supplierName(row);
    case Share:
        return NumberFormat::share(stats.supplierShare, 1);
    case Imports:
        return NumberFormat::decimal(valueInUnit(stats.importValue, mUnit), unitDecimals(mUnit));
    case Exports:
        return NumberFormat::decimal(valueInUnit(stats.exportValue, mUnit), unitDecimals(mUnit));
    case Ratio:
        return NumberFormat::ratio(stats.importExportRatio, 2);
    case WorldHhi:
        return NumberFormat::index(stats.worldHhi, 3);
    case ColumnCount:
        break;
    }
    return {};
}

double ProductTableModel::sortNumber(int row, int column) const
{
    const ProductStats &stats = mDocument->table().rows[size_t(row)];
    switch (Column(column)) {
    case Stage:
        return mDocument->result().stage[size_t(row)];
    case Share:
        return stats.supplierShare;
    case Imports:
        return stats.importValue;
    case Exports:
        return stats.exportValue;
    case Ratio:
        return stats.importExportRatio;
    case WorldHhi:
        return stats.worldHhi;
    default:
        return std::nan("");
    }
}

QVariant ProductTableModel::sortValue(int row, int column) const
{
    return isNumericColumn(column) ? QVariant(sortNumber(row, column)) : displayValue(row, column);
}

QVariant ProductTableModel::exportValue(int row, int column) const
{
    // Plain values for XLSX and CSV: numbers stay numbers, missing stays empty (never zero).
    if (column == Stage) {
        const AnalysisResult &result = mDocument->result();
        const int stage = result.stage[size_t(row)];
        return stage < 0 ? QVariant()
                         : QVariant(QStringLiteral("%1 %2").arg(stage).arg(result.steps[size_t(stage)].label));
    }
    if (!isNumericColumn(column))
        return displayValue(row, column);
    double value = sortNumber(row, column);
    if (std::isnan(value))
        return {};
    if (std::isinf(value))
        return QStringLiteral("∞");
    if (column == Imports || column == Exports)
        value = valueInUnit(value, mUnit);
    return value;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRowCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::EditRole:
        return exportValue(row, column);
    case Qt::TextAlignmentRole:
        return column >= Share ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Stage) {
            const AnalysisResult &result = mDocument->result();
            const int stage = result.stage[size_t(row)];
            if (stage < 0)
                return {};
            const QString passed = stage == 0 ? tr("Geen stap gehaald")
                                              : tr("Laatste stap gehaald: %1").arg(result.steps[size_t(stage)].label);
            if (stage < result.finalStage())
                return passed + QLatin1Char('\n') +
                       (result.undetermined[size_t(row)] ? tr("Onbepaald bij: %1") : tr("Valt af bij: %1"))
                           .arg(result.steps[size_t(stage) + 1].rule);
            return passed + QLatin1Char('\n') + tr("Voldoet aan alle criteria");
        }
        if (column == Description)
            return descriptionText(row);
        if (column == Exports && std::isnan(mDocument->table().rows[size_t(row)].exportValue))
            return tr("Uitvoer geheim of onbekend");
        return {};
    case Qt::ForegroundRole: {
        if (column >= Share && std::isnan(sortNumber(row, column)))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    case Qt::FontRole:
        if (column == Stage && mDocument->result().stage[size_t(row)] == mDocument->result().finalStage()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= Share ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    const QString unit = unitLabel(mUnit, mDocument->table().data ? mDocument->table().data->currency : QString());
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Stage:
            return tr("De laatste stap van de trechter die het product haalt");
        case Supplier:
            return tr("Het land buiten de EU met het grootste aandeel in de invoer");
        case Share:
            return tr("Aandeel van de grootste niet-EU-leverancier in de totale invoer");
        case Imports:
            return tr("Invoerwaarde van alle partners, in %1").arg(unit);
        case Exports:
            return tr("Uitvoerwaarde naar alle bestemmingen, in %1").arg(unit);
        case Ratio:
            return tr("Invoer gedeeld door uitvoer; ∞ zonder uitvoer");
        case WorldHhi:
            return tr("Herfindahl-index van de wereldexport (0 tot 1)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Hs6:
        return tr("HS6");
    case Description:
        return tr("Omschrijving");
    case Industry:
        return tr("Bedrijfstak");
    case Stage:
        return tr("Stap");
    case Supplier:
        return tr("Grootste niet-EU-\nleverancier");
    case Share:
        return tr("Aandeel");
    case Imports:
        return tr("Invoer\n(%1)").arg(unit);
    case Exports:
        return tr("Uitvoer\n(%1)").arg(unit);
    case Ratio:
        return tr("Invoer/\nuitvoer");
    case WorldHhi:
        return tr("Wereld-\nHHI");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace herkomst::ui
