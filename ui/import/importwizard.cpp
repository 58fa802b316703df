#include "import/importwizard.h"

#include "document/analysisdocument.h"
#include "import/confirmpage.h"
#include "import/countriespage.h"
#include "import/filespage.h"
#include "import/importrunpage.h"
#include "import/mappingpage.h"
#include "import/summarypage.h"

#include "import/importer.h"
#include "import/importerregistry.h"
#include "import/servicesimporter.h"
#include "store/servicesstore.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace herkomst::ui {

ImportWizard::ImportWizard(AnalysisDocument *document, QWidget *parent)
    : QWizard(parent)
    , mDocument(document)
    , mStorePath(!document || document->isDemo() ? Store::defaultPath() : document->storePath())
    , mImporters(createImporters())
{
    mImporters.push_back(std::make_unique<ServicesImporter>());
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Gegevens importeren"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoDefaultButton, false);
    setButtonText(QWizard::BackButton, tr("< &Vorige"));
    setButtonText(QWizard::NextButton, tr("&Volgende >"));
    setButtonText(QWizard::CommitButton, tr("&Volgende >"));
    setButtonText(QWizard::FinishButton, tr("&Voltooien"));
    setButtonText(QWizard::CancelButton, tr("Sluiten"));

    mFilesPage = new FilesPage(this);
    mMappingPage = new MappingPage(this);
    mConfirmPage = new ConfirmPage(this);
    mRunPage = new ImportRunPage(this, false);
    mCountriesPage = new CountriesPage(this);
    mRetryPage = new ImportRunPage(this, true);
    mSummaryPage = new SummaryPage(this);
    setPage(FilesPageId, mFilesPage);
    setPage(MappingPageId, mMappingPage);
    setPage(ConfirmPageId, mConfirmPage);
    setPage(RunPageId, mRunPage);
    setPage(CountriesPageId, mCountriesPage);
    setPage(RetryPageId, mRetryPage);
    setPage(SummaryPageId, mSummaryPage);
    setStartId(FilesPageId);
    resize(980, 700);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFiles(const QStringList &files)
{
    mFilesPage->setFiles(files);
}

void ImportWizard::setImporters(std::vector<std::unique_ptr<Importer>> importers)
{
    mImporters = std::move(importers);
    mImporterIndex = -1;
    mFilesPage->detectFormat();
}

Importer *ImportWizard::importer() const
{
    return mImporterIndex >= 0 && size_t(mImporterIndex) < mImporters.size() ? mImporters[size_t(mImporterIndex)].get()
                                                                             : nullptr;
}

bool ImportWizard::importsServices() const
{
    return dynamic_cast<const ServicesImporter *>(importer()) != nullptr;
}

void ImportWizard::setFileList(const QStringList &files)
{
    if (files == mFiles)
        return;
    mFiles = files;
    mMappings.clear(); // previews are read again for the new list
}

ImportRequest ImportWizard::request() const
{
    ImportRequest request;
    request.files = mFiles;
    request.dataSetName = mDataSetName.trimmed();
    request.year = mYear;
    if (!mReporter.isEmpty())
        request.reporters = QStringList{mReporter};
    bool anyEdited = false;
    for (const FileMapping &file : mMappings) {
        const bool overrides = file.edited && file.mapping.headerRow > 0;
        anyEdited = anyEdited || overrides;
        request.mappings.push_back(overrides ? std::optional<ColumnMapping>(file.mapping) : std::nullopt);
    }
    if (!anyEdited)
        request.mappings.clear();
    request.skipUnmatchedCountries = mSkipUnmatched;
    return request;
}

bool ImportWizard::needsCountries() const
{
    return mReport.outcome == ImportReport::Outcome::Failed && !mReport.unmatched.isEmpty();
}

Store *ImportWizard::aliasStore(QString *error)
{
    if (!mAliasStore) {
        QDir().mkpath(QFileInfo(mStorePath).absolutePath());
        auto store = std::make_unique<Store>();
        if (!store->open(mStorePath, error))
            return nullptr;
        mAliasStore = std::move(store);
    }
    return mAliasStore.get();
}

bool ImportWizard::showImportedDataSet(QString *error)
{
    if (!mReport.ok())
        return false;
    if (importsServices())
        return showStoreWithServices(error);
    AnalysisState state = mDocument->state();
    state.selection.dataSet = mReport.dataSetName;
    state.selection.year = 0;
    state.industries.clear();
    // The reporter the user looked at if the new data set has it, else the Netherlands, else its first.
    Store *store = aliasStore(error);
    if (!store)
        return false;
    if (const std::optional<DataSetInfo> info = store->dataSet(mReport.dataSetName)) {
        std::vector<QString> reporters = info->reporters();
        reporters.erase(std::remove(reporters.begin(), reporters.end(), QString()), reporters.end());
        const auto has = [&](const QString &iso3) {
            return std::find(reporters.begin(), reporters.end(), iso3) != reporters.end();
        };
        if (!reporters.empty() && !has(state.selection.reporter))
            state.selection.reporter = has(QStringLiteral("NLD")) ? QStringLiteral("NLD") : reporters.front();
    }
    if (!mDocument->openStore(mStorePath, state, error))
        return false;
    emit dataSetImported(mReport.dataSetName);
    return true;
}

bool ImportWizard::showStoreWithServices(QString *error)
{
    Store *store = aliasStore(error);
    if (!store)
        return false;
    AnalysisState state = mDocument->state();
    const bool sameStore = !mDocument->isDemo() && mDocument->storePath() == mStorePath;
    if (!sameStore) {
        // Goods to compare with: the store's goods data set of the services' reporter, else its first.
        const QString reporter = mReporter.isEmpty() ? QStringLiteral("NLD") : mReporter;
        std::optional<DataSetInfo> goods;
        for (const DataSetInfo &info : store->dataSets()) {
            if (holdsServices(*store, info.id))
                continue;
            const std::vector<QString> reporters = info.reporters();
            const bool hasReporter = std::find(reporters.begin(), reporters.end(), reporter) != reporters.end();
            if (!goods || hasReporter)
                goods = info;
            if (hasReporter)
                break;
        }
        if (!goods) {
            *error = tr("De database bevat nog geen goederengegevens om de diensten mee te vergelijken; importeer "
                        "die, dan toont Diensten en goederen beide.");
            return false;
        }
        state.selection.dataSet = goods->name;
        state.selection.reporter = reporter;
        state.selection.year = 0;
        state.industries.clear();
    }
    if (!mDocument->openStore(mStorePath, state, error))
        return false;
    emit dataSetImported(mReport.dataSetName);
    return true;
}

void ImportWizard::reject()
{
    // Closing while an import runs cancels it first: nothing is stored.
    mRunPage->cancelAndWait();
    mRetryPage->cancelAndWait();
    QWizard::reject();
}

} // namespace herkomst::ui
