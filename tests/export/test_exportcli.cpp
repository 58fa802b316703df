// herkomst-cli export and report, as a script on a server without a display would run them.
#include "exportfixture.h"

#include "io/xlsxreader.h"
#include "support/clirun.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// No DISPLAY and no QT_QPA_PLATFORM: the CLI must pick the offscreen platform itself.
Run runHeadless(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const CliRun run = runCli(arguments, env);
    return {run.exitCode, run.out, run.err};
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT
private slots:
    void analyseNeedsNoDisplay();
    void exportsFunnelPngAtRequestedSize();
    void exportsCountryChartSvgWithThresholdChange();
    void exportsTables();
    void writesReport();
    void usageErrors();
};

void TestExportCli::analyseNeedsNoDisplay()
{
    const Run run = runHeadless({QStringLiteral("analyse")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("3.449")));
}

void TestExportCli::exportsFunnelPngAtRequestedSize()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trechter.png"));
    const Run run = runHeadless({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("funnel"),
                                 QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"), path,
                                 QStringLiteral("--width-cm"), QStringLiteral("16"), QStringLiteral("--dpi"),
                                 QStringLiteral("300")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("synthetische demodata")));
    QCOMPARE(QImage(path).width(), 1890);
}

void TestExportCli::exportsCountryChartSvgWithThresholdChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("landen.svg"));
    const Run run =
        runHeadless({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("countries"),
                     QStringLiteral("--out"), path, QStringLiteral("--set"), QStringLiteral("supplier_share=0.6"),
                     QStringLiteral("--measure"), QStringLiteral("value")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("China")));
    QVERIFY(svg.contains(QStringLiteral("&gt; 60 %")) || svg.contains(QStringLiteral("> 60 %")));
    QVERIFY(svg.contains(QStringLiteral("mln euro")));
}

void TestExportCli::exportsTables()
{
    const cli::PreparedAnalysis &analysis = test::demoAnalysis();
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("bijlage2.xlsx"));
    Run run = runHeadless({QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("concentrated"),
                           QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    io::XlsxReader reader(xlsx);
    QVERIFY(reader.open());
    std::vector<io::XlsxRow> rows;
    QVERIFY(reader.readSheet(0, rows));
    QCOMPARE(int(rows.size()), analysis.result.finalCount() + 1);

    const QString csv = dir.filePath(QStringLiteral("alle.csv"));
    run = runHeadless(
        {QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("all"), QStringLiteral("--out"), csv});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"
                            "HS6;"));
    QCOMPARE(data.count("\r\n"), qsizetype(analysis.statistics.primary.rows.size() + 1));

    // One unit policy: --unit thousand gives "x 1.000 euro" in the header, and Bijlage 2 goes to Word.
    const QString thousands = dir.filePath(QStringLiteral("duizend.csv"));
    run = runHeadless({QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("concentrated"),
                       QStringLiteral("--unit"), QStringLiteral("thousand"), QStringLiteral("--out"), thousands});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile thousandsFile(thousands);
    QVERIFY(thousandsFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(thousandsFile.readLine()).contains(QStringLiteral("Invoerwaarde (x 1.000 euro)")));
    const QString docx = dir.filePath(QStringLiteral("bijlage2.docx"));
    run = runHeadless({QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("concentrated"),
                       QStringLiteral("--out"), docx});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(test::zipEntry(docx, QStringLiteral("word/document.xml")).contains("w:tblHeader"));
}

void TestExportCli::writesReport()
{
    QTemporaryDir dir;
    for (const QString &format : {QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("pdf")}) {
        const QString path = dir.filePath(QStringLiteral("bijlage.") + format);
        const Run run =
            runHeadless({QStringLiteral("report"), QStringLiteral("--format"), format, QStringLiteral("--out"), path});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(path).size() > 20000);
    }
}

void TestExportCli::usageErrors()
{
    QTemporaryDir dir;
    Run run = runHeadless({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("taart"),
                           QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QStringLiteral("--chart kent funnel")));
    run = runHeadless({QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("all"),
                       QStringLiteral("--out"), dir.filePath(QStringLiteral("x.odt"))});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QStringLiteral("xlsx, csv of docx")));
    run = runHeadless({QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("all"),
                       QStringLiteral("--unit"), QStringLiteral("kg"), QStringLiteral("--out"),
                       dir.filePath(QStringLiteral("x.csv"))});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QStringLiteral("--unit")));
    run = runHeadless({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("odt")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QStringLiteral("--out")));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "test_exportcli.moc"
