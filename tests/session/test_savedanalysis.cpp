// Saved analyses (.herkomst): every field survives a round trip, bad files get a clear Dutch
// message naming the file and the problem, and a changed or missing data set is noticed.
#include "demo/demodata.h"
#include "domain/preset.h"
#include "session/analysisstatejson.h"
#include "session/dataselection.h"
#include "session/savedanalysis.h"
#include "store/datasetwriter.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <array>

using namespace herkomst;

namespace {

Criterion criterion(const QString &step, Metric metric, Comparison comparison, double threshold)
{
    Criterion c;
    c.stepKey = step;
    c.metric = metric;
    c.comparison = comparison;
    c.threshold = threshold;
    return c;
}

// An analysis that uses every field with non-default values.
SavedAnalysis fullAnalysis()
{
    SavedAnalysis a;
    a.storePath = QStringLiteral("/data/herkomst/handel.sqlite");
    a.dataSetName = QStringLiteral("CBS maatwerk 2020 – invoer");
    a.dataSetSource = QStringLiteral("CBS");
    a.fileChecksums = {QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                       QStringLiteral("60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")};
    a.synthetic = false;
    a.state.selection.dataSet = QStringLiteral("CBS maatwerk 2020 – invoer");
    a.state.selection.reporter = QStringLiteral("BEL");
    a.state.selection.year = 2019;
    a.state.selection.euComposition = EuComposition::Eu28;

    Criterion multiYear =
        criterion(QStringLiteral("concentrated_imports"), Metric::ImportHhi, Comparison::GreaterOrEqual, 0.4);
    multiYear.label = QStringLiteral("Geconcentreerde invoer (≥ 2 van 3 jaar)");
    Criterion disabled =
        criterion(QStringLiteral("net_importer"), Metric::ImportExportRatio, Comparison::Greater, 1.75);
    disabled.enabled = false;
    Criterion custom =
        criterion(QStringLiteral("eigen"), Metric::TopWorldExporterShare, Comparison::LessOrEqual, 0.123456789012345);
    Criterion below = criterion(QStringLiteral("laag"), Metric::ExtraEuImportShare, Comparison::Less, 1e-7);
    a.state.criteria = {multiYear, disabled, custom, below};
    a.state.persistence = Persistence{3, 2};

    a.state.industries = {QStringLiteral("Chemie"), QStringLiteral("Elektrotechnische industrie & apparaten")};
    a.viewState = QJsonObject{{QStringLiteral("chartMode"), QStringLiteral("value")},
                              {QStringLiteral("selectedProduct"), QStringLiteral("854231")},
                              {QStringLiteral("filters"), QJsonArray{QStringLiteral("CHN"), 3}}};
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

// Rewrites a saved file through a JSON edit, as a hand edit or another program version would.
template <typename Edit>
void editJson(const QString &path, Edit edit)
{
    QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    edit(root);
    writeAll(path, QJsonDocument(root).toJson());
}

template <typename Edit>
void editCriterion(const QString &path, int index, Edit edit)
{
    editJson(path, [&](QJsonObject &root) {
        QJsonArray criteria = root.value(QStringLiteral("criteria")).toArray();
        QJsonObject criterion = criteria[index].toObject();
        edit(criterion);
        criteria[index] = criterion;
        root.insert(QStringLiteral("criteria"), criteria);
    });
}

struct FunnelCounts {
    std::vector<std::array<int, 3>> steps; // kept, dropped, undetermined
    std::vector<int> stages;               // per product
    std::vector<bool> undetermined;        // per product
    bool operator==(const FunnelCounts &o) const
    {
        return steps == o.steps && stages == o.stages && undetermined == o.undetermined;
    }
};

FunnelCounts runSaved(const SavedAnalysis &a)
{
    QString error;
    const std::optional<StatisticsSet> statistics =
        loadStatistics(nullptr, a.state.selection, requiredYearWindow(a.state.persistence), &error);
    FunnelCounts counts;
    if (!statistics) {
        qWarning() << error;
        return counts;
    }
    const AnalysisResult result = runFunnel(*statistics, a.state.settings());
    for (const FunnelStep &step : result.steps)
        counts.steps.push_back({step.kept, step.dropped, step.undetermined});
    counts.stages = result.stage;
    counts.undetermined = result.undetermined;
    return counts;
}

// A small store with one data set of two source files and imports for NLD in 2020.
bool makeStore(Store &store, const QString &path, QString *error)
{
    if (!store.open(path, error))
        return false;
    DataSetInfo info;
    info.name = QStringLiteral("CBS 2020");
    info.source = QStringLiteral("CBS");
    info.currency = QStringLiteral("EUR");
    DataSetWriter writer(store);
    bool ok = writer.begin(info);
    ok = ok && writer.addFile({QStringLiteral("invoer.csv"), QStringLiteral("aaaa"), 10, 1, 1, 0});
    ok = ok && writer.addFile({QStringLiteral("uitvoer.csv"), QStringLiteral("bbbb"), 10, 1, 1, 0});
    ok = ok &&
         writer.addProduct({QStringLiteral("854231"), QStringLiteral("Processors"), {}, QStringLiteral("Elektronica")});
    ok = ok && writer.addImport("NLD", 2020, "854231", "CHN", TradeValue{1000.0});
    ok = ok && writer.addExport("NLD", 2020, "854231", TradeValue{10.0});
    ok = ok && writer.commit();
    if (!ok)
        *error = writer.lastError();
    return ok;
}

} // namespace

class TestSavedAnalysis : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(mDir.isValid());
        mPath = mDir.filePath(QStringLiteral("analyse.herkomst"));
        QFile::remove(mPath);
    }

    void roundTripKeepsEveryField()
    {
        const SavedAnalysis saved = fullAnalysis();
        QString error;
        QVERIFY2(writeSavedAnalysis(saved, mPath, &error), qPrintable(error));
        const std::optional<SavedAnalysis> read = readSavedAnalysis(mPath, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->formatVersion, SavedAnalysis::kFormatVersion);
        QCOMPARE(read->storePath, saved.storePath);
        QCOMPARE(read->dataSetName, saved.dataSetName);
        QCOMPARE(read->dataSetSource, saved.dataSetSource);
        QCOMPARE(read->fileChecksums, saved.fileChecksums);
        QCOMPARE(read->synthetic, saved.synthetic);
        QCOMPARE(read->state.selection.dataSet, saved.state.selection.dataSet);
        QCOMPARE(read->state.selection.reporter, saved.state.selection.reporter);
        QCOMPARE(read->state.selection.year, saved.state.selection.year);
        QCOMPARE(read->state.selection.euComposition, saved.state.selection.euComposition);
        QCOMPARE(read->state.presetKey(), QStringLiteral("custom"));
        QCOMPARE(read->state.criteria.size(), saved.state.criteria.size());
        for (size_t i = 0; i < saved.state.criteria.size(); ++i) {
            QVERIFY2(read->state.criteria[i] == saved.state.criteria[i], qPrintable(saved.state.criteria[i].stepKey));
            QCOMPARE(read->state.criteria[i].threshold, saved.state.criteria[i].threshold); // bit for bit
        }
        QCOMPARE(read->state.persistence, (Persistence{3, 2}));
        QVERIFY(!read->state.criteria[1].enabled);
        QCOMPARE(read->state.industries, saved.state.industries);
        QVERIFY(read->state == saved.state);
        QCOMPARE(read->viewState, saved.viewState);
    }

    void everyBuiltInPresetRoundTrips()
    {
        for (const Preset &preset : builtInPresets()) {
            SavedAnalysis saved;
            saved.state.criteria = preset.criteria;
            saved.state.persistence = preset.persistence;
            QString error;
            QVERIFY2(writeSavedAnalysis(saved, mPath, &error), qPrintable(error));
            QCOMPARE(QJsonDocument::fromJson(readAll(mPath)).object().value(QStringLiteral("preset")).toString(),
                     preset.key);
            const std::optional<SavedAnalysis> read = readSavedAnalysis(mPath, &error);
            QVERIFY2(read, qPrintable(error));
            QCOMPARE(read->state.presetKey(), preset.key);
            QVERIFY(read->state.criteria == preset.criteria);
            QCOMPARE(read->state.persistence, preset.persistence);
        }
    }

    void fileIsJsonWithFormatMarker()
    {
        QString error;
        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        const QJsonObject root = QJsonDocument::fromJson(readAll(mPath)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("herkomst-analysis"));
        QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("criteria"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("metric"))
                     .toString(),
                 metricKey(Metric::ImportHhi));
        QCOMPARE(savedAnalysisSuffix(), QStringLiteral("herkomst"));
        QCOMPARE(savedAnalysisMimeType(), QStringLiteral("application/x-herkomst-analysis"));
    }

    void failedWriteKeepsTheEarlierFile()
    {
        QString error;
        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        const QByteArray before = readAll(mPath);
        SavedAnalysis broken = fullAnalysis();
        broken.state.criteria[2].threshold = std::numeric_limits<double>::infinity();
        QVERIFY(!writeSavedAnalysis(broken, mPath, &error));
        QVERIFY(error.contains(QStringLiteral("drempel")));
        QCOMPARE(readAll(mPath), before);

        const QString nowhere = mDir.filePath(QStringLiteral("bestaat-niet/analyse.herkomst"));
        QVERIFY(!writeSavedAnalysis(fullAnalysis(), nowhere, &error));
        QVERIFY2(error.contains(nowhere), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));
    }

    void newerFormatVersionIsRefused()
    {
        QString error;
        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        editJson(mPath, [](QJsonObject &root) {
            root.insert(QStringLiteral("formatVersion"), SavedAnalysis::kFormatVersion + 1);
            root.insert(QStringLiteral("somethingNew"), true);
        });
        QVERIFY(!readSavedAnalysis(mPath, &error));
        QVERIFY2(error.contains(QStringLiteral("nieuwere versie")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(SavedAnalysis::kFormatVersion + 1)), qPrintable(error));
        QVERIFY2(error.contains(mPath), qPrintable(error));
    }

    void corruptJsonNamesLineAndColumn()
    {
        // A colon is missing on line 3; the parser stops at the value after the key.
        const QByteArray text = "{\n  \"format\": \"herkomst-analysis\",\n  \"formatVersion\" 1\n}\n";
        writeAll(mPath, text);
        QString error;
        QVERIFY(!readSavedAnalysis(mPath, &error));
        QVERIFY2(error.contains(mPath), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("regel 3,")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("':' ontbreekt")), qPrintable(error));
        // The column points into line 3, somewhere from the key to the value.
        const QRegularExpressionMatch column = QRegularExpression(QStringLiteral("kolom (\\d+)")).match(error);
        QVERIFY2(column.hasMatch(), qPrintable(error));
        QVERIFY(column.captured(1).toInt() >= 3 && column.captured(1).toInt() <= 20);

        // Truncation, as after a full disk: position is the end of the text.
        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        QByteArray truncated = readAll(mPath);
        truncated.chop(truncated.size() / 2);
        writeAll(mPath, truncated);
        QVERIFY(!readSavedAnalysis(mPath, &error));
        const int lastLine = int(truncated.count('\n')) + 1;
        QVERIFY2(error.contains(QStringLiteral("regel %1,").arg(lastLine)), qPrintable(error));
    }

    void missingFieldIsNamedByItsPath()
    {
        QString error;
        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        editCriterion(mPath, 1, [](QJsonObject &c) { c.remove(QStringLiteral("threshold")); });
        QVERIFY(!readSavedAnalysis(mPath, &error));
        QVERIFY2(error.contains(QStringLiteral("\"criteria[1].threshold\" ontbreekt")), qPrintable(error));

        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        editJson(mPath, [](QJsonObject &root) { root.remove(QStringLiteral("selection")); });
        QVERIFY(!readSavedAnalysis(mPath, &error));
        QVERIFY2(error.contains(QStringLiteral("\"selection\" ontbreekt")), qPrintable(error));

        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        editJson(mPath, [](QJsonObject &root) {
            QJsonObject selection = root.value(QStringLiteral("selection")).toObject();
            selection.insert(QStringLiteral("year"), QStringLiteral("2020"));
            root.insert(QStringLiteral("selection"), selection);
        });
        QVERIFY(!readSavedAnalysis(mPath, &error));
        QVERIFY2(error.contains(QStringLiteral("\"selection.year\" heeft het verkeerde type")), qPrintable(error));
    }

    void unknownMetricAndPresetAreNamed()
    {
        QString error;
        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        editCriterion(mPath, 2,
                      [](QJsonObject &c) { c.insert(QStringLiteral("metric"), QStringLiteral("carbon_intensity")); });
        QVERIFY(!readSavedAnalysis(mPath, &error));
        QVERIFY2(error.contains(QStringLiteral("\"carbon_intensity\"")) &&
                     error.contains(QStringLiteral("criteria[2]")),
                 qPrintable(error));

        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        editJson(mPath, [](QJsonObject &root) { root.insert(QStringLiteral("preset"), QStringLiteral("oecd2030")); });
        QVERIFY(!readSavedAnalysis(mPath, &error));
        QVERIFY2(error.contains(QStringLiteral("criteriaset \"oecd2030\"")) &&
                     error.contains(QStringLiteral("cbs2021")),
                 qPrintable(error));
    }

    void previousVersionFilesStillOpen()
    {
        // Written by Herkomst 0.1.0 before the state moved to core: custom thresholds, a step
        // switched off, ">=" and EU28, demo data.
        const QString old = QStringLiteral(HERKOMST_TEST_DATA_DIR "/previous-version.herkomst");
        QString error;
        const std::optional<SavedAnalysis> read = readSavedAnalysis(old, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->formatVersion, 1);
        QVERIFY(read->storePath.isEmpty());
        QCOMPARE(read->state.selection.euComposition, EuComposition::Eu28);
        QCOMPARE(read->state.selection.year, 2020);
        QCOMPARE(read->state.criteria.size(), size_t(3));
        QCOMPARE(read->state.criteria[0].threshold, 0.6);
        QVERIFY(!read->state.criteria[1].enabled);
        QCOMPARE(read->state.criteria[2].comparison, Comparison::GreaterOrEqual);
        QCOMPARE(read->state.presetKey(), QStringLiteral("custom"));
        QCOMPARE(read->viewState.value(QStringLiteral("countryTopN")).toInt(), 12);

        // Saved again, the state's fields are written exactly as the previous version wrote them.
        QVERIFY2(writeSavedAnalysis(*read, mPath, &error), qPrintable(error));
        QJsonObject before = QJsonDocument::fromJson(readAll(old)).object();
        const QJsonObject after = QJsonDocument::fromJson(readAll(mPath)).object();
        // Except the per-criterion year windows, which became the one persistence rule.
        QJsonArray criteria = before.value(QStringLiteral("criteria")).toArray();
        for (QJsonValueRef criterion : criteria) {
            QJsonObject o = criterion.toObject();
            o.remove(QStringLiteral("yearWindow"));
            o.remove(QStringLiteral("minYearsHolding"));
            criterion = o;
        }
        before.insert(QStringLiteral("criteria"), criteria);
        for (const char *key : {"selection", "preset", "criteria", "industries", "dataSet", "view", "formatVersion"})
            QVERIFY2(before.value(QLatin1String(key)) == after.value(QLatin1String(key)), key);
        QCOMPARE(after.value(QStringLiteral("persistence")).toObject().value(QStringLiteral("years")).toInt(), 1);
    }

    // Files from before the one persistence rule kept a window per criterion: they read as one rule.
    void olderPerCriterionWindowsReadAsOneRule()
    {
        SavedAnalysis geodep;
        geodep.state.criteria = findPreset(QStringLiteral("geodep"))->criteria;
        geodep.state.persistence = findPreset(QStringLiteral("geodep"))->persistence;
        QString error;
        QVERIFY2(writeSavedAnalysis(geodep, mPath, &error), qPrintable(error));
        editJson(mPath, [](QJsonObject &root) { root.remove(QStringLiteral("persistence")); });
        for (int i = 0; i < 3; ++i) {
            editCriterion(mPath, i, [](QJsonObject &c) {
                c.insert(QStringLiteral("yearWindow"), 3);
                c.insert(QStringLiteral("minYearsHolding"), 2);
            });
        }
        std::optional<SavedAnalysis> read = readSavedAnalysis(mPath, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->state.persistence, (Persistence{3, 2}));
        QCOMPARE(read->state.presetKey(), QStringLiteral("geodep"));

        // One criterion over several years, the rest over one: the rule of that criterion; a
        // switched-off criterion's window does not count.
        editCriterion(mPath, 0, [](QJsonObject &c) { c.insert(QStringLiteral("yearWindow"), 5); });
        editCriterion(mPath, 1, [](QJsonObject &c) {
            c.insert(QStringLiteral("yearWindow"), 1);
            c.insert(QStringLiteral("minYearsHolding"), 1);
        });
        editCriterion(mPath, 2, [](QJsonObject &c) {
            c.insert(QStringLiteral("yearWindow"), 9);
            c.insert(QStringLiteral("enabled"), false);
        });
        read = readSavedAnalysis(mPath, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->state.persistence, (Persistence{5, 2}));

        // A file that records the rule itself: the rule wins, and a rule that cannot hold is refused.
        editJson(mPath, [](QJsonObject &root) {
            root.insert(QStringLiteral("persistence"),
                        QJsonObject{{QStringLiteral("years"), 4}, {QStringLiteral("minYears"), 3}});
        });
        read = readSavedAnalysis(mPath, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->state.persistence, (Persistence{4, 3}));
        editJson(mPath, [](QJsonObject &root) {
            root.insert(QStringLiteral("persistence"),
                        QJsonObject{{QStringLiteral("years"), 2}, {QStringLiteral("minYears"), 3}});
        });
        QVERIFY(!readSavedAnalysis(mPath, &error));
        QVERIFY2(error.contains(QStringLiteral("persistence")), qPrintable(error));
    }

    void thresholdsOutsideTheirDomainAreRefused_data()
    {
        QTest::addColumn<int>("criterion");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<bool>("accepted");
        // fullAnalysis(): [0] import HHI, [1] import/export ratio, [2] top exporter share, [3] extra-EU share.
        QTest::newRow("negative share") << 2 << -5.0 << false;
        QTest::newRow("share above one") << 3 << 1.5 << false;
        QTest::newRow("huge index") << 0 << 1e308 << false;
        QTest::newRow("huge ratio") << 1 << 1e308 << false;
        QTest::newRow("ratio just past its domain") << 1 << 1000.5 << false;
        QTest::newRow("negative ratio") << 1 << -0.001 << false;
        QTest::newRow("share of one") << 2 << 1.0 << true;
        QTest::newRow("index of zero") << 0 << 0.0 << true;
        QTest::newRow("ratio at the domain's end") << 1 << 1000.0 << true;
    }
    void thresholdsOutsideTheirDomainAreRefused()
    {
        QFETCH(int, criterion);
        QFETCH(double, threshold);
        QFETCH(bool, accepted);
        QString error;
        QVERIFY(writeSavedAnalysis(fullAnalysis(), mPath, &error));
        // A hand-edited (or crafted) file.
        editCriterion(mPath, criterion, [&](QJsonObject &c) { c.insert(QStringLiteral("threshold"), threshold); });
        const std::optional<SavedAnalysis> read = readSavedAnalysis(mPath, &error);
        QCOMPARE(bool(read), accepted);
        if (!accepted) {
            QVERIFY2(error.contains(QStringLiteral("criteria[%1]").arg(criterion)), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("buiten het bereik")), qPrintable(error));
            QVERIFY2(error.contains(mPath), qPrintable(error));
        }
        // Nor does Herkomst write such a file itself: it could not be read back.
        SavedAnalysis analysis = fullAnalysis();
        analysis.state.criteria[size_t(criterion)].threshold = threshold;
        const QString other = mDir.filePath(QStringLiteral("ander.herkomst"));
        QFile::remove(other);
        QCOMPARE(writeSavedAnalysis(analysis, other, &error), accepted);
        QCOMPARE(QFile::exists(other), accepted);
    }

    void stateJsonIsTheSavedFilesForm()
    {
        // One reader and writer: the window's remembered session uses the saved file's fields.
        const AnalysisState state = fullAnalysis().state;
        const QJsonObject json = AnalysisStateJson::toJson(state);
        QCOMPARE(json.keys(),
                 (QStringList{QStringLiteral("criteria"), QStringLiteral("industries"), QStringLiteral("persistence"),
                              QStringLiteral("preset"), QStringLiteral("selection")}));
        QString error;
        const std::optional<AnalysisState> read = AnalysisStateJson::read(json, QStringLiteral("De sessie"), &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(*read == state);
        QCOMPARE(json.value(QStringLiteral("selection")).toObject().value(QStringLiteral("euComposition")).toString(),
                 QStringLiteral("eu28"));
        QCOMPARE(json.value(QStringLiteral("criteria")).toArray()[0].toObject().value(QStringLiteral("comparison")),
                 QJsonValue(QStringLiteral(">=")));

        // The same strictness as for files, with the source named.
        QJsonObject empty = json;
        empty.insert(QStringLiteral("criteria"), QJsonArray());
        QVERIFY(!AnalysisStateJson::read(empty, QStringLiteral("De sessie"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("De sessie")) && error.contains(QStringLiteral("criteria")),
                 qPrintable(error));
    }

    void otherJsonIsNotAnAnalysis()
    {
        writeAll(mPath, "{\"funnel\": []}");
        QString error;
        QVERIFY(!readSavedAnalysis(mPath, &error));
        QVERIFY2(error.contains(QStringLiteral("geen Herkomst-analyse")), qPrintable(error));
        QVERIFY(!readSavedAnalysis(mDir.filePath(QStringLiteral("weg.herkomst")), &error));
        QVERIFY2(error.contains(QStringLiteral("weg.herkomst")), qPrintable(error));
    }

    void demoSelectionRoundTripsWithIdenticalFunnel()
    {
        SavedAnalysis saved;
        saved.state.criteria = defaultPreset().criteria;
        QString error;
        QVERIFY(recordProvenance(saved, nullptr, &error));
        QVERIFY(saved.storePath.isEmpty());
        QVERIFY(saved.synthetic);
        QCOMPARE(saved.dataSetName, demo::dataSetName());

        const FunnelCounts before = runSaved(saved);
        QCOMPARE(before.steps.size(), size_t(4));
        // The calibrated demo reproduces the published funnel (Kamerbrief, Bijlage 1).
        QCOMPARE(before.steps[0][0], 3449);
        QCOMPARE(before.steps[3][0], 135);

        QVERIFY(writeSavedAnalysis(saved, mPath, &error));
        const std::optional<SavedAnalysis> read = readSavedAnalysis(mPath, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(checkAgainstStore(*read, nullptr), QString());
        QVERIFY(runSaved(*read) == before);

        // A changed threshold is saved and reproduced too.
        saved.state.criteria[0].threshold = 0.6;
        saved.state.criteria[1].enabled = false;
        const FunnelCounts changed = runSaved(saved);
        QVERIFY(!(changed == before));
        QVERIFY(writeSavedAnalysis(saved, mPath, &error));
        QVERIFY(runSaved(*readSavedAnalysis(mPath, &error)) == changed);
    }

    void dataSetMissingOrChangedInTheStoreIsDetected()
    {
        Store store;
        QString error;
        QVERIFY2(makeStore(store, mDir.filePath(QStringLiteral("store.sqlite")), &error), qPrintable(error));

        SavedAnalysis saved;
        saved.state.criteria = defaultPreset().criteria;
        QVERIFY2(recordProvenance(saved, &store, &error), qPrintable(error));
        QCOMPARE(saved.dataSetName, QStringLiteral("CBS 2020"));
        QCOMPARE(saved.state.selection.dataSet, QStringLiteral("CBS 2020"));
        QCOMPARE(saved.dataSetSource, QStringLiteral("CBS"));
        QCOMPARE(saved.fileChecksums, (QStringList{QStringLiteral("aaaa"), QStringLiteral("bbbb")}));
        QCOMPARE(saved.storePath, store.path());
        QCOMPARE(checkAgainstStore(saved, &store), QString());

        SavedAnalysis missing = saved;
        missing.dataSetName = QStringLiteral("BACI 2022");
        missing.fileChecksums = {QStringLiteral("cccc")};
        QString message = checkAgainstStore(missing, &store);
        QVERIFY2(message.contains(QStringLiteral("\"BACI 2022\" staat niet in de database")), qPrintable(message));

        SavedAnalysis renamed = saved;
        renamed.dataSetName = QStringLiteral("CBS 2020 (oud)");
        message = checkAgainstStore(renamed, &store);
        QVERIFY2(message.contains(QStringLiteral("hernoemd")) && message.contains(QStringLiteral("\"CBS 2020\"")),
                 qPrintable(message));

        SavedAnalysis changed = saved;
        changed.fileChecksums[1] = QStringLiteral("dddd");
        message = checkAgainstStore(changed, &store);
        QVERIFY2(message.contains(QStringLiteral("bronbestanden verschillen")), qPrintable(message));

        SavedAnalysis otherYear = saved;
        otherYear.state.selection.year = 2015;
        message = checkAgainstStore(otherYear, &store);
        QVERIFY2(message.contains(QStringLiteral("2015")), qPrintable(message));

        QVERIFY(checkAgainstStore(saved, nullptr).contains(saved.storePath));

        SavedAnalysis unknown;
        unknown.state.selection.dataSet = QStringLiteral("Bestaat niet");
        QVERIFY(!recordProvenance(unknown, &store, &error));
        QVERIFY2(error.contains(QStringLiteral("Bestaat niet")), qPrintable(error));
    }

private:
    QTemporaryDir mDir;
    QString mPath;
};

QTEST_GUILESS_MAIN(TestSavedAnalysis)
#include "test_savedanalysis.moc"
