#include "import/summarypage.h"

#include "import/datasetcounts.h"
#include "import/importwizard.h"

#include "domain/numberformat.h"
#include "store/store.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

constexpr int shownIssues = 2000; // the table; the CSV holds all the report kept

QString kindText(ImportIssue::Kind kind)
{
    switch (kind) {
    case ImportIssue::Kind::Rejected:
        return SummaryPage::tr("afgewezen");
    case ImportIssue::Kind::Skipped:
        return SummaryPage::tr("overgeslagen");
    case ImportIssue::Kind::Unmatched:
        return SummaryPage::tr("land onbekend");
    }
    return {};
}

} // namespace

SummaryPage::SummaryPage(ImportWizard *wizard) : mWizard(wizard)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Samenvatting"));
    setSubTitle(tr("Wat er is gelezen en opgeslagen, en welke regels niet, met de reden."));
    mHeadline = new QLabel;
    mHeadline->setObjectName(QStringLiteral("summaryHeadline"));
    mHeadline->setWordWrap(true);
    mHeadline->setTextFormat(Qt::RichText);
    mCounts = new QLabel;
    mCounts->setObjectName(QStringLiteral("summaryCounts"));
    mCounts->setTextFormat(Qt::RichText);
    mCounts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mIssues = new QTableWidget(0, 5);
    mIssues->setObjectName(QStringLiteral("issuesTable"));
    mIssues->setHorizontalHeaderLabels({tr("Bestand"), tr("Regel"), tr("Kolom"), tr("Soort"), tr("Reden")});
    mIssues->horizontalHeader()->setStretchLastSection(true);
    mIssues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mIssues->verticalHeader()->hide();
    mIssues->setSelectionBehavior(QAbstractItemView::SelectRows);
    mIssuesLabel = new QLabel;
    mIssuesLabel->setBuddy(mIssues);
    mExport = new QPushButton(tr("Niet opgeslagen regels &bewaren als CSV…"));
    mExport->setObjectName(QStringLiteral("exportIssuesButton"));
    connect(mExport, &QPushButton::clicked, this, &SummaryPage::chooseExportPath);
    auto *issuesRow = new QHBoxLayout;
    issuesRow->addWidget(mIssuesLabel, 1);
    issuesRow->addWidget(mExport);

    mNotes = new QPlainTextEdit;
    mNotes->setObjectName(QStringLiteral("summaryNotes"));
    mNotes->setReadOnly(true);
    mNotes->setMinimumHeight(80);
    auto *notesLabel = new QLabel(tr("&Wat Herkomst heeft vastgesteld:"));
    notesLabel->setBuddy(mNotes);
    for (QLabel *label : {mHeadline, mCounts, mIssuesLabel, notesLabel})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mHeadline);
    layout->addWidget(mCounts);
    layout->addLayout(issuesRow);
    layout->addWidget(mIssues, 3);
    layout->addWidget(notesLabel);
    layout->addWidget(mNotes, 1); // takes the room when there are no issues to list
}

void SummaryPage::initializePage()
{
    const ImportReport &report = mWizard->report();
    QString error;
    if (mWizard->importsServices()) {
        showServices(report);
        return;
    }
    if (mWizard->showImportedDataSet(&error)) {
        mHeadline->setText(tr("<b>Gegevensset “%1” is opgeslagen en gekozen</b>; alle overzichten tonen hem nu.")
                               .arg(report.dataSetName.toHtmlEscaped()));
    } else {
        mHeadline->setText(tr("<b>Gegevensset “%1” is opgeslagen</b>, maar kon niet worden getoond: %2")
                               .arg(report.dataSetName.toHtmlEscaped(), error.toHtmlEscaped()));
    }
    qint64 unmatchedRows = 0;
    for (qint64 rows : report.unmatched)
        unmatchedRows += rows;
    // The counts as Gegevenssets beheren shows them: from the store, through DataSetCounts.
    Store *store = mWizard->aliasStore(&error);
    const std::optional<DataSetInfo> info = store ? store->dataSet(report.dataSetName) : std::nullopt;
    const QString row = QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>");
    QString counts = QStringLiteral("<table>");
    if (info) {
        counts += row.arg(tr("Regels gelezen"), NumberFormat::count(DataSetCounts::rowsRead(*info))) +
                  row.arg(tr("Gebruikt"), NumberFormat::count(DataSetCounts::rowsUsed(*info))) +
                  row.arg(tr("Afgewezen"), NumberFormat::count(DataSetCounts::rowsRejected(*info)));
    }
    counts += row.arg(tr("Overgeslagen (totalen, notities)"), NumberFormat::count(report.rowsSkipped)) +
              row.arg(tr("Landen niet herkend"),
                      tr("%1 (%2 regels)")
                          .arg(NumberFormat::count(report.unmatched.size()), NumberFormat::count(unmatchedRows))) +
              QStringLiteral("</table>");
    if (info) {
        counts += QStringLiteral("<p><b>%1</b></p>").arg(DataSetCounts::storedLine(*info).toHtmlEscaped()) +
                  DataSetCounts::slicesTable(*info);
    }
    mCounts->setText(counts);

    const int count = int(std::min<size_t>(report.issues.size(), shownIssues));
    mIssues->setRowCount(count);
    for (int i = 0; i < count; ++i) {
        const ImportIssue &issue = report.issues[size_t(i)];
        const QStringList cells = {QFileInfo(issue.where.file).fileName(),
                                   issue.where.row > 0 ? QString::number(issue.where.row) : QString(),
                                   issue.where.column > 0 ? QString::number(issue.where.column) : QString(),
                                   kindText(issue.kind), issue.where.message};
        for (int c = 0; c < cells.size(); ++c)
            mIssues->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    mIssues->resizeColumnsToContents();
    if (report.issues.empty())
        mIssuesLabel->setText(tr("Alle gelezen regels zijn opgeslagen of bewust overgeslagen."));
    else if (size_t(count) < report.issues.size())
        mIssuesLabel->setText(tr("&Niet opgeslagen regels (de eerste %1 van %2; de CSV bevat ze alle):")
                                  .arg(NumberFormat::count(count), NumberFormat::count(qint64(report.issues.size()))));
    else
        mIssuesLabel->setText(tr("&Niet opgeslagen regels en waarom:"));
    mIssues->setVisible(!report.issues.empty());
    mExport->setEnabled(!report.issues.empty());
    mNotes->setPlainText(report.notes.join(QLatin1Char('\n')));
}

void SummaryPage::showServices(const ImportReport &report)
{
    // Services are nothing to analyse: the store is shown again so Diensten en goederen offers them.
    QString error;
    if (mWizard->showImportedDataSet(&error))
        mHeadline->setText(tr("<b>Dienstengegevens “%1” zijn opgeslagen.</b> Kies in de weergave Diensten en goederen "
                              "de bron Goederen uit de getoonde gegevens; de diensten staan daar naast de goederen.")
                               .arg(report.dataSetName.toHtmlEscaped()));
    else
        mHeadline->setText(tr("<b>Dienstengegevens “%1” zijn opgeslagen.</b> %2")
                               .arg(report.dataSetName.toHtmlEscaped(), error.toHtmlEscaped()));
    const QString row = QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>");
    mCounts->setText(QStringLiteral("<table>") + row.arg(tr("Regels gelezen"), NumberFormat::count(report.rowsRead)) +
                     row.arg(tr("Waarden opgeslagen (partner en jaar)"), NumberFormat::count(report.rowsStored)) +
                     QStringLiteral("</table>"));
    mIssues->setRowCount(0);
    mIssues->setVisible(false);
    mIssuesLabel->setText(tr("Partners zijn opgeslagen zoals de tabel ze noemt; totalen zijn overgeslagen."));
    mExport->setEnabled(false);
    mNotes->setPlainText(report.notes.join(QLatin1Char('\n')));
}

bool SummaryPage::exportIssues(const QString &path, QString *error) const
{
    return mWizard->report().writeIssuesCsv(path, error);
}

void SummaryPage::chooseExportPath()
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("importFolder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString name = QStringLiteral("%1 - niet opgeslagen regels.csv").arg(mWizard->report().dataSetName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Niet opgeslagen regels bewaren"),
                                                      QDir(folder).filePath(name), tr("CSV-bestand (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportIssues(path, &error))
        QMessageBox::warning(this, tr("Bewaren mislukt"), error);
}

QString SummaryPage::countsText() const
{
    return mCounts->text();
}

QString SummaryPage::headline() const
{
    return mHeadline->text();
}

} // namespace herkomst::ui
