// The annex as its readers see it: the DOCX opened by python-docx, the ODT converted by
// LibreOffice, every PDF (ours and the converted ones) read by poppler and rendered page by page.
#include "exportfixture.h"
#include "pdftext.h"
#include "support/clirun.h"

#include "domain/numberformat.h"
#include "export/analysiscaption.h"
#include "export/annexcontent.h"
#include "export/annexreport.h"
#include "export/annextables.h"
#include "export/docxwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

// Reads the DOCX with python-docx and reports what Word would show, as JSON.
const char *const kDocxProbe = R"PY(
import docx, docx.shared, json, sys
d = docx.Document(sys.argv[1])
ns = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
section = d.sections[0]
out = {
  'headings': [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith('Heading')],
  'captions': [p.text for p in d.paragraphs if p.style.name == 'Caption'],
  'tables': [],
  'figures': [[s.width.cm, s.height.cm] for s in d.inline_shapes],
  'textWidthCm': docx.shared.Length(section.page_width - section.left_margin - section.right_margin).cm,
  'footer': section.footer.paragraphs[0]._p.xml if section.footer.paragraphs else '',
}
for t in d.tables:
  rows = t.rows
  out['tables'].append({
    'header': [c.text for c in rows[0].cells],
    'headerRepeats': rows[0]._tr.trPr is not None and rows[0]._tr.trPr.find(ns + 'tblHeader') is not None,
    'rowsKeptWhole': all(r._tr.trPr is not None and r._tr.trPr.find(ns + 'cantSplit') is not None for r in rows),
    'rows': len(rows) - 1,
    'headerFill': [c._tc.tcPr.find(ns + 'shd').get(ns + 'fill') for c in rows[0].cells],
  })
print(json.dumps(out))
)PY";

struct Tools {
    QString soffice = test::findTool(QStringLiteral("soffice"));
    QString pdfimages = test::findTool(QStringLiteral("pdfimages"));
    QString pdftoppm = test::findTool(QStringLiteral("pdftoppm"));
    QString pdftotext = test::findTool(QStringLiteral("pdftotext"));
    QString python = test::pythonWithDocx();
};

const Tools &tools()
{
    static const Tools found;
    return found;
}

// The set-up script installs these; a missing one is a failure, not a skip.
#define REQUIRE_TOOL(path, name) QVERIFY2(!(path).isEmpty(), name " is missing: run installer/setup-deps.sh")

QString convertWithLibreOffice(const QString &document, const QString &outDir)
{
    QString output;
    // A profile of its own: a parallel test or a running LibreOffice does not get in the way.
    const QString profile = QUrl::fromLocalFile(outDir + QStringLiteral("/lo-profile")).toString();
    if (!test::runTool(tools().soffice,
                       {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                        QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir,
                        document},
                       &output))
        qWarning("soffice: %s", qPrintable(output));
    const QString pdf = QDir(outDir).filePath(QFileInfo(document).completeBaseName() + QStringLiteral(".pdf"));
    return QFile::exists(pdf) ? pdf : QString();
}

QString pdfToText(const QString &pdf)
{
    QString output;
    const QString txt = pdf + QStringLiteral(".txt");
    if (!test::runTool(tools().pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, txt}, &output))
        return {};
    QFile file(txt);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every page of a PDF as an image at `dpi`.
QList<QImage> renderPages(const QString &pdf, int dpi)
{
    const QString prefix = pdf + QStringLiteral("-page");
    QString output;
    if (!test::runTool(tools().pdftoppm,
                       {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf, prefix}, &output))
        return {};
    QList<QImage> pages;
    QDir dir = QFileInfo(pdf).dir();
    QStringList files = dir.entryList({QFileInfo(prefix).fileName() + QStringLiteral("-*.png")}, QDir::Files);
    files.sort(); // pdftoppm pads the page numbers
    for (const QString &file : files)
        pages << QImage(dir.filePath(file));
    return pages;
}

// Ink (non-white pixels) outside the text column, left of the left margin or right of the right one.
int inkOutsideTextColumn(const QImage &page, int dpi)
{
    const double perCm = dpi / 2.54;
    const int left = int((ReportPage::leftCm - 0.1) * perCm);
    const int right = int((ReportPage::widthCm - ReportPage::rightCm + 0.1) * perCm);
    int ink = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if ((x < left || x > right) && qGray(page.pixel(x, y)) < 235)
                ++ink;
        }
    }
    return ink;
}

// Widths on the page, in cm, of the images a PDF places (pdfimages -list: pixels over pixels per inch).
QList<double> placedImageWidthsCm(const QString &pdf)
{
    QString output;
    if (!test::runTool(tools().pdfimages, {QStringLiteral("-list"), pdf}, &output))
        return {};
    QList<double> widths;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() > 12 && f[2] == QLatin1String("image") && f[12].toDouble() > 0)
            widths << f[3].toDouble() / f[12].toDouble() * 2.54;
    }
    return widths;
}

// Pixels of the header fill (#154273) on a page: a header row that is really drawn.
int headerFillPixels(const QImage &page)
{
    int n = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            n += std::abs(c.red() - 0x15) < 12 && std::abs(c.green() - 0x42) < 12 && std::abs(c.blue() - 0x73) < 12;
        }
    }
    return n;
}

// What every converted or written annex must say in its text.
void verifyAnnexText(const QString &rawText, const ReportDocument &doc, const AnalysisResult &result)
{
    const QString text = test::squeezed(rawText);
    for (const FunnelStep &step : result.steps)
        QVERIFY2(text.contains(test::squeezed(NumberFormat::count(step.kept))), qPrintable(step.label));
    for (const ReportBlock &block : doc.blocks) {
        if (block.kind == ReportBlock::Kind::Heading)
            QVERIFY2(text.contains(test::squeezed(block.text)), qPrintable(block.text));
        if (block.kind == ReportBlock::Kind::Table) { // header words, whichever way a cell wraps them
            for (const ReportColumn &column : block.table.columns) {
                for (const QString &word : column.header.split(QLatin1Char(' ')))
                    QVERIFY2(text.contains(word), qPrintable(column.header));
            }
        }
        if (block.kind == ReportBlock::Kind::Figure) {
            QVERIFY2(text.contains(test::squeezed(block.figure.title)), qPrintable(block.figure.title));
            QVERIFY2(text.contains(test::squeezed(block.figure.caption)), qPrintable(block.figure.caption));
        }
    }
}

} // namespace

class TestAnnexReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void modelHasTheLetterShape();
    void docxReadsInPythonDocx();
    void odtConvertsWithLibreOffice();
    void pdfHoldsTheTextAndFitsThePage();
    void figuresNeverExceedTheTextWidth();
    void emptyEndOfTheFunnelIsSaidInWords();
    void bijlage2AsDocxTable();
    void realBaciAnnexReadsAndFits();

private:
    QTemporaryDir mDir;
    ReportDocument mModel;
    QString mDocx, mOdt, mPdf;
};

void TestAnnexReport::initTestCase()
{
    QVERIFY(mDir.isValid());
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    AnnexReport report(analysis.statistics.primary, analysis.result, analysis.settings);
    report.setCriteriaSource(defaultPreset().source);
    mModel = report.document();
    QString error;
    mDocx = mDir.filePath(QStringLiteral("bijlage.docx"));
    mOdt = mDir.filePath(QStringLiteral("bijlage.odt"));
    mPdf = mDir.filePath(QStringLiteral("bijlage.pdf"));
    QVERIFY2(report.writeDocx(mDocx, &error), qPrintable(error));
    QVERIFY2(report.writeOdt(mOdt, &error), qPrintable(error));
    QVERIFY2(report.writePdf(mPdf, &error), qPrintable(error));
}

void TestAnnexReport::modelHasTheLetterShape()
{
    QCOMPARE(mModel.count(ReportBlock::Kind::Figure), 2);
    QCOMPARE(mModel.count(ReportBlock::Kind::Table), 2);
    QCOMPARE(mModel.count(ReportBlock::Kind::NumberedList), 1);
    QStringList headings;
    QString text;
    for (const ReportBlock &block : mModel.blocks) {
        if (block.kind == ReportBlock::Kind::Heading)
            headings << block.text;
        text += block.text + QLatin1Char('\n') + block.items.join(QLatin1Char('\n'));
        if (block.kind == ReportBlock::Kind::Figure) {
            QVERIFY(block.figure.title.startsWith(QStringLiteral("Figuur")));
            QVERIFY2(block.figure.caption.startsWith(QStringLiteral("Bron: synthetische demodata")),
                     qPrintable(block.figure.caption));
            QCOMPARE(block.figure.dpi, 300);
            QVERIFY(std::abs(block.figure.widthCm() - ReportPage::textWidthCm) < 0.05);
        }
        if (block.kind == ReportBlock::Kind::Table) {
            for (const ReportColumn &column : block.table.columns) {
                QVERIFY(!column.header.isEmpty());
                QVERIFY2(!column.header.contains(QLatin1Char('\n')), qPrintable(column.header));
            }
            // Units in the header only: no cell repeats "%" or "mln".
            for (const QStringList &row : block.table.rows) {
                for (const QString &cell : row)
                    QVERIFY2(!cell.endsWith(QLatin1Char('%')) || cell.contains(QLatin1Char('>')), qPrintable(cell));
            }
        }
    }
    QCOMPARE(headings.first(), QStringLiteral("Bijlage 1. Analyse herkomst Nederlandse invoer"));
    QVERIFY(headings.contains(QStringLiteral("Bijlage 2. Lijst van geconcentreerde producten")));
    QVERIFY(text.contains(QStringLiteral("synthetische demodata")));
    // The preset's source once, never in nested brackets.
    QVERIFY2(!text.contains(QStringLiteral("))")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Criteria: CBS 2021 (Kamerbrief), ontleend aan CBS, maatwerk voor BZ")));
}

void TestAnnexReport::docxReadsInPythonDocx()
{
    REQUIRE_TOOL(tools().python, "python3 with python-docx (Debian python3-docx)");
    QString output;
    QVERIFY2(test::runTool(tools().python, {QStringLiteral("-c"), QString::fromUtf8(kDocxProbe), mDocx}, &output),
             qPrintable(output));
    const QJsonObject docx = QJsonDocument::fromJson(output.toUtf8()).object();
    QVERIFY2(!docx.isEmpty(), qPrintable(output));

    QStringList headings;
    for (const QJsonValue &h : docx.value(QStringLiteral("headings")).toArray())
        headings << h.toArray().at(0).toString() + QLatin1Char('|') + h.toArray().at(1).toString();
    QVERIFY2(headings.contains(QStringLiteral("Heading 1|Bijlage 1. Analyse herkomst Nederlandse invoer")),
             qPrintable(headings.join(QLatin1Char('\n'))));
    QVERIFY(headings.contains(QStringLiteral("Heading 2|Methode")));
    QVERIFY(headings.contains(QStringLiteral("Heading 1|Bijlage 2. Lijst van geconcentreerde producten")));

    const QJsonArray tables = docx.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 2);
    const int products = int(concentratedProductsTable(test::demoAnalysis().statistics.primary,
                                                       test::demoAnalysis().result, test::demoAnalysis().settings)
                                 .rows.size());
    QCOMPARE(tables.at(1).toObject().value(QStringLiteral("rows")).toInt(), products);
    for (const QJsonValue &t : tables) {
        const QJsonObject table = t.toObject();
        for (const QJsonValue &cell : table.value(QStringLiteral("header")).toArray())
            QVERIFY2(!cell.toString().trimmed().isEmpty(), "every header cell has text");
        QVERIFY(table.value(QStringLiteral("headerRepeats")).toBool());
        QVERIFY(table.value(QStringLiteral("rowsKeptWhole")).toBool());
        for (const QJsonValue &fill : table.value(QStringLiteral("headerFill")).toArray())
            QCOMPARE(fill.toString(), QStringLiteral("154273")); // dark fill under the white header text
    }

    const QJsonArray figures = docx.value(QStringLiteral("figures")).toArray();
    QCOMPARE(figures.size(), 2);
    const double textWidth = docx.value(QStringLiteral("textWidthCm")).toDouble();
    QVERIFY(std::abs(textWidth - ReportPage::textWidthCm) < 0.01);
    for (const QJsonValue &f : figures)
        QVERIFY2(f.toArray().at(0).toDouble() <= textWidth + 0.001, "a figure is never wider than the text");
    QVERIFY(docx.value(QStringLiteral("footer")).toString().contains(QStringLiteral("PAGE")));
    const QJsonArray captions = docx.value(QStringLiteral("captions")).toArray();
    QVERIFY(captions.contains(mModel.blocks[0].text) || captions.size() >= 4);
}

void TestAnnexReport::odtConvertsWithLibreOffice()
{
    REQUIRE_TOOL(tools().soffice, "soffice (Debian libreoffice-writer-nogui)");
    REQUIRE_TOOL(tools().pdftotext, "pdftotext (Debian poppler-utils)");
    REQUIRE_TOOL(tools().pdftoppm, "pdftoppm (Debian poppler-utils)");
    QCOMPARE(test::zipEntries(mOdt).first(), QStringLiteral("mimetype"));
    const QString content = QString::fromUtf8(test::zipEntry(mOdt, QStringLiteral("content.xml")));
    QVERIFY(content.contains(QStringLiteral("table:table-header-rows")));
    QVERIFY(content.contains(QStringLiteral("fo:keep-together=\"always\"")));

    const QString pdf = convertWithLibreOffice(mOdt, mDir.filePath(QStringLiteral("odt")));
    QVERIFY2(!pdf.isEmpty(), "LibreOffice converts the ODT");
    verifyAnnexText(pdfToText(pdf), mModel, test::demoAnalysis().result);
    // The numbered steps read "1. Meer ...", with room after the number; the sources have bullets.
    QVERIFY(!pdfToText(pdf).contains(QStringLiteral("1.Meer")));
    QVERIFY(QString::fromUtf8(test::zipEntry(mOdt, QStringLiteral("styles.xml")))
                .contains(QStringLiteral("text:bullet-char=\"•\"")));
    QVERIFY(pdfToText(pdf).contains(QStringLiteral("•")));
    // Header rows are drawn: white text on the dark fill, on the page with each table.
    int fill = 0;
    for (const QImage &page : renderPages(pdf, 40))
        fill += headerFillPixels(page);
    QVERIFY2(fill > 2000, qPrintable(QString::number(fill)));
}

void TestAnnexReport::pdfHoldsTheTextAndFitsThePage()
{
    REQUIRE_TOOL(tools().pdftotext, "pdftotext (Debian poppler-utils)");
    const QString text = pdfToText(mPdf);
    verifyAnnexText(text, mModel, test::demoAnalysis().result);
    QVERIFY(text.contains(QStringLiteral("synthetische demodata")));
    QFile file(mPdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestAnnexReport::figuresNeverExceedTheTextWidth()
{
    REQUIRE_TOOL(tools().soffice, "soffice (Debian libreoffice-writer-nogui)");
    REQUIRE_TOOL(tools().pdftoppm, "pdftoppm (Debian poppler-utils)");
    REQUIRE_TOOL(tools().pdfimages, "pdfimages (Debian poppler-utils)");
    const QString fromDocx = convertWithLibreOffice(mDocx, mDir.filePath(QStringLiteral("docx")));
    const QString fromOdt = convertWithLibreOffice(mOdt, mDir.filePath(QStringLiteral("odt-pages")));
    QVERIFY(!fromDocx.isEmpty() && !fromOdt.isEmpty());
    // Placed at most as wide as the text: a figure clipped at the margin is placed wider than it.
    for (const QString &pdf : {fromDocx, fromOdt}) {
        const QList<double> widths = placedImageWidthsCm(pdf);
        QCOMPARE(widths.size(), 2);
        for (double width : widths)
            QVERIFY2(width <= ReportPage::textWidthCm + 0.02, qPrintable(QString::number(width)));
    }
    // Nothing drawn beyond the text column, on any page of any of the three.
    for (const QString &pdf : {mPdf, fromDocx, fromOdt}) {
        const QList<QImage> pages = renderPages(pdf, 50);
        QVERIFY2(pages.size() >= 3, qPrintable(pdf));
        for (int p = 0; p < pages.size(); ++p) {
            QVERIFY(std::abs(pages[p].width() - ReportPage::widthCm * 50 / 2.54) < 1.0); // A4
            const int ink = inkOutsideTextColumn(pages[p], 50);
            QVERIFY2(ink == 0, qPrintable(QStringLiteral("%1 page %2: %3 pixels outside the text column")
                                              .arg(QFileInfo(pdf).dir().dirName())
                                              .arg(p + 1)
                                              .arg(ink)));
        }
    }
}

void TestAnnexReport::emptyEndOfTheFunnelIsSaidInWords()
{
    const cli::PreparedAnalysis analysis = test::demoAnalysisWith({QStringLiteral("world_hhi=0.99")});
    QCOMPARE(analysis.result.finalCount(), 0);
    AnnexReport report(analysis.statistics.primary, analysis.result, analysis.settings);
    const ReportDocument doc = report.document();
    QCOMPARE(doc.count(ReportBlock::Kind::Table), 1); // the funnel; no empty list
    bool said = false;
    for (const ReportBlock &block : doc.blocks)
        said = said || block.text == QStringLiteral("Geen producten na stap 3 bij deze drempels.");
    QVERIFY(said);
    for (const ReportBlock &block : doc.blocks) {
        if (block.kind == ReportBlock::Kind::Figure && block.figure.title.startsWith(QStringLiteral("Figuur 2")))
            QVERIFY(block.figure.caption.contains(QStringLiteral("eigen instelling")));
    }
}

void TestAnnexReport::bijlage2AsDocxTable()
{
    REQUIRE_TOOL(tools().python, "python3 with python-docx (Debian python3-docx)");
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    const ExportTable list = concentratedProductsTable(analysis.statistics.primary, analysis.result, analysis.settings,
                                                       ValueUnit::Thousands);
    const QString path = mDir.filePath(QStringLiteral("bijlage2.docx"));
    QString error;
    QVERIFY2(writeDocx(tableReport(list), path, &error), qPrintable(error));
    QString output;
    QVERIFY2(test::runTool(tools().python, {QStringLiteral("-c"), QString::fromUtf8(kDocxProbe), path}, &output),
             qPrintable(output));
    const QJsonObject docx = QJsonDocument::fromJson(output.toUtf8()).object();
    const QJsonArray tables = docx.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonArray header = tables.at(0).toObject().value(QStringLiteral("header")).toArray();
    QCOMPARE(header.last().toString(), QStringLiteral("Invoerwaarde (x 1.000 euro)"));
    QCOMPARE(tables.at(0).toObject().value(QStringLiteral("rows")).toInt(), int(list.rows.size()));
}

void TestAnnexReport::realBaciAnnexReadsAndFits()
{
    // Real product names are long (whole HS descriptions, chemical names): they must not push the
    // codes and numbers out of their columns, nor anything out of the page.
    const QDir baci(QStringLiteral(HERKOMST_SHARED_DATA_DIR "/baci"));
    const QString extract = baci.filePath(QStringLiteral("BACI_HS17_Y2020_V202301_extract_AFG_ZAF.csv"));
    if (!QFile::exists(extract))
        QSKIP("The real BACI extract is not beside the project (HERKOMST_SHARED_DATA_DIR).");
    REQUIRE_TOOL(tools().pdftotext, "pdftotext (Debian poppler-utils)");
    REQUIRE_TOOL(tools().python, "python3 with python-docx (Debian python3-docx)");
    const QString db = mDir.filePath(QStringLiteral("baci.sqlite"));
    CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("baci"), QStringLiteral("--countries"),
                         baci.filePath(QStringLiteral("country_codes_V202301.csv")), QStringLiteral("--products"),
                         baci.filePath(QStringLiteral("product_codes_HS17_V202301.csv")), extract});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString pdf = mDir.filePath(QStringLiteral("baci.pdf"));
    const QString docx = mDir.filePath(QStringLiteral("baci.docx"));
    // The extract has no Dutch exports and two exporters: steps 2 and 3 are undetermined for every
    // product, so the list is of the first step's products (over a thousand, with long names).
    for (const QString &out : {pdf, docx}) {
        run = runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--set"),
                      QStringLiteral("net_importer=off"), QStringLiteral("--set"), QStringLiteral("concentrated=off"),
                      QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const QString text = pdfToText(pdf);
    QVERIFY(text.contains(QStringLiteral("Bron: CEPII BACI, bewerking BZ")));
    QVERIFY(text.contains(QStringLiteral("mln USD")));
    // Every HS6 code of the list whole on one line: the column is wide enough.
    const QStringList lines = text.split(QLatin1Char('\n'));
    int codes = 0;
    for (const QString &line : lines)
        codes += QRegularExpression(QStringLiteral("^\\d{6}\\b")).match(line.trimmed()).hasMatch();
    QVERIFY2(codes > 1000, qPrintable(QString::number(codes)));
    for (const QImage &page : renderPages(pdf, 40))
        QCOMPARE(inkOutsideTextColumn(page, 40), 0);

    QString output;
    QVERIFY2(test::runTool(tools().python, {QStringLiteral("-c"), QString::fromUtf8(kDocxProbe), docx}, &output),
             qPrintable(output));
    const QJsonObject probe = QJsonDocument::fromJson(output.toUtf8()).object();
    QCOMPARE(probe.value(QStringLiteral("figures")).toArray().size(), 2);
    QCOMPARE(probe.value(QStringLiteral("tables")).toArray().size(), 2);
}

QTEST_MAIN(TestAnnexReport)
#include "test_annexreport.moc"
