// The product table's "Marge" column and "Randgevallen" filter, and the margins the detail panel
// shows, checked against core's runFunnel at moved thresholds (not against the margins code).
#include "charts/productdetailchart.h"
#include "document/analysisdocument.h"
#include "support/documentwait.h"
#include "table/filterchipbar.h"
#include "table/productfilterproxymodel.h"
#include "table/producttablemodel.h"
#include "table/producttablepanel.h"

#include <QJsonObject>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <set>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

// Rows that stay after the last step with one criterion's threshold moved.
std::vector<bool> staysWith(const AnalysisDocument &document, int criterion, double threshold)
{
    std::vector<Criterion> criteria = document.criteria();
    criteria[size_t(criterion)].threshold = threshold;
    const AnalysisResult result = runFunnel(document.statistics(), AnalysisSettings{criteria, {}});
    std::vector<bool> stays(result.stage.size());
    for (size_t row = 0; row < stays.size(); ++row)
        stays[row] = result.stage[row] == result.finalStage() && !result.undetermined[row];
    return stays;
}

// Borderline as the issue defines it: moving one threshold within ±band of itself changes whether
// the product stays after the last step.
std::set<int> borderlineRows(const AnalysisDocument &document, double band)
{
    std::set<int> rows;
    const std::vector<Criterion> &criteria = document.criteria();
    for (int c = 0; c < int(criteria.size()); ++c) {
        const double t = criteria[size_t(c)].threshold;
        const std::vector<bool> low = staysWith(document, c, t - band * t);
        const std::vector<bool> high = staysWith(document, c, t + band * t);
        for (size_t row = 0; row < low.size(); ++row) {
            if (low[row] != high[row] && document.result().stage[row] >= 0)
                rows.insert(int(row));
        }
    }
    return rows;
}

std::set<int> shownRows(const ProductTablePanel &panel)
{
    std::set<int> rows;
    for (int r = 0; r < panel.proxy()->rowCount(); ++r)
        rows.insert(panel.proxy()->mapToSource(panel.proxy()->index(r, 0)).row());
    return rows;
}

} // namespace

class TestProductMargins : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QSettings().clear(); }
    void init()
    {
        mDocument.useDemoData();
        QVERIFY(waitUntilLoaded(mDocument));
    }
    void marginColumnIsWhereTheProductDrops();
    void borderlineFilterAtTheDefaultBand();
    void bandIsTheUsersSetting();
    void detailShowsTheMargins();

private:
    AnalysisDocument mDocument;
};

void TestProductMargins::marginColumnIsWhereTheProductDrops()
{
    ProductTablePanel panel(&mDocument);
    ProductTableModel *model = panel.model();
    const int column = model->column(ProductTableModel::Field::Margin);
    QVERIFY(column > 0);
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Marge"));
    const AnalysisResult &result = mDocument.result();
    int checked = 0;
    for (int row = 0; row < model->rowCount() && checked < 25; ++row) {
        if (result.stage[size_t(row)] != result.finalStage())
            continue;
        const ProductMargin &margin = model->margin(row);
        const double relative = model->sortNumber(row, column);
        QVERIFY(relative > 0);
        // The smallest relative margin decides: moving that threshold by it drops the product, and
        // every criterion's own drop point drops it and a threshold just short of it does not.
        for (const CriterionMargin &m : margin.criteria) {
            if (!m.dropsAt)
                continue;
            const double t = mDocument.criteria()[size_t(m.criterionIndex)].threshold;
            QVERIFY(relative <= (*m.dropsAt - t) / t + 1e-12);
            QVERIFY(!staysWith(mDocument, m.criterionIndex, *m.dropsAt)[size_t(row)]);
            QVERIFY(staysWith(mDocument, m.criterionIndex, t + (*m.dropsAt - t) * 0.999)[size_t(row)]);
        }
        QVERIFY(model->index(row, column).data().toString().startsWith(QLatin1Char('+')));
        QVERIFY(model->index(row, column).data(Qt::ToolTipRole).toString().contains(QStringLiteral("valt af")));
        ++checked;
    }
    QCOMPARE(checked, 25);
    // A product the first step stopped has a negative margin.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (result.stage[size_t(row)] == 0 && !result.undetermined[size_t(row)]) {
            QVERIFY(model->sortNumber(row, column) < 0);
            QVERIFY(model->index(row, column).data().toString().startsWith(QLatin1Char('-')));
            break;
        }
    }
}

void TestProductMargins::borderlineFilterAtTheDefaultBand()
{
    ProductTablePanel panel(&mDocument);
    panel.showStep(-1);
    QCOMPARE(panel.borderlineBandBox()->value(), 10);
    QVERIFY(!panel.proxy()->borderlineFilter());
    const std::set<int> expected = borderlineRows(mDocument, 0.10);
    QVERIFY(!expected.empty());
    panel.borderlineButton()->click();
    QVERIFY(panel.proxy()->borderlineFilter());
    QVERIFY(shownRows(panel) == expected);
    QVERIFY(panel.filterSummary().contains(QStringLiteral("Randgevallen (±10 %)")));
    QCOMPARE(panel.viewState().value(QStringLiteral("borderline")).toBool(), true);

    // It follows the thresholds, as every filter does.
    mDocument.setThreshold(0, 0.6);
    QVERIFY(waitUntilLoaded(mDocument));
    QVERIFY(shownRows(panel) == borderlineRows(mDocument, 0.10));

    // Its chip removes it; a saved view brings it back.
    const QJsonObject state = panel.viewState();
    emit panel.chipBar()->chipRemoved(QStringLiteral("borderline"));
    QVERIFY(!panel.proxy()->borderlineFilter());
    QVERIFY(!panel.borderlineButton()->isChecked());
    panel.restoreViewState(state);
    QVERIFY(panel.proxy()->borderlineFilter());
    QVERIFY(panel.borderlineButton()->isChecked());
}

void TestProductMargins::bandIsTheUsersSetting()
{
    {
        ProductTablePanel panel(&mDocument);
        panel.showStep(-1);
        panel.showBorderline(true);
        panel.borderlineBandBox()->setValue(25);
        QCOMPARE(panel.model()->borderlineBand(), 0.25);
        QVERIFY(shownRows(panel) == borderlineRows(mDocument, 0.25));
        QVERIFY(panel.filterSummary().contains(QStringLiteral("±25 %")));
    }
    // Remembered for the next table.
    ProductTablePanel again(&mDocument);
    QCOMPARE(again.borderlineBandBox()->value(), 25);
    QCOMPARE(again.model()->borderlineBand(), 0.25);
    again.setBorderlineBand(0.10);
}

void TestProductMargins::detailShowsTheMargins()
{
    ProductTablePanel panel(&mDocument);
    const AnalysisResult &result = mDocument.result();
    int row = 0;
    while (result.stage[size_t(row)] != result.finalStage())
        ++row;
    const QStringList lines = panel.marginLines(row);
    QCOMPARE(lines.size(), 3); // one per criterion of CBS 2021
    QVERIFY(lines[0].contains(QStringLiteral("valt af vanaf")));
    ProductDetailChart detail;
    detail.setProduct(mDocument.table(), row);
    detail.setMargins(lines);
    QCOMPARE(detail.margins(), lines);
    const double without = [&] {
        ProductDetailChart plain;
        plain.setProduct(mDocument.table(), row);
        return plain.naturalHeight(560);
    }();
    QVERIFY(detail.naturalHeight(560) > without);
    QVERIFY(panel.marginLines(-1).isEmpty());
}

QTEST_MAIN(TestProductMargins)
#include "test_productmargins.moc"
