// The view "Jaren": on the demo data (2018–2020) its charts show core's funnel of each year and the
// suppliers per year, a threshold change re-runs them at once (timed), the compare table lists
// what compareYears gives for the first and last year and a double click shows the product in the
// table, the detail panel gets the selected product's history, a data set of one year says so in
// words, and the window has the tab. With HERKOMST_SCREENSHOT_DIR set, the window at 1280×800 is
// saved there in Dutch and English (for looking at, not for asserting).
#include "analysis/yeartrend.h"
#include "charts/productdetailchart.h"
#include "document/analysisdocument.h"
#include "domain/preset.h"
#include "export/chartexporter.h"
#include "export/yearcomparisontable.h"
#include "session/dataselection.h"
#include "session/yearseries.h"
#include "store/datasetwriter.h"
#include "store/store.h"
#include "support/documentwait.h"
#include "table/producttablepanel.h"
#include "window/languagemanager.h"
#include "window/mainwindow.h"
#include "windowtesting.h"
#include "years/yearcomparemodel.h"
#include "years/yearfunnelchart.h"
#include "years/yearsupplierchart.h"
#include "years/yearsview.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

bool waitForTrend(YearsView &view, int timeoutMs = 60000)
{
    return QTest::qWaitFor([&] { return !view.isLoading() && view.showsTrend(); }, timeoutMs);
}

// Core's own funnels of the demo's years at these settings.
std::vector<TrendYear> coreTrend(const AnalysisSettings &settings, std::vector<YearFunnel> *storage)
{
    QString error;
    *storage = *funnelPerYear(nullptr, DataSelection{}, settings, &error);
    std::vector<TrendInput> inputs;
    for (const YearFunnel &year : *storage)
        inputs.push_back({year.year, &year.statistics});
    return yearTrend(inputs, settings);
}

void verifyFunnelChart(const YearsView &view, const std::vector<TrendYear> &expected)
{
    const std::vector<YearFunnelChart::Year> &shown = view.funnelChart()->years();
    QCOMPARE(shown.size(), expected.size());
    for (size_t y = 0; y < shown.size(); ++y) {
        QCOMPARE(shown[y].year, expected[y].year);
        QCOMPARE(shown[y].steps.size(), expected[y].result.steps.size());
        for (size_t s = 0; s < shown[y].steps.size(); ++s) {
            QCOMPARE(shown[y].steps[s].kept, expected[y].result.steps[s].kept);
            QCOMPARE(shown[y].steps[s].undetermined, expected[y].result.steps[s].undetermined);
        }
    }
}

} // namespace

class TestYearsView : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().remove(QStringLiteral("years")); } // each case starts on the trend

    void fillsOnDemoDataAndFollowsThresholds()
    {
        AnalysisDocument document;
        document.useDemoData();
        QVERIFY(waitUntilLoaded(document));
        YearsView view(&document);
        view.resize(1200, 700);
        view.show();
        QVERIFY(waitForTrend(view));
        QCOMPARE(view.windowTitle(), QStringLiteral("Jaren"));
        QCOMPARE(view.years(), (std::vector<int>{2018, 2019, 2020}));
        std::vector<YearFunnel> storage;
        verifyFunnelChart(view, coreTrend(document.state().settings(), &storage));
        // The suppliers add up to the products after the last step, year by year.
        const std::vector<SupplierSeries> &series = view.supplierChart()->series();
        QVERIFY(!series.empty() && series.size() <= 6);
        for (size_t y = 0; y < 3; ++y) {
            int sum = 0;
            for (const SupplierSeries &s : series)
                sum += s.counts[y];
            QCOMPARE(sum, view.funnelChart()->years()[y].steps.back().kept);
        }

        // Both figures export with their title and caption (SVG keeps the text as text).
        QTemporaryDir dir;
        for (ChartWidget *chart : std::initializer_list<ChartWidget *>{view.funnelChart(), view.supplierChart()}) {
            const QString path = dir.filePath(chart->objectName() + QStringLiteral(".svg"));
            QString error;
            QVERIFY2(exportChartSvg(*chart, path, ChartExportOptions{}, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString svg = QString::fromUtf8(file.readAll());
            QVERIFY2(svg.contains(chart->title().left(20)), qPrintable(chart->title()));
            QVERIFY(svg.contains(QStringLiteral("Jaren 2018–2020")));
        }
        QCOMPARE(view.funnelChart()->title(), QStringLiteral("De trechter per jaar, 2018–2020"));

        // A threshold change: the funnels follow at once, without loading.
        document.setThreshold(0, 0.6);
        QVERIFY(!view.isLoading());
        verifyFunnelChart(view, coreTrend(document.state().settings(), &storage));
        qInfo("threshold change in the view: %.2f ms (funnels of 3 years and both charts; the compare table waits for "
              "its tab)",
              view.lastUpdateMs());
        QVERIFY(view.lastUpdateMs() < 250.0); // a sanity bound; the benchmark-grade figure is printed

        // Another persistence window needs other statistics: the view loads them and follows.
        document.setPersistence(Persistence{3, 2});
        QVERIFY(waitUntilLoaded(document));
        QVERIFY(QTest::qWaitFor([&] {
            return !view.isLoading() && view.funnelChart()->years().size() == 3 &&
                   view.funnelChart()->years()[0].steps[1].undetermined > 0;
        }));
        verifyFunnelChart(view, coreTrend(document.state().settings(), &storage));
    }

    void compareTableIsCompareYears()
    {
        AnalysisDocument document;
        document.useDemoData();
        QVERIFY(waitUntilLoaded(document));
        YearsView view(&document);
        view.show();
        QVERIFY(waitForTrend(view));
        QCOMPARE(view.compareModel()->rowCount(), 0); // hidden behind the trend, it waits
        view.parts()->setCurrentIndex(1);
        QCOMPARE(view.fromYearBox()->currentData().toInt(), 2018); // first and last by default
        QCOMPARE(view.toYearBox()->currentData().toInt(), 2020);

        std::vector<YearFunnel> storage;
        const std::vector<TrendYear> trend = coreTrend(document.state().settings(), &storage);
        const YearComparison expected =
            compareYears({&storage[0].statistics, &trend[0].result}, {&storage[2].statistics, &trend[2].result},
                         document.state().settings());
        const YearCompareModel *model = view.compareModel();
        QCOMPARE(size_t(model->rowCount()), expected.added.size() + expected.gone.size() + expected.persistent.size());
        QVERIFY(!expected.persistent.empty());
        QCOMPARE(model->index(0, 0).data(Qt::UserRole).toString(),
                 expected.added.empty() ? expected.gone.front() : expected.added.front());
        QVERIFY(view.message()->text().isEmpty() || !view.message()->isVisible());

        // Sorting by HS6 and back; the rows stay the same set.
        view.compareTable()->sortByColumn(0, Qt::DescendingOrder);
        const QAbstractItemModel *proxy = view.compareTable()->model();
        QVERIFY(proxy->index(0, 0).data().toString() > proxy->index(1, 0).data().toString());

        view.setCompareYears(2019, 2020);
        const YearComparison second =
            compareYears({&storage[1].statistics, &trend[1].result}, {&storage[2].statistics, &trend[2].result},
                         document.state().settings());
        QCOMPARE(size_t(model->rowCount()), second.added.size() + second.gone.size() + second.persistent.size());
        const std::optional<YearChangesAnnex> annex = view.yearChangesAnnex();
        QVERIFY(annex);
        QCOMPARE(annex->from, 2019);
        QCOMPARE(annex->table.title, YearComparisonTable::title(2019, 2020));
    }

    void oneYearSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one.herkomst-db"));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            DataSetWriter writer(store);
            DataSetInfo info;
            info.name = QStringLiteral("een jaar");
            info.source = QStringLiteral("test");
            info.currency = QStringLiteral("EUR");
            QVERIFY(writer.begin(info));
            QVERIFY(writer.addProduct({QStringLiteral("100001"), QStringLiteral("product"), QString(), QString()}));
            QVERIFY(writer.addImport("NLD", 2021, "100001", "CHN", TradeValue{90.0}));
            QVERIFY(writer.addImport("NLD", 2021, "100001", "DEU", TradeValue{10.0}));
            QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
        }
        AnalysisDocument document;
        QString error;
        QVERIFY2(document.openStore(path, AnalysisState::defaults(), &error), qPrintable(error));
        QVERIFY(waitUntilLoaded(document));
        YearsView view(&document);
        view.show();
        QVERIFY(QTest::qWaitFor([&] { return !view.isLoading() && view.years() == std::vector<int>{2021}; }));
        QVERIFY(!view.showsTrend());
        QVERIFY(view.message()->isVisible());
        QVERIFY2(view.message()->text().contains(QStringLiteral("één jaar (2021)")),
                 qPrintable(view.message()->text()));
        QVERIFY(!view.yearChangesAnnex()); // no annex section with one year
    }

    // The detail's history does not wait for the tab: the years load for it in the background.
    void historyWithoutOpeningTheTab()
    {
        const std::unique_ptr<MainWindow> window(shownWindow(WindowStart::Demo, QSize(1280, 800)));
        QVERIFY(window);
        window->figureTabs()->setCurrentIndex(0); // Figure 1 and 2, whatever an earlier run left
        auto *panel = window->findChild<ProductTablePanel *>();
        auto *detail = window->findChild<ProductDetailChart *>();
        QVERIFY(panel && detail);
        QVERIFY(!window->findChild<YearsView *>()->isVisible());
        const QModelIndex second = panel->view()->model()->index(1, 0);
        panel->view()->setCurrentIndex(second);
        QCOMPARE(detail->productCode(), second.data().toString());
        QVERIFY(QTest::qWaitFor([&] { return detail->history().size() == 3; }));
        QCOMPARE(detail->history().back().year, 2020);
        // A threshold change keeps the history (its thresholds follow).
        window->document()->setThreshold(0, 0.6);
        QCOMPARE(detail->history().size(), size_t(3));
    }

    void windowTabHistoryAndDoubleClick()
    {
        const std::unique_ptr<MainWindow> owner(shownWindow(WindowStart::Demo, QSize(1280, 800)));
        QVERIFY(owner);
        MainWindow &window = *owner;
        auto *view = window.findChild<YearsView *>();
        QVERIFY(view);
        QTabWidget *tabs = window.figureTabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("Jaren"));
        tabs->setCurrentWidget(view);
        QVERIFY(waitForTrend(*view));
        view->parts()->setCurrentIndex(1);

        // Double click on a persistent product: the table selects it, the detail shows its history.
        const QAbstractItemModel *proxy = view->compareTable()->model();
        int persistent = -1;
        for (int r = 0; r < proxy->rowCount() && persistent < 0; ++r) {
            if (proxy->index(r, 2).data().toString() ==
                YearComparisonTable::changeText(YearComparisonTable::Change::Persistent))
                persistent = r;
        }
        QVERIFY(persistent >= 0);
        const QString hs6 = proxy->index(persistent, 0).data(Qt::UserRole).toString();
        QVERIFY(view->showProduct(hs6));
        auto *detail = window.findChild<ProductDetailChart *>();
        QCOMPARE(detail->productCode(), hs6);
        QVERIFY(QTest::qWaitFor([&] { return detail->history().size() == 3; }));
        QCOMPARE(detail->history().front().year, 2018);
        QVERIFY(detail->history().back().imported);

        if (const QString shots = qEnvironmentVariable("HERKOMST_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
                QVERIFY(LanguageManager::instance().setLanguage(language));
                const auto shoot = [&](const QString &name) {
                    QTest::qWait(300);
                    window.grab().save(QDir(shots).filePath(QStringLiteral("%1-%2.png").arg(name, language)));
                };
                view->parts()->setCurrentIndex(0);
                shoot(QStringLiteral("jaren-trend"));
                view->parts()->setCurrentIndex(1);
                shoot(QStringLiteral("jaren-vergelijking"));
                window.setTableOnly(true); // the detail gets the height its history needs
                shoot(QStringLiteral("detail-historie"));
                window.setTableOnly(false);
            }
            LanguageManager::instance().setLanguage(QStringLiteral("nl"));
            // GeoDep (2 of 3 years): the first years' undetermined, hatched.
            window.document()->applyPreset(QStringLiteral("geodep"));
            QVERIFY(waitUntilLoaded(*window.document()));
            view->parts()->setCurrentIndex(0);
            QVERIFY(QTest::qWaitFor([&] { return !view->isLoading() && view->showsTrend(); }));
            QTest::qWait(300);
            window.grab().save(QDir(shots).filePath(QStringLiteral("jaren-geodep-nl.png")));
        }
    }
};

QTEST_MAIN(TestYearsView)
#include "test_yearsview.moc"
