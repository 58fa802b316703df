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
    a.presetKey = presetKey;
    a.criteria = findPreset(presetKey)->criteria;
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

    void changedThresholdsBecomeSetOptions()
    {
        SavedAnalysis a = demoAnalysis();
        a.criteria[0].threshold = 0.6;
        a.criteria[1].enabled = false;
        a.criteria[2].threshold = 0.3;
        a.selection.year = demo::kReferenceYear;
        a.selection.euComposition = EuComposition::Eu28;
        const std::optional<QStringList> arguments = cli::analyseArguments(a);
        QVERIFY(arguments);
        QVERIFY2(arguments->join(QLatin1Char(' ')).contains(QStringLiteral("--set single_non_eu_supplier=0.6")),
                 qPrintable(arguments->join(QLatin1Char(' '))));
        QVERIFY(arguments->contains(QStringLiteral("net_importer=off")));
        QVERIFY(arguments->contains(QStringLiteral("eu28")));

        const QString path = save(a, QStringLiteral("changed.herkomst"));
        const Output opened = run<cli::OpenCommand>({path, QStringLiteral("--json")});
        QCOMPARE(opened.code, 0);
        QCOMPARE(opened.out, run<cli::AnalyseCommand>(*arguments + QStringList{QStringLiteral("--json")}).out);
        const QList<int> counts = kept(opened.out);
        QCOMPARE(counts.size(), 3); // the switched-off step is not on the funnel
        QVERIFY(counts[1] < 419);
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
        a.presetKey = QStringLiteral("custom");
        a.criteria[0].comparison = Comparison::GreaterOrEqual;
        std::swap(a.criteria[1], a.criteria[2]);
        QVERIFY(!cli::analyseArguments(a));
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
        a.presetKey = QStringLiteral("cbs2021");
        a.criteria = defaultPreset().criteria;
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
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace("\"formatVersion\": 1", "\"formatVersion\": 99");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
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
