// Table 1 as a figure and a table: the chart's rows (one per partner of either list, residual
// groups as printed), and export --chart/--table table1 end to end with their captions.
#include "analysis/funnelanalysis.h"
#include "charts/table1chart.h"
#include "demo/letterreference.h"
#include "domain/preset.h"
#include "export/annexreport.h"
#include "exportfixture.h"
#include "pdftext.h"
#include "session/dataselection.h"
#include "support/clirun.h"
#include "support/zipfile.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst;
using namespace herkomst::ui;

namespace {

const QString kSourceLine = QStringLiteral("Bron: CBS; Kamerbrief 22 november 2021, Bijlage 1, tabel 1");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CliRun exportTable1(const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("export")} + arguments +
                  QStringList{QStringLiteral("--lang"), QStringLiteral("nl")});
}

} // namespace

class TestTable1Export : public QObject {
    Q_OBJECT

private slots:
    // 20 + 20 partners, 12 in both lists: 28 rows, largest value first, one-list partners marked.
    void chartRowsFromTheLetter()
    {
        Table1Chart chart;
        chart.setComparison(letterTable1());
        const auto &rows = chart.rows();
        QCOMPARE(rows.size(), size_t(28));
        QCOMPARE(rows.front().label, QStringLiteral("Duitsland"));
        QVERIFY(rows.front().services && rows.front().goods);
        int servicesOnly = 0, goodsOnly = 0;
        for (const Table1Chart::Row &row : rows) {
            servicesOnly += row.services && !row.goods;
            goodsOnly += row.goods && !row.services;
            QCOMPARE(row.label.endsWith(QStringLiteral(" †")), !(row.services && row.goods));
        }
        QCOMPARE(servicesOnly, 8);
        QCOMPARE(goodsOnly, 8);
        const auto otherAsia = std::find_if(rows.begin(), rows.end(), [](const Table1Chart::Row &row) {
            return row.goods && row.goods->name == QStringLiteral("Overige Azië");
        });
        QVERIFY(otherAsia != rows.end());
        QVERIFY(otherAsia->goods->block);
        QVERIFY(chart.defaultCaption().startsWith(kSourceLine));
        QVERIFY(chart.naturalHeight(600) > 28 * 15);
    }

    // The annex's section: heading, the figure with its caption, the table with its source line,
    // after the funnel's figures; without the option no such section.
    void annexSection()
    {
        const cli::PreparedAnalysis &demo = test::demoAnalysis();
        AnnexReport report(demo.statistics.primary, demo.result, demo.settings);
        const auto headings = [](const ReportDocument &doc) {
            QStringList list;
            for (const ReportBlock &block : doc.blocks) {
                if (block.kind == ReportBlock::Kind::Heading)
                    list << block.text;
            }
            return list;
        };
        QVERIFY(!headings(report.document()).contains(QStringLiteral("Diensten en goederen")));
        report.setServicesAndGoods(letterTable1());
        const ReportDocument doc = report.document();
        QVERIFY(headings(doc).contains(QStringLiteral("Diensten en goederen")));
        int figures = 0;
        bool sectionSeen = false, tableSeen = false;
        for (const ReportBlock &block : doc.blocks) {
            if (block.kind == ReportBlock::Kind::Heading && block.text == QStringLiteral("Diensten en goederen"))
                sectionSeen = true;
            if (block.kind == ReportBlock::Kind::Figure) {
                ++figures;
                if (sectionSeen) {
                    QCOMPARE(figures, 3); // after Figure 1 and 2: the PDF draws figures in this order
                    QVERIFY(block.figure.caption.startsWith(kSourceLine));
                    QVERIFY(!block.figure.png.isEmpty());
                }
            }
            if (sectionSeen && block.kind == ReportBlock::Kind::Table) {
                tableSeen = true;
                QCOMPARE(block.table.rows.size(), size_t(20));
                QVERIFY(block.table.note.startsWith(kSourceLine));
                QCOMPARE(block.table.rows[9][3], QStringLiteral("Overige Azië*†"));
            }
        }
        QCOMPARE(figures, 3);
        QVERIFY(tableSeen);
    }

    // With the sensitivity section too, the figures stay in document order (Figure 1, 2, the two
    // sensitivity charts, Table 1's), which the PDF writer's figure index counts on.
    void annexWithBothSections()
    {
        const cli::PreparedAnalysis &demo = test::demoAnalysis();
        AnnexReport report(demo.statistics.primary, demo.result, demo.settings);
        report.setSensitivity(&demo.statistics, nullptr, nullptr);
        report.setServicesAndGoods(letterTable1());
        const ReportDocument doc = report.document(); // kept: the figures below point into it
        std::vector<const ReportFigure *> figures;
        for (const ReportBlock &block : doc.blocks) {
            if (block.kind == ReportBlock::Kind::Figure)
                figures.push_back(&block.figure);
        }
        QCOMPARE(figures.size(), size_t(5));
        QVERIFY2(figures[2]->title.contains(QStringLiteral("Gevoeligheid")), qPrintable(figures[2]->title));
        QVERIFY2(figures[3]->title.contains(QStringLiteral("Gevoeligheid")), qPrintable(figures[3]->title));
        QVERIFY2(figures[4]->caption.startsWith(kSourceLine), qPrintable(figures[4]->caption));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bijlage.pdf"));
        QString error;
        QVERIFY2(report.write(pdf, QStringLiteral("pdf"), &error), qPrintable(error));
        // The PDF draws each figure by its index in the document: Table 1's is the last.
        QVERIFY(test::squeezed(test::pdfText(readAll(pdf))).contains(test::squeezed(kSourceLine)));
    }

    void reportCommandAddsTheSection()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("annex.pdf"));
        CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--table1"), QStringLiteral("letter"),
                             QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("nl")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = test::squeezed(test::pdfText(readAll(pdf)));
        QVERIFY(text.contains(test::squeezed(QStringLiteral("Diensten en goederen"))));
        QVERIFY(text.contains(test::squeezed(QStringLiteral("Overige Midden- en Zuid-Amerika"))));
        run = runCli({QStringLiteral("report"), QStringLiteral("--table1"), QStringLiteral("brief"),
                      QStringLiteral("--out"), pdf});
        QCOMPARE(run.exitCode, 1);
    }

    void chartFilesCarryTheCaption()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("t1.png"));
        const QString svg = dir.filePath(QStringLiteral("t1.svg"));
        const QString pdf = dir.filePath(QStringLiteral("t1.pdf"));
        for (const QString &path : {png, svg, pdf}) {
            const CliRun run =
                exportTable1({QStringLiteral("--chart"), QStringLiteral("table1"), QStringLiteral("--out"), path});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), qRound(16.0 / 2.54 * 300)); // 16 cm at 300 dpi
        const QString svgText = QString::fromUtf8(readAll(svg));
        QVERIFY(svgText.contains(kSourceLine));
        QVERIFY(svgText.contains(QStringLiteral("Overige Midden- en Zuid-Amerika")));
        QVERIFY(svgText.contains(QStringLiteral("alleen diensten")));
        const QString pdfText = test::squeezed(test::pdfText(readAll(pdf)));
        QVERIFY2(pdfText.contains(test::squeezed(kSourceLine)), qPrintable(pdfText.left(300)));
    }

    // CSV is the rows only; the Word table carries title, source line and legend.
    void tableCarriesTheSourceLine()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("t1.csv"));
        const QString docx = dir.filePath(QStringLiteral("t1.docx"));
        for (const QString &path : {csv, docx}) {
            const CliRun run =
                exportTable1({QStringLiteral("--table"), QStringLiteral("table1"), QStringLiteral("--out"), path});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const QString text = QString::fromUtf8(readAll(csv));
        QVERIFY(text.contains(QStringLiteral("3;Bermuda*†;27726;China*;43026")));
        QVERIFY(text.contains(QStringLiteral("10;Italië;5652;Overige Azië*†;10243")));
        const QString document = QString::fromUtf8(ziptest::readEntry(docx, QStringLiteral("word/document.xml")));
        QVERIFY(document.contains(kSourceLine));
        QVERIFY(document.contains(QStringLiteral("Vergelijking tussen diensten- en goedereninvoer")));
        QVERIFY(document.contains(QStringLiteral("Overige Midden- en Zuid-Amerika")));
    }

    void goodsFromDataAndWrongFormats()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("demo.svg"));
        CliRun run = exportTable1({QStringLiteral("--chart"), QStringLiteral("table1"), QStringLiteral("--source"),
                                   QStringLiteral("data"), QStringLiteral("--out"), svg});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("synthetische demodata")));
        QVERIFY(QString::fromUtf8(readAll(svg)).contains(QStringLiteral("Geen dienstengegevens")));
        run = exportTable1({QStringLiteral("--chart"), QStringLiteral("table1"), QStringLiteral("--out"),
                            dir.filePath(QStringLiteral("t1.xlsx"))});
        QCOMPARE(run.exitCode, 1);
        run = exportTable1({QStringLiteral("--table"), QStringLiteral("table1"), QStringLiteral("--out"),
                            dir.filePath(QStringLiteral("t1.png"))});
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_MAIN(TestTable1Export)
#include "test_table1export.moc"
