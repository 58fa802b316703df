// Two years compared as a table (export/yearcomparisontable.h) on a hand-made two-year data set:
// its rows (new, gone, persistent, each with the step that keeps it out and both years' values,
// missing empty), the XLSX and Word files carrying title and source line, and the annex section
// "Wat is veranderd sinds <jaar>?" present only when given (the window gives it only with more
// than one year).
#include "core/twoyears.h"
#include "domain/preset.h"
#include "export/analysisexports.h"
#include "export/annexcontent.h"
#include "export/yearcomparisontable.h"
#include "support/clirun.h"
#include "support/zipfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst;
using namespace herkomst::ui;
using namespace herkomst::test;

namespace {

const QString kSource = QStringLiteral("Bron: test, bewerking BZ");

struct TwoYears {
    AnalysisSettings settings{defaultPreset().criteria, {}};
    StatisticsSet from = twoYearsFixture(2019), to = twoYearsFixture(2020);
    AnalysisResult fromResult = runFunnel(from, settings), toResult = runFunnel(to, settings);
    YearComparison comparison = compareYears({&from, &fromResult}, {&to, &toResult}, settings);
    ExportTable table() const
    {
        return YearComparisonTable::build(comparison, {&from, &fromResult}, {&to, &toResult}, settings, kSource);
    }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestYearComparisonExport : public QObject {
    Q_OBJECT

private slots:
    void rowsNewGonePersistentWithReasonsAndValues()
    {
        const TwoYears data;
        const ExportTable table = data.table();
        QCOMPARE(table.title,
                 QStringLiteral("Wat is veranderd sinds 2019? Producten na de laatste stap in 2019 en 2020"));
        QVERIFY(table.notes.contains(kSource));
        // HS6, description, change, reason, then per criterion 2019 and 2020.
        QCOMPARE(table.columns.size(), size_t(YearComparisonTable::kValueColumn + 2 * 3));
        QCOMPARE(table.columns[4].kind, ColumnKind::Percentage);
        QVERIFY(table.columns[4].header.contains(QStringLiteral("2019")));
        QVERIFY(table.columns[5].header.contains(QStringLiteral("2020")));
        QCOMPARE(table.rows.size(), size_t(4));

        const QVariantList &added = table.rows[0];
        QCOMPARE(added[0].toString(), kNew);
        QCOMPARE(added[2].toString(), QStringLiteral("nieuw"));
        QCOMPARE(added[3].toString(), QStringLiteral("in 2019 niet voldaan: Meer invoer dan uitvoer"));
        QCOMPARE(added[6].toDouble(), 0.25);            // imports/exports 2019: 100 / 400
        QCOMPARE(added[7].toDouble(), kNoExportsRatio); // 2020: no exports

        const QVariantList &gone = table.rows[1];
        QCOMPARE(gone[0].toString(), kGone);
        QCOMPARE(gone[2].toString(), QStringLiteral("verdwenen"));
        QCOMPARE(gone[3].toString(), QStringLiteral("in 2020 niet ingevoerd"));
        QCOMPARE(gone[4].toDouble(), 1.0);
        QVERIFY(!gone[5].isValid()); // not listed in 2020: missing, never zero

        const QVariantList &spread = table.rows[2];
        QCOMPARE(spread[0].toString(), kSpread);
        QVERIFY(spread[3].toString().startsWith(QStringLiteral("in 2020 niet voldaan: ")));
        QCOMPARE(spread[8].toDouble(), 1.0);  // world HHI 2019: one exporter
        QCOMPARE(spread[9].toDouble(), 0.25); // 2020: four equal exporters

        const QVariantList &both = table.rows[3];
        QCOMPARE(both[0].toString(), kBoth);
        QCOMPARE(both[2].toString(), QStringLiteral("gebleven"));
        QVERIFY(both[3].toString().isEmpty());
        QCOMPARE(both[4].toDouble(), 1.0);
        QCOMPARE(both[5].toDouble(), 1.0);
        QCOMPARE(YearComparisonTable::summary(data.comparison, 2019, 2020),
                 QStringLiteral("Van de 3 producten na de laatste stap in 2019 staan er in 2020 nog 1; verdwenen: 2, "
                                "nieuw: 1."));
    }

    void filesCarryTitleAndSource()
    {
        const TwoYears data;
        QTemporaryDir dir;
        QString error;
        const QString xlsx = dir.filePath(QStringLiteral("v.xlsx")), csv = dir.filePath(QStringLiteral("v.csv")),
                      docx = dir.filePath(QStringLiteral("v.docx"));
        for (const auto &[path, format] :
             {std::pair{xlsx, QStringLiteral("xlsx")}, std::pair{csv, QStringLiteral("csv")},
              std::pair{docx, QStringLiteral("docx")}})
            QVERIFY2(AnalysisExports::writeTable(data.table(), path, format, &error), qPrintable(error));
        const QString document = QString::fromUtf8(ziptest::readEntry(docx, QStringLiteral("word/document.xml")));
        QVERIFY(document.contains(QStringLiteral("Wat is veranderd sinds 2019?")));
        QVERIFY(document.contains(kSource));
        QVERIFY(document.contains(QStringLiteral("in 2020 niet ingevoerd")));
        const QString strings = QString::fromUtf8(ziptest::readEntry(xlsx, QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(strings.contains(QStringLiteral("Wat is veranderd sinds 2019?")));
        QVERIFY(strings.contains(kSource));
        const QString text = QString::fromUtf8(readAll(csv));
        QVERIFY2(text.contains(kGone + QStringLiteral(";")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("verdwenen")));
    }

    void annexSectionOnlyWhenGiven()
    {
        const TwoYears data;
        const auto headings = [](const ReportDocument &doc) {
            QStringList list;
            for (const ReportBlock &block : doc.blocks)
                if (block.kind == ReportBlock::Kind::Heading)
                    list << block.text;
            return list;
        };
        AnnexOptions options;
        const ReportDocument without = buildAnnex(data.to.primary, data.toResult, data.settings, options, {});
        QVERIFY(!headings(without).contains(QStringLiteral("Wat is veranderd sinds 2019?")));

        const YearChangesAnnex changes{data.comparison, data.table(), 2019, 2020};
        options.yearChanges = &changes;
        const ReportDocument with = buildAnnex(data.to.primary, data.toResult, data.settings, options, {});
        QVERIFY(headings(with).contains(QStringLiteral("Wat is veranderd sinds 2019?")));
        QCOMPARE(with.count(ReportBlock::Kind::Table), without.count(ReportBlock::Kind::Table) + 1);
        // On the page the new and gone products only, in four columns that fit a portrait page.
        const ReportTable *section = nullptr;
        for (const ReportBlock &block : with.blocks) {
            if (block.kind == ReportBlock::Kind::Table && block.table.caption.startsWith(QStringLiteral("Nieuwe en")))
                section = &block.table;
        }
        QVERIFY(section);
        QCOMPARE(int(section->columns.size()), 4);
        QCOMPARE(section->rows.size(), data.comparison.added.size() + data.comparison.gone.size());
    }

    // herkomst-cli report on the demo data (2018–2020): the section compares the first year with
    // the analysis year, and an analysis of the first year has none.
    void reportHasTheSectionWithSeveralYears()
    {
        QTemporaryDir dir;
        const QString latest = dir.filePath(QStringLiteral("latest.docx")),
                      first = dir.filePath(QStringLiteral("first.docx"));
        CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--out"), latest, QStringLiteral("--lang"),
                             QStringLiteral("nl")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QString::fromUtf8(ziptest::readEntry(latest, QStringLiteral("word/document.xml")))
                    .contains(QStringLiteral("Wat is veranderd sinds 2018?")));
        run = runCli({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2018"),
                      QStringLiteral("--out"), first, QStringLiteral("--lang"), QStringLiteral("nl")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QString::fromUtf8(ziptest::readEntry(first, QStringLiteral("word/document.xml")))
                     .contains(QStringLiteral("Wat is veranderd")));
    }
};

QTEST_MAIN(TestYearComparisonExport)
#include "test_yearcomparisonexport.moc"
