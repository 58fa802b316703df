// Services imports by partner through the window's import wizard (issue 17, item 3), offscreen:
// the CBS fixtures in the long and the wide layout are recognised and import through the same
// ServicesTableReader as import-services; a layout no detection knows is mapped on the column
// page (partner, year, value, unit euro); a bad cell is named with row and column before and
// after Importeren and leaves the store as it was; the view Diensten en goederen offers the new
// data set without a restart.
#include "document/analysisdocument.h"
#include "import/confirmpage.h"
#include "import/datasetmanager.h"
#include "import/filespage.h"
#include "import/importrunpage.h"
#include "import/importwizard.h"
#include "import/mappingpage.h"
#include "import/summarypage.h"
#include "support/documentwait.h"
#include "table1/table1view.h"
#include "wizardtesting.h"

#include "demo/demodata.h"
#include "demo/letterreference.h"
#include "export/xlsxexport.h"
#include "import/importer.h"
#include "store/servicesstore.h"
#include "store/store.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;
using namespace herkomst::ui;
using namespace wizardtesting;

namespace {

QString fixture(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(HERKOMST_TEST_DATA_DIR "/../../core/data/") + name);
}

// The services data sets of a store: name -> number of values, to compare before and after.
QStringList servicesSets(const QString &path)
{
    Store store;
    QString error;
    QStringList names;
    if (!store.open(path, &error))
        return {error};
    for (const DataSetInfo &info : store.dataSets())
        names << QStringLiteral("%1#%2#%3").arg(info.name).arg(info.id).arg(holdsServices(store, info.id));
    return names;
}

std::optional<double> storedValue(const QString &path, const QString &dataSet, int year, const QString &partner)
{
    Store store;
    QString error;
    if (!store.open(path, &error))
        return std::nullopt;
    const std::optional<DataSetInfo> info = store.dataSet(dataSet);
    if (!info)
        return std::nullopt;
    const auto values = loadServices(store, info->id, QStringLiteral("NLD"), year, &error);
    if (!values)
        return std::nullopt;
    for (const ServicesValue &v : *values) {
        if (v.partner == partner && v.value.known())
            return v.value.value;
    }
    return std::nullopt;
}

} // namespace

class TestServicesImportWizard : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void longLayoutIsRecognisedAndShownInTheView();
    void wideLayoutInThousandsImports();
    void workbookDownloadImports();
    void otherLayoutIsMappedByHand();
    void badCellIsNamedAndNothingIsStored();
    void fromTheDemoDataTheStoreIsShown();
    void withoutGoodsTheSummarySaysWhatIsMissing();

private:
    ImportWizard *newWizard(const QStringList &files);

    QTemporaryDir *mDir = nullptr;
    QString mStorePath;
    AnalysisDocument *mDocument = nullptr;
};

void TestServicesImportWizard::init()
{
    // A store with the demo goods, shown in the document: the goods column of Table 1.
    mDir = new QTemporaryDir;
    mStorePath = mDir->filePath(QStringLiteral("store.sqlite"));
    {
        Store store;
        QString error;
        QVERIFY2(store.open(mStorePath, &error), qPrintable(error));
        QVERIFY2(demo::writeToStore(store, &error), qPrintable(error));
    }
    mDocument = new AnalysisDocument;
    AnalysisState state = AnalysisState::defaults();
    state.selection.dataSet = demo::dataSetName();
    QString error;
    QVERIFY2(mDocument->openStore(mStorePath, state, &error), qPrintable(error));
    QVERIFY(waitUntilLoaded(*mDocument));
}

void TestServicesImportWizard::cleanup()
{
    delete mDocument;
    delete mDir;
}

ImportWizard *TestServicesImportWizard::newWizard(const QStringList &files)
{
    return openWizard(mDocument, mStorePath, files);
}

void TestServicesImportWizard::longLayoutIsRecognisedAndShownInTheView()
{
    Table1View view(mDocument);
    view.setSource(Table1View::Source::CurrentData);
    QCOMPARE(view.servicesTable()->rowCount(), 0); // no services yet

    ImportWizard *wizard = newWizard({fixture(QStringLiteral("services-long.csv"))});
    QVERIFY(wizard->importsServices()); // recognised, not chosen
    QVERIFY(wizard->filesPage()->formatCombo()->currentText().contains(QStringLiteral("Diensten per land")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    MappingPage *mapping = wizard->mappingPage();
    QCOMPARE(mapping->headerRowSpin()->value(), 3);
    QCOMPARE(mapping->roleCombo(1)->currentData().toInt(), int(ColumnRole::Partner));
    QCOMPARE(mapping->roleCombo(2)->currentData().toInt(), int(ColumnRole::Year));
    QCOMPARE(mapping->roleCombo(3)->currentData().toInt(), int(ColumnRole::ImportValue));
    QCOMPARE(mapping->roleCombo(1)->count(), 4); // negeren, partner, jaar, diensteninvoer: no goods roles
    const QString status = mapping->statusText();
    QVERIFY2(status.contains(QStringLiteral("diensteninvoer per partner")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("In het voorbeeld:")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("mln euro")), qPrintable(status));

    wizard->next();
    const QString confirm = wizard->confirmPage()->summaryText();
    QVERIFY2(confirm.contains(QStringLiteral("Diensten per land")), qPrintable(confirm));
    QVERIFY2(confirm.contains(QStringLiteral("Gevonden: 42 waarden van 22 partners, jaren 2019, 2020")),
             qPrintable(confirm));
    QVERIFY(!confirm.contains(QStringLiteral("koppelen"))); // no country names to map for services
    wizard->back();

    QVERIFY(runToSummary(wizard, *mDocument));
    const ImportReport report = wizard->report();
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.dataSetName, QStringLiteral("services-long"));
    QCOMPARE(report.rowsStored, 42);
    QVERIFY2(wizard->summaryPage()->headline().contains(QStringLiteral("Dienstengegevens")),
             qPrintable(wizard->summaryPage()->headline()));
    QCOMPARE(storedValue(mStorePath, report.dataSetName, 2020, QStringLiteral("Verenigde Staten")), 36270.0);
    // The goods data set stays the document's: services have nothing to analyse.
    QCOMPARE(mDocument->currentDataSet().name, demo::dataSetName());

    // The view offers the new services beside the goods, without a restart.
    QTRY_COMPARE(view.servicesTable()->rowCount(), 20);
    QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("table1Services"))->currentText(), report.dataSetName);
    QCOMPARE(view.servicesTable()->item(0, 1)->text(), QStringLiteral("Verenigde Staten*"));
    QCOMPARE(view.goodsTable()->item(0, 1)->text(), QStringLiteral("Duitsland"));
    wizard->accept();

    // Gegevenssets beheren lists it, but "Gebruiken" says where services show instead of analysing them.
    DataSetManager manager(mDocument);
    QString error;
    QVERIFY(!manager.useDataSet(report.dataSetId, &error));
    QVERIFY2(error.contains(QStringLiteral("Diensten en goederen")), qPrintable(error));
    QCOMPARE(mDocument->currentDataSet().name, demo::dataSetName());
}

void TestServicesImportWizard::wideLayoutInThousandsImports()
{
    ImportWizard *wizard = newWizard({fixture(QStringLiteral("services-wide.csv"))});
    QVERIFY(wizard->importsServices());
    wizard->next();
    MappingPage *mapping = wizard->mappingPage();
    QCOMPARE(mapping->headerRowSpin()->value(), 2);
    QCOMPARE(mapping->unitCombo()->currentText(), QStringLiteral("x 1 000 euro"));
    QVERIFY2(mapping->statusText().contains(QStringLiteral("een kolom per jaar")), qPrintable(mapping->statusText()));
    // One year of two: the preview and the import keep it only.
    mapping->yearSpin()->setValue(2020);
    QVERIFY2(mapping->statusText().contains(QStringLiteral("21 partners, jaren 2020")) &&
                 mapping->statusText().contains(QStringLiteral("Alleen het jaar 2020")),
             qPrintable(mapping->statusText()));
    QVERIFY(runToSummary(wizard, *mDocument));
    QVERIFY2(wizard->report().ok(), qPrintable(wizard->report().error.toString()));
    // "36.270.000" thousand euro is 36,270 mln; "." is missing, never zero.
    QCOMPARE(storedValue(mStorePath, QStringLiteral("services-wide"), 2020, QStringLiteral("Verenigde Staten")),
             36270.0);
    QCOMPARE(wizard->report().rowsStored, 21);
    QCOMPARE(storedValue(mStorePath, QStringLiteral("services-wide"), 2019, QStringLiteral("Verenigde Staten")),
             std::nullopt); // 2019 was left out
    wizard->accept();
}

void TestServicesImportWizard::workbookDownloadImports()
{
    // StatLine's XLSX download: a title above the header; the CBS goods format claims every
    // workbook, services must win on this one.
    ExportTable table;
    table.sheetName = QStringLiteral("Diensten");
    table.title = QStringLiteral("Internationale handel in diensten; invoer naar land");
    table.columns = {{QStringLiteral("Landen"), ColumnKind::Text, 0},
                     {QStringLiteral("Perioden"), ColumnKind::Text, 0},
                     {QStringLiteral("Invoer van diensten (mln euro)"), ColumnKind::Decimal, 0}};
    for (const RankedPartner &p : letterTable1().services)
        table.rows.push_back({p.name, QStringLiteral("2020*"), p.value});
    const QString path = mDir->filePath(QStringLiteral("diensten-statline.xlsx"));
    QString error;
    QVERIFY2(writeXlsx(table, path, &error), qPrintable(error));
    ImportWizard *wizard = newWizard({path});
    QVERIFY(wizard->importsServices());
    wizard->next();
    QVERIFY2(wizard->mappingPage()->statusText().contains(QStringLiteral("20 partners, jaren 2020")),
             qPrintable(wizard->mappingPage()->statusText()));
    QVERIFY(runToSummary(wizard, *mDocument));
    QVERIFY2(wizard->report().ok(), qPrintable(wizard->report().error.toString()));
    QCOMPARE(wizard->report().rowsStored, 20);
    QCOMPARE(storedValue(mStorePath, QStringLiteral("diensten-statline"), 2020, QStringLiteral("India")), 3371.0);
    wizard->accept();
}

void TestServicesImportWizard::otherLayoutIsMappedByHand()
{
    // Names no detection knows, values in euro, one year per row.
    const QString path = mDir->filePath(QStringLiteral("eigen-indeling.csv"));
    writeFile(path, "Gebied;Tijdvak;Bedrag\n"
                    "Verenigde Staten;2020;36270000000\n"
                    "India;2020;3371000000\n"
                    "Overige Azi\xc3\xab;2020;1500000000\n");
    ImportWizard *wizard = newWizard({path});
    QVERIFY(!wizard->importsServices()); // not recognised: the user chooses the kind
    chooseInCombo(wizard->filesPage()->formatCombo(), importerIndex(wizard, QStringLiteral("services")));
    QVERIFY(wizard->importsServices());
    wizard->next();
    MappingPage *mapping = wizard->mappingPage();
    QVERIFY2(mapping->statusText().contains(QStringLiteral("Geen kopregel herkend")),
             qPrintable(mapping->statusText()));
    mapping->headerRowSpin()->setValue(1);
    chooseInCombo(mapping->roleCombo(1), int(ColumnRole::Partner));
    chooseInCombo(mapping->roleCombo(2), int(ColumnRole::Year));
    chooseInCombo(mapping->roleCombo(3), int(ColumnRole::ImportValue));
    mapping->unitCombo()->setCurrentText(QStringLiteral("euro"));
    QVERIFY2(mapping->statusText().contains(QStringLiteral("3 partners, jaren 2020")),
             qPrintable(mapping->statusText()));
    QVERIFY(runToSummary(wizard, *mDocument));
    QVERIFY2(wizard->report().ok(), qPrintable(wizard->report().error.toString()));
    QCOMPARE(storedValue(mStorePath, QStringLiteral("eigen-indeling"), 2020, QStringLiteral("India")), 3371.0);
    QCOMPARE(storedValue(mStorePath, QStringLiteral("eigen-indeling"), 2020, QStringLiteral("Overige Azië")), 1500.0);
    wizard->accept();
}

void TestServicesImportWizard::badCellIsNamedAndNothingIsStored()
{
    const QString path = mDir->filePath(QStringLiteral("diensten-fout.csv"));
    writeFile(path, "\"Landen\";\"Perioden\";\"Invoer van diensten (mln euro)\"\n"
                    "\"India\";\"2020\";\"3371\"\n"
                    "\"Singapore\";\"2020\";\"2616\"\n"
                    "\"Brazili\xc3\xab\";\"2020\";\"veel\"\n");
    const QStringList before = servicesSets(mStorePath);
    ImportWizard *wizard = newWizard({path});
    QVERIFY(wizard->importsServices());
    wizard->next();
    QVERIFY2(wizard->mappingPage()->statusText().contains(QStringLiteral("regel 4, kolom 3")),
             qPrintable(wizard->mappingPage()->statusText()));
    // The bad cell stands out in the preview, with the reason as its tip.
    const QTableWidgetItem *bad = wizard->mappingPage()->previewTable()->item(3, 2);
    QVERIFY(bad && bad->text() == QStringLiteral("veel"));
    QVERIFY(bad->toolTip().contains(QStringLiteral("geen getal")));
    QVERIFY(wizard->mappingPage()->previewTable()->item(2, 2)->toolTip().isEmpty());
    wizard->next();
    const QString confirm = wizard->confirmPage()->summaryText();
    QVERIFY2(confirm.contains(QStringLiteral("diensten-fout.csv, regel 4, kolom 3")), qPrintable(confirm));
    wizard->next(); // Importeren all the same
    ImportRunPage *run = wizard->runPage();
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning() && !wizard->report().ok() && !run->resultText().isEmpty(), 30000);
    const ImportReport report = wizard->report();
    QCOMPARE(report.outcome, ImportReport::Outcome::Failed);
    QCOMPARE(report.error.file, QStringLiteral("diensten-fout.csv"));
    QCOMPARE(report.error.row, qint64(4));
    QCOMPARE(report.error.column, 3);
    QVERIFY2(run->resultText().contains(QStringLiteral("regel 4, kolom 3")), qPrintable(run->resultText()));
    QVERIFY(run->resultText().contains(QStringLiteral("niets opgeslagen")));
    QCOMPARE(wizard->currentId(), int(ImportWizard::RunPageId));
    QCOMPARE(servicesSets(mStorePath), before);
    wizard->reject();
}

void TestServicesImportWizard::fromTheDemoDataTheStoreIsShown()
{
    // The window shows the built-in demo data; the store the wizard writes to holds goods.
    mDocument->useDemoData();
    QVERIFY(waitUntilLoaded(*mDocument));
    QVERIFY(mDocument->isDemo());
    Table1View view(mDocument);
    view.setSource(Table1View::Source::CurrentData);
    ImportWizard *wizard = newWizard({fixture(QStringLiteral("services-long.csv"))});
    wizard->next();
    QVERIFY(runToSummary(wizard, *mDocument));
    QVERIFY2(wizard->report().ok(), qPrintable(wizard->report().error.toString()));
    // The store's goods are shown, so the services have goods beside them.
    QVERIFY(!mDocument->isDemo());
    QCOMPARE(mDocument->storePath(), mStorePath);
    QCOMPARE(mDocument->currentDataSet().name, demo::dataSetName());
    QTRY_COMPARE(view.servicesTable()->rowCount(), 20);
    QCOMPARE(view.goodsTable()->rowCount(), 20);
    wizard->accept();
}

void TestServicesImportWizard::withoutGoodsTheSummarySaysWhatIsMissing()
{
    mDocument->useDemoData();
    QVERIFY(waitUntilLoaded(*mDocument));
    mStorePath = mDir->filePath(QStringLiteral("alleen-diensten.sqlite"));
    ImportWizard *wizard = newWizard({fixture(QStringLiteral("services-wide.csv"))});
    wizard->next();
    QVERIFY(runToSummary(wizard, *mDocument));
    QVERIFY2(wizard->report().ok(), qPrintable(wizard->report().error.toString()));
    QVERIFY(mDocument->isDemo()); // nothing to compare with: the window keeps what it showed
    const QString headline = wizard->summaryPage()->headline();
    QVERIFY2(headline.contains(QStringLiteral("opgeslagen")) && headline.contains(QStringLiteral("goederengegevens")),
             qPrintable(headline));
    wizard->accept();
}

QTEST_MAIN(TestServicesImportWizard)
#include "test_servicesimportwizard.moc"
