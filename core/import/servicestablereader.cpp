#include "import/servicestablereader.h"

#include "import/cbsimporter.h"
#include "import/countrymatcher.h"

#include "countries/countryregistry.h"
#include "import/filechecksum.h"
#include "import/tradeperiod.h"
#include "io/csvreader.h"
#include "io/dutchnumber.h"
#include "io/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace herkomst {

namespace {

QString key(const QString &text)
{
    return CountryRegistry::normalise(text);
}

bool namesPartner(const QString &header)
{
    const QString k = key(header);
    return k == QLatin1String("landen") || k == QLatin1String("land") || k.startsWith(QLatin1String("partner")) ||
           k == QLatin1String("country") || k == QLatin1String("countries") ||
           k.contains(QLatin1String("handelspartner"));
}

bool namesYear(const QString &header)
{
    const QString k = key(header);
    return k == QLatin1String("perioden") || k == QLatin1String("periode") || k == QLatin1String("jaar") ||
           k == QLatin1String("year") || k == QLatin1String("period") || k == QLatin1String("periods");
}

bool namesValue(const QString &header)
{
    const QString k = key(header);
    return k.contains(QLatin1String("invoer")) || k.contains(QLatin1String("import")) ||
           k.contains(QLatin1String("waarde")) || k.contains(QLatin1String("value"));
}

// "2020", "2020*", "2020**", "2020 (voorlopig)", "2020JJ00" (StatLine's period code): the year, else 0.
int yearOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})(JJ00)?\\s*(\\*{1,2}|\\(.*\\))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return 0;
    const int year = match.captured(1).toInt();
    return isTradeYear(year) ? year : 0;
}

// The unit of the values from the lines above the header (and the header itself), read as goods
// tables read theirs (ColumnMapping::detectUnit); "mln euro" when none says, CBS's unit for services.
void detectUnit(const std::vector<QStringList> &rows, int headerRow, ColumnMapping &mapping)
{
    for (int r = 0; r <= headerRow; ++r) {
        for (const QString &cell : rows[size_t(r)]) {
            if (!mapping.detectUnit(cell))
                continue;
            // Named as the wizard's unit choices name it.
            if (mapping.currency == QLatin1String("EUR"))
                mapping.unitNote = mapping.unitFactor == 1e9   ? QStringLiteral("x miljard euro")
                                   : mapping.unitFactor == 1e6 ? QStringLiteral("mln euro")
                                   : mapping.unitFactor == 1e3 ? QStringLiteral("x 1 000 euro")
                                                               : QStringLiteral("euro");
            return;
        }
    }
    mapping.unitFactor = 1e6;
    mapping.unitNote = QStringLiteral("mln euro");
}

} // namespace

std::optional<std::vector<QStringList>> ServicesTableReader::readRows(const QString &path, io::SourceError *error,
                                                                      int maxRows)
{
    std::vector<QStringList> rows;
    const auto full = [&] { return maxRows > 0 && rows.size() >= size_t(maxRows); };
    const QString name = QFileInfo(path).fileName();
    if (CbsImporter::isWorkbook(path)) {
        io::XlsxReader reader(path);
        reader.setFileName(name);
        if (!reader.open() || !reader.openSheet(0)) {
            *error = reader.error();
            return std::nullopt;
        }
        io::XlsxRow row;
        while (!full() && reader.readRow(row)) {
            QStringList fields;
            for (int c = 1; c <= row.columnCount(); ++c)
                fields << row.cell(c).toString();
            rows.resize(size_t(std::max<qint64>(qint64(rows.size()), row.row - 1)));
            rows.push_back(fields);
        }
        if (maxRows > 0 && rows.size() > size_t(maxRows))
            rows.resize(size_t(maxRows));
        if (reader.hasError()) {
            *error = reader.error();
            return std::nullopt;
        }
        return rows;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {name, 0, 0, tr("kan het bestand niet openen: %1").arg(file.errorString())};
        return std::nullopt;
    }
    io::CsvReader::Options options;
    options.fileName = name;
    io::CsvReader reader(&file, options);
    QStringList fields;
    while (!full() && reader.readRow(fields))
        rows.push_back(fields);
    if (reader.status() == io::CsvReader::Status::Error) {
        *error = reader.error();
        return std::nullopt;
    }
    return rows;
}

std::optional<ColumnMapping> ServicesTableReader::detectLayout(const std::vector<QStringList> &rows)
{
    for (int r = 0; r < int(rows.size()) && r < headerSearchRows; ++r) {
        const QStringList &row = rows[size_t(r)];
        int partner = -1, year = -1, value = -1;
        bool years = false, goodsCode = false;
        for (int c = 0; c < row.size(); ++c) {
            if (partner < 0 && namesPartner(row[c]))
                partner = c;
            else if (year < 0 && namesYear(row[c]))
                year = c;
            else if (value < 0 && namesValue(row[c]))
                value = c;
            else if (yearOf(row[c]) > 0)
                years = true;
            goodsCode = goodsCode || ColumnMapping::roleForHeader(row[c]) == ColumnRole::Product;
        }
        if (partner < 0 || !((year >= 0 && value >= 0) || years))
            continue;
        if (goodsCode)
            return std::nullopt; // a goods table by partner: a product column besides the partner
        ColumnMapping mapping;
        mapping.headerRow = r + 1;
        mapping.setColumn(ColumnRole::Partner, partner + 1);
        if (year >= 0 && value >= 0) {
            mapping.setColumn(ColumnRole::Year, year + 1);
            mapping.setColumn(ColumnRole::ImportValue, value + 1);
        }
        detectUnit(rows, r, mapping);
        return mapping;
    }
    return std::nullopt;
}

std::optional<std::vector<ServicesValue>>
ServicesTableReader::parse(const std::vector<QStringList> &rows, const QString &file, const QString &reporter,
                           io::SourceError *error, const std::optional<ColumnMapping> &layout, int onlyYear)
{
    const std::optional<ColumnMapping> mapping = layout ? layout : detectLayout(rows);
    if (!mapping || mapping->headerRow < 1 || mapping->headerRow > qint64(rows.size())) {
        *error = {file, 0, 0,
                  tr("geen kop gevonden met een kolom voor de partner (\"Landen\") en een jaar (\"Perioden\" met een "
                     "waardekolom, of een kolom per jaar)")};
        return std::nullopt;
    }
    const int headerRow = int(mapping->headerRow - 1);
    const int partnerColumn = mapping->column(ColumnRole::Partner) - 1;
    const int valueColumn = mapping->column(ColumnRole::ImportValue) - 1;
    const int yearColumn = valueColumn >= 0 ? mapping->column(ColumnRole::Year) - 1 : -1;
    if (onlyYear <= 0)
        onlyYear = mapping->year;
    if (partnerColumn < 0) {
        *error = {file, headerRow + 1, 0, tr("geen kolom voor de partner")};
        return std::nullopt;
    }
    if (!(mapping->unitFactor > 0) || !std::isfinite(mapping->unitFactor)) {
        *error = {file, headerRow + 1, 0, tr("geen bruikbare eenheid van de waarden")};
        return std::nullopt;
    }
    // Wide: one column per year in the header; one value column without a year column: one year.
    std::vector<std::pair<int, int>> yearColumns; // column, year
    if (valueColumn < 0) {
        const QStringList &header = rows[size_t(headerRow)];
        for (int c = 0; c < header.size(); ++c) {
            if (const int y = yearOf(header[c]); y > 0 && c != partnerColumn && (onlyYear <= 0 || y == onlyYear))
                yearColumns.emplace_back(c, y);
        }
        if (yearColumns.empty()) {
            *error = {file, headerRow + 1, 0,
                      onlyYear > 0 ? tr("geen kolom voor het jaar %1 in de kopregel").arg(onlyYear)
                                   : tr("geen waardekolom en geen kolom per jaar in de kopregel")};
            return std::nullopt;
        }
    } else if (yearColumn < 0) {
        if (onlyYear <= 0) {
            *error = {file, headerRow + 1, valueColumn + 1, tr("de tabel noemt geen jaar")};
            return std::nullopt;
        }
        yearColumns.emplace_back(valueColumn, onlyYear);
    }
    const double scale = mapping->unitFactor / 1e6; // stored in millions
    std::vector<ServicesValue> values;
    QSet<QString> seen;
    const auto add = [&](int r, int column, const QString &partner, int year) {
        const QString cell = rows[size_t(r)].value(column);
        const io::DutchNumber::Result number = io::DutchNumber::parse(cell);
        TradeValue value;
        switch (number.status) {
        case io::DutchNumber::Status::Value:
        case io::DutchNumber::Status::Nil:
            value.value = number.value * scale;
            break;
        case io::DutchNumber::Status::Secret:
            value = TradeValue::secret();
            break;
        case io::DutchNumber::Status::Unknown:
        case io::DutchNumber::Status::Empty:
            value = TradeValue::unknown();
            break;
        case io::DutchNumber::Status::Invalid:
            *error = {file, r + 1, column + 1, tr("geen getal: \"%1\"").arg(cell.left(40))};
            return false;
        }
        if (number.hasValue() && (number.value < 0 || !std::isfinite(number.value * scale))) {
            *error = {file, r + 1, column + 1,
                      tr("een negatieve of onmogelijk grote invoer: \"%1\"").arg(cell.left(40))};
            return false;
        }
        const QString k = QString::number(year) + QLatin1Char('|') + key(partner);
        if (seen.contains(k)) {
            *error = {file, r + 1, column + 1, tr("%1 in %2 staat er twee keer in").arg(partner).arg(year)};
            return false;
        }
        seen.insert(k);
        values.push_back({reporter, year, partner, value});
        return true;
    };
    for (int r = headerRow + 1; r < int(rows.size()); ++r) {
        const QStringList &row = rows[size_t(r)];
        const QString partner = row.value(partnerColumn).trimmed();
        if (partner.isEmpty() || isTotal(partner))
            continue;
        if (yearColumn >= 0) {
            const QString yearText = row.value(yearColumn);
            if (yearText.trimmed().isEmpty() && row.value(valueColumn).trimmed().isEmpty())
                continue; // a footnote under the table
            const int year = yearOf(yearText);
            if (year == 0) {
                *error = {file, r + 1, yearColumn + 1, tr("geen jaartal: \"%1\"").arg(yearText.left(40))};
                return std::nullopt;
            }
            if (onlyYear > 0 && year != onlyYear)
                continue;
            if (!add(r, valueColumn, partner, year))
                return std::nullopt;
        } else {
            bool anyCell = false;
            for (const auto &[column, year] : yearColumns)
                anyCell = anyCell || !row.value(column).trimmed().isEmpty();
            if (!anyCell)
                continue; // a footnote or source line under the table
            for (const auto &[column, year] : yearColumns) {
                if (!add(r, column, partner, year))
                    return std::nullopt;
            }
        }
    }
    if (values.empty()) {
        *error = {file, headerRow + 1, 0, tr("de tabel bevat geen partners onder de kop")};
        return std::nullopt;
    }
    return values;
}

ServicesTableReader::Contents ServicesTableReader::contents(const std::vector<ServicesValue> &values)
{
    QSet<QString> partners;
    QSet<int> years;
    for (const ServicesValue &v : values) {
        partners.insert(v.partner);
        years.insert(v.year);
    }
    Contents contents;
    contents.partners = int(partners.size());
    contents.years.assign(years.begin(), years.end());
    std::sort(contents.years.begin(), contents.years.end());
    return contents;
}

bool ServicesTableReader::isTotal(const QString &partner)
{
    // The totals and aggregates goods tables skip (the EU, extra-EU, the world), and any
    // "Totaal ..." line a services table adds.
    return CountryMatcher::isTotalName(partner) || key(partner).startsWith(QLatin1String("totaal "));
}

std::optional<ServicesDataSet> ServicesTableReader::read(const QString &path, const QString &reporter,
                                                         const QString &name, io::SourceError *error,
                                                         const std::optional<ColumnMapping> &layout, int year)
{
    const QFileInfo info(path);
    const std::optional<std::vector<QStringList>> rows = readRows(path, error);
    if (!rows)
        return std::nullopt;
    std::optional<std::vector<ServicesValue>> values = parse(*rows, info.fileName(), reporter, error, layout, year);
    if (!values)
        return std::nullopt;
    ServicesDataSet set;
    set.name = name.isEmpty() ? info.completeBaseName() : name;
    set.fileName = info.fileName();
    set.fileSize = info.size();
    set.rowsRead = qint64(rows->size());
    QString checksumError;
    set.sha256 = fileSha256(path, &checksumError);
    if (set.sha256.isEmpty()) {
        *error = {info.fileName(), 0, 0, checksumError};
        return std::nullopt;
    }
    set.values = std::move(*values);
    return set;
}

} // namespace herkomst
