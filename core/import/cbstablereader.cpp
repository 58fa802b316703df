#include "import/cbstablereader.h"

#include "import/countrymatcher.h"
#include "import/hscode.h"
#include "import/importsupport.h"
#include "io/xlsxrow.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace herkomst {

using importsupport::tr;

namespace {

QString cellText(const io::XlsxCell &cell)
{
    return cell.kind == io::XlsxCell::Kind::Text ? cell.text.trimmed() : cell.toString();
}

bool isBlank(const io::XlsxCell &cell)
{
    return cell.isEmpty() || (cell.kind == io::XlsxCell::Kind::Text && cell.text.trimmed().isEmpty());
}

ColumnRole primaryRole(TableKind kind)
{
    switch (kind) {
    case TableKind::ImportsByPartner:
        return ColumnRole::ImportValue;
    case TableKind::ExportsByProduct:
        return ColumnRole::ExportValue;
    case TableKind::ProductIndustry:
        return ColumnRole::Industry;
    case TableKind::WorldHhi:
        return ColumnRole::WorldHhi;
    case TableKind::Unknown:
        break;
    }
    return ColumnRole::Product;
}

QByteArray yearKey(int year, const QByteArray &hs6)
{
    return QByteArray::number(year) + '|' + hs6;
}

} // namespace

CbsTableReader::CbsTableReader(Context context, CbsData &data, CountryMatcher &countries, ImportReport &report)
    : mContext(std::move(context)), mData(data), mCountries(countries), mReport(report)
{
    if (mContext.mapping && mContext.mapping->headerRow > 0)
        mMapping = *mContext.mapping;
}

bool CbsTableReader::fail(qint64 row, int column, const QString &message)
{
    QString where = mContext.file;
    mError = {where, row, column,
              mContext.sheet.isEmpty() ? message : tr("blad \"%1\": %2").arg(mContext.sheet, message)};
    return false;
}

bool CbsTableReader::addRow(const io::XlsxRow &row)
{
    ++mRowsSeen;
    if (!hasHeader() || row.row <= mMapping.headerRow) {
        if (mContext.mapping && mContext.mapping->headerRow > 0) {
            if (row.row == mMapping.headerRow)
                mKind = mMapping.tableKind();
            return true;
        }
        return readHeader(row);
    }
    if (mKind == TableKind::Unknown)
        return true; // a sheet we do not use (contents, notes): its rows are not data
    return readData(row);
}

bool CbsTableReader::readHeader(const io::XlsxRow &row)
{
    if (mRowsSeen > headerSearchRows)
        return true;
    QStringList cells;
    int filled = 0;
    for (const io::XlsxCell &cell : row.cells) {
        cells << cellText(cell);
        filled += cells.back().isEmpty() ? 0 : 1;
    }
    if (filled == 0)
        return true;
    ColumnMapping candidate = mMapping;
    if (filled >= 2 && candidate.detectHeader(cells, row.row)) {
        mMapping = candidate;
        mKind = mMapping.tableKind();
        adoptUnit();
        return true;
    }
    // Title and unit lines: "Invoer goederen ..., 2020", "x 1 000 euro".
    for (const QString &text : std::as_const(cells)) {
        if (text.isEmpty())
            continue;
        mMapping.detectUnit(text);
        if (mTitleYear == 0)
            mTitleYear = ColumnMapping::yearInText(text);
    }
    return true;
}

void CbsTableReader::adoptUnit()
{
    // A workbook often states the unit once: a table without its own takes the first one seen.
    if (mKind != TableKind::ImportsByPartner && mKind != TableKind::ExportsByProduct)
        return;
    if (!mMapping.unitNote.isEmpty()) {
        if (mData.unitNote.isEmpty()) {
            mData.unitNote = mMapping.unitNote;
            mData.unitFactor = mMapping.unitFactor;
            mData.currency = mMapping.currency;
        }
    } else if (!mData.unitNote.isEmpty()) {
        mMapping.unitNote = mData.unitNote;
        mMapping.unitFactor = mData.unitFactor;
        mMapping.currency = mData.currency;
        mReport.notes << tr("%1: geen eigen eenheid; \"%2\" van een eerdere tabel aangehouden.")
                             .arg(QFileInfo(mContext.file).fileName() +
                                      (mContext.sheet.isEmpty() ? QString() : QStringLiteral(" / ") + mContext.sheet),
                                  mData.unitNote);
    }
}

bool CbsTableReader::skipRow()
{
    // A total or another year's line: read, but on purpose not stored.
    ++mReport.rowsSkipped;
    --mReport.rowsRead;
    --mDataRows;
    return true;
}

bool CbsTableReader::readValue(const io::XlsxCell &cell, qint64 row, int column, bool scaled, TradeValue &value)
{
    double number = 0.0;
    switch (cell.kind) {
    case io::XlsxCell::Kind::Empty:
        value = TradeValue::unknown();
        return true;
    case io::XlsxCell::Kind::Number:
        number = cell.number;
        break;
    case io::XlsxCell::Kind::Boolean:
    case io::XlsxCell::Kind::Error:
        return fail(row, column, tr("getal of CBS-teken (. x - *) verwacht, gevonden \"%1\"").arg(cell.toString()));
    case io::XlsxCell::Kind::Text: {
        const io::DutchNumber::Result parsed = io::DutchNumber::parse(cell.text, mContext.decimalHint);
        switch (parsed.status) {
        case io::DutchNumber::Status::Value:
        case io::DutchNumber::Status::Nil:
            number = parsed.value;
            break;
        case io::DutchNumber::Status::Unknown:
        case io::DutchNumber::Status::Empty:
            value = TradeValue::unknown();
            return true;
        case io::DutchNumber::Status::Secret:
            value = TradeValue::secret();
            return true;
        case io::DutchNumber::Status::Invalid:
            return fail(row, column,
                        tr("getal of CBS-teken (. x - *) verwacht, gevonden \"%1\"").arg(cell.text.trimmed().left(40)));
        }
        break;
    }
    }
    if (number < 0.0 || !std::isfinite(number))
        return fail(row, column,
                    tr("negatieve of ongeldige waarde %1; handelswaarden zijn nooit negatief").arg(number));
    value = TradeValue{scaled ? number * mMapping.unitFactor : number};
    return true;
}

bool CbsTableReader::store(QHash<QByteArray, CbsData::Entry> &table, const QByteArray &key, const QByteArray &cn8Key,
                           TradeValue value, qint64 row, int column, const HsCode &code, const QString *partner)
{
    const auto what = [&] {
        const QString product = code.cn8.isEmpty() ? tr("product %1").arg(QString::fromLatin1(code.hs6))
                                                   : tr("GN-code %1").arg(QString::fromLatin1(code.cn8));
        return partner ? tr("%1 uit %2").arg(product, *partner) : product;
    };
    auto it = table.find(key);
    if (!cn8Key.isEmpty()) {
        if (mData.cn8Keys.contains(cn8Key))
            return fail(row, column, tr("dubbele sleutel: %1 staat al eerder in de tabel").arg(what()));
        mData.cn8Keys.insert(cn8Key);
        if (it != table.end() && it->fromCn8) {
            CbsData::addPart(it->value, value);
            return true;
        }
    }
    if (it != table.end()) {
        return fail(
            row, column,
            tr("dubbele sleutel: %1 staat ook op regel %2%3")
                .arg(what())
                .arg(it->row)
                .arg(it->file == mContext.file ? QString() : tr(" van %1").arg(QFileInfo(it->file).fileName())));
    }
    table.insert(key, {value, mContext.file, row, !cn8Key.isEmpty()});
    return true;
}

bool CbsTableReader::readData(const io::XlsxRow &row)
{
    const ColumnRole primary = primaryRole(mKind);
    const int productColumn = mMapping.column(ColumnRole::Product);
    const int primaryColumn = mMapping.column(primary);
    const int partnerColumn = mMapping.column(ColumnRole::Partner);
    const io::XlsxCell &productCell = row.cell(productColumn);
    const io::XlsxCell &primaryCell = row.cell(primaryColumn);
    const bool partnerBlank = partnerColumn == 0 || isBlank(row.cell(partnerColumn));

    // Blank lines, footnotes ("Bron: CBS", "x geheim", "1) ...") and notes have no value.
    if (isBlank(primaryCell) && partnerBlank) {
        bool any = false;
        for (const io::XlsxCell &cell : row.cells)
            any = any || !isBlank(cell);
        if (any)
            ++mReport.rowsSkipped;
        return true;
    }
    ++mDataRows;
    ++mReport.rowsRead;

    HsCode code;
    if (isBlank(productCell)) {
        if (mLastProduct.isEmpty())
            return fail(row.row, productColumn, tr("goederencode ontbreekt"));
        code.hs6 = mLastProduct.left(6);
        if (mLastProduct.size() == 8)
            code.cn8 = mLastProduct;
        code.description = mLastDescription;
    } else if (productCell.kind == io::XlsxCell::Kind::Number) {
        code = HsCode::fromNumber(productCell.number);
    } else {
        code = HsCode::parse(productCell.text);
        if (!code.isValid() && code.error.isEmpty()) {
            if (CountryMatcher::isTotalName(productCell.text)) {
                return skipRow();
            }
            code.error =
                tr("goederencode (GS6 of GN) verwacht, gevonden \"%1\"").arg(productCell.text.trimmed().left(40));
        }
    }
    if (!code.isValid())
        return fail(row.row, productColumn, code.error);
    mLastProduct = code.cn8.isEmpty() ? code.hs6 : code.cn8;
    mLastDescription = code.description;

    // Product attributes: description and industry wherever a table gives them.
    ProductInfo &product = mData.products[code.hs6];
    if (product.hs6.isEmpty())
        product.hs6 = QString::fromLatin1(code.hs6);
    // The first description wins; for CN8 lines it describes the HS6 heading best.
    if (product.descriptionNl.isEmpty()) {
        product.descriptionNl = mMapping.has(ColumnRole::Description)
                                    ? cellText(row.cell(mMapping.column(ColumnRole::Description)))
                                    : code.description;
    }
    if (mMapping.has(ColumnRole::Industry)) {
        const QString industry = cellText(row.cell(mMapping.column(ColumnRole::Industry)));
        if (!industry.isEmpty()) {
            if (product.industry.isEmpty()) {
                product.industry = industry;
            } else if (product.industry != industry) {
                ++mReport.rowsSkipped;
                mReport.addIssue(ImportIssue::Kind::Skipped,
                                 {mContext.file, row.row, mMapping.column(ColumnRole::Industry),
                                  tr("product %1 staat ook bij bedrijfstak \"%2\"; \"%3\" is aangehouden")
                                      .arg(product.hs6, industry, product.industry)});
            }
        }
    }

    // Year: a year column, else the request, the title or the file name.
    int year = mContext.year;
    if (mMapping.has(ColumnRole::Year)) {
        const io::XlsxCell &cell = row.cell(mMapping.column(ColumnRole::Year));
        const int rowYear =
            cell.kind == io::XlsxCell::Kind::Number ? int(cell.number) : ColumnMapping::yearInText(cell.text);
        if (rowYear < 1950 || rowYear > 2099)
            return fail(row.row, mMapping.column(ColumnRole::Year),
                        tr("jaartal verwacht, gevonden \"%1\"").arg(cellText(cell)));
        if (mContext.year != 0 && rowYear != mContext.year) {
            return skipRow();
        }
        year = rowYear;
    }
    if (year == 0)
        year = mMapping.year ? mMapping.year : (mTitleYear ? mTitleYear : mContext.fallbackYear);
    // Tables of one import without a year of their own take the year an earlier table stated.
    if (year == 0)
        year = mData.year;
    else if (mData.year == 0)
        mData.year = year;
    if (year == 0) {
        return fail(mMapping.headerRow, 0,
                    tr("het jaar is onbekend: de tabel heeft geen jaarkolom en de titel noemt "
                       "geen jaar; geef het jaar op met --year"));
    }

    switch (mKind) {
    case TableKind::ImportsByPartner: {
        const QString partnerText = cellText(row.cell(partnerColumn));
        if (partnerBlank)
            return fail(row.row, partnerColumn, tr("land ontbreekt"));
        QByteArray iso3;
        switch (mCountries.match(partnerText, &iso3)) {
        case CountryMatcher::Match::Total:
            return skipRow();
        case CountryMatcher::Match::Unmatched:
            ++mReport.unmatched[partnerText];
            ++mReport.rowsRejected;
            mReport.addIssue(ImportIssue::Kind::Unmatched,
                             {mContext.file, row.row, partnerColumn, tr("land \"%1\" niet herkend").arg(partnerText)});
            if (mFirstUnmatched.isNull())
                mFirstUnmatched = {mContext.file, row.row, partnerColumn, partnerText};
            return true;
        case CountryMatcher::Match::Country:
            break;
        }
        TradeValue value;
        if (!readValue(primaryCell, row.row, primaryColumn, true, value))
            return false;
        const QByteArray key = yearKey(year, code.hs6) + '|' + iso3;
        const QByteArray cn8Key =
            code.cn8.isEmpty() ? QByteArray() : "M|" + QByteArray::number(year) + '|' + code.cn8 + '|' + iso3;
        return store(mData.imports, key, cn8Key, value, row.row, productColumn, code, &partnerText);
    }
    case TableKind::ExportsByProduct: {
        TradeValue value;
        if (!readValue(primaryCell, row.row, primaryColumn, true, value))
            return false;
        const QByteArray cn8Key = code.cn8.isEmpty() ? QByteArray() : "X|" + QByteArray::number(year) + '|' + code.cn8;
        return store(mData.exports, yearKey(year, code.hs6), cn8Key, value, row.row, productColumn, code, nullptr);
    }
    case TableKind::WorldHhi: {
        if (!code.cn8.isEmpty())
            return fail(row.row, productColumn,
                        tr("de Herfindahl-index hoort bij een GS6-code (6 cijfers), niet bij GN-code %1")
                            .arg(QString::fromLatin1(code.cn8)));
        TradeValue value;
        if (!readValue(primaryCell, row.row, primaryColumn, false, value))
            return false;
        const QByteArray key = yearKey(year, code.hs6);
        if (!store(mData.worldHhi, key, {}, value, row.row, productColumn, code, nullptr))
            return false;
        if (value.known()) {
            mHhiRows.append({key, row.row});
            if (value.value > mHhiMax) {
                mHhiMax = value.value;
                mHhiMaxRow = row.row;
            }
        }
        return true;
    }
    case TableKind::ProductIndustry:
    case TableKind::Unknown:
        break;
    }
    return true;
}

bool CbsTableReader::finish()
{
    if (mKind == TableKind::Unknown || !mError.isNull())
        return mError.isNull();
    if (mKind == TableKind::ImportsByPartner || mKind == TableKind::ExportsByProduct) {
        if (mData.currency.isEmpty()) {
            mData.currency = mMapping.currency;
        } else if (mData.currency != mMapping.currency) {
            return fail(mMapping.headerRow, 0,
                        tr("deze tabel is in %1, een eerdere in %2; één gegevensset heeft één valuta")
                            .arg(mMapping.currency, mData.currency));
        }
    }
    // HHI as a fraction (0..1) or in points (0..10 000); one scale per table.
    if (mKind == TableKind::WorldHhi && mHhiMax > 1.0) {
        if (mHhiMax > 10000.0)
            return fail(mHhiMaxRow, mMapping.column(ColumnRole::WorldHhi),
                        tr("Herfindahl-index tussen 0 en 1 (of 0 en 10.000) verwacht, gevonden %1").arg(mHhiMax));
        for (const auto &[key, row] : std::as_const(mHhiRows))
            mData.worldHhi[key].value.value /= 10000.0;
        mReport.notes << tr("%1: Herfindahl-index in punten (0-10.000), omgerekend naar 0-1.")
                             .arg(QFileInfo(mContext.file).fileName());
    }
    return true;
}

} // namespace herkomst
