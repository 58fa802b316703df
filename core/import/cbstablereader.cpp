#include "import/cbstablereader.h"

#include "import/cbsrow.h"
#include "import/countrymatcher.h"
#include "import/hscode.h"
#include "import/importjob.h"
#include "import/importtext.h"
#include "import/tradesink.h"

#include <QFileInfo>

#include <charconv>

namespace herkomst {

namespace {

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

QString codeText(int32_t code, int digits)
{
    return QStringLiteral("%1").arg(code, digits, 10, QLatin1Char('0'));
}

// The common shape of a product cell, digits only ("010121", "10121", "01012100"): read without
// building text. Anything else (dots, a description, an error) takes HsCode::parse.
bool plainCode(QByteArrayView text, int32_t &hs6, int32_t &cn8)
{
    if (text.size() < 5 || text.size() > 8)
        return false;
    int32_t value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || text.front() == '-')
        return false;
    if (text.size() <= 6) {
        hs6 = value;
        cn8 = 0;
    } else {
        cn8 = value;
        hs6 = value / 100;
    }
    return true;
}

// A cell as DutchNumber reads it. The common "12345" and "12345,6" (a decimal separator the hint
// allows, no grouping) go straight to std::from_chars; other ASCII text without building a QString.
io::DutchNumber::Result parseNumber(QByteArrayView text, io::DutchNumber::DecimalHint hint)
{
    char plain[32];
    qsizetype digits = 0, separator = -1;
    bool simple = !text.isEmpty() && text.size() < qsizetype(sizeof plain);
    for (qsizetype i = 0; simple && i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            ++digits;
            plain[i] = c;
        } else if ((c == ',' || c == '.') && separator < 0 && i > 0 && i + 1 < text.size()) {
            separator = i;
            plain[i] = '.';
            simple =
                c == ',' ? hint != io::DutchNumber::DecimalHint::Point : hint != io::DutchNumber::DecimalHint::Comma;
        } else {
            simple = false;
        }
    }
    if (simple && digits > 0) {
        io::DutchNumber::Result result;
        if (std::from_chars(plain, plain + text.size(), result.value).ec == std::errc()) {
            result.status = io::DutchNumber::Status::Value;
            return result;
        }
    }
    char16_t buffer[64];
    if (text.size() < qsizetype(std::size(buffer))) {
        bool ascii = true;
        for (qsizetype i = 0; i < text.size() && ascii; ++i) {
            ascii = uchar(text[i]) < 0x80;
            buffer[i] = char16_t(uchar(text[i]));
        }
        if (ascii)
            return io::DutchNumber::parse(QStringView(buffer, text.size()), hint);
    }
    return io::DutchNumber::parse(QString::fromUtf8(text), hint);
}

} // namespace

CbsTableReader::CbsTableReader(Context context, CbsData &data, CountryMatcher &countries, ImportReport &report,
                               ImportJob *job)
    : mContext(std::move(context)), mData(data), mCountries(countries), mReport(report), mJob(job)
{
    if (mContext.mapping && mContext.mapping->headerRow > 0)
        mMapping = *mContext.mapping;
}

bool CbsTableReader::fail(qint64 row, int column, const QString &message)
{
    mError = {mContext.file, row, column,
              mContext.sheet.isEmpty() ? message : ImportText::tr("blad \"%1\": %2").arg(mContext.sheet, message)};
    return false;
}

bool CbsTableReader::addRow(const CbsRow &row)
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
    if (mKind == TableKind::Unknown || !mJob)
        return true; // a sheet we do not use (contents, notes), or a preview: no data is read
    return readData(row);
}

bool CbsTableReader::readHeader(const CbsRow &row)
{
    if (mRowsSeen > headerSearchRows)
        return true;
    QStringList cells;
    int filled = 0;
    for (const CbsCell &cell : row.cells()) {
        cells << cell.toString().trimmed();
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
        mReport.notes << ImportText::tr("%1: geen eigen eenheid; \"%2\" van een eerdere tabel aangehouden.")
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

bool CbsTableReader::readValue(const CbsCell &cell, qint64 row, int column, bool scaled, TradeValue &value)
{
    io::DutchNumber::Result number;
    switch (cell.kind) {
    case CbsCell::Kind::Empty:
        value = TradeValue::unknown();
        return true;
    case CbsCell::Kind::Number:
        number.status = io::DutchNumber::Status::Value;
        number.value = cell.number;
        break;
    case CbsCell::Kind::Boolean:
    case CbsCell::Kind::Error:
        return fail(row, column,
                    ImportText::tr("getal of CBS-teken (. x - *) verwacht, gevonden \"%1\"").arg(cell.toString()));
    case CbsCell::Kind::Text:
        number = parseNumber(cell.text, mContext.decimalHint);
        break;
    }
    switch (ImportJob::tradeValue(number, value)) {
    case ImportJob::ValueProblem::None:
        break;
    case ImportJob::ValueProblem::NotANumber:
        return fail(
            row, column,
            ImportText::tr("getal of CBS-teken (. x - *) verwacht, gevonden \"%1\"").arg(cell.toString().left(40)));
    case ImportJob::ValueProblem::Negative:
        return fail(
            row, column,
            ImportText::tr("negatieve of ongeldige waarde %1; handelswaarden zijn nooit negatief").arg(number.value));
    case ImportJob::ValueProblem::TooLarge:
        return fail(row, column, ImportJob::tooLargeText(cell.toString()));
    }
    if (scaled && value.known())
        value.value *= mMapping.unitFactor;
    return true;
}

bool CbsTableReader::store(CbsData::Table &table, uint64_t key, TradeValue value, qint64 row, const Product &product,
                           const CbsCell *partner, RecentEntry *recent)
{
    const int column = mMapping.column(ColumnRole::Product);
    const auto what = [&] {
        const QString code = product.cn8 == 0 ? ImportText::tr("product %1").arg(codeText(product.hs6, 6))
                                              : ImportText::tr("GN-code %1").arg(codeText(product.cn8, 8));
        return partner ? ImportText::tr("%1 uit %2").arg(code, partner->toString()) : code;
    };
    bool inserted = false;
    size_t index = 0;
    if (recent && recent->key == key) {
        index = recent->index; // the next CN8 line of the product this partner had last
    } else {
        // In a run of a product met for the first time, a key this partner did not have last is
        // new: no lookup.
        inserted = recent && mRun.fresh;
        index = inserted ? table.entries.append(key) : table.entries.findOrInsertIndex(key, &inserted);
        if (recent)
            *recent = {key, uint32_t(index)};
    }
    CbsData::Entry &entry = table.entries.value(index);
    if (inserted) {
        entry.setValue(value);
        entry.row = uint32_t(row);
        entry.file = uint16_t(mContext.fileIndex);
        entry.fromCn8 = product.cn8 != 0;
        if (product.cn8 != 0)
            table.cn8Lines(index).see(product.cn8);
        return true;
    }
    if (product.cn8 != 0 && entry.fromCn8) {
        if (!table.cn8Lines(index).see(product.cn8))
            return fail(row, column, ImportText::tr("dubbele sleutel: %1 staat al eerder in de tabel").arg(what()));
        TradeValue total = entry.value();
        CbsData::addPart(total, value);
        entry.setValue(total);
        return true;
    }
    const QString earlierFile = mData.files.value(entry.file);
    return fail(row, column,
                ImportText::tr("dubbele sleutel: %1 staat ook op regel %2%3")
                    .arg(what())
                    .arg(entry.row)
                    .arg(earlierFile == mContext.file
                             ? QString()
                             : ImportText::tr(" van %1").arg(QFileInfo(earlierFile).fileName())));
}

bool CbsTableReader::readProduct(const CbsRow &row, Product &product)
{
    const int column = mMapping.column(ColumnRole::Product);
    const CbsCell &cell = row.cell(column);
    if (cell.isBlank()) {
        if (mLast.hs6 == 0)
            return fail(row.row, column, ImportText::tr("goederencode ontbreekt"));
        product = mLast;
        return true;
    }
    // Lines of one code follow each other: the same digits as the line before need no reading.
    if (cell.kind == CbsCell::Kind::Text && cell.text == QByteArrayView(mLastPlain, mLastPlainSize)) {
        product.hs6 = mLast.hs6;
        product.cn8 = mLast.cn8;
        return true;
    }
    HsCode code;
    if (cell.kind == CbsCell::Kind::Text && plainCode(cell.text, product.hs6, product.cn8)) {
        if (product.hs6 != mLast.hs6 || product.cn8 != mLast.cn8) {
            mLast.hs6 = product.hs6;
            mLast.cn8 = product.cn8;
            mLast.description.clear();
        }
        mLastPlainSize = cell.text.size(); // plainCode() takes at most 8 digits
        std::copy(cell.text.begin(), cell.text.end(), mLastPlain);
        return true;
    } else {
        mLastPlainSize = 0;
        if (cell.kind == CbsCell::Kind::Number) {
            code = HsCode::fromNumber(cell.number);
        } else {
            const QString text = cell.toString();
            code = HsCode::parse(text);
            if (!code.isValid() && code.error.isEmpty()) {
                if (CountryMatcher::isTotalName(text)) {
                    product.hs6 = 0;
                    return true; // a total line: the caller skips it
                }
                code.error = ImportText::tr("goederencode (GS6 of GN) verwacht, gevonden \"%1\"").arg(text.left(40));
            }
        }
        if (!code.isValid())
            return fail(row.row, column, code.error);
        product.hs6 = code.hs6.toInt();
        product.cn8 = code.cn8.isEmpty() ? 0 : code.cn8.toInt();
        product.description = code.description;
    }
    mLast = product;
    return true;
}

// Product attributes: description and industry wherever a table gives them.
void CbsTableReader::noteProduct(const CbsRow &row, const Product &code)
{
    // Lines of one product follow each other; without an industry column there is nothing new.
    if (code.hs6 == mNotedHs6 && !mMapping.has(ColumnRole::Industry))
        return;
    mNotedHs6 = code.hs6;
    bool inserted = false;
    ProductInfo &product = mData.products.findOrInsert(uint64_t(code.hs6), &inserted);
    if (inserted)
        product.hs6 = codeText(code.hs6, 6);
    // The first description wins; for CN8 lines it describes the HS6 heading best.
    if (product.descriptionNl.isEmpty()) {
        product.descriptionNl = mMapping.has(ColumnRole::Description)
                                    ? row.cell(mMapping.column(ColumnRole::Description)).toString()
                                    : code.description;
    }
    if (!mMapping.has(ColumnRole::Industry))
        return;
    const QString industry = row.cell(mMapping.column(ColumnRole::Industry)).toString();
    if (industry.isEmpty())
        return;
    if (product.industry.isEmpty()) {
        product.industry = industry;
    } else if (product.industry != industry) {
        ++mReport.rowsSkipped;
        mReport.addIssue(ImportIssue::Kind::Skipped,
                         {mContext.file, row.row, mMapping.column(ColumnRole::Industry),
                          ImportText::tr("product %1 staat ook bij bedrijfstak \"%2\"; \"%3\" is aangehouden")
                              .arg(product.hs6, industry, product.industry)});
    }
}

// Year: a year column, else the request, the title or the file name. False with an error, or
// true with year 0 for another year's line (skipped).
bool CbsTableReader::readYear(const CbsRow &row, int &year)
{
    year = mContext.year;
    if (mMapping.has(ColumnRole::Year)) {
        const int column = mMapping.column(ColumnRole::Year);
        const CbsCell &cell = row.cell(column);
        const int rowYear =
            cell.kind == CbsCell::Kind::Number ? int(cell.number) : ColumnMapping::yearInText(cell.toString());
        if (!isTradeYear(rowYear))
            return fail(row.row, column, ImportText::tr("jaartal verwacht, gevonden \"%1\"").arg(cell.toString()));
        if (mContext.year != 0 && rowYear != mContext.year) {
            year = 0;
            return true;
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
        mReport.remedy = ImportReport::Remedy::GiveYear;
        return fail(mMapping.headerRow, 0,
                    ImportText::tr("het jaar is onbekend: de tabel heeft geen jaarkolom en de titel noemt geen jaar"));
    }
    return true;
}

int CbsTableReader::partnerOf(const CbsCell &cell)
{
    // Most rows repeat a few hundred names: looked up by the cell's bytes, hashed cheaply.
    if (const int *cached = mPartners.find(cell.text))
        return *cached;
    QByteArray code;
    int index = -2;
    switch (mCountries.match(cell.toString(), &code)) {
    case CountryMatcher::Match::Total:
        index = -1;
        break;
    case CountryMatcher::Match::Unmatched:
        break;
    case CountryMatcher::Match::Country:
        index = mData.partner(code);
        break;
    case CountryMatcher::Match::Block: // "Overige Azië": kept under its own code, never a supplier
        index = mData.partner(code, true);
        break;
    }
    mPartners.insert(cell.text, index);
    return index;
}

bool CbsTableReader::readImport(const CbsRow &row, const Product &product, int year)
{
    const int partnerColumn = mMapping.column(ColumnRole::Partner);
    const int valueColumn = mMapping.column(ColumnRole::ImportValue);
    const CbsCell &partnerCell = row.cell(partnerColumn);
    if (partnerCell.isBlank())
        return fail(row.row, partnerColumn, ImportText::tr("land ontbreekt"));
    const int partner = partnerOf(partnerCell);
    if (partner == -1)
        return skipRow();
    if (partner == -2) {
        const QString text = partnerCell.toString();
        mJob->unmatchedPartner(text, {mContext.file, row.row, partnerColumn, text});
        return true;
    }
    TradeValue value;
    if (!readValue(row.cell(valueColumn), row.row, valueColumn, true, value))
        return false;
    if (mData.isBlock(uint16_t(partner)))
        mJob->countBlockRows(mData.partners[size_t(partner)], 1, value.known() ? value.value : 0.0);
    if (mRecentImports.size() <= size_t(partner))
        mRecentImports.resize(size_t(partner) + 1);
    const uint64_t run = CbsData::key(year, product.hs6);
    if (run != mRun.key) {
        bool first = false;
        mData.imports.runs.findOrInsertIndex(run, &first);
        mRun = {run, first};
    }
    return store(mData.imports, CbsData::key(year, product.hs6, uint16_t(partner)), value, row.row, product,
                 &partnerCell, &mRecentImports[size_t(partner)]);
}

bool CbsTableReader::readData(const CbsRow &row)
{
    const int primaryColumn = mMapping.column(primaryRole(mKind));
    const CbsCell &primaryCell = row.cell(primaryColumn);
    const int partnerColumn = mMapping.column(ColumnRole::Partner);
    const bool partnerBlank = partnerColumn == 0 || row.cell(partnerColumn).isBlank();

    // Blank lines, footnotes ("Bron: CBS", "x geheim", "1) ...") and notes have no value.
    if (primaryCell.isBlank() && partnerBlank) {
        for (const CbsCell &cell : row.cells()) {
            if (!cell.isBlank()) {
                ++mReport.rowsSkipped;
                break;
            }
        }
        return true;
    }
    ++mDataRows;
    ++mReport.rowsRead;

    Product product;
    if (!readProduct(row, product))
        return false;
    if (product.hs6 == 0)
        return skipRow(); // "Totaal" in the product column
    noteProduct(row, product);
    int year = 0;
    if (!readYear(row, year))
        return false;
    if (year == 0)
        return skipRow(); // another year than the one asked for

    switch (mKind) {
    case TableKind::ImportsByPartner:
        return readImport(row, product, year);
    case TableKind::ExportsByProduct: {
        TradeValue value;
        if (!readValue(primaryCell, row.row, primaryColumn, true, value))
            return false;
        return store(mData.exports, CbsData::key(year, product.hs6), value, row.row, product, nullptr);
    }
    case TableKind::WorldHhi: {
        if (product.cn8 != 0)
            return fail(row.row, mMapping.column(ColumnRole::Product),
                        ImportText::tr("de Herfindahl-index hoort bij een GS6-code (6 cijfers), niet bij GN-code %1")
                            .arg(codeText(product.cn8, 8)));
        TradeValue value;
        if (!readValue(primaryCell, row.row, primaryColumn, false, value))
            return false;
        const uint64_t key = CbsData::key(year, product.hs6);
        if (!store(mData.worldHhi, key, value, row.row, product, nullptr))
            return false;
        if (value.known()) {
            mHhiKeys.push_back(key);
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
                        ImportText::tr("deze tabel is in %1, een eerdere in %2; één gegevensset heeft één valuta")
                            .arg(mMapping.currency, mData.currency));
        }
    }
    // HHI as a fraction (0..1) or in points (0..10 000); one scale per table.
    if (mKind == TableKind::WorldHhi && mHhiMax > 1.0) {
        if (mHhiMax > 10000.0)
            return fail(
                mHhiMaxRow, mMapping.column(ColumnRole::WorldHhi),
                ImportText::tr("Herfindahl-index tussen 0 en 1 (of 0 en 10.000) verwacht, gevonden %1").arg(mHhiMax));
        for (uint64_t key : mHhiKeys)
            mData.worldHhi.entries.find(key)->amount /= 10000.0;
        mReport.notes << ImportText::tr("%1: Herfindahl-index in punten (0-10.000), omgerekend naar 0-1.")
                             .arg(QFileInfo(mContext.file).fileName());
    }
    return true;
}

} // namespace herkomst
