// The annex report as ODT and PDF: method with thresholds, both figures, Bijlage 2, sources.
#include "exportfixture.h"
#include "pdftext.h"

#include "domain/numberformat.h"
#include "export/annexreport.h"
#include "export/annextables.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace herkomst;
using namespace herkomst::ui;

class TestAnnexReport : public QObject {
    Q_OBJECT
private slots:
    void odtContainsFunnelCountsFiguresAndList();
    void pdfContainsMethodAndList();
};

void TestAnnexReport::odtContainsFunnelCountsFiguresAndList()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    AnnexReport report(analysis.statistics.primary, analysis.result, analysis.settings);
    report.setCriteriaSource(defaultPreset().source);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bijlage.odt"));
    QString error;
    QVERIFY2(report.writeOdt(path, &error), qPrintable(error));

    const QStringList entries = test::zipEntries(path);
    QVERIFY(entries.contains(QStringLiteral("content.xml")));
    QCOMPARE(test::zipEntry(path, QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
    int pictures = 0;
    for (const QString &entry : entries)
        pictures += entry.startsWith(QStringLiteral("Pictures/"));
    QCOMPARE(pictures, 2); // Figure 1 and Figure 2

    const QString content = QString::fromUtf8(test::zipEntry(path, QStringLiteral("content.xml")));
    for (const FunnelStep &step : analysis.result.steps) {
        QVERIFY2(content.contains(QStringLiteral(">%1<").arg(NumberFormat::count(step.kept))), qPrintable(step.label));
        QVERIFY(content.contains(step.label.toHtmlEscaped()));
    }
    QVERIFY(content.contains(NumberFormat::count(analysis.result.steps[1].dropped)));
    QVERIFY(content.contains(QStringLiteral("&gt; 50 %")));
    QVERIFY(content.contains(QStringLiteral("synthetische demodata")));
    QVERIFY(content.contains(QStringLiteral("Bijlage 2")));
    QVERIFY(content.contains(QStringLiteral("Bronnen")));
    // Every concentrated product is listed.
    const ExportTable list = concentratedProductsTable(analysis.statistics.primary, analysis.result, analysis.settings);
    for (const QVariantList &row : list.rows)
        QVERIFY2(content.contains(QStringLiteral(">%1<").arg(row[0].toString())), qPrintable(row[0].toString()));
}

void TestAnnexReport::pdfContainsMethodAndList()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    AnnexReport report(analysis.statistics.primary, analysis.result, analysis.settings);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bijlage.pdf"));
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = test::squeezed(test::pdfText(pdf));
    QVERIFY2(text.contains(test::squeezed(QStringLiteral("Bijlage 1. Analyse herkomst Nederlandse invoer"))),
             qPrintable(text.left(500)));
    QVERIFY(text.contains(test::squeezed(QStringLiteral("Bijlage 2. Lijst van geconcentreerde producten"))));
    QVERIFY(text.contains(test::squeezed(analysis.result.steps[1].rule)));
    QVERIFY(text.contains(QStringLiteral("synthetischedemodata")));
    QVERIFY(pdf.count("/Subtype /Image") >= 2);
}

QTEST_MAIN(TestAnnexReport)
#include "test_annexreport.moc"
