// What the window exports, called as its export part calls it: file names in the last folder,
// Bijlage 2 as XLSX, CSV and a Word table, the product detail with its caption, the annex.
#include "exportfixture.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "charts/productdetailchart.h"
#include "export/analysisexports.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

int firstFinalRow(const cli::PreparedAnalysis &analysis)
{
    for (int r = 0; r < int(analysis.statistics.primary.rows.size()); ++r) {
        if (analysis.result.stage[size_t(r)] == analysis.result.finalStage())
            return r;
    }
    return -1;
}

} // namespace

class TestAnalysisExports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void suggestsNamesInTheLastFolder();
    void listFollowsTheEndOfTheFunnel();
    void bijlage2InThreeFormats();
    void productDetailCarriesItsCaption();
    void annexWithTheWindowsCharts();
    void unknownFormatsAreRefused();
    void exportSettingsAreRemembered();

private:
    QTemporaryDir mDir;
};

void TestAnalysisExports::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HerkomstTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_analysisexports"));
    QSettings().clear();
}

void TestAnalysisExports::suggestsNamesInTheLastFolder()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    const AnalysisExports exports(analysis.statistics.primary, analysis.result, analysis.settings, {});
    QCOMPARE(exports.suggestedFileName(AnalysisExports::Item::Funnel, QStringLiteral("png")),
             QStringLiteral("figuur1-trechter.png"));
    QCOMPARE(exports.suggestedFileName(AnalysisExports::Item::Countries, QStringLiteral("SVG")),
             QStringLiteral("figuur2-landen.svg"));
    QCOMPARE(exports.suggestedFileName(AnalysisExports::Item::ConcentratedList, QStringLiteral("xlsx")),
             QStringLiteral("bijlage2-geconcentreerde-producten.xlsx"));
    QCOMPARE(exports.suggestedFileName(AnalysisExports::Item::ProductDetail, QStringLiteral("png"),
                                       QStringLiteral("851712")),
             QStringLiteral("product-851712-leveranciers.png"));
    QCOMPARE(exports.suggestedFileName(AnalysisExports::Item::Annex, QStringLiteral("docx")),
             QStringLiteral("bijlage-analyse-herkomst.docx"));

    // Before any export: Documents; afterwards the folder of the last one.
    QVERIFY(!AnalysisExports::lastExportFolder().isEmpty());
    AnalysisExports::rememberExportFolder(mDir.filePath(QStringLiteral("figuur1-trechter.png")));
    QCOMPARE(QDir(AnalysisExports::lastExportFolder()), QDir(mDir.path()));
    QCOMPARE(exports.suggestedPath(AnalysisExports::Item::ConcentratedList, QStringLiteral("csv")),
             QDir(mDir.path()).filePath(QStringLiteral("bijlage2-geconcentreerde-producten.csv")));
    QCOMPARE(AnalysisExports::fileFilter(QStringLiteral("docx")), QStringLiteral("Word-document (*.docx)"));
}

void TestAnalysisExports::listFollowsTheEndOfTheFunnel()
{
    const cli::PreparedAnalysis analysis = test::demoAnalysisWith({QStringLiteral("world_hhi=off")});
    const AnalysisExports exports(analysis.statistics.primary, analysis.result, analysis.settings, {});
    QCOMPARE(exports.suggestedFileName(AnalysisExports::Item::ConcentratedList, QStringLiteral("xlsx")),
             QStringLiteral("bijlage2-producten-na-stap-2.xlsx"));
}

void TestAnalysisExports::bijlage2InThreeFormats()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    ExportSettings settings;
    settings.unit = ValueUnit::Thousands;
    const AnalysisExports exports(analysis.statistics.primary, analysis.result, analysis.settings, settings);
    QString error;
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("docx")}) {
        const QString path = mDir.filePath(exports.suggestedFileName(AnalysisExports::Item::ConcentratedList, format));
        QVERIFY2(exports.writeConcentratedList(path, format, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    QFile csv(mDir.filePath(QStringLiteral("bijlage2-geconcentreerde-producten.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(csv.readLine());
    QVERIFY2(header.contains(QStringLiteral("Invoerwaarde (x 1.000 euro)")), qPrintable(header));
    const QByteArray document = test::zipEntry(mDir.filePath(QStringLiteral("bijlage2-geconcentreerde-producten.docx")),
                                               QStringLiteral("word/document.xml"));
    QVERIFY(document.contains("Bijlage 2. Lijst van geconcentreerde producten"));
    QVERIFY(document.contains("w:tblHeader"));
    QVERIFY(document.contains("Bron: synthetische demodata")); // the source line goes with the list
    QCOMPARE(document.count("<w:tr>"), analysis.result.finalCount() + 1);
}

void TestAnalysisExports::productDetailCarriesItsCaption()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    ExportSettings settings;
    settings.sourceLine = QStringLiteral("Bron: CBS, bewerking BZ/DIO");
    const AnalysisExports exports(analysis.statistics.primary, analysis.result, analysis.settings, settings);
    ProductDetailChart detail;
    const int row = firstFinalRow(analysis);
    QVERIFY(row >= 0);
    detail.setProduct(analysis.statistics.primary, row);
    QVERIFY(detail.caption().isEmpty()); // the window shows none
    const QString path = mDir.filePath(exports.suggestedFileName(
        AnalysisExports::Item::ProductDetail, QStringLiteral("svg"), analysis.statistics.primary.product(row).hs6));
    QString error;
    QVERIFY2(exports.writeChart(detail, path, QStringLiteral("svg"), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("Bron: CBS, bewerking BZ/DIO")));
    QVERIFY(svg.contains(QStringLiteral("&gt; 50 %")));
    QVERIFY(detail.caption().isEmpty()); // and still shows none afterwards

    QVERIFY(exports.writeChart(detail, mDir.filePath(QStringLiteral("detail.png")), QStringLiteral("png"), &error));
    QCOMPARE(QImage(mDir.filePath(QStringLiteral("detail.png"))).width(), 1890); // 16 cm at 300 dpi
}

void TestAnalysisExports::annexWithTheWindowsCharts()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    const AnalysisExports exports(analysis.statistics.primary, analysis.result, analysis.settings, {});
    FunnelChart funnel;
    funnel.setResult(analysis.result);
    funnel.setCaption(exports.caption());
    CountryChart countries;
    countries.setMeasure(CountryChart::Measure::ImportValue);
    countries.setResult(analysis.result, analysis.statistics.primary);
    countries.setCaption(exports.caption());
    const QString path = mDir.filePath(QStringLiteral("bijlage.docx"));
    QString error;
    QVERIFY2(exports.writeAnnex(path, QStringLiteral("docx"), &funnel, &countries, &error), qPrintable(error));
    const QByteArray document = test::zipEntry(path, QStringLiteral("word/document.xml"));
    QVERIFY(document.contains("(invoerwaarde)")); // the window's measure, not a default chart
    QVERIFY(funnel.isFrameRendered() && countries.isFrameRendered());
    QCOMPARE(countries.caption(), exports.caption());
}

void TestAnalysisExports::unknownFormatsAreRefused()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    const AnalysisExports exports(analysis.statistics.primary, analysis.result, analysis.settings, {});
    QString error;
    QVERIFY(!exports.writeConcentratedList(mDir.filePath(QStringLiteral("x.ods")), QStringLiteral("ods"), &error));
    QVERIFY(error.contains(QStringLiteral("xlsx, csv of docx")));
    FunnelChart funnel;
    QVERIFY(!exports.writeChart(funnel, mDir.filePath(QStringLiteral("x.gif")), QStringLiteral("gif"), &error));
    QVERIFY(
        !exports.writeAnnex(mDir.filePath(QStringLiteral("x.rtf")), QStringLiteral("rtf"), nullptr, nullptr, &error));
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("x.rtf"))));
}

void TestAnalysisExports::exportSettingsAreRemembered()
{
    QCOMPARE(ExportSettings::load().unit, ValueUnit::Millions); // the letter's unit by default
    ExportSettings chosen;
    chosen.unit = ValueUnit::Thousands;
    chosen.svgTextAsPaths = true;
    chosen.sourceLine = QStringLiteral("Bron: CBS, figuur BZ/DIO");
    chosen.save();
    const ExportSettings loaded = ExportSettings::load();
    QCOMPARE(loaded.unit, ValueUnit::Thousands);
    QVERIFY(loaded.chartOptions().svgTextAsPaths);
    QCOMPARE(loaded.sourceLine, chosen.sourceLine);

    ExportSettingsDialog dialog(loaded, QStringLiteral("Bron: CBS, figuur BZ"));
    QCOMPARE(dialog.settings().unit, ValueUnit::Thousands);
    QCOMPARE(dialog.settings().sourceLine, chosen.sourceLine);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.settings().unit, ValueUnit::Millions);
    QVERIFY(!dialog.settings().svgTextAsPaths);
    QVERIFY(dialog.settings().sourceLine.isEmpty());
    QSettings().clear();
}

QTEST_MAIN(TestAnalysisExports)
#include "test_analysisexports.moc"
