// The dock's persistence rule: off for CBS 2021, 2 of 3 for GeoDep, each change one undo step,
// the funnel run with the rule, and the controls following undo and presets.
#include "document/analysisdocument.h"
#include "domain/preset.h"
#include "panels/persistenceeditor.h"
#include "session/dataselection.h"
#include "support/documentwait.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace herkomst;
using namespace herkomst::ui;

class TestPersistenceEditor : public QObject {
    Q_OBJECT

private slots:
    void editsAreUndoStepsAndFollowTheDocument()
    {
        AnalysisDocument document;
        document.useDemoData();
        QVERIFY(waitUntilLoaded(document));
        PersistenceEditor editor(&document);
        auto *enabled = editor.findChild<QCheckBox *>(QStringLiteral("persistenceEnabled"));
        auto *minYears = editor.findChild<QSpinBox *>(QStringLiteral("persistenceMinYears"));
        auto *years = editor.findChild<QSpinBox *>(QStringLiteral("persistenceYears"));
        QVERIFY(enabled && minYears && years);

        // CBS 2021: one year.
        QVERIFY(!enabled->isChecked());
        QVERIFY(!years->isEnabled());
        const int steps = document.undoStack()->count();
        const int singleYearKept = document.result().finalCount();

        // On: 2 of 3, as GeoDep, in one undo step; the three years load and the funnel follows.
        enabled->setChecked(true);
        QVERIFY(waitUntilLoaded(document));
        QCOMPARE(document.state().persistence, (Persistence{3, 2}));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.presetKey(), kCustomPresetKey);
        QVERIFY(years->isEnabled());
        QVERIFY(document.result().steps[1].rule.contains(QStringLiteral("2 van 3")));
        // The funnel is core's with the rule over the three demo years.
        QString error;
        const std::optional<StatisticsSet> demoYears = loadStatistics(nullptr, DataSelection{}, 3, &error);
        QVERIFY2(demoYears, qPrintable(error));
        const AnalysisResult expected =
            runFunnel(*demoYears, AnalysisSettings{defaultPreset().criteria, {}, Persistence{3, 2}});
        for (size_t s = 0; s < expected.steps.size(); ++s) {
            QCOMPARE(document.result().steps[s].kept, expected.steps[s].kept);
            QCOMPARE(document.result().steps[s].undetermined, expected.steps[s].undetermined);
        }
        QVERIFY(document.result().finalCount() != singleYearKept);

        // Fewer years than required is not offered: the required years follow the window.
        years->setValue(2);
        QVERIFY(waitUntilLoaded(document));
        QCOMPARE(document.state().persistence, (Persistence{2, 2}));
        QCOMPARE(minYears->maximum(), 2);
        QCOMPARE(document.undoStack()->count(), steps + 2);

        document.undoStack()->undo();
        QVERIFY(waitUntilLoaded(document));
        QCOMPARE(document.state().persistence, (Persistence{3, 2}));
        QCOMPARE(years->value(), 3);
        document.undoStack()->undo();
        QVERIFY(waitUntilLoaded(document));
        QVERIFY(!document.state().persistence.multiYear());
        QVERIFY(!enabled->isChecked());
        QCOMPARE(document.result().finalCount(), singleYearKept);

        // A preset brings its rule along, in the same undo step as its criteria.
        document.applyPreset(QStringLiteral("geodep"));
        QVERIFY(waitUntilLoaded(document));
        QVERIFY(enabled->isChecked());
        QCOMPARE(minYears->value(), 2);
        QCOMPARE(years->value(), 3);
        QCOMPARE(document.presetKey(), QStringLiteral("geodep"));
        document.undoStack()->undo();
        QVERIFY(waitUntilLoaded(document));
        QCOMPARE(document.presetKey(), QStringLiteral("cbs2021"));
        QVERIFY(!enabled->isChecked());
    }
};

QTEST_MAIN(TestPersistenceEditor)
#include "test_persistenceeditor.moc"
