// Each product's margins: how far from each threshold, the threshold at which it drops out (moving
// the threshold there drops it; one step less does not), the criterion that stopped the others, and
// the borderline flag against moving each threshold within its band.
#include "analysis/margins.h"
#include "domain/preset.h"
#include "sensitivitytestdata.h"

#include <QtTest>
#include <cmath>

using namespace herkomst;
using namespace sensitivitytest;

namespace {

// share, import/export ratio, world HHI per product.
StatisticsSet products(const std::vector<std::array<double, 3>> &values)
{
    auto data = std::make_shared<TradeData>();
    data->year = 2020;
    StatisticsTable table;
    for (const auto &[share, ratio, hhi] : values) {
        const QString hs6 = QStringLiteral("%1").arg(100001 + table.rows.size());
        data->products.push_back({hs6, {}, {}, QStringLiteral("chemie")});
        ProductStats stats;
        stats.product = int(table.rows.size());
        stats.supplierShare = share;
        stats.importExportRatio = ratio;
        stats.worldHhi = hhi;
        table.rowByHs6.insert(hs6, stats.product);
        table.rows.push_back(stats);
    }
    table.data = data;
    return StatisticsSet{table, {}};
}

bool afterLastStep(const StatisticsSet &set, const AnalysisSettings &settings, int row)
{
    const AnalysisResult r = runFunnel(set, settings);
    return r.stage[size_t(row)] == r.finalStage();
}

AnalysisSettings moved(AnalysisSettings settings, int criterion, double threshold)
{
    settings.criteria[size_t(criterion)].threshold = threshold;
    return settings;
}

} // namespace

class TestSensitivityMargins : public QObject {
    Q_OBJECT

private slots:
    void marginsOfProductsAfterTheLastStep()
    {
        const StatisticsSet set = products({{0.70, 2.0, 0.40}, {0.53, INFINITY, 0.26}});
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const AnalysisResult result = runFunnel(set, cbs);
        const std::vector<ProductMargin> margins = productMargins(set, cbs, result);
        QCOMPARE(margins.size(), size_t(2));

        const ProductMargin &safe = margins[0];
        QVERIFY(safe.afterLastStep);
        QCOMPARE(safe.criteria.size(), size_t(3));
        const CriterionMargin &share = safe.criteria[0];
        QCOMPARE(share.criterionIndex, 0);
        QCOMPARE(share.outcome, StepOutcome::Pass);
        QCOMPARE(share.value, 0.70);
        QCOMPARE(share.threshold, 0.5);
        QVERIFY(std::abs(share.margin - 0.20) < 1e-12);
        QCOMPARE(share.dropsAt, std::optional<double>(0.70)); // "valt af vanaf 70 %": at 70 % it is out
        QCOMPARE(safe.criteria[1].dropsAt, std::optional<double>(2.0));
        QCOMPARE(safe.criteria[2].dropsAt, std::optional<double>(0.40));
        QVERIFY(!safe.borderline()); // 45-55 %, ratio 0.9-1.1, HHI 0.225-0.275 keep it

        const ProductMargin &close = margins[1];
        QVERIFY(close.afterLastStep);
        QVERIFY(close.criteria[0].borderline);           // drops at 53 %, inside 45-55 %
        QVERIFY(!close.criteria[1].dropsAt.has_value()); // no exports: no finite ratio drops it
        QCOMPARE(close.criteria[1].margin, double(INFINITY));
        QVERIFY(!close.criteria[1].borderline);
        QVERIFY(close.criteria[2].borderline); // drops at 0.26, inside 0.225-0.275
        QVERIFY(close.borderline());
        QVERIFY(!afterLastStep(set, moved(cbs, 0, 0.53), 1));
        QVERIFY(afterLastStep(set, moved(cbs, 0, std::nextafter(0.53, 0.0)), 1));
    }

    void theCriterionThatStoppedTheOthers()
    {
        // Exactly at 50 %; 47 % and otherwise kept; 47 % but a fragmented world market; no HHI.
        const StatisticsSet set =
            products({{0.50, 2.0, 0.40}, {0.47, 2.0, 0.40}, {0.47, 2.0, 0.10}, {0.90, 2.0, NAN}, {0.30, 0.5, 0.9}});
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const std::vector<ProductMargin> margins = productMargins(set, cbs, runFunnel(set, cbs));

        const CriterionMargin &atThreshold = margins[0].criteria.at(0);
        QVERIFY(!margins[0].afterLastStep);
        QCOMPARE(margins[0].criteria.size(), size_t(1));
        QCOMPARE(atThreshold.criterionIndex, 0);
        QCOMPARE(atThreshold.outcome, StepOutcome::Fail); // strict: 50 % is not more than half
        QCOMPARE(atThreshold.margin, 0.0);
        QVERIFY(!atThreshold.dropsAt);
        QVERIFY(atThreshold.borderline); // in at 45 %

        QVERIFY(std::abs(margins[1].criteria.at(0).margin + 0.03) < 1e-12);
        QVERIFY(margins[1].borderline());
        QVERIFY(!margins[2].borderline()); // passing the share would not pass the world market

        const CriterionMargin &undetermined = margins[3].criteria.at(0);
        QCOMPARE(undetermined.criterionIndex, 2);
        QCOMPARE(undetermined.outcome, StepOutcome::Undetermined);
        QVERIFY(std::isnan(undetermined.value));
        QVERIFY(std::isnan(undetermined.margin));
        QVERIFY(!undetermined.borderline);

        QCOMPARE(margins[4].criteria.at(0).criterionIndex, 0); // the first failing step only
    }

    void theBandIsTheUsersChoice()
    {
        const StatisticsSet set = products({{0.58, 2.0, 0.40}, {0.53, 2.0, 0.40}});
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const AnalysisResult result = runFunnel(set, cbs);
        QVERIFY(!productMargins(set, cbs, result, 0.0)[1].borderline());
        QVERIFY(!productMargins(set, cbs, result)[0].borderline());
        QVERIFY(productMargins(set, cbs, result)[1].borderline());
        QVERIFY(productMargins(set, cbs, result, 0.2)[0].borderline()); // 40-60 % reaches 58 %
    }

    // Over random analyses: moving a threshold to drops_at drops the product, one step short of it
    // does not, and the borderline flag is what runFunnel says at both ends of the band.
    void marginsAgreeWithMovingTheThreshold()
    {
        QRandomGenerator random(20211122);
        int checkedDrops = 0, borderline = 0;
        for (int round = 0; round < 400; ++round) {
            const StatisticsSet set = randomStatistics(random);
            const AnalysisSettings settings = randomSettings(random);
            const AnalysisResult result = runFunnel(set, settings);
            const double band = random.bounded(3) == 0 ? 0.5 : kDefaultBorderlineBand;
            const std::vector<ProductMargin> margins = productMargins(set, settings, result, band);
            for (int row = 0; row < int(margins.size()); ++row) {
                const ProductMargin &m = margins[size_t(row)];
                QCOMPARE(m.inUniverse, result.stage[size_t(row)] >= 0);
                if (!m.inUniverse)
                    continue;
                QCOMPARE(m.afterLastStep, result.stage[size_t(row)] == result.finalStage());
                if (!m.afterLastStep) {
                    QCOMPARE(m.criteria.size(), size_t(1));
                    QCOMPARE(m.criteria[0].criterionIndex,
                             result.steps[size_t(result.stage[size_t(row)] + 1)].criterionIndex);
                    QCOMPARE(m.criteria[0].outcome == StepOutcome::Undetermined,
                             bool(result.undetermined[size_t(row)]));
                } else {
                    QCOMPARE(int(m.criteria.size()), result.finalStage());
                }
                for (const CriterionMargin &c : m.criteria) {
                    const double t = c.threshold;
                    if (c.dropsAt) {
                        QVERIFY2(!afterLastStep(set, moved(settings, c.criterionIndex, *c.dropsAt), row),
                                 qPrintable(QStringLiteral("round %1 row %2").arg(round).arg(row)));
                        const double before = std::nextafter(*c.dropsAt, t);
                        QVERIFY(afterLastStep(set, moved(settings, c.criterionIndex, before), row));
                        ++checkedDrops;
                    } else if (m.afterLastStep) {
                        QVERIFY(afterLastStep(set, moved(settings, c.criterionIndex, 1e300), row));
                        QVERIFY(afterLastStep(set, moved(settings, c.criterionIndex, -1e300), row));
                    }
                    const double reach = band * std::abs(t);
                    const bool flips = afterLastStep(set, moved(settings, c.criterionIndex, t - reach), row) !=
                                       afterLastStep(set, moved(settings, c.criterionIndex, t + reach), row);
                    QCOMPARE(c.borderline, flips);
                    borderline += c.borderline;
                }
            }
        }
        QVERIFY(checkedDrops > 500);
        QVERIFY(borderline > 50);
        qInfo("%d drop thresholds and %d borderline flags checked against runFunnel", checkedDrops, borderline);
    }
};

QTEST_GUILESS_MAIN(TestSensitivityMargins)
#include "test_sensitivitymargins.moc"
