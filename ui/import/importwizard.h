#pragma once

#include "import/importpreview.h"
#include "import/importreport.h"
#include "import/importrequest.h"

#include <QWizard>
#include <memory>
#include <vector>

namespace herkomst {
class Importer;
class Store;
} // namespace herkomst

namespace herkomst::ui {

class AnalysisDocument;
class ConfirmPage;
class CountriesPage;
class FilesPage;
class ImportRunPage;
class MappingPage;
class SummaryPage;

// File → Importeren…: files (chosen or dropped) and their detected format, a preview with the
// column mapping to correct (or the format's own columns), a confirmation of what will be
// imported, the import on a worker thread with progress and Annuleren, country names that
// matched nothing resolved (and remembered as aliases), and a summary. Formats come
// from core's importer registry, plus services by partner (ServicesImporter, for Table 1), which
// the pages word as services: its own columns to map, no country names to resolve.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilesPageId, MappingPageId, ConfirmPageId, RunPageId, CountriesPageId, RetryPageId, SummaryPageId };

    // One input file: its preview (of the sheet shown) and the mapping the user sees.
    struct FileMapping {
        TablePreview preview;
        ColumnMapping mapping;
        bool edited = false;   // only an edited mapping overrides the importer's own detection
        bool services = false; // preview.mapping is a services layout (ServicesImporter::detectLayout)
    };

    explicit ImportWizard(AnalysisDocument *document, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Where the data set goes: the document's store, or the default store under the demo data.
    QString storePath() const { return mStorePath; }
    void setStorePath(const QString &path) { mStorePath = path; }
    // Files dropped on the window or given by a test; the first page shows them.
    void setFiles(const QStringList &files);
    // Tests: other importers than the registry's (a slowed-down one, for instance).
    void setImporters(std::vector<std::unique_ptr<Importer>> importers);

    FilesPage *filesPage() const { return mFilesPage; }
    MappingPage *mappingPage() const { return mMappingPage; }
    ConfirmPage *confirmPage() const { return mConfirmPage; }
    ImportRunPage *runPage() const { return mRunPage; }
    CountriesPage *countriesPage() const { return mCountriesPage; }
    ImportRunPage *retryPage() const { return mRetryPage; }
    SummaryPage *summaryPage() const { return mSummaryPage; }

    // --- state the pages share ---
    const std::vector<std::unique_ptr<Importer>> &importers() const { return mImporters; }
    Importer *importer() const;   // the chosen format; nullptr when none
    bool importsServices() const; // the chosen format is services by partner
    int importerIndex() const { return mImporterIndex; }
    void setImporterIndex(int index) { mImporterIndex = index; }
    QStringList files() const { return mFiles; }
    void setFileList(const QStringList &files); // from the files page
    std::vector<FileMapping> &fileMappings() { return mMappings; }
    void setDataSetName(const QString &name) { mDataSetName = name; }
    void setYear(int year) { mYear = year; }
    int year() const { return mYear; }
    void setReporter(const QString &iso3) { mReporter = iso3; }
    QString reporter() const { return mReporter; }
    void setSkipUnmatched(bool skip) { mSkipUnmatched = skip; }
    ImportRequest request() const;

    void setReport(const ImportReport &report) { mReport = report; }
    const ImportReport &report() const { return mReport; }
    // The report asks the user to map country names before anything is stored.
    bool needsCountries() const;
    // A connection on the GUI thread for the aliases the user chooses; nullptr with *error.
    Store *aliasStore(QString *error);
    AnalysisDocument *document() const { return mDocument; }
    // After a stored import: the new data set becomes the document's selection. Services are
    // nothing to analyse: the document shows the store again (goods from a goods data set, the
    // one shown if it is in that store), so Diensten en goederen offers them; false with *error
    // when the store holds no goods to compare them with.
    bool showImportedDataSet(QString *error);

signals:
    void dataSetImported(const QString &name);

public slots:
    void reject() override;

private:
    bool showStoreWithServices(QString *error);

    AnalysisDocument *mDocument;
    QString mStorePath;
    std::vector<std::unique_ptr<Importer>> mImporters;
    int mImporterIndex = -1;
    QStringList mFiles;
    std::vector<FileMapping> mMappings;
    QString mDataSetName;
    int mYear = 0;
    QString mReporter;
    bool mSkipUnmatched = false;
    ImportReport mReport;
    std::unique_ptr<Store> mAliasStore;

    FilesPage *mFilesPage;
    MappingPage *mMappingPage;
    ConfirmPage *mConfirmPage;
    ImportRunPage *mRunPage;
    CountriesPage *mCountriesPage;
    ImportRunPage *mRetryPage;
    SummaryPage *mSummaryPage;
};

} // namespace herkomst::ui
