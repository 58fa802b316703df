// Labels and captions that say exactly which analysis they show (issue 11, item 4): one test
// per rule — threshold 60 %, a criterion off, a custom criterion, EU28, an industry filter —
// plus preset names, the empty end of the funnel and the CBS source line.
#include "exportfixture.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "export/analysiscaption.h"
#include "export/annextables.h"
#include "export/chartexporter.h"

#include <QImage>
#include <QTest>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

const QString kLetterStep1 = QStringLiteral("Meer dan de helft uit één niet-EU-land");

QString caption(const cli::PreparedAnalysis &analysis)
{
    return defaultCaption(analysis.statistics.primary, analysis.settings);
}

} // namespace

class TestLabels : public QObject {
    Q_OBJECT
private slots:
    void letterWordingAtTheLetterThresholds();
    void thresholdSixtyPercent();
    void criterionOff();
    void customCriterion_data();
    void customCriterion();
    void customCriterionInTheFunnel();
    void eu28IsNamed();
    void industryFilterIsNamed();
    void presetIsNamed();
    void emptyResultIsSaidInWords();
    void cbsSourceLineIsTheLetters();
};

void TestLabels::letterWordingAtTheLetterThresholds()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    QCOMPARE(analysis.result.steps[1].label, kLetterStep1);
    QCOMPARE(analysis.result.steps[2].label, QStringLiteral("Meer invoer dan uitvoer"));
    QCOMPARE(analysis.result.steps[3].label, QStringLiteral("Geconcentreerde wereldmarkt"));
    QVERIFY2(caption(analysis).contains(QStringLiteral("Criteria CBS 2021 (Kamerbrief): ")),
             qPrintable(caption(analysis)));
    QVERIFY(!caption(analysis).contains(QStringLiteral("EU gerekend")));
    CountryChart countries;
    countries.setResult(analysis.result, analysis.statistics.primary);
    QCOMPARE(countries.title(),
             QStringLiteral("Figuur 2. Geconcentreerde producten naar grootste niet-EU-leverancier (aantal)"));
}

void TestLabels::thresholdSixtyPercent()
{
    const cli::PreparedAnalysis analysis = test::demoAnalysisWith({QStringLiteral("supplier_share=60%")});
    QCOMPARE(analysis.result.steps[1].label, QStringLiteral("Meer dan 60 % uit één niet-EU-land"));
    FunnelChart funnel;
    funnel.setResult(analysis.result);
    QVERIFY2(funnel.stepLabel(1).startsWith(QStringLiteral("Meer dan 60 % uit één niet-EU-land — ")),
             qPrintable(funnel.stepLabel(1)));
    const QString text = caption(analysis);
    QVERIFY2(text.contains(QStringLiteral("Criteria (eigen instelling): ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("> 60 %")));
    QVERIFY(!text.contains(QStringLiteral("CBS 2021")));
    // Back at 50 % the letter's words return.
    const cli::PreparedAnalysis back = test::demoAnalysisWith({QStringLiteral("supplier_share=50%")});
    QCOMPARE(back.result.steps[1].label, kLetterStep1);
}

void TestLabels::criterionOff()
{
    const cli::PreparedAnalysis analysis = test::demoAnalysisWith({QStringLiteral("world_hhi=off")});
    QCOMPARE(analysis.result.finalStage(), 2);
    CountryChart countries;
    countries.setResult(analysis.result, analysis.statistics.primary);
    QCOMPARE(countries.title(), QStringLiteral("Figuur 2. Producten na stap 2 (Meer invoer dan uitvoer) naar grootste "
                                               "niet-EU-leverancier (aantal)"));
    QCOMPARE(concentratedListTitle(analysis.result),
             QStringLiteral("Bijlage 2. Lijst van producten na stap 2 (Meer invoer dan uitvoer)"));
    FunnelChart funnel;
    funnel.setResult(analysis.result);
    QVERIFY2(!funnel.title().contains(QStringLiteral("geconcentreerde")), qPrintable(funnel.title()));
    QVERIFY(caption(analysis).contains(QStringLiteral("eigen instelling")));
    QVERIFY(!caption(analysis).contains(QStringLiteral("HHI")));
}

void TestLabels::customCriterion_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<int>("comparison");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("label");
    QTest::newRow("import HHI >= 0,3") << int(Metric::ImportHhi) << int(Comparison::GreaterOrEqual) << 0.3
                                       << QStringLiteral("Geconcentreerde invoer (HHI ≥ 0,3)");
    QTest::newRow("world HHI < 0,15") << int(Metric::WorldMarketHhi) << int(Comparison::Less) << 0.15
                                      << QStringLiteral("Gespreide wereldmarkt (HHI < 0,15)");
    QTest::newRow("extra-EU share < 40 %") << int(Metric::ExtraEuImportShare) << int(Comparison::Less) << 0.4
                                           << QStringLiteral("Minder dan 40 % van buiten de EU");
    QTest::newRow("supplier share >= 62,5 %") << int(Metric::SupplierShare) << int(Comparison::GreaterOrEqual) << 0.625
                                              << QStringLiteral("Ten minste 62,5 % uit één niet-EU-land");
    QTest::newRow("ratio > 1,5") << int(Metric::ImportExportRatio) << int(Comparison::Greater) << 1.5
                                 << QStringLiteral("Invoer meer dan 1,5 keer de uitvoer");
    QTest::newRow("extra-EU ratio > 1") << int(Metric::ExtraEuImportsToExports) << int(Comparison::Greater) << 1.0
                                        << QStringLiteral("Meer invoer van buiten de EU dan uitvoer");
    QTest::newRow("top exporter > 50 %") << int(Metric::TopWorldExporterShare) << int(Comparison::Greater) << 0.5
                                         << QStringLiteral("Meer dan de helft van de wereldexport uit één land");
}

void TestLabels::customCriterion()
{
    QFETCH(int, metric);
    QFETCH(int, comparison);
    QFETCH(double, threshold);
    QFETCH(QString, label);
    Criterion c;
    c.stepKey = QStringLiteral("custom");
    c.metric = Metric(metric);
    c.comparison = Comparison(comparison);
    c.threshold = threshold;
    QCOMPARE(c.displayLabel(), label);
}

void TestLabels::customCriterionInTheFunnel()
{
    cli::PreparedAnalysis analysis = test::demoAnalysisWith({});
    Criterion c;
    c.stepKey = QStringLiteral("import_concentration");
    c.metric = Metric::ImportHhi;
    c.threshold = 0.5;
    analysis.settings.criteria.push_back(c);
    const AnalysisResult result = runFunnel(analysis.statistics, analysis.settings);
    QCOMPARE(result.steps.back().label, QStringLiteral("Geconcentreerde invoer (HHI > 0,5)"));
    CountryChart countries;
    countries.setResult(result, analysis.statistics.primary);
    QVERIFY2(countries.title().contains(QStringLiteral("Producten na stap 4 (Geconcentreerde invoer (HHI > 0,5))")),
             qPrintable(countries.title()));
    const QString text = defaultCaption(analysis.statistics.primary, analysis.settings);
    QVERIFY(text.contains(QStringLiteral("eigen instelling")));
    QVERIFY(text.contains(QStringLiteral("Concentratie invoer (HHI) > 0,5")));
}

void TestLabels::eu28IsNamed()
{
    const cli::PreparedAnalysis analysis = test::demoAnalysisWith({}, QStringLiteral("eu28"));
    QVERIFY2(caption(analysis).contains(QStringLiteral("EU gerekend als EU28 (met Verenigd Koninkrijk)")),
             qPrintable(caption(analysis)));
    // The criteria are still the preset's: only the EU changed.
    QVERIFY(caption(analysis).contains(QStringLiteral("Criteria CBS 2021 (Kamerbrief)")));
    QVERIFY(analysisNotes(analysis.statistics.primary, analysis.settings)
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("EU28")));
}

void TestLabels::industryFilterIsNamed()
{
    const StatisticsTable &table = test::demoAnalysis().statistics.primary;
    const QString industry = table.product(0).industry;
    QVERIFY(!industry.isEmpty());
    const cli::PreparedAnalysis analysis = test::demoAnalysisWith({}, {}, {industry});
    QVERIFY2(caption(analysis).contains(QStringLiteral("Bedrijfstakken: %1").arg(industry)),
             qPrintable(caption(analysis)));
    QVERIFY(!caption(test::demoAnalysis()).contains(QStringLiteral("Bedrijfstakken")));
}

void TestLabels::presetIsNamed()
{
    cli::PreparedAnalysis analysis = test::demoAnalysisWith({});
    analysis.settings.criteria = findPreset(QStringLiteral("ec2021"))->criteria;
    QVERIFY2(caption(analysis).contains(QStringLiteral("Criteria Europese Commissie 2021: ")),
             qPrintable(caption(analysis)));
    analysis.settings.criteria[1].enabled = false;
    QVERIFY(caption(analysis).contains(QStringLiteral("Criteria (eigen instelling): ")));
    analysis.settings.criteria.clear();
    QVERIFY(caption(analysis).contains(QStringLiteral("Geen criteria (eigen instelling)")));
}

void TestLabels::emptyResultIsSaidInWords()
{
    const cli::PreparedAnalysis analysis = test::demoAnalysisWith({QStringLiteral("world_hhi=0.99")});
    QCOMPARE(analysis.result.finalCount(), 0);
    QCOMPARE(emptyResultText(analysis.result), QStringLiteral("Geen producten na stap 3 bij deze drempels."));
    CountryChart countries;
    countries.setResult(analysis.result, analysis.statistics.primary);
    QVERIFY(countries.barCountries().isEmpty());
    QCOMPARE(countries.emptyText(), QStringLiteral("Geen producten na stap 3 bij deze drempels."));
    // The export shows the sentence, not axes from 0 to 0,2: ink, but no bar colour.
    const QImage image = renderChartImage(countries, {});
    int bar = 0, ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            bar += image.pixel(x, y) == qRgb(0x15, 0x42, 0x73);
            ink += qGray(image.pixel(x, y)) < 160;
        }
    }
    QCOMPARE(bar, 0);
    QVERIFY(ink > 50);
    QVERIFY(emptyResultText(test::demoAnalysis().result).isEmpty());
}

void TestLabels::cbsSourceLineIsTheLetters()
{
    QCOMPARE(defaultSourceLine(QStringLiteral("CBS")), QStringLiteral("Bron: CBS, figuur BZ"));
    auto cbs = std::make_shared<TradeData>(*test::demoAnalysis().statistics.primary.data);
    cbs->source = QStringLiteral("CBS");
    cbs->synthetic = false;
    StatisticsTable table = test::demoAnalysis().statistics.primary;
    table.data = cbs;
    QVERIFY(defaultCaption(table, test::demoAnalysis().settings).startsWith(QStringLiteral("Bron: CBS, figuur BZ. ")));
    QVERIFY(defaultCaption(table, test::demoAnalysis().settings, QStringLiteral("Bron: CBS, bewerking EZK"))
                .startsWith(QStringLiteral("Bron: CBS, bewerking EZK. ")));
}

QTEST_MAIN(TestLabels)
#include "test_labels.moc"
