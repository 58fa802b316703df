// What the data cannot decide, and imports whose partner the source does not name, said where a
// reader of the figures and the annex sees it: captions, notes, the annex, Bijlage 2 and the
// product detail (issue 13 items 1 and 2).
#include "analysis/funnelanalysis.h"
#include "charts/productdetailchart.h"
#include "domain/preset.h"
#include "export/analysiscaption.h"
#include "export/annexcontent.h"
#include "export/annextables.h"
#include "export/chartexporter.h"

#include <QtTest>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

// NLD imports 851713 from China (45), the USA (15) and a confidential partner QX (40); no export
// row at all, a world market of many exporters.
std::shared_ptr<const TradeData> data()
{
    auto d = std::make_shared<TradeData>();
    d->dataSetName = QStringLiteral("comext");
    d->source = QStringLiteral("Comext");
    d->reporter = QStringLiteral("NLD");
    d->year = 2020;
    d->currency = QStringLiteral("EUR");
    d->products = {{QStringLiteral("851713"), {}, QStringLiteral("Smartphones"), QStringLiteral("elektronica")}};
    d->partners = {QStringLiteral("CHN"), QStringLiteral("USA"), QStringLiteral("QX")};
    d->imports = {{0, 0, TradeValue{45}}, {0, 1, TradeValue{15}}, {0, 2, TradeValue{40}}};
    d->exports = {TradeValue{}};
    d->deliveredWorldHhi = {0.6};
    d->coverage.exports = false;
    d->coverage.worldHhi = true;
    d->partnerBlocks = {{QStringLiteral("QX"), QStringLiteral("Land vertrouwelijk"), EuSide::Unknown}};
    return d;
}

AnalysisSettings supplierOnly()
{
    AnalysisSettings settings{defaultPreset().criteria, {}};
    for (Criterion &c : settings.criteria)
        c.enabled = c.metric == Metric::SupplierShare;
    return settings;
}

} // namespace

class TestSourceWarnings : public QObject {
    Q_OBJECT

private slots:
    void captionAndNotesSayWhatCannotBeDecided()
    {
        const StatisticsTable table = computeStatistics(data());
        const AnalysisSettings settings{defaultPreset().criteria, {}};
        const QString caption = defaultCaption(table, settings);
        QVERIFY2(caption.contains(QStringLiteral("Let op: Stap 2")) && caption.contains(QStringLiteral("onbepaald")),
                 qPrintable(caption));
        QVERIFY(!caption.contains(QStringLiteral("..")));
        QVERIFY(analysisNotes(table, settings).join(QLatin1Char(' ')).contains(QStringLiteral("geen uitvoer")));
        // Without the net-importer step nothing is undetermined: no such warning.
        QVERIFY(!defaultCaption(table, supplierOnly()).contains(QStringLiteral("onbepaald")));
    }

    void annexWarnsAndListsTheHiddenShare()
    {
        StatisticsSet set;
        set.primary = computeStatistics(data());
        const AnalysisSettings settings = supplierOnly();
        const AnalysisResult result = runFunnel(set, settings);
        QCOMPARE(result.finalCount(), 0); // China 45 % of 100: not more than half

        AnalysisSettings lower = settings;
        for (Criterion &c : lower.criteria)
            c.threshold = c.metric == Metric::SupplierShare ? 0.4 : c.threshold;
        const AnalysisResult kept = runFunnel(set, lower);
        QCOMPARE(kept.finalCount(), 1);
        const ReportDocument annex = buildAnnex(set.primary, kept, lower, {}, {});
        bool warned = false;
        for (const ReportBlock &block : annex.blocks)
            warned =
                warned || (block.style == ParagraphStyle::Warning && block.text.contains(QStringLiteral("40,0 %")));
        QVERIFY(warned);
        const ExportTable list = concentratedProductsTable(set.primary, kept, lower, ValueUnit::Millions);
        QCOMPARE(list.columns.back().header, QStringLiteral("Land onbekend (%)"));
        QCOMPARE(list.rows.front().back().toDouble(), 0.4);
        QCOMPARE(list.rows.front()[1].toString(), QStringLiteral("Smartphones")); // the resolved description
    }

    void detailShowsTheHiddenShare()
    {
        const StatisticsTable table = computeStatistics(data());
        ProductDetailChart detail;
        detail.setProduct(table, 0);
        const QByteArray svg = renderChartSvg(detail, {});
        QVERIFY2(svg.contains("land onbekend"), svg.left(400).constData());
        QVERIFY(svg.contains("Land vertrouwelijk"));
        QVERIFY(detail.title().contains(QStringLiteral("Smartphones")));
    }
};

QTEST_MAIN(TestSourceWarnings)
#include "test_sourcewarnings.moc"
