// Tables to XLSX and CSV: read back with the project's own readers, as a user's spreadsheet would.
#include "exportfixture.h"

#include "domain/numberformat.h"
#include "export/annextables.h"
#include "export/csvexport.h"
#include "export/xlsxexport.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QAbstractTableModel>
#include <QBuffer>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace herkomst;

namespace {

class ProductModel : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex & = {}) const override { return 4; }
    int columnCount(const QModelIndex & = {}) const override { return 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        static const QStringList codes = {QStringLiteral("010121"), QStringLiteral("850760"), QStringLiteral("300490"),
                                          QStringLiteral("293627")};
        static const double shares[] = {0.61, 0.92, 0.55, 0.77};
        static const int counts[] = {3, 12, 7, 1};
        if (role != Qt::EditRole && role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case 0:
            return codes[index.row()];
        case 1:
            return shares[index.row()];
        default:
            return counts[index.row()];
        }
    }
    QVariant headerData(int section, Qt::Orientation, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return QStringList{QStringLiteral("HS6"), QStringLiteral("Aandeel"), QStringLiteral("Aantal")}.value(section);
    }
};

std::vector<QStringList> readCsv(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    io::CsvReader reader(&buffer);
    std::vector<QStringList> rows;
    QStringList fields;
    while (reader.readRow(fields))
        rows.push_back(fields);
    return rows;
}

// Writes the table and reads its first sheet back, as a spreadsheet would.
std::vector<io::XlsxRow> roundTripXlsx(const ExportTable &table, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!writeXlsx(table, path, &error))
        qWarning("%s", qPrintable(error));
    io::XlsxReader reader(path);
    std::vector<io::XlsxRow> rows;
    if (!reader.open() || !reader.readSheet(0, rows))
        qWarning("%s", qPrintable(reader.error().toString()));
    return rows;
}

double dutchNumber(const QString &text, bool *ok)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toDouble(text, ok);
}

} // namespace

class TestTableExport : public QObject {
    Q_OBJECT
private slots:
    void concentratedXlsxHasOneTypedRowPerProduct();
    void productListXlsxKeepsLeadingZeros();
    void csvRoundTrips();
    void csvQuotesAndKeepsMissingEmpty();
    void modelExportFollowsProxyOrderAndTypes();
    void failedWriteLeavesExistingFile();
};

void TestTableExport::concentratedXlsxHasOneTypedRowPerProduct()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    const ExportTable table =
        concentratedProductsTable(analysis.statistics.primary, analysis.result, analysis.settings);
    QCOMPARE(int(table.rows.size()), analysis.result.finalCount());
    QVERIFY(table.rows.size() > 50);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bijlage2.xlsx"));
    QString error;
    QVERIFY2(writeXlsx(table, path, &error), qPrintable(error));

    io::XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.error().message));
    QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Bijlage 2"), QStringLiteral("Toelichting")}));
    std::vector<io::XlsxRow> rows;
    QVERIFY(reader.readSheet(0, rows));
    QCOMPARE(int(rows.size()), analysis.result.finalCount() + 1);
    QCOMPARE(rows[0].cell(1).text, QStringLiteral("HS6"));
    QCOMPARE(rows[0].cell(4).text, QStringLiteral("Aandeel (%)"));
    const StatisticsTable &stats = analysis.statistics.primary;
    for (size_t r = 1; r < rows.size(); ++r) {
        const io::XlsxRow &cells = rows[r];
        QCOMPARE(cells.cell(1).kind, io::XlsxCell::Kind::Text);
        QCOMPARE(cells.cell(1).text.size(), 6);
        QVERIFY(stats.rowByHs6.contains(cells.cell(1).text));
        const ProductStats &product = stats.rows[size_t(stats.rowByHs6.value(cells.cell(1).text))];
        QCOMPARE(cells.cell(4).kind, io::XlsxCell::Kind::Number);
        QVERIFY(cells.cell(4).number > 0.5 && cells.cell(4).number <= 1.0); // a fraction, formatted as %
        QCOMPARE(cells.cell(4).number, product.supplierShare);
        QCOMPARE(cells.cell(5).kind, io::XlsxCell::Kind::Number);
        QVERIFY(std::abs(cells.cell(5).number - product.importValue / 1e6) < 1e-9);
    }
    std::vector<io::XlsxRow> notes;
    QVERIFY(reader.readSheet(1, notes));
    QString allNotes;
    for (const io::XlsxRow &row : notes)
        for (const io::XlsxCell &cell : row.cells)
            allNotes += cell.text + QLatin1Char('\n');
    QVERIFY2(allNotes.contains(QStringLiteral("synthetische demodata")), qPrintable(allNotes));
    QVERIFY(allNotes.contains(QStringLiteral("> 50 %")));

    // Frozen header row and autofilter, as the sheet XML states them.
    const QByteArray sheetXml = test::zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheetXml.contains("state=\"frozen\""));
    QVERIFY(sheetXml.contains("<autoFilter ref=\"A1:E"));
    QVERIFY(sheetXml.contains("<col "));
}

void TestTableExport::productListXlsxKeepsLeadingZeros()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    const ExportTable table = productListTable(analysis.statistics.primary, analysis.result, analysis.settings);
    QCOMPARE(table.rows.size(), analysis.statistics.primary.rows.size());
    QTemporaryDir dir;
    const std::vector<io::XlsxRow> rows = roundTripXlsx(table, dir, QStringLiteral("alle.xlsx"));
    QCOMPARE(rows.size(), table.rows.size() + 1);
    int leadingZero = 0;
    for (size_t r = 1; r < rows.size(); ++r) {
        QCOMPARE(rows[r].cell(1).kind, io::XlsxCell::Kind::Text);
        leadingZero += rows[r].cell(1).text.startsWith(QLatin1Char('0'));
    }
    QVERIFY2(leadingZero > 0, "demo data has HS chapters 01-09; their codes must keep the leading zero");
}

void TestTableExport::csvRoundTrips()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    const ExportTable table =
        concentratedProductsTable(analysis.statistics.primary, analysis.result, analysis.settings);
    const QByteArray csv = toCsv(table);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    const std::vector<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.size(), table.rows.size() + 1);
    for (size_t c = 0; c < table.columns.size(); ++c)
        QCOMPARE(rows[0].value(int(c)), table.columns[c].header);
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const QStringList &fields = rows[r + 1];
        QCOMPARE(fields.size(), int(table.columns.size()));
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const ExportColumn &column = table.columns[c];
            const QVariant &value = table.rows[r][int(c)];
            if (column.kind == ColumnKind::Text) {
                QCOMPARE(fields[int(c)], value.toString());
                continue;
            }
            QVERIFY2(!fields[int(c)].contains(QLatin1Char('.')), "no thousands separators, decimal comma");
            bool ok = false;
            const double read = dutchNumber(fields[int(c)], &ok);
            QVERIFY2(ok, qPrintable(fields[int(c)]));
            const double expected = value.toDouble() * (column.kind == ColumnKind::Percentage ? 100.0 : 1.0);
            QVERIFY2(std::abs(read - expected) <= 0.5 * std::pow(10.0, -column.decimals) + 1e-9,
                     qPrintable(QStringLiteral("%1 vs %2").arg(read).arg(expected)));
        }
    }
}

void TestTableExport::csvQuotesAndKeepsMissingEmpty()
{
    ExportTable table;
    table.columns = {{QStringLiteral("Omschrijving"), ColumnKind::Text, 0},
                     {QStringLiteral("Waarde"), ColumnKind::Decimal, 1}};
    table.rows.push_back({QStringLiteral("Kabels; \"geïsoleerd\""), 1234.56});
    table.rows.push_back({QStringLiteral("Geheim"), QVariant()});
    table.rows.push_back({QStringLiteral("Onbekend"), std::nan("")});
    const std::vector<QStringList> rows = readCsv(toCsv(table));
    QCOMPARE(rows.size(), size_t(4));
    QCOMPARE(rows[1], (QStringList{QStringLiteral("Kabels; \"geïsoleerd\""), QStringLiteral("1234,6")}));
    QCOMPARE(rows[2], (QStringList{QStringLiteral("Geheim"), QString()}));
    QCOMPARE(rows[3], (QStringList{QStringLiteral("Onbekend"), QString()}));
}

void TestTableExport::modelExportFollowsProxyOrderAndTypes()
{
    ProductModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::EditRole);
    proxy.sort(1, Qt::DescendingOrder);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterRegularExpression(QStringLiteral("^[08]")); // drops 300490 and 293627
    const ExportTable table = exportTableFromModel(proxy);
    QCOMPARE(table.columns.size(), size_t(3));
    QCOMPARE(table.columns[0].kind, ColumnKind::Text);
    QCOMPARE(table.columns[1].kind, ColumnKind::Decimal);
    QCOMPARE(table.columns[2].kind, ColumnKind::Integer);
    QCOMPARE(table.rows.size(), size_t(2));
    QCOMPARE(table.rows[0][0].toString(), QStringLiteral("850760"));
    QCOMPARE(table.rows[1][0].toString(), QStringLiteral("010121"));

    QTemporaryDir dir;
    const std::vector<io::XlsxRow> rows = roundTripXlsx(table, dir, QStringLiteral("zicht.xlsx"));
    QCOMPARE(rows.size(), size_t(3));
    QCOMPARE(rows[2].cell(1).text, QStringLiteral("010121"));
    QCOMPARE(rows[2].cell(1).kind, io::XlsxCell::Kind::Text);
    QCOMPARE(rows[2].cell(3).number, 3.0);
}

void TestTableExport::failedWriteLeavesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bestaand.csv"));
    ExportTable table;
    table.columns = {{QStringLiteral("A"), ColumnKind::Text, 0}};
    table.rows.push_back({QStringLiteral("eerste")});
    QString error;
    QVERIFY(writeCsv(table, path, &error));
    const QString missingDir = dir.filePath(QStringLiteral("bestaat-niet/x.xlsx"));
    QVERIFY(!writeXlsx(table, missingDir, &error));
    QVERIFY2(error.contains(QStringLiteral("x.xlsx")), qPrintable(error));
    QVERIFY(!writeCsv(table, dir.filePath(QStringLiteral("bestaat-niet/x.csv")), &error));
    QVERIFY2(error.contains(QStringLiteral("x.csv")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "test_tableexport.moc"
