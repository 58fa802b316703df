// The window on a laptop's and a desktop's screen (the suite runs once per screen size, set by
// the offscreen platform's configuration): started as a user starts it, then taken through the
// states that broke it (an industry unticked, English, the EC preset, a long data-set name, a
// product with a long description). In each: the window stays within the screen, no child is
// wider than the part of its parent that shows, and no text is cut unless it elides on purpose
// with the whole text as its tooltip.
#include "layoutchecks.h"
#include "windowtesting.h"

#include "panels/criterionrow.h"
#include "panels/thresholdpanel.h"
#include "table/filterchipbar.h"
#include "table/producttablepanel.h"
#include "window/housestyle.h"
#include "window/languagemanager.h"
#include "window/mainwindow.h"
#include "window/windowgeometry.h"

#include "demo/demodata.h"
#include "store/store.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

const QString kLongName =
    QStringLiteral("CBS Internationale handel; in- en uitvoer naar goederen (HS6) en landen, 2020, gecorrigeerd voor "
                   "wederuitvoer, tweede voorlopige cijfers (download van 14 oktober 2021)");
const QString kLongDescription =
    QStringLiteral("Machines en apparaten voor het bewerken van rubber of van kunststof en voor het vervaardigen van "
                   "producten van deze stoffen, niet elders in dit hoofdstuk genoemd of begrepen; delen daarvan");

} // namespace

class TestWindowLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void geometryFitsAndIsClamped();
    void firstStartFitsTheScreen();
    void rememberedGeometryFromALargerScreenIsClamped();
    void statesKeepTheLayout();
    void tableGetsTheRoomOnALaptop();
    void dockFitsAtItsMinimumWidth();

private:
    void check(const char *state);
    MainWindow *startAsUser();

    MainWindow *mWindow = nullptr;
};

void TestWindowLayout::initTestCase()
{
    applyHouseStyle(*qApp);
    qInfo("screen: %dx%d", QGuiApplication::primaryScreen()->availableGeometry().width(),
          QGuiApplication::primaryScreen()->availableGeometry().height());
}

void TestWindowLayout::init()
{
    QSettings().clear();
    LanguageManager::instance().setLanguage(QStringLiteral("nl"));
}

void TestWindowLayout::cleanup()
{
    delete mWindow;
    mWindow = nullptr;
    LanguageManager::instance().setLanguage(QStringLiteral("nl"));
}

MainWindow *TestWindowLayout::startAsUser()
{
    auto *window = new MainWindow;
    window->restoreLastSession();
    window->show();
    if (!QTest::qWaitForWindowExposed(window) || !waitUntilLoaded(*window->document())) {
        delete window;
        return nullptr;
    }
    QTest::qWait(50);
    return window;
}

void TestWindowLayout::check(const char *state)
{
    // Layouts settle over a few passes of the event loop (the dock and the table's columns).
    for (int pass = 0; pass < 5; ++pass)
        QApplication::processEvents();
    QTest::qWait(20);
    const QStringList problems = layoutchecks::layoutProblems(mWindow);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1:\n  %2").arg(QLatin1String(state), problems.join(QStringLiteral("\n  ")))));
}

void TestWindowLayout::geometryFitsAndIsClamped()
{
    const QRect laptop(0, 0, 1280, 800);
    const QMargins frame(0, 30, 0, 0);
    // A first start: the preferred size where there is room, else the available area.
    QCOMPARE(WindowGeometry::initial(QRect(0, 0, 1920, 1080), frame).size(), WindowGeometry::preferredSize());
    QVERIFY(QRect(0, 0, 1920, 1080).contains(WindowGeometry::initial(QRect(0, 0, 1920, 1080), frame)));
    const QRect first = WindowGeometry::initial(laptop, frame);
    QVERIFY(laptop.contains(first.marginsAdded(frame)));
    // 1440 x 900 remembered on a larger screen, restored on the laptop: shrunk and moved onto it.
    const QRect restored = WindowGeometry::clamped(QRect(300, 200, 1440, 900), laptop, frame);
    QVERIFY(laptop.contains(restored.marginsAdded(frame)));
    QCOMPARE(restored.width(), 1280);
    // Left on a second monitor to the right that is gone: back on this one, size kept.
    const QRect gone = WindowGeometry::clamped(QRect(2000, 100, 800, 600), laptop, frame);
    QCOMPARE(gone.size(), QSize(800, 600));
    QVERIFY(laptop.contains(gone.marginsAdded(frame)));
    // A geometry that fits stays where the user left it.
    QCOMPARE(WindowGeometry::clamped(QRect(40, 60, 900, 600), laptop, frame), QRect(40, 60, 900, 600));
}

void TestWindowLayout::firstStartFitsTheScreen()
{
    mWindow = startAsUser();
    QVERIFY(mWindow);
    const QRect available = mWindow->screen()->availableGeometry();
    QVERIFY2(available.contains(mWindow->frameGeometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                                                          .arg(mWindow->frameGeometry().width())
                                                                          .arg(mWindow->frameGeometry().height())
                                                                          .arg(available.width())
                                                                          .arg(available.height())));
    check("first start");
    // Both figures and the table keep a readable size beside the dock.
    for (QWidget *w : {static_cast<QWidget *>(mWindow->funnelChart()), static_cast<QWidget *>(mWindow->countryChart()),
                       static_cast<QWidget *>(mWindow->productTable()->view())}) {
        QVERIFY2(w->width() >= 300 && w->height() >= 150,
                 qPrintable(QStringLiteral("%1: %2x%3").arg(w->objectName()).arg(w->width()).arg(w->height())));
    }
    QVERIFY(mWindow->thresholdPanel()->isVisible());
}

void TestWindowLayout::rememberedGeometryFromALargerScreenIsClamped()
{
    // The window was left at 2043 px wide on a 1600-px screen (the chip bug) or on a monitor
    // that is now gone; this start must bring it back within this screen.
    {
        QWidget big;
        big.setGeometry(2500, 300, 2043, 1100);
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    }
    mWindow = startAsUser();
    QVERIFY(mWindow);
    const QRect available = mWindow->screen()->availableGeometry();
    QVERIFY2(available.contains(mWindow->frameGeometry()), qPrintable(QStringLiteral("%1x%2 at %3,%4 on %5x%6")
                                                                          .arg(mWindow->frameGeometry().width())
                                                                          .arg(mWindow->frameGeometry().height())
                                                                          .arg(mWindow->frameGeometry().x())
                                                                          .arg(mWindow->frameGeometry().y())
                                                                          .arg(available.width())
                                                                          .arg(available.height())));
}

void TestWindowLayout::statesKeepTheLayout()
{
    // A store whose data set has a long name and a product with a long description.
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("herkomst.sqlite"));
    {
        Store store;
        QString error;
        QVERIFY2(store.open(storePath, &error), qPrintable(error));
        QVERIFY2(demo::writeToStore(store, &error), qPrintable(error));
        const std::vector<DataSetInfo> sets = store.dataSets();
        QCOMPARE(int(sets.size()), 1);
        QVERIFY2(store.renameDataSet(sets.front().id, kLongName, &error), qPrintable(error));
        const QByteArray sql = "UPDATE product SET description_nl = '" + kLongDescription.toUtf8() +
                               "' WHERE hs6 = (SELECT min(hs6) FROM product)";
        QVERIFY2(store.connection().exec(sql.constData()), qPrintable(store.connection().lastFailure().message));
    }
    mWindow = startAsUser();
    QVERIFY(mWindow);
    check("demo data, Dutch");

    // One industry unticked: a chip for the other twelve.
    QListWidget *industries = mWindow->thresholdPanel()->industryList();
    QVERIFY(industries->count() > 3);
    industries->item(1)->setCheckState(Qt::Unchecked);
    QVERIFY(!mWindow->document()->state().industries.isEmpty());
    check("an industry unticked");

    mWindow->setLanguage(QStringLiteral("en"));
    check("English, an industry unticked");
    mWindow->setLanguage(QStringLiteral("nl"));

    mWindow->document()->applyPreset(QStringLiteral("ec2021"));
    QVERIFY(waitUntilLoaded(*mWindow->document()));
    check("EC 2021");
    mWindow->document()->applyPreset(QStringLiteral("geodep"));
    QVERIFY(waitUntilLoaded(*mWindow->document()));
    check("GeoDep");

    // The store with the long data-set name, and a product whose description is long.
    QString error;
    AnalysisState state = AnalysisState::defaults(DataSelection{});
    state.selection.dataSet = kLongName;
    QVERIFY2(mWindow->document()->openStore(storePath, state, &error), qPrintable(error));
    QVERIFY(waitUntilLoaded(*mWindow->document()));
    QCOMPARE(mWindow->document()->currentDataSet().name, kLongName);
    check("a long data-set name");
    ProductTablePanel *table = mWindow->productTable();
    table->clearFilters();
    table->searchField()->setText(kLongDescription.left(30));
    QVERIFY(table->visibleRowCount() >= 1);
    table->selectFirstIfNone();
    check("a product with a long description");
    mWindow->setLanguage(QStringLiteral("en"));
    check("English, long name and description");
}

void TestWindowLayout::tableGetsTheRoomOnALaptop()
{
    // With the figures beside it or, on a small screen, with them hidden at one keystroke
    // (Beeld → Alleen de tabel), the table shows at least fifteen products.
    mWindow = startAsUser();
    QVERIFY(mWindow);
    const auto visibleRows = [this] {
        QTableView *view = mWindow->productTable()->view();
        return view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
    };
    if (visibleRows() < 15) {
        mWindow->setTableOnly(true);
        QApplication::processEvents();
        QVERIFY2(visibleRows() >= 15, qPrintable(QString::number(visibleRows())));
        check("table only");
        // Remembered: the next start shows the table as the user left it.
        delete mWindow;
        mWindow = startAsUser();
        QVERIFY(mWindow);
        QVERIFY(mWindow->isTableOnly());
        QVERIFY(visibleRows() >= 15);
        mWindow->setTableOnly(false);
        QVERIFY(mWindow->funnelChart()->isVisible());
    }
}

void TestWindowLayout::dockFitsAtItsMinimumWidth()
{
    // The user narrows the dock as far as it goes: every criterion's controls and its "…"
    // actions stay inside the dock, and the actions are also on the row's context menu.
    mWindow = startAsUser();
    QVERIFY(mWindow);
    auto *dock = mWindow->findChild<QDockWidget *>(QStringLiteral("thresholdDock"));
    QVERIFY(dock);
    mWindow->resizeDocks({dock}, {1}, Qt::Horizontal);
    QApplication::processEvents();
    QVERIFY(dock->width() <= dock->minimumSizeHint().width() + 40);
    check("dock at its minimum width");
    ThresholdPanel *panel = mWindow->thresholdPanel();
    for (int i = 0; i < panel->criterionRowCount(); ++i) {
        QToolButton *actions = panel->criterionRow(i)->actionsButton();
        const QRect inDock(actions->mapTo(dock, QPoint(0, 0)), actions->size());
        QVERIFY2(dock->rect().contains(inDock), qPrintable(QStringLiteral("row %1's actions outside the dock").arg(i)));
        QVERIFY(panel->criterionRow(i)->contextMenuActions().contains(panel->criterionRow(i)->removeAction()));
    }
}

QTEST_MAIN(TestWindowLayout)
#include "test_windowlayout.moc"
