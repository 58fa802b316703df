// The product table as it leaves the window: Ctrl+C gives tab-separated text and an HTML table
// for Word, headers read as words, and one value unit (mln or x 1.000 euro) runs through it.
#include "document/analysisdocument.h"
#include "export/exporttable.h"
#include "support/documentwait.h"
#include "table/productfilterproxymodel.h"
#include "table/producttablemodel.h"
#include "table/producttablepanel.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTableView>
#include <QTest>

using namespace herkomst;
using namespace herkomst::ui;

class TestTableClipboard : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void copyPutsTextAndHtmlTable();
    void headersReadAsWords();
    void valueUnitRunsThroughTableAndExport();

private:
    AnalysisDocument *mDocument = nullptr;
    ProductTablePanel *mPanel = nullptr;
};

void TestTableClipboard::init()
{
    mDocument = new AnalysisDocument;
    mDocument->useDemoData();
    QVERIFY(waitUntilLoaded(*mDocument));
    mPanel = new ProductTablePanel(mDocument);
    mPanel->resize(1000, 500);
}

void TestTableClipboard::cleanup()
{
    delete mPanel;
    delete mDocument;
}

void TestTableClipboard::copyPutsTextAndHtmlTable()
{
    QTableView *view = mPanel->view();
    view->selectRow(0);
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    mPanel->copySelection();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[1].count(QLatin1Char('\t')), view->model()->columnCount() - 1);

    const QString html = mime->html();
    QCOMPARE(html.count(QStringLiteral("<th ")), view->model()->columnCount());
    QCOMPARE(html.count(QStringLiteral("<tr>")), 3);
    QVERIFY(html.contains(QStringLiteral(">%1</td>").arg(view->model()->index(0, 0).data().toString())));
    QVERIFY(html.contains(QStringLiteral("background:#154273;color:#ffffff")));
    // Numbers right-aligned, as in the window.
    QVERIFY(html.contains(
        QStringLiteral("<td style=\"text-align:right\">%1</td>")
            .arg(view->model()->index(0, mPanel->model()->metricColumn(Metric::SupplierShare)).data().toString())));
}

void TestTableClipboard::headersReadAsWords()
{
    mPanel->view()->selectRow(0);
    const QString header = mPanel->selectionAsTsv().section(QLatin1Char('\n'), 0, 0);
    const QStringList columns = header.split(QLatin1Char('\t'));
    QVERIFY2(columns.contains(QStringLiteral("Grootste niet-EU-leverancier")), qPrintable(header));
    QVERIFY(columns.contains(QStringLiteral("Invoer/uitvoer")));
    QVERIFY(columns.contains(QStringLiteral("Wereld-HHI")));
    QVERIFY(columns.contains(QStringLiteral("Invoer (mln euro)")));
    QVERIFY(!header.contains(QStringLiteral("- ")));
    QVERIFY(!header.contains(QStringLiteral("  ")));
    QVERIFY(mPanel->selectionAsHtml().contains(QStringLiteral(">Grootste niet-EU-leverancier</th>")));
    QCOMPARE(plainHeaderText(QStringLiteral("Grootste niet-EU-\nleverancier")),
             QStringLiteral("Grootste niet-EU-leverancier"));
    QCOMPARE(plainHeaderText(QStringLiteral("Wereld\u00ADmarkt\n(HHI)")), QStringLiteral("Wereldmarkt (HHI)"));
}

void TestTableClipboard::valueUnitRunsThroughTableAndExport()
{
    const QAbstractItemModel *model = mPanel->view()->model();
    const int source = mPanel->proxy()->mapToSource(model->index(0, 0)).row();
    const double value = mDocument->table().rows[size_t(source)].importValue;

    const int imports = mPanel->model()->column(ProductTableModel::Field::Imports);
    const int exports = mPanel->model()->column(ProductTableModel::Field::Exports);
    const int share = mPanel->model()->metricColumn(Metric::SupplierShare);
    ExportTable table = mPanel->exportTable(QStringLiteral("Bron: test."));
    QCOMPARE(table.columns[size_t(imports)].header, QStringLiteral("Invoer (mln euro)"));
    QCOMPARE(table.columns[size_t(imports)].decimals, 2);
    QCOMPARE(table.columns[size_t(share)].kind, ColumnKind::Percentage);
    QCOMPARE(table.rows[0][size_t(imports)].toDouble(), value / 1e6);
    QCOMPARE(table.notes, QStringList{QStringLiteral("Bron: test.")});
    for (const ExportColumn &column : table.columns)
        QVERIFY2(!column.header.contains(QLatin1Char('\n')), qPrintable(column.header));

    mPanel->setValueUnit(ValueUnit::Thousands);
    QCOMPARE(plainHeaderText(model->headerData(imports, Qt::Horizontal).toString()),
             QStringLiteral("Invoer (x 1.000 euro)"));
    table = mPanel->exportTable(QString());
    QCOMPARE(table.columns[size_t(exports)].header, QStringLiteral("Uitvoer (x 1.000 euro)"));
    QCOMPARE(table.columns[size_t(imports)].decimals, 0);
    QCOMPARE(table.rows[0][size_t(imports)].toDouble(), value / 1e3);
    QVERIFY(table.notes.isEmpty());
}

QTEST_MAIN(TestTableClipboard)
#include "test_tableclipboard.moc"
