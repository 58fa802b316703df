// One export path for every chart: PNG size, SVG text, PDF text, clipboard, caption.
#include "exportfixture.h"
#include "pdftext.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "charts/productdetailchart.h"
#include "countries/countryregistry.h"
#include "domain/numberformat.h"
#include "export/chartcaption.h"
#include "export/chartexporter.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>
#include <QXmlStreamReader>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

QString allSvgText(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
    }
    if (xml.hasError())
        *error = xml.errorString();
    return text;
}

void setUpFunnel(FunnelChart &chart)
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    chart.setResult(analysis.result);
    chart.setCaption(defaultCaption(analysis.statistics.primary, analysis.settings));
}

void setUpCountries(CountryChart &chart)
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    chart.setResult(analysis.result, analysis.statistics.primary);
    chart.setCaption(defaultCaption(analysis.statistics.primary, analysis.settings));
}

// Both figures of the letter from the demo data, with their default captions.
struct DemoCharts {
    FunnelChart funnel;
    CountryChart countries;
    DemoCharts()
    {
        setUpFunnel(funnel);
        setUpCountries(countries);
    }
    ChartWidget &chart(int which) { return which == 0 ? static_cast<ChartWidget &>(funnel) : countries; }
};

// Each <text> of an SVG with its anchor and the x of that anchor on the drawing (transforms applied).
struct SvgLabel {
    QString text;
    QString anchor;
    QString fontFamily;
    double x = 0.0;
};

QList<SvgLabel> svgLabels(const QByteArray &svg)
{
    QList<SvgLabel> labels;
    QList<QTransform> stack{QTransform()};
    QXmlStreamReader xml(svg);
    static const QRegularExpression matrix(QStringLiteral("matrix\\(([^)]*)\\)"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            QTransform t = stack.last();
            const QRegularExpressionMatch m = matrix.match(xml.attributes().value(QStringLiteral("transform")));
            if (m.hasMatch()) {
                const QStringList v = m.captured(1).split(QLatin1Char(','));
                t = QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toDouble(),
                               v[5].toDouble()) *
                    t;
            }
            if (xml.name() == QLatin1String("text")) {
                SvgLabel label;
                label.anchor = xml.attributes().value(QStringLiteral("text-anchor")).toString();
                label.fontFamily = xml.attributes().value(QStringLiteral("font-family")).toString();
                label.x = t.map(QPointF(xml.attributes().value(QStringLiteral("x")).toDouble(), 0)).x();
                label.text = xml.readElementText();
                labels << label;
                continue;
            }
            stack << t;
        } else if (xml.isEndElement() && stack.size() > 1) {
            stack.removeLast();
        }
    }
    return labels;
}

// Share of pixels in the image that are not white: a blank or clipped render has almost none.
double inkShare(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += qGray(image.pixel(x, y)) < 200;
    return double(ink) / ((image.width() / 2) * (image.height() / 2));
}

} // namespace

class TestChartExport : public QObject {
    Q_OBJECT
private slots:
    void captionNamesSourceCriteriaAndSyntheticData();
    void pngHasRequestedPixelSize_data();
    void pngHasRequestedPixelSize();
    void pngDrawsTheBarsInTheMainColour();
    void svgIsXmlWithDutchLabels();
    void pdfTextContainsCaption();
    void svgTextIsPortable();
    void svgTextAsPathsHasNoText();
    void clipboardHoldsImageAndSvg();
    void productDetailExports();
    void invalidSizeIsRefused();
};

void TestChartExport::captionNamesSourceCriteriaAndSyntheticData()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    const QString caption = defaultCaption(analysis.statistics.primary, analysis.settings);
    // Demo figures are not CBS figures: the default source line says they are synthetic.
    QVERIFY2(caption.startsWith(QStringLiteral("Bron: synthetische demodata")), qPrintable(caption));
    QVERIFY(!caption.contains(QStringLiteral("Bron: CBS")));
    QVERIFY(caption.contains(QStringLiteral("> 50 %")));
    QVERIFY(caption.contains(QStringLiteral("> 0,25")));
    QVERIFY(caption.contains(QStringLiteral("2020")));
    const QString own =
        defaultCaption(analysis.statistics.primary, analysis.settings, QStringLiteral("Bron: Eurostat"));
    QVERIFY(own.startsWith(QStringLiteral("Bron: Eurostat")));
    QVERIFY(!own.contains(QStringLiteral("CBS, bewerking")));
    QVERIFY(own.contains(QStringLiteral("synthetische demodata")));

    // Real data is credited to its own source by default.
    auto baci = std::make_shared<TradeData>(*analysis.statistics.primary.data);
    baci->source = QStringLiteral("BACI");
    baci->synthetic = false;
    StatisticsTable baciTable = analysis.statistics.primary;
    baciTable.data = baci;
    const QString real = defaultCaption(baciTable, analysis.settings);
    QVERIFY2(real.startsWith(QStringLiteral("Bron: CEPII BACI, bewerking BZ")), qPrintable(real));
    QVERIFY(!real.contains(QStringLiteral("synthetische")));
}

void TestChartExport::pngHasRequestedPixelSize_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<double>("widthCm");
    QTest::addColumn<double>("heightCm");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height"); // 0: the chart's natural aspect
    QTest::newRow("funnel 16 cm 300 dpi") << 0 << 16.0 << 0.0 << 300 << 1890 << 0;
    QTest::newRow("countries 16 cm 300 dpi") << 1 << 16.0 << 0.0 << 300 << 1890 << 0;
    QTest::newRow("funnel 8 x 6 cm 150 dpi") << 0 << 8.0 << 6.0 << 150 << 472 << 354;
    QTest::newRow("countries 12 x 9 cm 600 dpi") << 1 << 12.0 << 9.0 << 600 << 2835 << 2126;
}

void TestChartExport::pngHasRequestedPixelSize()
{
    QFETCH(int, chart);
    QFETCH(double, widthCm);
    QFETCH(double, heightCm);
    QFETCH(int, dpi);
    QFETCH(int, width);
    QFETCH(int, height);
    DemoCharts charts;
    ChartWidget &widget = charts.chart(chart);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figuur.png"));
    QString error;
    QVERIFY2(exportChartPng(widget, path, {widthCm, heightCm, dpi}, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), width);
    if (height > 0)
        QCOMPARE(image.height(), height);
    else
        QVERIFY(image.height() > width / 4 && image.height() < width * 1.2);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi); // placed at its physical size
    QVERIFY2(inkShare(image) > 0.04, "the chart must actually be drawn");
}

void TestChartExport::pngDrawsTheBarsInTheMainColour()
{
    FunnelChart funnel;
    setUpFunnel(funnel);
    const QImage image = renderChartImage(funnel, {});
    // The universe bar is the full plot width in #154273 at the top of the plot.
    qint64 main = 0;
    for (int y = 0; y < image.height(); ++y)
        main += image.pixel(image.width() / 2, y) == qRgb(0x15, 0x42, 0x73);
    QVERIFY2(main > image.height() / 10, qPrintable(QString::number(main)));
}

void TestChartExport::svgIsXmlWithDutchLabels()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    FunnelChart funnel;
    setUpFunnel(funnel);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trechter.svg"));
    QString error;
    QVERIFY2(exportChartSvg(funnel, path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QString xmlError;
    const QString text = allSvgText(svg, &xmlError);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(!svg.contains("<image")); // vector, not an embedded bitmap
    for (int i = 1; i < funnel.stepCount(); ++i)
        QVERIFY2(test::squeezed(text).contains(test::squeezed(funnel.stepLabel(i))), qPrintable(funnel.stepLabel(i)));
    QVERIFY(text.contains(NumberFormat::count(analysis.result.steps.front().kept))); // 3.449, Dutch
    QVERIFY(test::squeezed(text).contains(test::squeezed(funnel.caption())));

    CountryChart countries;
    setUpCountries(countries);
    const QString countryText = allSvgText(renderChartSvg(countries, {}), &xmlError);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    QVERIFY2(countryText.contains(QStringLiteral("China")), qPrintable(countryText.left(400)));
    QVERIFY(countryText.contains(QStringLiteral("Verenigde Staten")));
    QVERIFY(countryText.contains(QStringLiteral("Aantal producten")));
}

void TestChartExport::pdfTextContainsCaption()
{
    for (int which = 0; which < 2; ++which) {
        DemoCharts charts;
        ChartWidget &chart = charts.chart(which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figuur.pdf"));
        QString error;
        QVERIFY2(exportChartPdf(chart, path, {}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(!pdf.contains("/Subtype /Image")); // vector
        const QString text = test::squeezed(test::pdfText(pdf));
        QVERIFY2(text.contains(test::squeezed(chart.caption())), qPrintable(text.left(600)));
        QVERIFY(text.contains(test::squeezed(chart.title())));
    }
}

void TestChartExport::svgTextIsPortable()
{
    DemoCharts charts;
    const QList<SvgLabel> countries = svgLabels(renderChartSvg(charts.countries, {}));
    QVERIFY(!countries.isEmpty());
    for (const SvgLabel &label : countries) // another font never means no font
        QVERIFY2(label.fontFamily.endsWith(QStringLiteral(", sans-serif")), qPrintable(label.fontFamily));
    // Country names end where the bars begin, whatever font draws them.
    QList<double> ends;
    for (const QString &name : charts.countries.barLabels()) {
        const auto found =
            std::find_if(countries.begin(), countries.end(), [&](const SvgLabel &label) { return label.text == name; });
        QVERIFY2(found != countries.end(), qPrintable(name));
        QCOMPARE(found->anchor, QStringLiteral("end"));
        ends << found->x;
    }
    for (double x : ends)
        QVERIFY2(std::abs(x - ends.first()) < 0.75, qPrintable(QString::number(x)));
    // The funnel's step labels are centred over their bars.
    const QList<SvgLabel> funnel = svgLabels(renderChartSvg(charts.funnel, {}));
    for (int step = 1; step < charts.funnel.stepCount(); ++step) {
        const QString label = charts.funnel.stepLabel(step);
        const auto found =
            std::find_if(funnel.begin(), funnel.end(), [&](const SvgLabel &l) { return l.text == label; });
        QVERIFY2(found != funnel.end(), qPrintable(label));
        QCOMPARE(found->anchor, QStringLiteral("middle"));
    }
    // rsvg, a renderer without Herkomst's fonts, reads it.
    const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    QVERIFY2(!rsvg.isEmpty(), "rsvg-convert is missing: run installer/setup-deps.sh");
    QTemporaryDir dir;
    QFile svg(dir.filePath(QStringLiteral("landen.svg")));
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write(renderChartSvg(charts.countries, {}));
    svg.close();
    const QString png = dir.filePath(QStringLiteral("landen.png"));
    QCOMPARE(QProcess::execute(rsvg, {QStringLiteral("-o"), png, svg.fileName()}), 0);
    QVERIFY(inkShare(QImage(png)) > 0.04);
}

void TestChartExport::svgTextAsPathsHasNoText()
{
    DemoCharts charts;
    ChartExportOptions options;
    options.svgTextAsPaths = true;
    const QByteArray svg = renderChartSvg(charts.countries, options);
    QVERIFY(!svg.contains("<text"));
    QString error;
    const QString titles = allSvgText(svg, &error); // each outline keeps its words in a <title>
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(titles.contains(QStringLiteral("Verenigde Staten")));
    QVERIFY(svg.count("<path") > charts.countries.barLabels().size());
}

void TestChartExport::clipboardHoldsImageAndSvg()
{
    FunnelChart funnel;
    setUpFunnel(funnel);
    copyChartToClipboard(funnel, {8.0, 0.0, 96});
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).width(), 302);
    const QImage png = QImage::fromData(mime->data(QStringLiteral("image/png")), "PNG");
    QCOMPARE(png.width(), 302);
    QCOMPARE(qRound(png.dotsPerMeterX() * 0.0254), 96); // Word places it at 8 cm
    QVERIFY(mime->hasFormat(QStringLiteral("image/svg+xml")));
    QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
}

void TestChartExport::productDetailExports()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    const StatisticsTable &table = analysis.statistics.primary;
    ProductDetailChart detail;
    int row = -1;
    for (int r = 0; r < int(table.rows.size()) && row < 0; ++r)
        row = analysis.result.stage[size_t(r)] == analysis.result.finalStage() ? r : -1;
    QVERIFY(row >= 0);
    detail.setProduct(table, row);
    QVERIFY(detail.title().contains(table.product(row).hs6));
    QString xmlError;
    const QString text = allSvgText(renderChartSvg(detail, {}), &xmlError);
    QVERIFY(xmlError.isEmpty());
    QVERIFY(text.contains(QStringLiteral("Wereld-HHI")));
    QVERIFY(
        text.contains(CountryRegistry::instance().name(table.partnerCode(table.rows[size_t(row)].topNonEuPartner))));
    const QImage image = renderChartImage(detail, {});
    QCOMPARE(image.width(), 1890);
    QVERIFY(inkShare(image) > 0.02);
}

void TestChartExport::invalidSizeIsRefused()
{
    FunnelChart funnel;
    setUpFunnel(funnel);
    QTemporaryDir dir;
    QString error;
    QVERIFY(!exportChartPng(funnel, dir.filePath(QStringLiteral("x.png")), {0.0, 0.0, 300}, &error));
    QVERIFY(error.contains(QStringLiteral("Ongeldige afmetingen")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

QTEST_MAIN(TestChartExport)
#include "test_chartexport.moc"
