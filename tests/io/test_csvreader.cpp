#include "io/csvreader.h"
#include "io/dutchnumber.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using herkomst::io::CsvReader;
using herkomst::io::CsvRow;
using herkomst::io::DutchNumber;
using herkomst::io::TextDecoding;

namespace {

struct Result {
    QList<QStringList> rows;
    QList<qint64> lines;
    CsvReader::Status status = CsvReader::Status::Ok;
    herkomst::io::SourceError error;
    char delimiter = 0;
    TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;
};

std::unique_ptr<QBuffer> openBuffer(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

QByteArray repeated(const QByteArray &line, int times)
{
    QByteArray out;
    out.reserve(line.size() * times);
    for (int i = 0; i < times; ++i)
        out += line;
    return out;
}

Result readAll(const QByteArray &bytes, CsvReader::Options opt = {})
{
    auto buffer = openBuffer(bytes);
    if (opt.fileName.isEmpty())
        opt.fileName = QStringLiteral("/pad/naar/invoer.csv");
    CsvReader reader(buffer.get(), opt);
    Result r;
    QStringList fields;
    while (reader.readRow(fields))
        r.rows << fields;
    r.status = reader.status();
    r.error = reader.error();
    r.delimiter = reader.delimiter();
    r.encoding = reader.encoding();
    return r;
}

QByteArray quoteField(const QByteArray &f, char delim)
{
    if (!f.contains(delim) && !f.contains('"') && !f.contains('\n') && !f.contains('\r'))
        return f;
    QByteArray q = f;
    q.replace("\"", "\"\"");
    return '"' + q + '"';
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void semicolonWithDecimalComma()
    {
        const auto r = readAll("Land;Waarde 2022;Waarde 2023\nDuitsland;1.234,5;2,25\n"
                               "Belgi\xC3\xAB;-;x\n");
        QCOMPARE(r.status, CsvReader::Status::AtEnd);
        QCOMPARE(r.delimiter, ';');
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows[1], (QStringList{"Duitsland", "1.234,5", "2,25"}));
        QCOMPARE(r.rows[2][0], QStringLiteral("België"));
        const auto v = DutchNumber::parse(r.rows[1][1], DutchNumber::DecimalHint::Comma);
        QCOMPARE(v.status, DutchNumber::Status::Value);
        QCOMPARE(v.value, 1234.5);
        QCOMPARE(DutchNumber::parse(r.rows[2][1]).status, DutchNumber::Status::Nil);
        QCOMPARE(DutchNumber::parse(r.rows[2][2]).status, DutchNumber::Status::Secret);
    }

    void cbsTitleLinesDoNotFoolDetection()
    {
        // Title and source lines above the header, footnotes below, as CBS StatLine exports.
        const QByteArray csv = "\"Internationale handel; invoer naar land, 2022\"\n"
                               "\"Bron: CBS, Den Haag\"\n"
                               "\n"
                               "Land;Periode;Invoerwaarde (mln euro)\n"
                               "Duitsland;2022;12,5\n"
                               "Belgi\xC3\xAB;2022;7,25\n"
                               "China;2022;3,5\n"
                               "\n"
                               "\"Voorlopige cijfers, zie toelichting\"\n";
        const auto r = readAll(csv);
        QCOMPARE(r.delimiter, ';');
        QCOMPARE(r.rows.size(), 9);
        QCOMPARE(r.rows[0], QStringList{"Internationale handel; invoer naar land, 2022"});
        QVERIFY(r.rows[2].isEmpty()); // empty line: zero fields, still counted
        QCOMPARE(r.rows[3].size(), 3);
        QCOMPARE(r.rows[6], (QStringList{"China", "2022", "3,5"}));
    }

    void detectsCommaAndTab()
    {
        QCOMPARE(readAll("t,i,j,k,v,q\n2020,4,24,300431,0.198,        0.001\n").delimiter, ',');
        QCOMPARE(readAll("Land\tWaarde\nDuitsland\t1,5\nChina\t2,5\n").delimiter, '\t');
        // A comma-decimal value that splits evenly must not beat ';'.
        QCOMPARE(readAll("Duitsland;1,5\nChina;2,5\n").delimiter, ';');
    }

    void excelSepLine()
    {
        const auto r = readAll("sep=,\r\nLand,Waarde\r\nChina,3\r\n");
        QCOMPARE(r.delimiter, ',');
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0], (QStringList{"Land", "Waarde"}));
    }

    void explicitDelimiterWins()
    {
        CsvReader::Options opt;
        opt.delimiter = '|';
        const auto r = readAll("a|b;c\n", opt);
        QCOMPARE(r.rows[0], (QStringList{"a", "b;c"}));
    }

    void utf8Bom()
    {
        const auto r = readAll("\xEF\xBB\xBFLand;Waarde\nCura\xC3\xA7"
                               "ao;1\n");
        QCOMPARE(r.rows[0][0], QStringLiteral("Land")); // BOM not glued to the first header
        QCOMPARE(r.rows[1][0], QStringLiteral("Curaçao"));
        QCOMPARE(r.encoding, TextDecoding::Encoding::Utf8);
    }

    void utf16LeBom()
    {
        const QString text = QStringLiteral("Land\tWaarde\r\nRéunion\t1,5\r\n");
        QByteArray bytes("\xFF\xFE", 2);
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const auto r = readAll(bytes);
        QCOMPARE(r.status, CsvReader::Status::AtEnd);
        QCOMPARE(r.encoding, TextDecoding::Encoding::Utf16LE);
        QCOMPARE(r.delimiter, '\t');
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[1], (QStringList{"Réunion", "1,5"}));
    }

    void windows1252()
    {
        const auto r = readAll("Land;Naam\nBE;Belgi\xEB\nRE;R\xE9union\n");
        QCOMPARE(r.encoding, TextDecoding::Encoding::Windows1252);
        QCOMPARE(r.rows[1][1], QStringLiteral("België"));
        QCOMPARE(r.rows[2][1], QStringLiteral("Réunion"));
    }

    void windows1252AfterLongAsciiStart()
    {
        // The first block is pure ASCII, so detection cannot know; the first bad byte decides.
        QByteArray csv = "Land;Waarde\n";
        while (csv.size() < 300 * 1024)
            csv += "Duitsland;12,5\n";
        csv += "BE;Belgi\xEB\n";
        CsvReader::Options opt;
        opt.blockBytes = 4096;
        const auto r = readAll(csv, opt);
        QCOMPARE(r.status, CsvReader::Status::AtEnd);
        QCOMPARE(r.rows.last()[1], QStringLiteral("België"));
        QCOMPARE(r.encoding, TextDecoding::Encoding::Windows1252);
    }

    void mixedEncodingFallsBackPerField()
    {
        // UTF-8 in the detection sample, a stray Windows-1252 byte far beyond it: only that
        // field falls back. (Inside the sample the invalid byte would decide for the whole file.)
        const QByteArray csv = "Land;Naam\nCW;Cura\xC3\xA7"
                               "ao\n" +
                               repeated("DE;Duitsland\n", 30000) + "BE;Belgi\xEB\n";
        CsvReader::Options opt;
        opt.blockBytes = 64 * 1024; // the sample is the first block
        const auto r = readAll(csv, opt);
        QCOMPARE(r.rows[1][1], QStringLiteral("Curaçao"));
        QCOMPARE(r.rows.last()[1], QStringLiteral("België"));
        QCOMPARE(r.encoding, TextDecoding::Encoding::Utf8);
        QCOMPARE(readAll("CW;Cura\xC3\xA7"
                         "ao\nBE;Belgi\xEB\n")
                     .encoding,
                 TextDecoding::Encoding::Windows1252);
    }

    void forcedEncoding()
    {
        CsvReader::Options opt;
        opt.encoding = TextDecoding::Encoding::Windows1252;
        // Bytes that happen to be valid UTF-8 are still read as Windows-1252 when forced.
        const auto r = readAll("a;\xC3\xA9\n", opt);
        QCOMPARE(r.rows[0][1], QStringLiteral("Ã©"));
    }

    void quotesAndEmbeddedNewlines()
    {
        auto buffer = openBuffer("a;\"b;c\";\"d \"\"e\"\"\"\n"
                                 "\"multi\nline\r\nfield\";x\n"
                                 "\"\";;end\n"
                                 "\"tail\"kept;\"uit\"\"\"\n"
                                 "last");
        CsvReader reader(buffer.get());
        CsvRow row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.size(), 3);
        QCOMPARE(row[1], QByteArrayView("b;c"));
        QCOMPARE(row[2], QByteArrayView("d \"e\""));
        QCOMPARE(row.line(), 1);
        QVERIFY(reader.readRow(row));
        QCOMPARE(row[0], QByteArrayView("multi\nline\r\nfield"));
        QCOMPARE(row[1], QByteArrayView("x"));
        QCOMPARE(row.line(), 2);
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.line(), 5); // the quoted field spanned lines 2-4
        QCOMPARE(row.size(), 3);
        QVERIFY(row[0].isEmpty());
        QVERIFY(row[1].isEmpty());
        QVERIFY(reader.readRow(row));
        QCOMPARE(row[0], QByteArrayView("tailkept")); // lenient: text after a closing quote
        QCOMPARE(row[1], QByteArrayView("uit\""));
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.size(), 1);
        QCOMPARE(row[0], QByteArrayView("last")); // no final newline
        QCOMPARE(row.line(), 7);
        QVERIFY(!reader.readRow(row));
        QCOMPARE(reader.status(), CsvReader::Status::AtEnd);
        QCOMPARE(reader.recordNumber(), 5);
    }

    void lineEndings()
    {
        const auto r = readAll("a,b\r\nc,d\re,f\n\r\ng,h");
        QCOMPARE(r.rows.size(), 5);
        QCOMPARE(r.rows[1], (QStringList{"c", "d"}));
        QCOMPARE(r.rows[2], (QStringList{"e", "f"}));
        QVERIFY(r.rows[3].isEmpty());
        QCOMPARE(r.rows[4], (QStringList{"g", "h"}));
    }

    void trailingDelimiterGivesEmptyField()
    {
        const auto r = readAll("a;b;\nc;d;\n");
        QCOMPARE(r.rows[0], (QStringList{"a", "b", ""}));
    }

    void unterminatedQuote()
    {
        const auto r = readAll("a;b\nc;\"open\nmore\n");
        QCOMPARE(r.status, CsvReader::Status::Error);
        QCOMPARE(r.error.row, 2);
        QCOMPARE(r.error.column, 2);
        QVERIFY(r.error.message.contains(QStringLiteral("aanhalingsteken")));
    }

    void lineOverLimit()
    {
        CsvReader::Options opt;
        opt.maxLineBytes = 1024;
        opt.blockBytes = 4096;
        QByteArray csv = "a;b\n" + QByteArray(300 * 1024, 'x') + "\nc;d\n";
        const auto r = readAll(csv, opt);
        QCOMPARE(r.status, CsvReader::Status::Error);
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.error.row, 2);
        QVERIFY2(r.error.message.startsWith(QStringLiteral("regel 2 is langer dan 1 KiB")),
                 qPrintable(r.error.message));
        QCOMPARE(r.error.toString().left(19), QStringLiteral("invoer.csv, regel 2"));
    }

    void hugeQuotedFieldOverDefaultLimit()
    {
        // An unterminated quote must not make the reader swallow the whole file into memory.
        QByteArray csv = "a;\"" + QByteArray(3 << 20, 'y');
        const auto r = readAll(csv);
        QCOMPARE(r.status, CsvReader::Status::Error);
        QVERIFY2(r.error.message.contains(QStringLiteral("langer dan 1 MiB")), qPrintable(r.error.message));
    }

    void lineJustUnderLimitIsFine()
    {
        CsvReader::Options opt;
        opt.maxLineBytes = 10000;
        opt.blockBytes = 4096;
        const QByteArray longField(9000, 'z');
        const auto r = readAll("a;b\n" + longField + ";1\nc;d\n", opt);
        QCOMPARE(r.status, CsvReader::Status::AtEnd);
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows[1][0].size(), 9000);
    }

    void nulBytes()
    {
        const auto r = readAll(QByteArray("a;b\nc;d\0e\n", 11));
        QCOMPARE(r.status, CsvReader::Status::Error);
        QCOMPARE(r.error.row, 2);
        QCOMPARE(r.error.column, 2);
        QVERIFY(r.error.message.contains(QStringLiteral("NUL")));
        QCOMPARE(r.error.toString(), QStringLiteral("invoer.csv, regel 2, kolom 2: ") + r.error.message);
    }

    void nulInsideQuotes()
    {
        const auto r = readAll(QByteArray("a;\"b\0\"\n", 8));
        QCOMPARE(r.status, CsvReader::Status::Error);
        QVERIFY(r.error.message.contains(QStringLiteral("NUL")));
    }

    void emptyFile()
    {
        const auto r = readAll(QByteArray());
        QCOMPARE(r.status, CsvReader::Status::AtEnd);
        QVERIFY(r.rows.isEmpty());
        QVERIFY(r.error.isNull());
    }

    void xlsxGivenAsCsv()
    {
        const auto r = readAll(QByteArray("PK\x03\x04rest-of-zip", 16));
        QCOMPARE(r.status, CsvReader::Status::Error);
        QVERIFY(r.error.message.contains(QStringLiteral("xlsx")));
    }

    void fastPathViews()
    {
        auto buffer = openBuffer("t,i,j,k,v,q\n2020,4,24,300431,0.198,        0.001\n"
                                 "2020,4,24,300432,1.5,          NA\n");
        CsvReader reader(buffer.get());
        CsvRow row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.size(), 6);
        QVERIFY(reader.readRow(row));
        QCOMPARE(row[3], QByteArrayView("300431"));
        QCOMPARE(DutchNumber::parseAscii(row[4]).value, 0.198);
        QCOMPARE(DutchNumber::parseAscii(row[5]).value, 0.001);
        QVERIFY(row.value(17).isEmpty());
        QVERIFY(reader.readRow(row));
        QCOMPARE(DutchNumber::parseAscii(row[5]).status, DutchNumber::Status::Unknown);
        QVERIFY(!reader.readRow(row));
    }

    // utf8(): a UTF-8 (or ASCII) field is handed back as it lies in the buffer; a field the
    // file's encoding makes other than UTF-8 comes back decoded, as text() decodes it.
    void utf8ViewsOrDecodes()
    {
        auto utf8File = openBuffer("Land;Waarde\nBrazili\xC3\xAB;5\n");
        CsvReader utf8Reader(utf8File.get());
        CsvRow row;
        QByteArray scratch;
        QVERIFY(utf8Reader.readRow(row));
        QVERIFY(utf8Reader.readRow(row));
        QCOMPARE(utf8Reader.utf8(row[0], scratch).data(), row[0].data());
        QCOMPARE(utf8Reader.utf8(row[1], scratch).data(), row[1].data());
        QVERIFY(scratch.isEmpty());

        auto latinFile = openBuffer("Land;Waarde\nBrazili\xEB;5\nCura\xE7"
                                    "ao;6\n");
        CsvReader latinReader(latinFile.get());
        QVERIFY(latinReader.readRow(row));
        QVERIFY(latinReader.readRow(row));
        QCOMPARE(latinReader.utf8(row[0], scratch), QByteArrayView("Brazili\xC3\xAB"));
        QCOMPARE(latinReader.encoding(), TextDecoding::Encoding::Windows1252);
        QVERIFY(latinReader.readRow(row));
        QCOMPARE(latinReader.utf8(row[0], scratch).toByteArray(), latinReader.text(row[0]).toUtf8());
        QCOMPARE(latinReader.utf8(row[1], scratch).data(), row[1].data()); // ASCII: no copy
    }

    // Random records with every awkward character, read through tiny blocks so records straddle
    // block boundaries at every possible point.
    void randomRoundTripAcrossBlocks()
    {
        QRandomGenerator rng(4711);
        const char alphabet[] = "ab;,\"\n\r x\xC3\xA9";
        QList<QList<QByteArray>> expected;
        QByteArray csv = "h1;h2;h3\n";
        expected.append({"h1", "h2", "h3"});
        while (csv.size() < 400 * 1024) {
            QList<QByteArray> rec;
            const int n = 1 + int(rng.bounded(5));
            QByteArray line;
            for (int i = 0; i < n; ++i) {
                QByteArray f;
                const int len = int(rng.bounded(12));
                for (int k = 0; k < len; ++k)
                    f.append(alphabet[rng.bounded(int(sizeof alphabet) - 1)]);
                if (f.startsWith("\xA9"))
                    f.prepend('a');
                rec.append(f);
                line += (i ? ";" : "") + quoteField(f, ';');
            }
            if (n == 1 && rec[0].isEmpty())
                continue; // would be an empty line, which reads back as zero fields
            expected.append(rec);
            csv += line + (rng.bounded(2) ? "\r\n" : "\n");
        }
        auto buffer = openBuffer(csv);
        CsvReader::Options opt;
        opt.delimiter = ';';
        opt.blockBytes = 4096;
        CsvReader reader(buffer.get(), opt);
        CsvRow row;
        int i = 0;
        while (reader.readRow(row)) {
            QVERIFY(i < expected.size());
            QCOMPARE(row.size(), expected[i].size());
            for (int c = 0; c < row.size(); ++c)
                QCOMPARE(row[c].toByteArray(), expected[i][c]);
            ++i;
        }
        QCOMPARE(reader.status(), CsvReader::Status::AtEnd);
        QCOMPARE(i, expected.size());
    }

    void progressAndCancel()
    {
        const QByteArray csv = repeated("2020,4,24,300431,0.198,0.001\n", 200000);
        auto buffer = openBuffer(csv);
        CsvReader::Options opt;
        opt.blockBytes = 64 * 1024;
        CsvReader reader(buffer.get(), opt);
        qint64 lastDone = 0, lastTotal = 0;
        int calls = 0;
        reader.setProgressCallback([&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
            ++calls;
        });
        std::atomic_bool cancel{false};
        reader.setCancelFlag(&cancel);
        CsvRow row;
        int rows = 0;
        while (reader.readRow(row)) {
            if (++rows == 50000)
                cancel = true;
        }
        QCOMPARE(reader.status(), CsvReader::Status::Cancelled);
        QVERIFY(rows >= 50000 && rows < 52000); // stops within ~1024 records
        QCOMPARE(lastTotal, qint64(csv.size()));
        QVERIFY(calls > 1);
        QVERIFY(lastDone < lastTotal);
    }

    void progressReachesTotal()
    {
        const QByteArray csv = repeated("1;2;3\n", 50000);
        auto buffer = openBuffer(csv);
        CsvReader reader(buffer.get());
        qint64 done = 0;
        reader.setProgressCallback([&](qint64 d, qint64) { done = d; });
        CsvRow row;
        int rows = 0;
        while (reader.readRow(row))
            ++rows;
        QCOMPARE(rows, 50000);
        QCOMPARE(done, qint64(csv.size()));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
