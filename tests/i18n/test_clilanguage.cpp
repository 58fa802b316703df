// herkomst-cli speaks the language it is asked for: --lang nl|en anywhere on the line, else the
// environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as gettext reads them; C is Dutch), in its
// messages, its tables, country names and the files it exports.
#include "domain/language.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES")})
        env.remove(name);
    env.insert(QStringLiteral("LANG"), lang);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HERKOMST_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT

private slots:
    void environmentLanguageIsRead();
    void langOptionChoosesTheLanguage();
    void environmentGivesTheDefault();
    void unknownLanguageIsAUsageError();
    void exportsSpeakTheLanguage();
};

void TestCliLanguage::environmentLanguageIsRead()
{
    const QByteArray names[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (const QByteArray &name : names)
        qunsetenv(name.constData());
    qputenv("LANG", "en_GB.UTF-8");
    QCOMPARE(Language::fromEnvironment(), QStringLiteral("en"));
    qputenv("LC_ALL", "nl_NL.UTF-8"); // LC_ALL comes before LANG
    QCOMPARE(Language::fromEnvironment(), QStringLiteral("nl"));
    qputenv("LANGUAGE", "en_US:nl"); // and LANGUAGE before both; its first entry counts
    QCOMPARE(Language::fromEnvironment(), QStringLiteral("en"));
    qunsetenv("LANGUAGE");
    qputenv("LC_ALL", "C.UTF-8"); // C says nothing about a language: the source language
    QCOMPARE(Language::fromEnvironment(), QStringLiteral("nl"));
    QCOMPARE(Language::normalise(QStringLiteral("en-GB")), QStringLiteral("en"));
    QCOMPARE(Language::normalise(QStringLiteral("de")), QStringLiteral("nl"));
}

void TestCliLanguage::langOptionChoosesTheLanguage()
{
    const Run english = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("analyse")});
    QCOMPARE(english.code, 0);
    QVERIFY2(english.out.contains(QStringLiteral("Imported products (HS6)")), qPrintable(english.out));
    QVERIFY(english.out.contains(QStringLiteral("3,449")));
    QVERIFY(english.out.contains(QStringLiteral("United States")));
    QVERIFY(!english.out.contains(QStringLiteral("Verenigde Staten")));
    // After the command too, and --lang=nl beats an English environment.
    const Run dutch = cli({QStringLiteral("analyse"), QStringLiteral("--lang=nl")}, QStringLiteral("en_GB.UTF-8"));
    QCOMPARE(dutch.code, 0);
    QVERIFY2(dutch.out.contains(QStringLiteral("Ingevoerde producten (HS6)")), qPrintable(dutch.out));
    QVERIFY(dutch.out.contains(QStringLiteral("3.449")));
    QVERIFY(dutch.out.contains(QStringLiteral("Verenigde Staten")));
}

void TestCliLanguage::environmentGivesTheDefault()
{
    const Run english = cli({QStringLiteral("analyse")}, QStringLiteral("en_GB.UTF-8"));
    QCOMPARE(english.code, 0);
    QVERIFY2(english.out.contains(QStringLiteral("Imported products (HS6)")), qPrintable(english.out));
    const Run dutch = cli({QStringLiteral("analyse")}, QStringLiteral("nl_NL.UTF-8"));
    QVERIFY(dutch.out.contains(QStringLiteral("Ingevoerde producten (HS6)")));
    const Run help = cli({QStringLiteral("--help")}, QStringLiteral("en_GB.UTF-8"));
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--lang nl or --lang en")), qPrintable(help.out));
}

void TestCliLanguage::unknownLanguageIsAUsageError()
{
    const Run run = cli({QStringLiteral("analyse"), QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QStringLiteral("fr")));
    QCOMPARE(cli({QStringLiteral("analyse"), QStringLiteral("--lang")}).code, 1);
}

void TestCliLanguage::exportsSpeakTheLanguage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bijlage2.csv"));
    const Run run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"),
                         QStringLiteral("--table"), QStringLiteral("concentrated"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--out"), path});
    QCOMPARE(run.code, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(QStringLiteral("Largest non-EU supplier")), qPrintable(csv.left(300)));
    QVERIFY(csv.contains(QStringLiteral("(food)")));
    QVERIFY(!csv.contains(QStringLiteral("Omschrijving")));
    // A figure needs a QApplication, also when the language comes before the command.
    const QString svg = dir.filePath(QStringLiteral("figuur1.svg"));
    const Run figure = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"),
                            QStringLiteral("--chart"), QStringLiteral("funnel"), QStringLiteral("--format"),
                            QStringLiteral("svg"), QStringLiteral("--out"), svg});
    QVERIFY2(figure.code == 0, qPrintable(figure.err));
    QFile drawn(svg);
    QVERIFY(drawn.open(QIODevice::ReadOnly));
    QVERIFY(drawn.readAll().contains("imported products"));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "test_clilanguage.moc"
