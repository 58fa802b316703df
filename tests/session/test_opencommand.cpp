// herkomst-cli open: a saved analysis gives exactly the output of the equivalent "analyse",
// and a file that cannot be reproduced gets a clear message and exit code 2.
#include "cli/analysecommand.h"
#include "cli/opencommand.h"
#include "demo/demodata.h"
#include "domain/preset.h"
#include "session/savedanalysis.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst;

namespace {

struct Output {
    int code = -1;
    QString out;
    QString err;
};

template <typename Command>
Output run(QStringList arguments)
{
    Output result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    arguments.prepend(QStringLiteral("herkomst-cli command"));
    result.code = Command().run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

QJsonObject withoutPreset(const QString &json)
{
    QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QJsonObject provenance = object.value(QStringLiteral("provenance")).toObject();
    provenance.remove(QStringLiteral("preset"));
    object.insert(QStringLiteral("provenance"), provenance);
    return object;
}

// A hand edit of a saved file; false when the text to replace is not there.
bool replaceInFile(const QString &path, const QByteArray &before, const QByteArray &after)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = file.readAll();
    file.close();
    if (!text.contains(before))
        return false;
    text.replace(before, after);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QList<int> kept(const QString &json)
{
    QList<int> counts;
    const QJsonArray funnel = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("funnel")).toArray();
    for (const QJsonValue &step : funnel)
        counts << step.toObject().value(QStringLiteral("kept")).toInt();
    return counts;
}

SavedAnalysis demoAnalysis(const QString &presetKey = QStringLiteral("cbs2021"))
{
    SavedAnalysis a;
    a.state.criteria = findPreset(presetKey)->criteria;
    a.state.persistence = findPreset(presetKey)->persistence;
    recordProvenance(a, nullptr, nullptr);
    return a;
}

} // namespace

class TestOpenCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void demoAnalysisPrintsWhatAnalysePrints()
    {
        const QString path = save(demoAnalysis(), QStringLiteral("demo.herkomst"));
        const Output json = run<cli::OpenCommand>({path, QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        QCOMPARE(kept(json.out), (QList<int>{3449, 419, 236, 135}));
        QCOMPARE(json.out, run<cli::AnalyseCommand>({QStringLiteral("--json")}).out);

        const Output table = run<cli::OpenCommand>({path});
        QCOMPARE(table.code, 0);
        QCOMPARE(table.out, run<cli::AnalyseCommand>({}).out);
    }

    void changedThresholdsGiveWhatAnalyseGives()
    {
        SavedAnalysis a = demoAnalysis();
        a.state.criteria[0].threshold = 0.6;
        a.state.criteria[1].enabled = false;
        a.state.criteria[2].threshold = 0.3;
        a.state.selection.year = demo::kReferenceYear;
        a.state.selection.euComposition = EuComposition::Eu28;
        const QString path = save(a, QStringLiteral("changed.herkomst"));
        const Output opened = run<cli::OpenCommand>({path, QStringLiteral("--json")});
        QCOMPARE(opened.code, 0);
        // The same analysis written as options, by hand.
        const Output analysed = run<cli::AnalyseCommand>(
            {QStringLiteral("--preset"), QStringLiteral("cbs2021"), QStringLiteral("--set"),
             QStringLiteral("single_non_eu_supplier=0.6"), QStringLiteral("--set"), QStringLiteral("net_importer=off"),
             QStringLiteral("--set"), QStringLiteral("concentrated=0.3"), QStringLiteral("--year"),
             QString::number(demo::kReferenceYear), QStringLiteral("--eu"), QStringLiteral("eu28"),
             QStringLiteral("--json")});
        QCOMPARE(analysed.code, 0);
        QCOMPARE(withoutPreset(opened.out), withoutPreset(analysed.out));
        // analyse names the preset its options started from; Herkomst writes "custom" for these criteria.
        const QJsonObject provenance =
            QJsonDocument::fromJson(opened.out.toUtf8()).object().value(QStringLiteral("provenance")).toObject();
        QCOMPARE(provenance.value(QStringLiteral("preset")).toString(), QStringLiteral("custom"));
        const QList<int> counts = kept(opened.out);
        QCOMPARE(counts.size(), 3); // the switched-off step is not on the funnel
        QVERIFY(counts[1] < 419);
    }

    void filesPresetNamesTheOutput()
    {
        // A file naming the preset its criteria started from (as a hand-written one may) prints
        // byte for byte what analyse prints for that preset with --set.
        SavedAnalysis a = demoAnalysis();
        a.state.criteria[0].threshold = 0.6;
        const QString path = save(a, QStringLiteral("named.herkomst"));
        QVERIFY(replaceInFile(path, "\"preset\": \"custom\"", "\"preset\": \"cbs2021\""));
        const Output opened = run<cli::OpenCommand>({path, QStringLiteral("--json")});
        QCOMPARE(opened.code, 0);
        QCOMPARE(opened.out, run<cli::AnalyseCommand>({QStringLiteral("--set"), QStringLiteral("supplier_share=0.6"),
                                                       QStringLiteral("--json")})
                                 .out);
    }

    void thresholdOutsideItsDomainIsADataError()
    {
        const QString path = save(demoAnalysis(), QStringLiteral("domain.herkomst"));
        QVERIFY(replaceInFile(path, "\"threshold\": 0.25", "\"threshold\": -5"));
        const Output opened = run<cli::OpenCommand>({path});
        QCOMPARE(opened.code, 2);
        QVERIFY2(opened.err.contains(QStringLiteral("criteria[2]")), qPrintable(opened.err));
        QVERIFY(opened.out.isEmpty());
    }

    void multiYearPresetReproduces()
    {
        const QString path = save(demoAnalysis(QStringLiteral("geodep")), QStringLiteral("geodep.herkomst"));
        const Output opened = run<cli::OpenCommand>({path, QStringLiteral("--json")});
        QCOMPARE(opened.code, 0);
        QCOMPARE(opened.out, run<cli::AnalyseCommand>(
                                 {QStringLiteral("--preset"), QStringLiteral("geodep"), QStringLiteral("--json")})
                                 .out);
    }

    void criteriaBeyondThresholdsStillPrint()
    {
        SavedAnalysis a = demoAnalysis();
        a.state.criteria[0].comparison = Comparison::GreaterOrEqual;
        std::swap(a.state.criteria[1], a.state.criteria[2]);
        const QString path = save(a, QStringLiteral("custom.herkomst"));
        const Output json = run<cli::OpenCommand>({path, QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray funnel = result.value(QStringLiteral("funnel")).toArray();
        QCOMPARE(funnel[2].toObject().value(QStringLiteral("step")).toString(), QStringLiteral("concentrated"));
        QCOMPARE(kept(json.out)[0], 3449);

        // The table shows the saved order and comparison, which no preset has.
        const Output table = run<cli::OpenCommand>({path});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QStringLiteral("≥ 50 %")), qPrintable(table.out));
        QVERIFY(table.out.indexOf(QStringLiteral("HHI")) < table.out.indexOf(QStringLiteral("Invoer/uitvoer")));
    }

    void storeAnalysisChecksItsDataSet()
    {
        const QString storePath = mDir.filePath(QStringLiteral("store.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(storePath, &error), qPrintable(error));
        QVERIFY2(demo::writeToStore(store, &error), qPrintable(error));

        SavedAnalysis a;
        a.state.criteria = defaultPreset().criteria;
        QVERIFY2(recordProvenance(a, &store, &error), qPrintable(error));
        store.close();
        const QString path = save(a, QStringLiteral("store.herkomst"));

        const Output opened = run<cli::OpenCommand>({path, QStringLiteral("--json")});
        QVERIFY2(opened.code == 0, qPrintable(opened.err));
        QCOMPARE(opened.out,
                 run<cli::AnalyseCommand>({QStringLiteral("--db"), storePath, QStringLiteral("--json")}).out);

        // The same analysis against a store that lacks the data set.
        const QString emptyStore = mDir.filePath(QStringLiteral("leeg.sqlite"));
        {
            Store other;
            QVERIFY(other.open(emptyStore, &error));
        }
        const Output elsewhere = run<cli::OpenCommand>({path, QStringLiteral("--db"), emptyStore});
        QCOMPARE(elsewhere.code, 2);
        QVERIFY2(elsewhere.err.contains(QStringLiteral("staat niet in de database")), qPrintable(elsewhere.err));
        QVERIFY(elsewhere.out.isEmpty());

        const Output gone =
            run<cli::OpenCommand>({path, QStringLiteral("--db"), mDir.filePath(QStringLiteral("weg.sqlite"))});
        QCOMPARE(gone.code, 2);
        QVERIFY2(gone.err.contains(QStringLiteral("weg.sqlite")), qPrintable(gone.err));
    }

    void unreadableFileGivesDataError()
    {
        const QString path = save(demoAnalysis(), QStringLiteral("newer.herkomst"));
        QVERIFY(replaceInFile(path, "\"formatVersion\": 1", "\"formatVersion\": 99"));
        const Output opened = run<cli::OpenCommand>({path});
        QCOMPARE(opened.code, 2);
        QVERIFY2(opened.err.contains(QStringLiteral("nieuwere versie")), qPrintable(opened.err));

        QCOMPARE(run<cli::OpenCommand>({}).code, 1);
    }

private:
    QString save(const SavedAnalysis &analysis, const QString &name)
    {
        const QString path = mDir.filePath(name);
        QString error;
        if (!writeSavedAnalysis(analysis, path, &error))
            qWarning() << error;
        return path;
    }

    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestOpenCommand)
#include "test_opencommand.moc"
