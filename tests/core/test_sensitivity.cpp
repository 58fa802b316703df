// Sweeps and grids: at every threshold (pair) the counts equal a full runFunnel with that threshold,
// over random data sets and ranges with thresholds exactly at products' values; the ranges a user
// types; the reasons a sweep is refused; the robust core.
#include "analysis/robustcore.h"
#include "analysis/sensitivity.h"
#include "demo/demodata.h"
#include "domain/preset.h"
#include "sensitivitytestdata.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <set>

using namespace herkomst;
using namespace sensitivitytest;

namespace {

// Every value the metric takes in any year, its neighbours one ulp away, and a few round numbers:
// the thresholds at which strict and non-strict comparisons differ.
std::vector<double> thresholdsAtValues(const StatisticsSet &set, Metric metric)
{
    std::set<double> values{-1.0, 0.0, 0.5, 1.0, 2.0};
    auto addTable = [&](const StatisticsTable &table) {
        for (const ProductStats &stats : table.rows) {
            const double v = stats.metric(metric);
            if (std::isnan(v))
                continue;
            values.insert(v);
            values.insert(std::nextafter(v, -INFINITY));
            values.insert(std::nextafter(v, INFINITY));
        }
    };
    addTable(set.primary);
    for (const auto &[year, table] : set.otherYears)
        addTable(table);
    return {values.begin(), values.end()};
}

std::vector<double> randomThresholds(QRandomGenerator &random, const StatisticsSet &set, Metric metric)
{
    if (random.bounded(2) == 0)
        return thresholdsAtValues(set, metric);
    ThresholdRange range;
    range.from = double(random.bounded(11)) / 20.0;
    range.to = range.from + double(random.bounded(30)) / 20.0;
    range.step = double(1 + random.bounded(10)) / 100.0;
    std::vector<double> values;
    [&] { QCOMPARE(thresholdValues(range, &values), RangeProblem::None); }();
    return values;
}

// Compares one cell with runFunnel at the cell's thresholds; false (with a message) on a difference.
bool cellMatchesFunnel(const StatisticsSet &set, AnalysisSettings settings, const SensitivityGrid &grid, int row,
                       int column, QString *difference)
{
    settings.criteria[size_t(grid.axes[0].criterionIndex)].threshold = grid.axes[0].thresholds[size_t(row)];
    if (grid.axes.size() > 1)
        settings.criteria[size_t(grid.axes[1].criterionIndex)].threshold = grid.axes[1].thresholds[size_t(column)];
    const AnalysisResult expected = runFunnel(set, settings);
    if (int(expected.steps.size()) != grid.stepCount) {
        *difference = QStringLiteral("%1 steps, funnel %2").arg(grid.stepCount).arg(expected.steps.size());
        return false;
    }
    for (int s = 0; s < grid.stepCount; ++s) {
        const FunnelStep &e = expected.steps[size_t(s)];
        const StepCounts &got = grid.at(row, column, s);
        if (got.entering != e.entering || got.kept != e.kept || got.dropped != e.dropped ||
            got.undetermined != e.undetermined) {
            *difference = QStringLiteral("cell (%1, %2) step %3: got %4/%5/%6/%7, runFunnel %8/%9/%10/%11")
                              .arg(row)
                              .arg(column)
                              .arg(s)
                              .arg(got.entering)
                              .arg(got.kept)
                              .arg(got.dropped)
                              .arg(got.undetermined)
                              .arg(e.entering)
                              .arg(e.kept)
                              .arg(e.dropped)
                              .arg(e.undetermined);
            return false;
        }
    }
    return true;
}

bool gridMatchesFunnel(const StatisticsSet &set, const AnalysisSettings &settings, const SensitivityGrid &grid,
                       QString *difference)
{
    for (int i = 0; i < grid.rows(); ++i) {
        for (int j = 0; j < grid.columns(); ++j) {
            if (!cellMatchesFunnel(set, settings, grid, i, j, difference))
                return false;
        }
    }
    return true;
}

// Products A (share 0.45, HHI 0.30), B (0.55, 0.20), C (0.70, 0.40), D (0.62, 0.16), E (0.80,
// missing HHI), F (0.40 exactly, 0.50); all net importers.
StatisticsSet handMadeSet()
{
    auto data = std::make_shared<TradeData>();
    data->year = 2020;
    StatisticsTable table;
    const struct {
        const char *hs6;
        double share, hhi;
    } products[] = {{"000001", 0.45, 0.30}, {"000002", 0.55, 0.20}, {"000003", 0.70, 0.40},
                    {"000004", 0.62, 0.16}, {"000005", 0.80, NAN},  {"000006", 0.40, 0.50}};
    for (const auto &p : products) {
        data->products.push_back({QLatin1String(p.hs6), {}, {}, QStringLiteral("chemie")});
        ProductStats stats;
        stats.product = int(table.rows.size());
        stats.supplierShare = p.share;
        stats.importExportRatio = 2.0;
        stats.worldHhi = p.hhi;
        table.rowByHs6.insert(QLatin1String(p.hs6), stats.product);
        table.rows.push_back(stats);
    }
    table.data = data;
    return StatisticsSet{table, {}};
}

QStringList hs6s(const StatisticsSet &set, const std::vector<int> &rows)
{
    QStringList list;
    for (int row : rows)
        list << set.primary.product(row).hs6;
    return list;
}

} // namespace

class TestSensitivity : public QObject {
    Q_OBJECT

private slots:
    void rangesGiveTheNumbersAUserTypes()
    {
        std::vector<double> values;
        QCOMPARE(thresholdValues({0.4, 0.6, 0.01}, &values), RangeProblem::None);
        QCOMPARE(values.size(), size_t(21));
        QCOMPARE(values[3], 0.43); // not 0.4 + 3 * 0.01 = 0.43000000000000005
        QCOMPARE(values[3], 43.0 / 100.0);
        QCOMPARE(values.back(), 0.6);
        QCOMPARE(thresholdValues({0.2, 0.8, 0.01}, &values), RangeProblem::None);
        QCOMPARE(values.size(), size_t(61));
        QCOMPARE(thresholdValues({0.0, 1.0, 0.3}, &values), RangeProblem::None);
        QCOMPARE(values, (std::vector<double>{0.0, 0.3, 0.6, 0.9})); // stops before passing `to`
        QCOMPARE(thresholdValues({0.5, 0.5, 0.1}, &values), RangeProblem::None);
        QCOMPARE(values, std::vector<double>{0.5});
        QCOMPARE(thresholdValues({0.6, 0.4, 0.01}, &values), RangeProblem::FromAboveTo);
        QVERIFY(values.empty());
        QCOMPARE(thresholdValues({0.4, 0.6, 0.0}, &values), RangeProblem::StepNotPositive);
        QCOMPARE(thresholdValues({0.4, 0.6, -0.1}, &values), RangeProblem::StepNotPositive);
        QCOMPARE(thresholdValues({0.0, 1.0, 0.0001}, &values), RangeProblem::TooManyValues);
        QCOMPARE(thresholdValues({0.0, 1.0, 0.001}, &values), RangeProblem::None);
        QCOMPARE(values.size(), size_t(kMaxSweepValues));
        QCOMPARE(thresholdValues({0.0, INFINITY, 0.1}, &values), RangeProblem::NotFinite);
        QCOMPARE(thresholdValues({0.0, 1.0, NAN}, &values), RangeProblem::NotFinite);
    }

    // The contract: a sweep's counts at every threshold are runFunnel's with that threshold.
    void sweepEqualsRunFunnelAtEveryThreshold()
    {
        QRandomGenerator random(20211122);
        int sweeps = 0, points = 0;
        for (int round = 0; round < 400; ++round) {
            const StatisticsSet set = randomStatistics(random);
            const AnalysisSettings settings = randomSettings(random);
            const std::vector<int> enabled = enabledCriteria(settings);
            if (enabled.empty())
                continue;
            const SensitivityModel model(set, settings);
            const int varied = enabled[random.bounded(uint(enabled.size()))];
            const SensitivityAxis axis{varied, randomThresholds(random, set, settings.criteria[size_t(varied)].metric)};
            const SensitivityGrid sweep = model.sweep(settings.criteria, axis);
            QVERIFY(sweep.ok());
            QString difference;
            QVERIFY2(gridMatchesFunnel(set, settings, sweep, &difference),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(difference)));
            ++sweeps;
            points += sweep.rows();
        }
        QVERIFY(sweeps > 300);
        qInfo("%d sweeps, %d thresholds compared with runFunnel", sweeps, points);
    }

    void gridEqualsRunFunnelAtEveryPair()
    {
        QRandomGenerator random(135);
        int grids = 0;
        for (int round = 0; round < 300; ++round) {
            const StatisticsSet set = randomStatistics(random);
            AnalysisSettings settings = randomSettings(random);
            std::vector<int> enabled = enabledCriteria(settings);
            if (enabled.size() < 2)
                continue;
            std::shuffle(enabled.begin(), enabled.end(), random); // either order along the axes
            const SensitivityModel model(set, settings);
            const SensitivityAxis first{enabled[0],
                                        randomThresholds(random, set, settings.criteria[size_t(enabled[0])].metric)};
            const SensitivityAxis second{enabled[1],
                                         randomThresholds(random, set, settings.criteria[size_t(enabled[1])].metric)};
            const SensitivityGrid grid = model.grid(settings.criteria, first, second);
            QVERIFY(grid.ok());
            QString difference;
            QVERIFY2(gridMatchesFunnel(set, settings, grid, &difference),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(difference)));
            ++grids;
        }
        QVERIFY(grids > 100);
    }

    // A view keeps one model and queries it with its current thresholds.
    void modelFollowsTheOtherThresholdsItIsGiven()
    {
        QRandomGenerator random(50);
        for (int round = 0; round < 200; ++round) {
            const StatisticsSet set = randomStatistics(random);
            const AnalysisSettings built = randomSettings(random);
            const std::vector<int> enabled = enabledCriteria(built);
            if (enabled.empty())
                continue;
            const SensitivityModel model(set, built);
            AnalysisSettings moved = built;
            for (Criterion &c : moved.criteria)
                c.threshold = randomCriterion(random, 0).threshold;
            const SensitivityAxis axis{enabled.front(),
                                       thresholdsAtValues(set, built.criteria[size_t(enabled.front())].metric)};
            const SensitivityGrid sweep = model.sweep(moved.criteria, axis);
            QString difference;
            QVERIFY2(gridMatchesFunnel(set, moved, sweep, &difference), qPrintable(difference));
        }
    }

    void demoSweepsMatchThePublishedFunnel()
    {
        StatisticsSet set;
        for (const auto &[year, data] : demo::tradeData()) {
            if (year == demo::kReferenceYear)
                set.primary = computeStatistics(data);
            else
                set.otherYears.emplace(year, computeStatistics(data));
        }
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        const SensitivityModel model(set, cbs);
        std::vector<double> shares;
        QCOMPARE(thresholdValues({0.2, 0.8, 0.01}, &shares), RangeProblem::None);
        const SensitivityGrid sweep = model.sweep(cbs.criteria, {0, shares});
        const int at50 = int(std::find(shares.begin(), shares.end(), 0.5) - shares.begin());
        QCOMPARE(sweep.at(at50, 0, 1).kept, 419);
        QCOMPARE(sweep.at(at50, 0, 2).kept, 236);
        QCOMPARE(sweep.finalKept(at50), 135);
        QString difference;
        QVERIFY2(gridMatchesFunnel(set, cbs, sweep, &difference), qPrintable(difference));
        for (int i = 1; i < sweep.rows(); ++i)
            QVERIFY(sweep.finalKept(i) <= sweep.finalKept(i - 1)); // stricter share, fewer products

        std::vector<double> hhis;
        QCOMPARE(thresholdValues({0.1, 0.5, 0.05}, &hhis), RangeProblem::None);
        QVERIFY2(gridMatchesFunnel(set, cbs, model.grid(cbs.criteria, {0, shares}, {2, hhis}), &difference),
                 qPrintable(difference));

        // GeoDep: every rule over two of three years, exact on the same demo years.
        const AnalysisSettings geodep{findPreset(QStringLiteral("geodep"))->criteria, {}};
        const SensitivityModel geodepModel(set, geodep);
        std::vector<double> hhi;
        QCOMPARE(thresholdValues({0.0, 1.0, 0.02}, &hhi), RangeProblem::None);
        QVERIFY2(gridMatchesFunnel(set, geodep, geodepModel.sweep(geodep.criteria, {0, hhi}), &difference),
                 qPrintable(difference));
        QVERIFY2(gridMatchesFunnel(set, geodep, geodepModel.grid(geodep.criteria, {1, hhi}, {0, hhis}), &difference),
                 qPrintable(difference));
    }

    void refusesWhatItCannotSweep()
    {
        const StatisticsSet set = handMadeSet();
        AnalysisSettings settings{defaultPreset().criteria, {}};
        settings.criteria[1].enabled = false;
        const SensitivityModel model(set, settings);
        const std::vector<double> some{0.2, 0.3};
        QCOMPARE(model.sweep(settings.criteria, {1, some}).problem, SensitivityProblem::CriterionOff);
        QCOMPARE(model.sweep(settings.criteria, {7, some}).problem, SensitivityProblem::NoSuchCriterion);
        QCOMPARE(model.sweep(settings.criteria, {-1, some}).problem, SensitivityProblem::NoSuchCriterion);
        QCOMPARE(model.sweep(settings.criteria, {0, {}}).problem, SensitivityProblem::NoThresholds);
        QCOMPARE(model.sweep(settings.criteria, {0, {0.3, 0.2}}).problem, SensitivityProblem::NotAscending);
        QCOMPARE(model.sweep(settings.criteria, {0, {0.3, 0.3}}).problem, SensitivityProblem::NotAscending);
        QCOMPARE(model.grid(settings.criteria, {0, some}, {0, some}).problem, SensitivityProblem::SameCriterionTwice);
        std::vector<double> many;
        QCOMPARE(thresholdValues({0.0, 1.0, 0.001}, &many), RangeProblem::None);
        QCOMPARE(model.grid(settings.criteria, {0, many}, {2, many}).problem, SensitivityProblem::TooManyCells);
        std::vector<Criterion> changed = settings.criteria;
        changed[2].comparison = Comparison::Less;
        QCOMPARE(model.sweep(changed, {0, some}).problem, SensitivityProblem::CriteriaChanged);
        changed = settings.criteria;
        changed.pop_back();
        QCOMPARE(model.sweep(changed, {0, some}).problem, SensitivityProblem::CriteriaChanged);
        QVERIFY(model.sweep(settings.criteria, {0, some}).ok());
        QCOMPARE(model.stepOf(0), 1);
        QCOMPARE(model.stepOf(1), -1);
        QCOMPARE(model.stepOf(2), 2);
    }

    void robustCoreOnAHandMadeSet()
    {
        const StatisticsSet set = handMadeSet();
        const AnalysisSettings cbs{defaultPreset().criteria, {}};
        // Share 40-60 %, HHI 0.15-0.35: C (0.70, 0.40) stays everywhere; A (0.45, 0.30), B (0.55,
        // 0.20) and D (0.62, 0.16) only at some points; E never (no HHI: undetermined); F never
        // (a share of exactly 40 % is not above 40 %).
        const RobustCore core = robustCore(set, cbs, {{0, 0.40, 0.60}, {2, 0.15, 0.35}});
        QCOMPARE(hs6s(set, core.rows), QStringList{QStringLiteral("000003")});
        QCOMPARE(hs6s(set, core.sometimesRows),
                 (QStringList{QStringLiteral("000001"), QStringLiteral("000002"), QStringLiteral("000004")}));
        // At the letter's 50 % and 0.25 only C stays: B's and D's world markets are below 0.25.
        QCOMPARE(core.funnelCount, 1);
    }

    // The robust core is what stays at every point of the box, checked point by point.
    void robustCoreIsTheIntersectionOverTheBox()
    {
        QRandomGenerator random(2021);
        for (int round = 0; round < 150; ++round) {
            const StatisticsSet set = randomStatistics(random);
            const AnalysisSettings settings = randomSettings(random);
            const std::vector<int> enabled = enabledCriteria(settings);
            if (enabled.size() < 2)
                continue;
            std::vector<ThresholdInterval> box;
            std::vector<std::vector<double>> points;
            for (int k = 0; k < 2; ++k) {
                const double a = double(random.bounded(11)) / 10.0, b = double(random.bounded(11)) / 10.0;
                box.push_back({enabled[size_t(k)], std::min(a, b), std::max(a, b)});
                std::vector<double> p = thresholdsAtValues(set, settings.criteria[size_t(enabled[size_t(k)])].metric);
                p.erase(std::remove_if(p.begin(), p.end(),
                                       [&](double v) { return v < box.back().lowest || v > box.back().highest; }),
                        p.end());
                p.push_back(box.back().lowest);
                p.push_back(box.back().highest);
                points.push_back(p);
            }
            std::set<int> every, some;
            bool first = true;
            for (double x : points[0]) {
                for (double y : points[1]) {
                    AnalysisSettings at = settings;
                    at.criteria[size_t(box[0].criterionIndex)].threshold = x;
                    at.criteria[size_t(box[1].criterionIndex)].threshold = y;
                    const AnalysisResult r = runFunnel(set, at);
                    std::set<int> kept;
                    for (int row = 0; row < int(r.stage.size()); ++row) {
                        if (r.stage[size_t(row)] == r.finalStage())
                            kept.insert(row);
                    }
                    some.insert(kept.begin(), kept.end());
                    if (first)
                        every = kept;
                    else {
                        std::set<int> both;
                        std::set_intersection(every.begin(), every.end(), kept.begin(), kept.end(),
                                              std::inserter(both, both.end()));
                        every = both;
                    }
                    first = false;
                }
            }
            const RobustCore core = robustCore(set, settings, box);
            QCOMPARE(std::set<int>(core.rows.begin(), core.rows.end()), every);
            std::set<int> sometimes;
            std::set_difference(some.begin(), some.end(), every.begin(), every.end(),
                                std::inserter(sometimes, sometimes.end()));
            QCOMPARE(std::set<int>(core.sometimesRows.begin(), core.sometimesRows.end()), sometimes);
            QCOMPARE(core.funnelCount, runFunnel(set, settings).finalCount());
        }
    }
};

QTEST_GUILESS_MAIN(TestSensitivity)
#include "test_sensitivity.moc"
