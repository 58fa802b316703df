#include "flowtesthelpers.h"

#include "domain/preset.h"
#include "import/importerregistry.h"
#include "import/importprogress.h"
#include "importtesthelpers.h"
#include "session/dataselection.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace herkomst;

namespace flowtest {

void expectRefused(const QString &format, const BadCase &bad, const QString &storePath, const QString &dir)
{
    const QString path = QDir(dir).filePath(QString::fromUtf8(bad.fileName));
    importtest::writeFile(path, bad.content);
    ImportRequest request;
    request.files = {path};
    if (bad.adjust)
        bad.adjust(request);

    Store store;
    QString error;
    QVERIFY2(store.open(storePath, &error), qPrintable(error));
    const importtest::StoreSnapshot before = importtest::snapshot(store);
    const ImportReport report = importtest::runImport(store, format, request);
    const importtest::StoreSnapshot after = importtest::snapshot(store);

    const QString message = report.error.toString();
    QVERIFY2(!report.ok(), qPrintable(QStringLiteral("accepted: %1").arg(QLatin1String(bad.name))));
    QVERIFY2(report.outcome == ImportReport::Outcome::Failed, qPrintable(message));
    bool mentioned = false;
    for (const QString &part : QString::fromUtf8(bad.message).split(QLatin1Char('|')))
        mentioned = mentioned || message.contains(part);
    QVERIFY2(mentioned,
             qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"").arg(message, QString::fromUtf8(bad.message))));
    QCOMPARE(QFileInfo(report.error.file).fileName(), QString::fromUtf8(bad.fileName));
    if (bad.row >= 0)
        QCOMPARE(report.error.row, bad.row);
    if (bad.column >= 0)
        QCOMPARE(report.error.column, bad.column);
    QVERIFY2(after == before, qPrintable(before.toString() + QStringLiteral(" -> ") + after.toString()));
}

std::optional<StatisticsSet> statistics(const Store &store, const QString &dataSet, int year, const QString &reporter)
{
    DataSelection selection;
    selection.dataSet = dataSet;
    selection.year = year;
    selection.reporter = reporter;
    QString error;
    std::optional<StatisticsSet> set = loadStatistics(&store, selection, 1, &error);
    if (!set)
        qWarning("%s", qPrintable(error));
    return set;
}

AnalysisResult cbs2021Funnel(const StatisticsSet &set)
{
    AnalysisSettings settings;
    settings.criteria = findPreset(QStringLiteral("cbs2021"))->criteria;
    return runFunnel(set, settings);
}

const FunnelStep *worldHhiStep(const AnalysisResult &result)
{
    const std::vector<Criterion> &criteria = findPreset(QStringLiteral("cbs2021"))->criteria;
    for (const FunnelStep &step : result.steps) {
        if (step.criterionIndex >= 0 && criteria[size_t(step.criterionIndex)].metric == Metric::WorldMarketHhi)
            return &step;
    }
    return nullptr;
}

bool notesContain(const ImportReport &report, const QString &part)
{
    for (const QString &note : report.notes) {
        if (note.contains(part))
            return true;
    }
    return false;
}

double importValue(const Store &store, const QString &dataSet, const char *hs6, const QString &partner)
{
    return importtest::number(store,
                              QStringLiteral("SELECT i.value FROM import_flow i JOIN dataset d ON d.id = i.dataset_id "
                                             "WHERE d.name = '%1' AND i.hs6 = '%2' AND i.partner = '%3'")
                                  .arg(dataSet, QLatin1String(hs6), partner));
}

void seedStore(const QString &format, const QString &storePath, const QString &file)
{
    Store store;
    QString error;
    QVERIFY2(store.open(storePath, &error), qPrintable(error));
    ImportRequest request;
    request.files = {file};
    request.dataSetName = QStringLiteral("bestaand");
    const ImportReport report = importtest::runImport(store, format, request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
}

void expectCancelled(const QString &format, const QString &file, const QString &storePath)
{
    Store store;
    QVERIFY(store.open(storePath, nullptr));
    const importtest::StoreSnapshot before = importtest::snapshot(store);
    for (const double at : {0.0, 0.9}) { // the first report is while reading, 0.9 while writing
        ImportProgress *self = nullptr;
        ImportProgress progress([&](double fraction, const QString &) {
            if (fraction >= at)
                self->cancel();
        });
        self = &progress;
        ImportRequest request;
        request.files = {file};
        request.dataSetName = QStringLiteral("afgebroken");
        const ImportReport report = createImporter(format)->run(store, request, progress);
        QCOMPARE(report.outcome, ImportReport::Outcome::Cancelled);
        QVERIFY(report.error.message.contains(QStringLiteral("afgebroken")));
        QCOMPARE(importtest::snapshot(store), before);
    }
}

void expectDuplicateRefused(const QString &format, const QString &file, const QString &dbPath)
{
    Store store;
    QVERIFY(store.open(dbPath, nullptr));
    ImportRequest request;
    request.files = {file};
    request.dataSetName = QStringLiteral("eerste");
    QVERIFY(importtest::runImport(store, format, request).ok());
    const importtest::StoreSnapshot before = importtest::snapshot(store);
    request.dataSetName = QStringLiteral("tweede");
    const ImportReport again = importtest::runImport(store, format, request);
    QCOMPARE(again.outcome, ImportReport::Outcome::DuplicateFile);
    QCOMPARE(again.duplicateOf, QStringLiteral("eerste"));
    QVERIFY(again.error.toString().contains(QStringLiteral("al geïmporteerd")));
    QCOMPARE(importtest::snapshot(store), before);
}

} // namespace flowtest
