// The import wizard as a user drives it, offscreen: a CBS CSV whose header detection cannot map
// is corrected on the column page and imports; Annuleren while the import writes leaves the
// store as it was; a country name mapped on the countries page is remembered, so the next
// import of that name needs no question. Also the data-set manager and the name suggestions.
#include "document/analysisdocument.h"
#include "import/confirmpage.h"
#include "import/countriespage.h"
#include "import/countrysuggester.h"
#include "import/datasetcounts.h"
#include "import/datasetmanager.h"
#include "import/filespage.h"
#include "import/importrunpage.h"
#include "import/importwizard.h"
#include "import/mappingpage.h"
#include "import/summarypage.h"
#include "support/documentwait.h"
#include "wizardtesting.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"
#include "import/filechecksum.h"
#include "import/importer.h"
#include "import/importerregistry.h"
#include "import/importprogress.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cmath>

using namespace herkomst;
using namespace herkomst::ui;
using namespace wizardtesting;

namespace {

// Wraps a real importer; the report that announces the writing stage (a new message at 90 % or
// more) waits until the test has pressed Annuleren, so the cancel lands while the data set is written.
class HeldImporter : public Importer {
public:
    explicit HeldImporter(std::unique_ptr<Importer> inner) : mInner(std::move(inner)) {}
    QString key() const override { return mInner->key(); }
    QString displayName() const override { return mInner->displayName(); }
    int detect(const QStringList &files) const override { return mInner->detect(files); }
    bool read(ImportJob &job) override { return mInner->read(job); }
    ImportReport run(Store &store, const ImportRequest &request, ImportProgress &outer) override
    {
        ImportProgress *innerPointer = nullptr;
        QString previous;
        ImportProgress inner([&](double fraction, const QString &message) {
            outer.report(fraction, message);
            const bool newStage = message != previous;
            previous = message;
            if (fraction < 0.9 || !newStage)
                return; // still reading
            held = true;
            for (int i = 0; i < 1000 && !outer.isCancelled(); ++i)
                QThread::msleep(10);
            if (outer.isCancelled())
                innerPointer->cancel();
        });
        innerPointer = &inner;
        return mInner->run(store, request, inner);
    }
    std::atomic_bool held{false};

private:
    std::unique_ptr<Importer> mInner;
};

// Sum of the stored import values for one partner in a data set (NLD as reporter).
double importsFrom(const Store &store, const QString &dataSet, int year, const QString &partner)
{
    const std::optional<DataSetInfo> info = store.dataSet(dataSet);
    if (!info)
        return std::nan("");
    QString error;
    const std::optional<TradeData> data = store.loadTradeData(info->id, QStringLiteral("NLD"), year, &error);
    if (!data)
        return std::nan("");
    double sum = 0;
    for (const ImportFlow &flow : data->imports) {
        if (data->partners[size_t(flow.partner)] == partner && flow.value.known())
            sum += flow.value.value;
    }
    return sum;
}

QStringList dataSetNames(const Store &store)
{
    QStringList names;
    for (const DataSetInfo &info : store.dataSets())
        names << QStringLiteral("%1#%2#%3").arg(info.name).arg(info.id).arg(info.files.size());
    return names;
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nonStandardHeaderIsCorrectedByTheUser();
    void cancelWhileWritingLeavesTheStoreUnchanged();
    void mappedCountryIsRememberedForTheNextImport();
    void dataSetManagerRenamesRemovesAndUses();
    void suggestionsFindNearCountries();
    void baciShowsItsOwnColumnsAndUnit();
    void importWaitsForConfirmation();
    void missingCountryCodesAreExplainedInWindowTerms();
    void summaryCountsAreTheDataSetDetails();

private:
    ImportWizard *newWizard(const QStringList &files);
    bool runToSummary(ImportWizard *wizard);

    QTemporaryDir *mDir = nullptr;
    QString mStorePath;
    AnalysisDocument *mDocument = nullptr;
};

void TestImportWizard::init()
{
    mDir = new QTemporaryDir;
    mStorePath = mDir->filePath(QStringLiteral("store.sqlite"));
    mDocument = new AnalysisDocument;
    mDocument->useDemoData();
    QVERIFY(waitUntilLoaded(*mDocument));
}

void TestImportWizard::cleanup()
{
    delete mDocument;
    delete mDir;
}

ImportWizard *TestImportWizard::newWizard(const QStringList &files)
{
    return openWizard(mDocument, mStorePath, files);
}

bool TestImportWizard::runToSummary(ImportWizard *wizard)
{
    return wizardtesting::runToSummary(wizard, *mDocument);
}

void TestImportWizard::nonStandardHeaderIsCorrectedByTheUser()
{
    // "Waarde in euro" names no value column any detection knows; the file name has no year.
    const QString path = mDir->filePath(QStringLiteral("maatwerk.csv"));
    writeFile(path, "Productcode;Herkomstland;Waarde in euro\r\n"
                    "010121;Duitsland;1.234\r\n"
                    "010121;China;500\r\n"
                    "020110;Verenigde Staten;2.000,5\r\n"
                    "020110;Duitsland;10\r\n");
    ImportWizard *wizard = newWizard({path});

    // Page 1: no format is sure enough; the user picks the CBS tables.
    FilesPage *files = wizard->filesPage();
    QCOMPARE(files->files(), QStringList{path});
    QVERIFY(!wizard->importer());
    QVERIFY(!files->isComplete());
    chooseInCombo(files->formatCombo(), importerIndex(wizard, QStringLiteral("cbs")));
    QVERIFY(files->isComplete());
    files->nameEdit()->setText(QStringLiteral("Maatwerk 2022"));

    // Page 2: the header is found, but without a value column it is no usable table.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    MappingPage *mapping = wizard->mappingPage();
    QCOMPARE(mapping->headerRowSpin()->value(), 1);
    QCOMPARE(mapping->roleCombo(1)->currentData().toInt(), int(ColumnRole::Product));
    QCOMPARE(mapping->roleCombo(2)->currentData().toInt(), int(ColumnRole::Partner));
    QCOMPARE(mapping->roleCombo(3)->currentData().toInt(), -1);
    QVERIFY(mapping->statusText().contains(QStringLiteral("Nog geen bruikbare tabel")));
    QCOMPARE(mapping->previewTable()->rowCount(), 5);
    QCOMPARE(mapping->previewTable()->item(1, 1)->text(), QStringLiteral("Duitsland"));

    // Imported as detected, it fails and stores nothing; the user goes back.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ConfirmPageId));
    wizard->next();
    ImportRunPage *run = wizard->runPage();
    QVERIFY(QTest::qWaitFor([&] { return !run->isRunning(); }, 20000));
    QVERIFY2(run->resultText().contains(QStringLiteral("Niet geïmporteerd")), qPrintable(run->resultText()));
    QVERIFY(!run->isComplete());
    QVERIFY(mDocument->isDemo());
    {
        Store store;
        QString error;
        QVERIFY(store.open(mStorePath, &error));
        QVERIFY(store.dataSets().empty());
    }
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));

    // The user says what column C holds, its unit and the year.
    chooseInCombo(mapping->roleCombo(3), int(ColumnRole::ImportValue));
    mapping->unitCombo()->setCurrentText(QStringLiteral("euro"));
    mapping->yearSpin()->setValue(2022);
    QVERIFY2(mapping->statusText().contains(ColumnMapping::tableName(TableKind::ImportsByPartner)),
             qPrintable(mapping->statusText()));
    QVERIFY(mapping->previewTable()->horizontalHeaderItem(2)->text().contains(
        ColumnMapping::roleName(ColumnRole::ImportValue)));
    QVERIFY(runToSummary(wizard));

    const ImportReport &report = wizard->report();
    QVERIFY2(report.ok(), qPrintable(report.summaryLines().join('\n')));
    QCOMPARE(report.dataSetName, QStringLiteral("Maatwerk 2022"));
    QCOMPARE(report.rowsRead, 4);
    QCOMPARE(report.rowsStored, 4);
    QVERIFY(wizard->summaryPage()->countsText().contains(QStringLiteral("Regels gelezen")));
    // The values as the file states them, in euro, under the year the user gave.
    Store store;
    QString error;
    QVERIFY(store.open(mStorePath, &error));
    QCOMPARE(importsFrom(store, report.dataSetName, 2022, QStringLiteral("DEU")), 1244.0);
    QCOMPARE(importsFrom(store, report.dataSetName, 2022, QStringLiteral("USA")), 2000.5);
    // Every view now shows the new data set.
    QVERIFY(!mDocument->isDemo());
    QCOMPARE(mDocument->currentDataSet().name, QStringLiteral("Maatwerk 2022"));
    QCOMPARE(mDocument->state().selection.year == 0 ? mDocument->analysisYear() : mDocument->state().selection.year,
             2022);
    wizard->accept();
}

void TestImportWizard::cancelWhileWritingLeavesTheStoreUnchanged()
{
    // A data set already in the store, which the cancelled import must not touch.
    const QString first = mDir->filePath(QStringLiteral("eerste_2021.csv"));
    writeFile(first, "Goederencode;Land van herkomst;Invoerwaarde (x 1 000 euro)\n010121;Duitsland;5\n");
    ImportWizard *wizard = newWizard({first});
    QVERIFY(wizard->importer());
    wizard->next();
    QVERIFY(runToSummary(wizard));
    QVERIFY(wizard->report().ok());
    wizard->accept();

    QByteArray big = "Goederencode;Land van herkomst;Invoerwaarde (x 1 000 euro)\n";
    const QStringList partners = {QStringLiteral("Duitsland"), QStringLiteral("China"), QStringLiteral("België"),
                                  QStringLiteral("Verenigde Staten"), QStringLiteral("Japan")};
    for (int p = 0; p < 4000; ++p) {
        for (const QString &partner : partners)
            big += QStringLiteral("%1;%2;%3\n")
                       .arg(100000 + p * 7, 6, 10, QLatin1Char('0'))
                       .arg(partner)
                       .arg(p % 97 + 1)
                       .toUtf8();
    }
    const QString second = mDir->filePath(QStringLiteral("groot_2021.csv"));
    writeFile(second, big);

    Store store;
    QString error;
    QVERIFY(store.open(mStorePath, &error));
    const QStringList before = dataSetNames(store);
    QCOMPARE(before.size(), 1);

    wizard = newWizard({second});
    auto held = std::make_unique<HeldImporter>(createImporter(QStringLiteral("cbs")));
    HeldImporter *heldImporter = held.get();
    std::vector<std::unique_ptr<Importer>> importers;
    importers.push_back(std::move(held));
    wizard->setImporters(std::move(importers));
    QVERIFY(wizard->importer());
    wizard->next();
    wizard->next();
    wizard->next();
    ImportRunPage *run = wizard->runPage();
    QVERIFY(run->isRunning());
    QVERIFY(QTest::qWaitFor([&] { return heldImporter->held.load(); }, 20000));
    QTRY_VERIFY(run->progressBar()->value() >= 900); // the bar follows the worker
    QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !run->isRunning(); }, 20000));
    QCOMPARE(wizard->report().outcome, ImportReport::Outcome::Cancelled);
    QVERIFY(run->resultText().contains(QStringLiteral("niets opgeslagen")));
    QCOMPARE(wizard->currentId(), int(ImportWizard::RunPageId));

    QCOMPARE(dataSetNames(store), before);
    QVERIFY(!store.dataSetWithFile(fileSha256(second, &error)));
    QCOMPARE(importsFrom(store, QStringLiteral("CBS eerste_2021"), 2021, QStringLiteral("DEU")), 5000.0);
    QCOMPARE(mDocument->currentDataSet().name, QStringLiteral("CBS eerste_2021"));
    wizard->reject();
}

void TestImportWizard::mappedCountryIsRememberedForTheNextImport()
{
    const QByteArray header = "Goederencode;Land van herkomst;Invoerwaarde (x 1 000 euro)\n";
    const QString first = mDir->filePath(QStringLiteral("invoer_a_2021.csv"));
    writeFile(first, header + "010121;Duitschland;7\n010121;China;3\n020110;Atlantis;4\n020110;Duitschland;1\n");
    ImportWizard *wizard = newWizard({first});
    QVERIFY(wizard->importer());
    wizard->next();
    QVERIFY(wizard->mappingPage()->statusText().contains(QStringLiteral("niet herkend")));
    wizard->next();
    wizard->next();
    // The first run stops before writing and asks for the two names.
    QVERIFY(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::CountriesPageId; }, 20000));
    CountriesPage *countries = wizard->countriesPage();
    QStringList names = countries->names();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Atlantis"), QStringLiteral("Duitschland")}));
    // A near spelling is proposed and preselected; a name like no country is left to the user.
    QCOMPARE(countries->choiceFor(QStringLiteral("Duitschland"))->currentData().toString(), QStringLiteral("DEU"));
    QCOMPARE(countries->choiceFor(QStringLiteral("Atlantis"))->currentData().toString(), QString());
    QVERIFY(countries->choiceFor(QStringLiteral("Atlantis"))->count() > 200); // every country to choose from
    {
        Store store;
        QString error;
        QVERIFY(store.open(mStorePath, &error));
        QVERIFY(store.dataSets().empty());
    }
    wizard->next();
    QVERIFY(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::SummaryPageId; }, 20000));
    const ImportReport report = wizard->report();
    QVERIFY2(report.ok(), qPrintable(report.summaryLines().join('\n')));
    QCOMPARE(report.rowsRejected, 1); // Atlantis, skipped by the user's choice and reported
    QCOMPARE(report.unmatched.value(QStringLiteral("Atlantis")), 1);
    QCOMPARE(wizard->summaryPage()->issuesTable()->rowCount(), 1);
    const QString csv = mDir->filePath(QStringLiteral("niet-opgeslagen.csv"));
    QString error;
    QVERIFY2(wizard->summaryPage()->exportIssues(csv, &error), qPrintable(error));
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(exported.readAll()).contains(QStringLiteral("Atlantis")));
    wizard->accept();

    Store store;
    QVERIFY(store.open(mStorePath, &error));
    QCOMPARE(store.countryAlias(QStringLiteral("Duitschland")), QStringLiteral("DEU"));
    QVERIFY(store.countryAlias(QStringLiteral("Atlantis")).isEmpty());
    QCOMPARE(importsFrom(store, report.dataSetName, 2021, QStringLiteral("DEU")), 8000.0);

    // A later file with the same spelling goes straight through.
    const QString second = mDir->filePath(QStringLiteral("invoer_b_2021.csv"));
    writeFile(second, header + "030211;Duitschland;2\n030211;China;9\n");
    wizard = newWizard({second});
    wizard->next();
    QVERIFY(runToSummary(wizard));
    QVERIFY(wizard->report().ok());
    QVERIFY(wizard->report().unmatched.isEmpty());
    QCOMPARE(importsFrom(store, wizard->report().dataSetName, 2021, QStringLiteral("DEU")), 2000.0);
    QCOMPARE(mDocument->currentDataSet().name, wizard->report().dataSetName);
    wizard->accept();
}

void TestImportWizard::dataSetManagerRenamesRemovesAndUses()
{
    const QByteArray header = "Goederencode;Land van herkomst;Invoerwaarde (x 1 000 euro)\n";
    const QString a = mDir->filePath(QStringLiteral("set_a_2020.csv"));
    const QString b = mDir->filePath(QStringLiteral("set_b_2021.csv"));
    writeFile(a, header + "010121;Duitsland;1\n");
    writeFile(b, header + "010121;China;2\n");
    for (const QString &path : {a, b}) {
        ImportWizard *wizard = newWizard({path});
        wizard->next();
        QVERIFY(runToSummary(wizard));
        QVERIFY(wizard->report().ok());
        wizard->accept();
    }
    QCOMPARE(mDocument->currentDataSet().name, QStringLiteral("CBS set_b_2021"));

    DataSetManager manager(mDocument);
    QCOMPARE(manager.table()->rowCount(), 2);
    Store store;
    QString error;
    QVERIFY(store.open(mStorePath, &error));
    const qint64 idA = store.dataSet(QStringLiteral("CBS set_a_2020"))->id;
    const qint64 idB = store.dataSet(QStringLiteral("CBS set_b_2021"))->id;
    // Provenance: file, checksum, rows per reporter and year.
    manager.selectDataSet(idA);
    QVERIFY(manager.details().contains(QStringLiteral("set_a_2020.csv")));
    QVERIFY(manager.details().contains(fileSha256(a, &error)));
    QVERIFY(manager.details().contains(QStringLiteral("2020")));

    QVERIFY2(manager.useDataSet(idA, &error), qPrintable(error));
    QVERIFY(waitUntilLoaded(*mDocument));
    QCOMPARE(mDocument->currentDataSet().name, QStringLiteral("CBS set_a_2020"));
    QCOMPARE(mDocument->analysisYear(), 2020);
    // Renaming the shown data set keeps it shown under its new name.
    QVERIFY2(manager.renameDataSet(idA, QStringLiteral("Invoer 2020"), &error), qPrintable(error));
    QVERIFY(waitUntilLoaded(*mDocument));
    QCOMPARE(mDocument->currentDataSet().name, QStringLiteral("Invoer 2020"));
    QVERIFY(!manager.renameDataSet(idA, QStringLiteral("CBS set_b_2021"), &error)); // taken
    QVERIFY(!error.isEmpty());
    // Deleting it shows the remaining one.
    QVERIFY2(manager.removeDataSet(idA, &error), qPrintable(error));
    QVERIFY(waitUntilLoaded(*mDocument));
    QCOMPARE(manager.table()->rowCount(), 1);
    QCOMPARE(mDocument->currentDataSet().name, QStringLiteral("CBS set_b_2021"));
    QVERIFY(!store.dataSet(idA));
    QVERIFY(store.dataSet(idB));
    // The last one gone: back to the (labelled) demo data.
    QVERIFY2(manager.removeDataSet(idB, &error), qPrintable(error));
    QVERIFY(waitUntilLoaded(*mDocument));
    QVERIFY(mDocument->isDemo());
    QCOMPARE(manager.table()->rowCount(), 0);
}

void TestImportWizard::suggestionsFindNearCountries()
{
    const auto first = [](const QString &text) {
        const auto list = CountrySuggester::suggest(text);
        return list.empty() ? QString() : list.front().iso3;
    };
    QCOMPARE(first(QStringLiteral("Duitschland")), QStringLiteral("DEU"));
    QCOMPARE(first(QStringLiteral("Verenigde Staten")), QStringLiteral("USA"));
    QCOMPARE(first(QStringLiteral("Frankrijkk")), QStringLiteral("FRA"));
    QCOMPARE(first(QStringLiteral("Korea, Republiek")), QStringLiteral("KOR"));
    QVERIFY(CountrySuggester::suggest(QStringLiteral("Atlantis")).empty() ||
            CountrySuggester::suggest(QStringLiteral("Atlantis")).front().score < CountrySuggester::strongScore);
    QCOMPARE(CountrySuggester::editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
}

namespace {

// A small BACI release as CEPII ships it: the year file and the country and product codes.
QStringList writeBaci(const QString &folder, bool withCountryCodes = true)
{
    const QString year = folder + QStringLiteral("/BACI_HS17_Y2020_V202301.csv");
    writeFile(year, "t,i,j,k,v,q\n"
                    "2020,156,528,10121,100.5,   1.000\n"
                    "2020,276,528,10121,50,NA\n"
                    "2020,528,276,10121,20,   2.000\n"
                    "2020,156,276,10121,30,   1.000\n"
                    "2020,156,528,20110,7,   1.000\n");
    QStringList files{year};
    if (withCountryCodes) {
        const QString countries = folder + QStringLiteral("/country_codes_V202301.csv");
        writeFile(countries,
                  "country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,"
                  "iso_3digit_alpha\n"
                  "156,China,China,CN,CHN\n276,Germany,Germany,DE,DEU\n528,Netherlands,Netherlands,NL,NLD\n");
        files << countries;
    }
    const QString products = folder + QStringLiteral("/product_codes_HS17_V202301.csv");
    writeFile(products, "code,description\n10121,\"Horses: live, pure-bred breeding animals\"\n"
                        "20110,\"Meat of bovine animals: fresh or chilled, carcasses\"\n");
    files << products;
    return files;
}

} // namespace

void TestImportWizard::baciShowsItsOwnColumnsAndUnit()
{
    // Issue 12: the wizard said "Geen kopregel herkend", showed every BACI column as "negeren"
    // and the unit as "niet vermeld (euro)". BACI's columns are fixed and its unit is known.
    ImportWizard *wizard = newWizard(writeBaci(mDir->path()));
    QVERIFY(wizard->importer());
    QCOMPARE(wizard->importer()->key(), QStringLiteral("baci"));
    wizard->next();
    MappingPage *mapping = wizard->mappingPage();
    QVERIFY(mapping->fixedColumnsShown());
    QVERIFY(!mapping->headerRowSpin()->isVisible());
    QVERIFY(!mapping->unitCombo()->isVisible());
    QVERIFY(mapping->yearSpin()->isVisible()); // the year and the reporter stay a choice
    const QString status = mapping->statusText();
    QVERIFY2(!status.contains(QStringLiteral("Geen kopregel")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("x 1 000 USD")), qPrintable(status));
    QTableWidget *table = mapping->previewTable();
    QVERIFY(table->horizontalHeaderItem(0)->text().contains(QStringLiteral("jaar")));
    QVERIFY(table->horizontalHeaderItem(2)->text().contains(QStringLiteral("importeur")));
    QVERIFY(table->horizontalHeaderItem(4)->text().contains(QStringLiteral("x 1 000 USD")));
    for (int c = 0; c < table->columnCount(); ++c)
        QVERIFY(!table->horizontalHeaderItem(c)->text().contains(QStringLiteral("negeren")));
    // For a look at the page as a user sees it: HERKOMST_SCREENSHOTS=<folder>.
    if (const QString folder = qEnvironmentVariable("HERKOMST_SCREENSHOTS"); !folder.isEmpty()) {
        wizard->resize(980, 700);
        QTest::qWait(100);
        wizard->grab().save(folder + QStringLiteral("/wizard-baci-columns.png"));
        wizard->next();
        QTest::qWait(100);
        wizard->grab().save(folder + QStringLiteral("/wizard-baci-confirm.png"));
        wizard->back();
    }
    // The country codes are a side file BACI reads beside the year, not a wrong table.
    mapping->fileCombo()->setCurrentIndex(1);
    QVERIFY2(mapping->statusText().contains(QStringLiteral("hulpbestand")), qPrintable(mapping->statusText()));
    wizard->reject();
}

void TestImportWizard::importWaitsForConfirmation()
{
    // "Volgende" on the column page no longer imports: a page says what will be imported.
    ImportWizard *wizard = newWizard(writeBaci(mDir->path()));
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ConfirmPageId));
    QVERIFY(!wizard->runPage()->isRunning());
    {
        Store store;
        QString error;
        QVERIFY(!QFileInfo::exists(mStorePath) || (store.open(mStorePath, &error) && store.dataSets().empty()));
    }
    const QString summary = wizard->confirmPage()->summaryText();
    for (const QString &part : {QStringLiteral("BACI_HS17_Y2020_V202301.csv"), wizard->importer()->displayName(),
                                QStringLiteral("x 1 000 USD"), QDir::toNativeSeparators(mStorePath)})
        QVERIFY2(summary.contains(part.toHtmlEscaped()), qPrintable(part));
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Importeren"));
    // Back changes nothing; Importeren imports.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    wizard->next();
    wizard->next();
    QVERIFY(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::SummaryPageId; }, 30000));
    QVERIFY2(wizard->report().ok(), qPrintable(wizard->report().summaryLines().join('\n')));
    QVERIFY(waitUntilLoaded(*mDocument));
    wizard->accept();
}

void TestImportWizard::missingCountryCodesAreExplainedInWindowTerms()
{
    // Issue 12: the wizard told the user to use --countries, an option of the command line.
    ImportWizard *wizard = newWizard(writeBaci(mDir->path(), false));
    wizard->next();
    wizard->next();
    wizard->next();
    ImportRunPage *run = wizard->runPage();
    QVERIFY(QTest::qWaitFor([&] { return !run->isRunning(); }, 20000));
    QCOMPARE(wizard->report().remedy, ImportReport::Remedy::GiveCountryCodes);
    const QString text = run->resultText();
    QVERIFY2(text.contains(QStringLiteral("Bestanden toevoegen")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("--")), qPrintable(text));
    // Every remedy is worded in the window's terms.
    for (ImportReport::Remedy remedy :
         {ImportReport::Remedy::None, ImportReport::Remedy::MapOrSkipCountries, ImportReport::Remedy::AllowDuplicate,
          ImportReport::Remedy::ChooseName, ImportReport::Remedy::GiveYear, ImportReport::Remedy::GiveCountryCodes,
          ImportReport::Remedy::ChooseReporter}) {
        ImportReport report;
        report.remedy = remedy;
        const QString words = ImportRunPage::remedyText(report);
        QVERIFY(!words.isEmpty());
        QVERIFY2(!words.contains(QStringLiteral("--")), qPrintable(words));
    }
    wizard->reject();
}

void TestImportWizard::summaryCountsAreTheDataSetDetails()
{
    // Issue 12: the summary said 7.240 rows stored where the data-set details said 72.097. Both now
    // show the store's own counts: rows read and used per file, rows held after summing.
    const QString real = QStringLiteral(HERKOMST_SHARED_DATA_DIR "/baci/BACI_HS17_Y2020_V202301_extract_AFG_ZAF.csv");
    const bool useReal = QFileInfo::exists(real);
    QStringList files = writeBaci(mDir->path());
    if (useReal)
        files = {real};
    ImportWizard *wizard = newWizard(files);
    wizard->next();
    QVERIFY(runToSummary(wizard));
    const ImportReport report = wizard->report();
    QVERIFY2(report.ok(), qPrintable(report.summaryLines().join('\n')));
    Store store;
    QString error;
    QVERIFY(store.open(mStorePath, &error));
    const std::optional<DataSetInfo> info = store.dataSet(report.dataSetName);
    QVERIFY(info);
    const QString counts = wizard->summaryPage()->countsText();
    DataSetManager manager(mDocument);
    manager.selectDataSet(info->id);
    const QString details = manager.details();
    // The same numbers on both pages, and they are the import's own.
    QCOMPARE(DataSetCounts::rowsRead(*info), report.rowsRead);
    QCOMPARE(DataSetCounts::rowsStored(*info), report.rowsStored);
    QVERIFY2(counts.contains(DataSetCounts::storedLine(*info).toHtmlEscaped()), qPrintable(counts));
    QVERIFY2(details.contains(DataSetCounts::storedLine(*info)), qPrintable(details));
    QVERIFY(counts.contains(NumberFormat::count(report.rowsRead)));
    QVERIFY(details.contains(NumberFormat::count(report.rowsRead)));
    if (useReal) {
        QCOMPARE(report.rowsRead, 72097);
        QCOMPARE(report.rowsStored, 7240);
    }
    wizard->accept();
}

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
