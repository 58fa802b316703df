// The sensitivity charts leave Herkomst as every figure does (PNG, SVG, PDF through ChartWidget's
// one export path) with captions that say what is varied, what stays fixed and the source; the
// annex gains "Hoe gevoelig is de uitkomst?" in DOCX, ODT and PDF with the robust core and the
// borderline products as core computes them.
#include "exportfixture.h"
#include "pdftext.h"

#include "analysis/margins.h"
#include "analysis/robustcore.h"
#include "document/analysisdocument.h"
#include "domain/numberformat.h"
#include "export/analysisexports.h"
#include "export/annexreport.h"
#include "export/annexsensitivity.h"
#include "sensitivity/sensitivitycurveschart.h"
#include "sensitivity/sensitivitymapchart.h"
#include "sensitivity/sensitivityview.h"
#include "support/clirun.h"
#include "support/documentwait.h"
#include "window/exportsettings.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;
using namespace herkomst::ui;
using herkomst::test::pdfText;
using herkomst::test::squeezed;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A laid-out document's text as poppler reads it (the set-up script installs poppler-utils).
QString popplerText(const QString &pdf)
{
    const QString tool = herkomst::test::findTool(QStringLiteral("pdftotext"));
    QString output;
    if (tool.isEmpty() ||
        !herkomst::test::runTool(
            tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, pdf + QStringLiteral(".txt")}, &output))
        return {};
    return QString::fromUtf8(fileBytes(pdf + QStringLiteral(".txt")));
}

} // namespace

class TestSensitivityExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsCarryTheirCaptions();
    void annexSectionInEveryFormat();
    void annexCountsAreTheCores();
    void commandLineWritesTheSame();

private:
    AnalysisSettings settings() const { return {mDocument.criteria(), mDocument.state().industries}; }
    AnnexSensitivity sensitivity() const { return {&mDocument.statistics(), mView->curvesChart(), mView->mapChart()}; }

    AnalysisDocument mDocument;
    std::unique_ptr<SensitivityView> mView;
    QTemporaryDir mDir;
};

void TestSensitivityExport::initTestCase()
{
    mDocument.useDemoData();
    QVERIFY(waitUntilLoaded(mDocument));
    mView = std::make_unique<SensitivityView>(&mDocument);
    mView->refresh();
    QVERIFY(mDir.isValid());
}

void TestSensitivityExport::chartsCarryTheirCaptions()
{
    const AnalysisSettings s = settings();
    const AnalysisExports exports(mDocument.table(), mDocument.result(), s, ExportSettings::load());
    struct Case {
        ChartWidget *chart;
        AnalysisExports::Item item;
        QString varied; // what the caption says is varied
    };
    const Case cases[] = {
        {mView->curvesChart(), AnalysisExports::Item::SensitivityCurves,
         QStringLiteral("Gevarieerd: de drempel van één criterium tegelijk")},
        {mView->mapChart(), AnalysisExports::Item::SensitivityMap,
         QStringLiteral("Gevarieerd: Aandeel grootste niet-EU-leverancier van 25 % tot 75 %")},
    };
    for (const Case &c : cases) {
        const QString caption = exports.captionFor(*c.chart);
        QVERIFY2(caption.startsWith(c.varied), qPrintable(caption));
        QVERIFY(caption.contains(QStringLiteral("vast: de andere drempels")));
        QVERIFY(caption.contains(QStringLiteral("synthetische demodata"))); // the source of demo data
        QVERIFY(caption.contains(QStringLiteral("> 50 %")));                // the fixed criteria

        const QString base = mDir.filePath(exports.suggestedFileName(c.item, QStringLiteral("x")).chopped(2));
        QString error;
        QVERIFY2(exports.writeChart(*c.chart, base + QStringLiteral(".png"), QStringLiteral("png"), &error),
                 qPrintable(error));
        const QImage png(base + QStringLiteral(".png"));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 1500); // 16 cm at 300 dpi
        QVERIFY(exports.writeChart(*c.chart, base + QStringLiteral(".svg"), QStringLiteral("svg"), &error));
        const QString svg = QString::fromUtf8(fileBytes(base + QStringLiteral(".svg")));
        QVERIFY(svg.contains(QStringLiteral("Gevarieerd:")));
        QVERIFY(exports.writeChart(*c.chart, base + QStringLiteral(".pdf"), QStringLiteral("pdf"), &error));
        const QString pdf = squeezed(pdfText(fileBytes(base + QStringLiteral(".pdf"))));
        QVERIFY(pdf.contains(squeezed(c.varied)));
        QVERIFY(pdf.contains(squeezed(c.chart->title())));
        // The screen keeps its own caption.
        QCOMPARE(c.chart->caption().isEmpty(), false);
    }
}

void TestSensitivityExport::annexSectionInEveryFormat()
{
    const AnalysisSettings s = settings();
    const AnalysisExports exports(mDocument.table(), mDocument.result(), s, ExportSettings::load());
    const QString heading = QStringLiteral("Hoe gevoelig is de uitkomst?");
    QString error;

    const QString docx = mDir.filePath(QStringLiteral("bijlage.docx"));
    QVERIFY2(exports.writeAnnex(docx, QStringLiteral("docx"), nullptr, nullptr, &error, sensitivity()),
             qPrintable(error));
    const QString word = QString::fromUtf8(herkomst::test::zipEntry(docx, QStringLiteral("word/document.xml")));
    QVERIFY(word.contains(heading));
    QVERIFY(word.contains(QStringLiteral("Robuuste kern")));
    QVERIFY(word.contains(QStringLiteral("Randgevallen")));
    // Four figures: Figure 1 and 2, the curves and the map.
    int images = 0;
    for (const QString &entry : herkomst::test::zipEntries(docx))
        images += entry.startsWith(QLatin1String("word/media/")) ? 1 : 0;
    QCOMPARE(images, 4);

    const QString odt = mDir.filePath(QStringLiteral("bijlage.odt"));
    QVERIFY2(exports.writeAnnex(odt, QStringLiteral("odt"), nullptr, nullptr, &error, sensitivity()),
             qPrintable(error));
    const QString content = QString::fromUtf8(herkomst::test::zipEntry(odt, QStringLiteral("content.xml")));
    QVERIFY(content.contains(heading));
    QVERIFY(content.contains(QStringLiteral("Robuuste kern")));

    const QString pdfPath = mDir.filePath(QStringLiteral("bijlage.pdf"));
    QVERIFY2(exports.writeAnnex(pdfPath, QStringLiteral("pdf"), nullptr, nullptr, &error, sensitivity()),
             qPrintable(error));
    QVERIFY2(!herkomst::test::findTool(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (Debian poppler-utils) is missing: run installer/setup-deps.sh");
    const QString pdf = squeezed(popplerText(pdfPath));
    QVERIFY(pdf.contains(squeezed(heading)));
    QVERIFY(pdf.contains(squeezed(mView->curvesChart()->title())));
    QVERIFY(pdf.contains(squeezed(QStringLiteral("Gevarieerd:"))));

    // Without the view's charts the annex is as before.
    const QString plain = mDir.filePath(QStringLiteral("zonder.docx"));
    QVERIFY(exports.writeAnnex(plain, QStringLiteral("docx"), nullptr, nullptr, &error));
    QVERIFY(!QString::fromUtf8(herkomst::test::zipEntry(plain, QStringLiteral("word/document.xml"))).contains(heading));
}

void TestSensitivityExport::annexCountsAreTheCores()
{
    const AnalysisSettings s = settings();
    AnnexReport report(mDocument.table(), mDocument.result(), s);
    report.setSensitivity(&mDocument.statistics(), mView->curvesChart(), mView->mapChart());
    const ReportDocument doc = report.document();

    const SensitivityMap &map = mView->mapChart()->map();
    const RobustCore core = robustCore(mDocument.statistics(), s,
                                       {{map.firstIndex, map.firstThresholds.front(), map.firstThresholds.back()},
                                        {map.secondIndex, map.secondThresholds.front(), map.secondThresholds.back()}});
    int borderline = 0;
    for (const ProductMargin &m : productMargins(mDocument.statistics(), s, mDocument.result()))
        borderline += m.borderline() ? 1 : 0;

    bool robustSaid = false, borderlineSaid = false;
    const ReportTable *list = nullptr;
    for (const ReportBlock &block : doc.blocks) {
        if (block.text.startsWith(
                QStringLiteral("Robuuste kern: %1 van de %2 producten")
                    .arg(NumberFormat::count(qint64(core.rows.size())), NumberFormat::count(core.funnelCount))))
            robustSaid = block.text.contains(NumberFormat::count(qint64(core.sometimesRows.size())));
        if (block.text.startsWith(QStringLiteral("Randgevallen: %1 producten").arg(NumberFormat::count(borderline))))
            borderlineSaid = true;
        if (block.kind == ReportBlock::Kind::Table && block.table.caption.startsWith(QStringLiteral("Randgevallen")))
            list = &block.table;
    }
    QVERIFY(robustSaid);
    QVERIFY(borderlineSaid);
    QVERIFY(list);
    QCOMPARE(int(list->rows.size()), std::min(borderline, kMaxBorderlineRows));
    QCOMPARE(doc.count(ReportBlock::Kind::Figure), 4);
}

void TestSensitivityExport::commandLineWritesTheSame()
{
    // herkomst-cli export --chart sensitivity / sensitivity-map, and report with the section.
    for (const QString &kind : {QStringLiteral("sensitivity"), QStringLiteral("sensitivity-map")}) {
        const QString path = mDir.filePath(kind + QStringLiteral("-cli.pdf"));
        const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--chart"), kind,
                                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), path,
                                   QStringLiteral("--set"), QStringLiteral("supplier_share=0.6")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString pdf = squeezed(pdfText(fileBytes(path)));
        QVERIFY(pdf.contains(squeezed(QStringLiteral("Gevarieerd:"))));
        QVERIFY(pdf.contains(squeezed(QStringLiteral("> 60 %"))));
    }
    const QString report = mDir.filePath(QStringLiteral("rapport.odt"));
    const CliRun run = runCli(
        {QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), report});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QString::fromUtf8(herkomst::test::zipEntry(report, QStringLiteral("content.xml")))
                .contains(QStringLiteral("Hoe gevoelig is de uitkomst?")));
}

QTEST_MAIN(TestSensitivityExport)
#include "test_sensitivityexport.moc"
