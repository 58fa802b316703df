// The view "Diensten en goederen": the letter's rankings side by side with their marks, the goods
// column from the data the window shows, the top-N choice, and the tab beside the figures.
#include "charts/table1chart.h"
#include "demo/demodata.h"
#include "document/analysisdocument.h"
#include "import/servicestablereader.h"
#include "session/analysisstate.h"
#include "store/servicesstore.h"
#include "store/store.h"
#include "support/documentwait.h"
#include "table1/table1view.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst;
using namespace herkomst::ui;

class TestTable1View : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().remove(QStringLiteral("table1")); } // each case starts as a first run

    void letterRankingsSideBySide()
    {
        AnalysisDocument document;
        Table1View view(&document);
        QCOMPARE(view.source(), Table1View::Source::Letter);
        QCOMPARE(view.windowTitle(), QStringLiteral("Diensten en goederen"));
        QCOMPARE(view.servicesTable()->rowCount(), 20);
        QCOMPARE(view.goodsTable()->rowCount(), 20);
        QCOMPARE(view.servicesTable()->item(2, 1)->text(), QStringLiteral("Bermuda*†"));
        QCOMPARE(view.servicesTable()->item(2, 2)->text(), QStringLiteral("27.726"));
        QTableWidgetItem *otherAsia = view.goodsTable()->item(9, 1);
        QCOMPARE(otherAsia->text(), QStringLiteral("Overige Azië*†"));
        QVERIFY(otherAsia->font().italic());
        QCOMPARE(view.goodsTable()->item(0, 1)->text(), QStringLiteral("Duitsland")); // EU, in both lists
        QCOMPARE(view.chart()->rows().size(), size_t(28));
        QVERIFY(view.chart()->caption().startsWith(QStringLiteral("Bron: CBS; Kamerbrief 22 november 2021")));

        view.setTop(5);
        QCOMPARE(view.servicesTable()->rowCount(), 5);
        QCOMPARE(view.goodsTable()->item(2, 1)->text(), QStringLiteral("China*†")); // 14th for services
    }

    void goodsFromTheShownData()
    {
        AnalysisDocument document;
        document.useDemoData();
        QVERIFY(waitUntilLoaded(document));
        Table1View view(&document);
        view.setSource(Table1View::Source::CurrentData);
        QCOMPARE(view.servicesTable()->rowCount(), 0);
        QCOMPARE(view.goodsTable()->rowCount(), 20);
        const QStringList first = {QStringLiteral("Duitsland"), QStringLiteral("België"), QStringLiteral("China*"),
                                   QStringLiteral("Verenigde Staten*"), QStringLiteral("Verenigd Koninkrijk*")};
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(view.goodsTable()->item(i, 1)->text(), first[i]);
        QCOMPARE(view.comparison().year, 2020);
        QVERIFY(view.chart()->caption().contains(QStringLiteral("Geen dienstengegevens")));
    }

    // With a store that holds a services data set, the view puts its services beside the goods.
    void servicesFromTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        {
            Store store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY2(demo::writeToStore(store, &error), qPrintable(error));
            io::SourceError sourceError;
            const auto set = ServicesTableReader::read(
                QDir::cleanPath(QStringLiteral(HERKOMST_TEST_DATA_DIR "/../../core/data/services-long.csv")),
                QStringLiteral("NLD"), QStringLiteral("diensten"), &sourceError);
            QVERIFY2(set, qPrintable(sourceError.toString()));
            QVERIFY2(writeServicesDataSet(store, *set, &error), qPrintable(error));
        }
        AnalysisDocument document;
        AnalysisState state = AnalysisState::defaults();
        state.selection.dataSet = demo::dataSetName();
        QString error;
        QVERIFY2(document.openStore(path, state, &error), qPrintable(error));
        QVERIFY(waitUntilLoaded(document));
        // The analysis lists the goods data set only: a services data set has nothing to analyse.
        QCOMPARE(document.dataSets().size(), size_t(1));
        QCOMPARE(document.dataSets().front().name, demo::dataSetName());
        Table1View view(&document);
        view.setSource(Table1View::Source::CurrentData);
        QCOMPARE(view.servicesTable()->rowCount(), 20);
        QCOMPARE(view.servicesTable()->item(0, 1)->text(), QStringLiteral("Verenigde Staten*"));
        QCOMPARE(view.servicesTable()->item(2, 1)->text(), QStringLiteral("Bermuda*†"));
        QCOMPARE(view.goodsTable()->item(0, 1)->text(), QStringLiteral("Duitsland"));
        QVERIFY(view.chart()->caption().contains(QStringLiteral("diensten: CBS diensten")));
        QVERIFY(view.setServicesDataSet(0));
        QCOMPARE(view.servicesTable()->rowCount(), 0);
    }

    void choicesRemembered()
    {
        AnalysisDocument document;
        {
            Table1View view(&document);
            view.setSource(Table1View::Source::CurrentData);
            view.setTop(7);
        }
        Table1View again(&document);
        QCOMPARE(again.source(), Table1View::Source::CurrentData);
        QCOMPARE(again.goodsTable()->rowCount(), 0); // no data shown yet: nothing, not the letter
        again.setSource(Table1View::Source::Letter);
        QCOMPARE(again.goodsTable()->rowCount(), 7);
    }

    void tabBesideTheFigures()
    {
        MainWindow window;
        window.startOnDemoData();
        QTabWidget *tabs = window.figureTabs();
        QVERIFY(tabs);
        int found = -1; // beside Figure 1 and 2 and the other views
        for (int i = 1; i < tabs->count(); ++i)
            found = qobject_cast<Table1View *>(tabs->widget(i)) ? i : found;
        QVERIFY(found > 0);
        QCOMPARE(tabs->tabText(found), QStringLiteral("Diensten en goederen"));
        // The letter's table goes into the annex of an analysis of its reporter and year only.
        auto *view = qobject_cast<Table1View *>(tabs->widget(found));
        view->setSource(Table1View::Source::Letter);
        QVERIFY(view->comparisonOf(QStringLiteral("NLD"), 2020));
        QVERIFY(!view->comparisonOf(QStringLiteral("NLD"), 2019));
        QVERIFY(!view->comparisonOf(QStringLiteral("DEU"), 2020));
        QVERIFY(waitUntilLoaded(*window.document()));
    }
};

QTEST_MAIN(TestTable1View)
#include "test_table1view.moc"
