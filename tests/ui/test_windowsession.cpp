// The window's file and session handling, as a user meets it: a saved analysis reopens as it
// was left, the window shows at once while its data load, a cancel returns to what was shown,
// and the session it remembers never passes discarded changes off as a saved file (issue 12).
#include "document/analysisdocument.h"
#include "panels/criterionrow.h"
#include "panels/thresholdpanel.h"
#include "sensitivity/sensitivityview.h"
#include "session/savedanalysis.h"
#include "support/documentwait.h"
#include "table/productfilterproxymodel.h"
#include "table/producttablepanel.h"
#include "window/housestyle.h"
#include "window/languagemanager.h"
#include "window/loadingoverlay.h"
#include "window/mainwindow.h"
#include "window/sessionhandler.h"
#include "windowtesting.h"

#include "demo/demodata.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace herkomst;
using namespace herkomst::ui;

class TestWindowSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savedAnalysisReopensAsLeft();
    void lastSessionIsRestored();
    void analysisOfAMissingStoreCreatesNoStore();
    void windowShowsWhileItsDataLoad();
    void cancelReturnsToThePreviousData();
    void discardedChangesNeverComeBackUnderTheFilesName();
    void previousVersionsSessionIsRestored();
    void newAnalysisAsksBeforeUnsavedWorkGoes();

private:
    void verifyViewsMatch(const AnalysisResult &expected) { verifyWindowShows(mWindow, expected); }

    MainWindow *mWindow = nullptr;
};

void TestWindowSession::initTestCase()
{
    QSettings().clear();
    applyHouseStyle(*qApp);
    LanguageManager::instance().setLanguage(QStringLiteral("nl"));
}

void TestWindowSession::init()
{
    QSettings().clear();
    mWindow = shownWindow(WindowStart::Demo);
    QVERIFY(mWindow);
}

void TestWindowSession::cleanup()
{
    delete mWindow;
    mWindow = nullptr;
    QSettings().clear();
}

void TestWindowSession::savedAnalysisReopensAsLeft()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("analyse.herkomst"));
    AnalysisDocument *document = mWindow->document();
    document->setThreshold(0, 0.6);
    document->setCriterionEnabled(1, false);
    emit mWindow->countryChart()->countryClicked(QStringLiteral("USA"));
    const int rows = mWindow->productTable()->visibleRowCount();
    // Figure 2 by import value, chosen above the chart.
    auto *measure = mWindow->findChild<QComboBox *>(QStringLiteral("measure"));
    QVERIFY(measure);
    measure->setCurrentIndex(1);
    emit measure->activated(1);
    QCOMPARE(mWindow->countryChart()->measure(), CountryChart::Measure::ImportValue);
    QVERIFY(mWindow->session()->saveAnalysis(path));
    QVERIFY2(mWindow->windowTitle().startsWith(QStringLiteral("analyse.herkomst")), qPrintable(mWindow->windowTitle()));

    document->resetToDefaults();
    mWindow->productTable()->clearFilters();
    measure->setCurrentIndex(0);
    emit measure->activated(0);
    QVERIFY(mWindow->isWindowModified());
    QVERIFY(mWindow->openAnalysis(path));
    QVERIFY(waitUntilLoaded(*document));
    QCOMPARE(document->criteria()[0].threshold, 0.6);
    QVERIFY(!document->criteria()[1].enabled);
    QCOMPARE(mWindow->productTable()->proxy()->supplierFilter(), QSet<QString>{QStringLiteral("USA")});
    QCOMPARE(mWindow->productTable()->visibleRowCount(), rows);
    QCOMPARE(mWindow->countryChart()->measure(), CountryChart::Measure::ImportValue);
    QCOMPARE(measure->currentIndex(), 1); // the options show what the chart shows
    QVERIFY(!mWindow->isWindowModified());
}

void TestWindowSession::lastSessionIsRestored()
{
    mWindow->document()->setThreshold(0, 0.6);
    emit mWindow->countryChart()->countryClicked(QStringLiteral("USA"));
    // The sensitivity map of criteria 1 and 2 rather than the default 1 and 3.
    mWindow->findChild<SensitivityView *>()->setMapCriteria(0, 1);
    const int rows = mWindow->productTable()->visibleRowCount();
    QVERIFY(mWindow->close()); // writes QSettings
    delete mWindow;

    mWindow = shownWindow(WindowStart::LastSession);
    QVERIFY(mWindow);
    QCOMPARE(mWindow->document()->criteria()[0].threshold, 0.6);
    QCOMPARE(mWindow->thresholdPanel()->criterionRow(0)->spinBox()->value(), 60.0);
    QCOMPARE(mWindow->productTable()->proxy()->supplierFilter(), QSet<QString>{QStringLiteral("USA")});
    QCOMPARE(mWindow->productTable()->visibleRowCount(), rows);
    SensitivityView *sensitivity = mWindow->findChild<SensitivityView *>();
    sensitivity->refresh(); // as when its tab is shown
    QCOMPARE(sensitivity->mapFirstCriterion(), 0);
    QCOMPARE(sensitivity->mapSecondCriterion(), 1);
    QVERIFY(mWindow->demoBanner()->isVisible());
    // Never saved: it comes back as what it is, an unsaved analysis.
    QVERIFY2(mWindow->windowTitle().startsWith(QStringLiteral("Niet-opgeslagen analyse")),
             qPrintable(mWindow->windowTitle()));
    QVERIFY(mWindow->isWindowModified());
    QVERIFY(mWindow->document()->fileName().isEmpty());
    // So Ctrl+S asks where to save it rather than writing over some file.
    QString asked;
    const auto answerer = answerDialogs<QFileDialog>([&](QFileDialog *dialog) {
        asked = dialog->windowTitle();
        dialog->reject();
    });
    QVERIFY(!mWindow->session()->save());
    QCOMPARE(asked, QStringLiteral("Analyse opslaan"));
    QSettings().clear(); // later cases start fresh
}

void TestWindowSession::analysisOfAMissingStoreCreatesNoStore()
{
    QTemporaryDir dir;
    SavedAnalysis analysis;
    analysis.storePath = dir.filePath(QStringLiteral("verhuisd.sqlite"));
    analysis.dataSetName = QStringLiteral("CBS 2020");
    analysis.state.criteria = defaultPreset().criteria;
    const QString path = dir.filePath(QStringLiteral("oud.herkomst"));
    QString error;
    QVERIFY2(writeSavedAnalysis(analysis, path, &error), qPrintable(error));

    // The refusal is a message box; close it as the user would.
    QString shown;
    const auto answerer = answerDialogs<QMessageBox>([&](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    QVERIFY(!mWindow->openAnalysis(path));
    QVERIFY2(shown.contains(QStringLiteral("bestaat")), qPrintable(shown));
    QVERIFY(!QFileInfo::exists(analysis.storePath));
    QVERIFY(mWindow->document()->isDemo());
}

void TestWindowSession::windowShowsWhileItsDataLoad()
{
    delete mWindow;
    mWindow = new MainWindow;
    mWindow->loadingOverlay()->setShowDelay(0);
    mWindow->startOnDemoData();
    // The call returned before anything loaded: the window can show at once, in its loading state.
    AnalysisDocument *document = mWindow->document();
    QVERIFY(document->isLoading());
    QVERIFY(mWindow->loadingOverlay()->isActive());
    QVERIFY(!mWindow->loadingOverlay()->isHidden());
    QVERIFY(!mWindow->thresholdPanel()->isEnabled());
    QVERIFY(!mWindow->demoBanner()->isVisibleTo(mWindow)); // nothing shown yet to call synthetic
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
    QVERIFY(waitUntilLoaded(*document));
    QVERIFY(!mWindow->loadingOverlay()->isActive());
    QVERIFY(mWindow->loadingOverlay()->isHidden());
    QVERIFY(mWindow->thresholdPanel()->isEnabled());
    QVERIFY(!mWindow->isWindowModified());
    verifyViewsMatch(coreResultWithShare(0.5));
}

void TestWindowSession::cancelReturnsToThePreviousData()
{
    LoadingOverlay *overlay = mWindow->loadingOverlay();
    overlay->setShowDelay(0);
    ThresholdPanel *panel = mWindow->thresholdPanel();
    AnalysisDocument *document = mWindow->document();
    const AnalysisResult before = coreResultWithShare(0.5);
    const auto chooseEu28 = [&] {
        QComboBox *eu = panel->euBox();
        eu->setCurrentIndex(eu->findData(int(EuComposition::Eu28)));
        emit eu->activated(eu->currentIndex());
    };
    // The user picks EU28 in the dock; its statistics load, the views say so.
    chooseEu28();
    QVERIFY(document->isLoading());
    QVERIFY(overlay->isVisible());
    QVERIFY(!panel->isEnabled());
    QTest::mouseClick(overlay->cancelButton(), Qt::LeftButton);
    QVERIFY(!document->isLoading());
    QVERIFY(!overlay->isVisible());
    QVERIFY(panel->isEnabled());
    QTest::qWait(300); // a worker that still finishes changes nothing
    QCOMPARE(document->state().selection.euComposition, EuComposition::Eu27_2020);
    QCOMPARE(panel->euBox()->currentData().toInt(), int(EuComposition::Eu27_2020));
    QCOMPARE(document->undoStack()->count(), 0);
    verifyViewsMatch(before);

    // Esc cancels too.
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow));
    chooseEu28();
    QVERIFY(document->isLoading());
    QTest::keyClick(mWindow, Qt::Key_Escape);
    QVERIFY(!document->isLoading());
    QTest::qWait(300);
    QCOMPARE(document->state().selection.euComposition, EuComposition::Eu27_2020);
    verifyViewsMatch(before);

    // Left alone, the choice arrives and is one undo step.
    chooseEu28();
    QVERIFY(waitUntilLoaded(*document));
    QCOMPARE(document->state().selection.euComposition, EuComposition::Eu28);
    QCOMPARE(document->undoStack()->count(), 1);
}

void TestWindowSession::discardedChangesNeverComeBackUnderTheFilesName()
{
    // Issue 12: Ctrl+Q, "Verwerpen", start again: the title named the saved file without "*" but
    // showed the discarded figures, and Ctrl+S would have written them into the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("analyse.herkomst"));
    AnalysisDocument *document = mWindow->document();
    document->setThreshold(0, 0.6);
    QVERIFY(mWindow->session()->saveAnalysis(path));
    document->endThresholdGesture();
    document->setThreshold(0, 0.7);
    QVERIFY(mWindow->isWindowModified());

    QString asked;
    {
        const auto answerer = answerDialogs<QMessageBox>([&](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::Discard)->click(); // "Verwerpen"
        });
        QVERIFY(mWindow->close());
    }
    QVERIFY2(asked.contains(QStringLiteral("analyse.herkomst")), qPrintable(asked));
    delete mWindow;

    mWindow = shownWindow(WindowStart::LastSession);
    QVERIFY(mWindow);
    document = mWindow->document();
    QVERIFY2(mWindow->windowTitle().startsWith(QStringLiteral("analyse.herkomst")), qPrintable(mWindow->windowTitle()));
    QVERIFY(!mWindow->isWindowModified());
    QCOMPARE(document->criteria()[0].threshold, 0.6); // the file's figures, not the discarded ones
    QCOMPARE(mWindow->thresholdPanel()->criterionRow(0)->spinBox()->value(), 60.0);
    verifyViewsMatch(coreResultWithShare(0.6));

    // Ctrl+S writes what is shown, which is what the file holds.
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow));
    QTest::keySequence(mWindow, QKeySequence::Save);
    QString error;
    const std::optional<SavedAnalysis> saved = readSavedAnalysis(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->state.criteria[0].threshold, 0.6);
    QSettings().clear();
}

void TestWindowSession::previousVersionsSessionIsRestored()
{
    // Herkomst 0.1 remembered the untitled state flat, with "eu" and the screen's "≥".
    std::vector<Criterion> criteria = defaultPreset().criteria;
    QJsonArray criteriaJson;
    for (size_t i = 0; i < criteria.size(); ++i) {
        const Criterion &c = criteria[i];
        criteriaJson.append(QJsonObject{{"step", c.stepKey},
                                        {"label", c.label},
                                        {"metric", metricKey(c.metric)},
                                        {"comparison", i == 2 ? QStringLiteral("≥") : QStringLiteral(">")},
                                        {"threshold", i == 0 ? 0.6 : c.threshold},
                                        {"enabled", true},
                                        {"yearWindow", 1},
                                        {"minYearsHolding", 1}});
    }
    const QJsonObject old{{"dataSet", demo::dataSetName()}, {"reporter", "NLD"},         {"year", 2020}, {"eu", "eu28"},
                          {"criteria", criteriaJson},       {"industries", QJsonArray()}};
    {
        QSettings settings;
        settings.clear();
        settings.setValue("analysis/state", QJsonDocument(old).toJson(QJsonDocument::Compact));
        settings.setValue("analysis/file", QString());
    }
    delete mWindow;
    mWindow = shownWindow(WindowStart::LastSession);
    QVERIFY(mWindow);
    const AnalysisState &state = mWindow->document()->state();
    QCOMPARE(state.selection.euComposition, EuComposition::Eu28);
    QCOMPARE(state.criteria[0].threshold, 0.6);
    QCOMPARE(state.criteria[2].comparison, Comparison::GreaterOrEqual);
    QVERIFY(mWindow->isWindowModified());
    QSettings().clear();
}

void TestWindowSession::newAnalysisAsksBeforeUnsavedWorkGoes()
{
    // Untitled work survives a quit as the next session, but File → Nieuwe analyse would lose it: it asks.
    AnalysisDocument *document = mWindow->document();
    document->setThreshold(0, 0.6);
    QAction *newAction = mWindow->findChild<QAction *>(QStringLiteral("newAction"));
    QVERIFY(newAction);
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    int asked = 0;
    const auto answerer = answerDialogs<QMessageBox>([&](QMessageBox *box) {
        ++asked;
        box->button(answer)->click();
    });
    newAction->trigger();
    QVERIFY(waitUntilLoaded(*document));
    QCOMPARE(asked, 1);
    QCOMPARE(document->criteria()[0].threshold, 0.6); // cancelled: nothing changed
    answer = QMessageBox::Discard;
    newAction->trigger();
    QVERIFY(waitUntilLoaded(*document));
    QCOMPARE(asked, 2);
    QCOMPARE(document->criteria(), defaultPreset().criteria);
    QVERIFY(!mWindow->isWindowModified());
    QVERIFY2(mWindow->windowTitle().startsWith(QStringLiteral("Niet-opgeslagen analyse")),
             qPrintable(mWindow->windowTitle()));
    // Nothing unsaved: no question.
    newAction->trigger();
    QVERIFY(waitUntilLoaded(*document));
    QCOMPARE(asked, 2);
}

QTEST_MAIN(TestWindowSession)
#include "test_windowsession.moc"
