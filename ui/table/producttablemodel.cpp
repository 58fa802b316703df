#include "table/producttablemodel.h"

#include "countries/countryregistry.h"
#include "document/analysisdocument.h"
#include "domain/industryname.h"
#include "domain/numberformat.h"
#include "table/marginwording.h"

#include <QBrush>
#include <QCoreApplication>
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
    : QAbstractTableModel(parent), mDocument(document), mColumns(columnsForAnalysis())
{
    sync();
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRowCount;
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mColumns.size());
}

std::vector<ProductTableModel::Column> ProductTableModel::columnsForAnalysis() const
{
    std::vector<Column> columns{{Field::Hs6}, {Field::Description}, {Field::Stage}};
    columns.push_back({Field::Supplier});
    // Each enabled criterion's metric, in funnel order, once: the values being filtered on.
    for (const Criterion &criterion : mDocument->criteria()) {
        const Column column{Field::Metric, criterion.metric};
        if (criterion.enabled && std::find(columns.begin(), columns.end(), column) == columns.end())
            columns.push_back(column);
    }
    if (std::any_of(mDocument->criteria().begin(), mDocument->criteria().end(),
                    [](const Criterion &c) { return c.enabled; }))
        columns.push_back({Field::Margin});
    columns.push_back({Field::Imports});
    columns.push_back({Field::Exports});
    // Context last, so on a laptop the values being filtered on come first.
    if (!mDocument->availableIndustries().isEmpty())
        columns.push_back({Field::Industry});
    return columns;
}

void ProductTableModel::sync()
{
    std::vector<Column> columns = columnsForAnalysis();
    if (mGeneration != mDocument->statisticsGeneration() || columns != mColumns) {
        beginResetModel();
        mGeneration = mDocument->statisticsGeneration();
        mRowCount = int(mDocument->table().rows.size());
        mColumns = std::move(columns);
        computeMargins();
        endResetModel();
        return;
    }
    computeMargins();
    const int stage = column(Field::Stage);
    if (mRowCount > 0)
        emit dataChanged(index(0, stage), index(mRowCount - 1, stage), {Qt::DisplayRole, SortRole});
    const int margin = column(Field::Margin);
    if (mRowCount > 0 && margin >= 0)
        emit dataChanged(index(0, margin), index(mRowCount - 1, margin));
}

void ProductTableModel::computeMargins()
{
    const AnalysisSettings settings{mDocument->criteria(), mDocument->state().industries};
    mMargins = productMargins(mDocument->statistics(), settings, mDocument->result(), mBand);
    mMargins.resize(size_t(mRowCount));
}

void ProductTableModel::setBorderlineBand(double band)
{
    if (band == mBand || !(band >= 0.0))
        return;
    mBand = band;
    computeMargins();
    const int margin = column(Field::Margin);
    if (mRowCount > 0 && margin >= 0)
        emit dataChanged(index(0, margin), index(mRowCount - 1, margin));
}

void ProductTableModel::setValueUnit(ValueUnit unit)
{
    if (unit == mUnit)
        return;
    mUnit = unit;
    const int imports = column(Field::Imports);
    const int exports = column(Field::Exports);
    emit headerDataChanged(Qt::Horizontal, imports, exports);
    if (mRowCount > 0)
        emit dataChanged(index(0, imports), index(mRowCount - 1, exports));
}

int ProductTableModel::column(Field field) const
{
    for (size_t c = 0; c < mColumns.size(); ++c) {
        if (mColumns[c].field == field)
            return int(c);
    }
    return -1;
}

int ProductTableModel::metricColumn(Metric metric) const
{
    const auto found = std::find(mColumns.begin(), mColumns.end(), Column{Field::Metric, metric});
    return found == mColumns.end() ? -1 : int(found - mColumns.begin());
}

QString ProductTableModel::columnKey(int column) const
{
    const Column &c = mColumns[size_t(column)];
    switch (c.field) {
    case Field::Hs6:
        return QStringLiteral("hs6");
    case Field::Description:
        return QStringLiteral("description");
    case Field::Industry:
        return QStringLiteral("industry");
    case Field::Stage:
        return QStringLiteral("stage");
    case Field::Supplier:
        return QStringLiteral("supplier");
    case Field::Metric:
        return metricKey(c.metric);
    case Field::Imports:
        return QStringLiteral("imports");
    case Field::Exports:
        return QStringLiteral("exports");
    case Field::Margin:
        return QStringLiteral("margin");
    }
    return {};
}

int ProductTableModel::columnForKey(const QString &key) const
{
    for (int c = 0; c < int(mColumns.size()); ++c) {
        if (columnKey(c) == key)
            return c;
    }
    return -1;
}

int ProductTableModel::typicalCharacters(int column) const
{
    switch (mColumns[size_t(column)].field) {
    case Field::Hs6:
        return 7;
    case Field::Description:
        return 18;
    case Field::Industry:
        return 14;
    case Field::Stage:
        return 7;
    case Field::Supplier:
        return 12;
    case Field::Metric:
        return 7;
    case Field::Imports:
    case Field::Exports:
        return 9;
    case Field::Margin:
        return 7;
    }
    return 8;
}

bool ProductTableModel::isNumericColumn(int column) const
{
    switch (mColumns[size_t(column)].field) {
    case Field::Stage:
    case Field::Metric:
    case Field::Imports:
    case Field::Exports:
    case Field::Margin:
        return true;
    default:
        return false;
    }
}

ExportColumn ProductTableModel::exportColumn(int column) const
{
    ExportColumn result;
    const Column &c = mColumns[size_t(column)];
    // A table elsewhere has room for the supplier column's whole name.
    result.header = c.field == Field::Supplier ? tr("Grootste niet-EU-leverancier")
                                               : plainHeaderText(headerData(column, Qt::Horizontal).toString());
    switch (c.field) {
    case Field::Metric:
        switch (metricInfo(c.metric).unit) {
        case MetricUnit::Share:
            result.kind = ColumnKind::Percentage;
            result.decimals = 1;
            break;
        case MetricUnit::Ratio:
            result.kind = ColumnKind::Decimal;
            result.decimals = 2;
            break;
        case MetricUnit::Index:
            result.kind = ColumnKind::Decimal;
            result.decimals = 3;
            break;
        }
        break;
    case Field::Imports:
    case Field::Exports:
        result.kind = ColumnKind::Decimal;
        result.decimals = unitDecimals(mUnit);
        break;
    case Field::Margin:
        result.kind = ColumnKind::Percentage;
        result.decimals = 1;
        break;
    default:
        break;
    }
    return result;
}

void ProductTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (mRowCount > 0)
        emit dataChanged(index(0, 0), index(mRowCount - 1, columnCount() - 1));
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
    return mDocument->table().product(row).description(english());
}

QString ProductTableModel::industryText(int row) const
{
    return industryName(mDocument->table().product(row).industry);
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

QString ProductTableModel::stageToolTip(int row) const
{
    const AnalysisResult &result = mDocument->result();
    const int stage = result.stage[size_t(row)];
    if (stage < 0)
        return {};
    const QString passed =
        stage == 0 ? tr("Geen stap gehaald") : tr("Laatste stap gehaald: %1").arg(result.steps[size_t(stage)].label);
    if (stage < result.finalStage())
        return passed + QLatin1Char('\n') +
               (result.undetermined[size_t(row)] ? tr("Onbepaald bij: %1") : tr("Valt af bij: %1"))
                   .arg(result.steps[size_t(stage) + 1].rule);
    return passed + QLatin1Char('\n') + tr("Voldoet aan alle criteria");
}

QVariant ProductTableModel::displayValue(int row, int column) const
{
    const StatisticsTable &table = mDocument->table();
    const ProductStats &stats = table.rows[size_t(row)];
    const Column &c = mColumns[size_t(column)];
    switch (c.field) {
    case Field::Hs6:
        return table.product(row).hs6;
    case Field::Description:
        return descriptionText(row);
    case Field::Industry:
        return industryText(row);
    case Field::Stage:
        return stageText(row);
    case Field::Supplier:
        return supplierName(row);
    case Field::Metric:
        switch (metricInfo(c.metric).unit) {
        case MetricUnit::Share:
            return NumberFormat::share(stats.metric(c.metric), 1);
        case MetricUnit::Ratio:
            return NumberFormat::ratio(stats.metric(c.metric), 2);
        case MetricUnit::Index:
            return NumberFormat::index(stats.metric(c.metric), 3);
        }
        break;
    case Field::Imports:
        return NumberFormat::decimal(valueInUnit(stats.importValue, mUnit), unitDecimals(mUnit));
    case Field::Exports:
        return NumberFormat::decimal(valueInUnit(stats.exportValue, mUnit), unitDecimals(mUnit));
    case Field::Margin: {
        const double relative = sortNumber(row, column);
        if (std::isnan(relative))
            return QString();
        if (std::isinf(relative))
            return QStringLiteral("∞");
        return (relative > 0 ? QStringLiteral("+") : QString()) + NumberFormat::share(relative, 1);
    }
    }
    return {};
}

double ProductTableModel::sortNumber(int row, int column) const
{
    const ProductStats &stats = mDocument->table().rows[size_t(row)];
    const Column &c = mColumns[size_t(column)];
    switch (c.field) {
    case Field::Stage:
        return mDocument->result().stage[size_t(row)];
    case Field::Metric:
        return stats.metric(c.metric);
    case Field::Imports:
        return stats.importValue;
    case Field::Exports:
        return stats.exportValue;
    case Field::Margin:
        return size_t(row) < mMargins.size() ? relativeMargin(mMargins[size_t(row)]) : std::nan("");
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
    const Field field = mColumns[size_t(column)].field;
    if (field == Field::Stage) {
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
    if (field == Field::Imports || field == Field::Exports)
        value = valueInUnit(value, mUnit);
    return value;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRowCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    const Field field = mColumns[size_t(column)].field;
    const bool rightAligned = isNumericColumn(column) && field != Field::Stage;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::EditRole:
        return exportValue(row, column);
    case Qt::TextAlignmentRole:
        return rightAligned ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (field) {
        case Field::Stage:
            return stageToolTip(row);
        case Field::Description:
            return descriptionText(row);
        case Field::Industry:
            return industryText(row);
        case Field::Margin:
            return size_t(row) < mMargins.size()
                       ? MarginWording::lines(mMargins[size_t(row)], mDocument->criteria(), mBand)
                             .join(QLatin1Char('\n'))
                       : QString();
        case Field::Exports:
            if (std::isnan(mDocument->table().rows[size_t(row)].exportValue))
                return tr("Uitvoer geheim of onbekend");
            return {};
        default:
            if (rightAligned && std::isnan(sortNumber(row, column)))
                return tr("Onbekend: de gegevens geven deze waarde niet");
            return {};
        }
    case Qt::ForegroundRole:
        if (rightAligned && std::isnan(sortNumber(row, column)))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (field == Field::Stage && mDocument->result().stage[size_t(row)] == mDocument->result().finalStage()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QString ProductTableModel::headerText(const Column &column) const
{
    // Lines break at spaces (or after a slash), so each fits a narrow column whole.
    const QString unit = unitLabel(mUnit, mDocument->table().data ? mDocument->table().data->currency : QString());
    switch (column.field) {
    case Field::Hs6:
        return tr("HS6");
    case Field::Description:
        return tr("Omschrijving");
    case Field::Industry:
        return tr("Bedrijfstak");
    case Field::Stage:
        return tr("Stap");
    case Field::Supplier:
        return tr("Leverancier");
    case Field::Imports:
        return tr("Invoer\n(%1)").arg(unit);
    case Field::Exports:
        return tr("Uitvoer\n(%1)").arg(unit);
    case Field::Margin:
        return tr("Marge");
    case Field::Metric:
        switch (column.metric) {
        case Metric::SupplierShare:
            return tr("Aandeel\nleverancier");
        case Metric::ImportExportRatio:
            return tr("Invoer/\nuitvoer");
        case Metric::WorldMarketHhi:
            return tr("Wereld-HHI");
        case Metric::ImportHhi:
            return tr("Invoer-HHI");
        case Metric::ExtraEuImportHhi:
            return tr("Invoer-HHI\nbuiten EU");
        case Metric::ExtraEuImportShare:
            return tr("Aandeel\nbuiten EU");
        case Metric::ExtraEuImportsToExports:
            return tr("Invoer buiten\nEU/uitvoer");
        case Metric::TopWorldExporterShare:
            return tr("Aandeel\nexporteur");
        }
        break;
    }
    return {};
}

QString ProductTableModel::headerToolTip(const Column &column) const
{
    const QString unit = unitLabel(mUnit, mDocument->table().data ? mDocument->table().data->currency : QString());
    switch (column.field) {
    case Field::Stage:
        return tr("De laatste stap van de trechter die het product haalt");
    case Field::Supplier:
        return tr("Grootste niet-EU-leverancier: het land buiten de EU met het grootste aandeel in de invoer");
    case Field::Imports:
        return tr("Invoerwaarde van alle partners, in %1").arg(unit);
    case Field::Exports:
        return tr("Uitvoerwaarde naar alle bestemmingen, in %1").arg(unit);
    case Field::Margin:
        return tr("Hoe ver het product van de dichtstbijzijnde drempel ligt, als deel van die drempel: +6 % valt af "
                  "als die drempel 6 % tegen het product in schuift; negatief: zo ver ligt het voor de stap waar het "
                  "stopte. Leeg: onbepaald.");
    case Field::Metric: {
        // The criterion's own metric: its name and definition, as the dock's tooltip gives them.
        const MetricInfo &info = metricInfo(column.metric);
        return QCoreApplication::translate("Metric", info.name) + QLatin1Char('\n') +
               QCoreApplication::translate("Metric", info.definition);
    }
    default:
        return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const Column &column = mColumns[size_t(section)];
    switch (role) {
    case Qt::TextAlignmentRole:
        return isNumericColumn(section) && column.field != Field::Stage ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return headerToolTip(column);
    case Qt::DisplayRole:
        return headerText(column);
    default:
        return {};
    }
}

} // namespace herkomst::ui
