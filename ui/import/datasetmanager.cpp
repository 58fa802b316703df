#include "import/datasetmanager.h"

#include "import/datasetcounts.h"

#include "document/analysisdocument.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"
#include "store/servicesstore.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace herkomst::ui {

namespace {

enum Column { NameColumn, SourceColumn, YearsColumn, ReportersColumn, ImportedColumn, ColumnCount };

QString yearsText(const DataSetInfo &info)
{
    const std::vector<int> years = info.years();
    if (years.empty())
        return {};
    if (years.size() == 1)
        return QString::number(years.front());
    return QStringLiteral("%1–%2").arg(years.front()).arg(years.back());
}

QString reportersText(const DataSetInfo &info)
{
    QStringList names;
    for (const QString &iso3 : info.reporters()) {
        if (!iso3.isEmpty())
            names << iso3;
    }
    if (names.size() > 6)
        return DataSetManager::tr("%1 landen").arg(names.size());
    return names.join(QLatin1String(", "));
}

} // namespace

DataSetManager::DataSetManager(AnalysisDocument *document, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
    , mStorePath(document->isDemo() ? Store::defaultPath() : document->storePath())
{
    setObjectName(QStringLiteral("dataSetManager"));
    setWindowTitle(tr("Gegevenssets beheren"));
    mStoreLabel = new QLabel;
    mStoreLabel->setWordWrap(true);
    mStoreLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mTable = new QTableWidget(0, ColumnCount);
    mTable->setObjectName(QStringLiteral("dataSetTable"));
    mTable->setHorizontalHeaderLabels(
        {tr("Naam"), tr("Bron"), tr("Jaren"), tr("Rapporterende landen"), tr("Geïmporteerd")});
    mTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setAccessibleName(tr("Gegevenssets"));
    connect(mTable, &QTableWidget::itemSelectionChanged, this, &DataSetManager::showDetails);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, &DataSetManager::useSelected);

    mDetails = new QTextBrowser;
    mDetails->setObjectName(QStringLiteral("dataSetDetails"));
    mDetails->setAccessibleName(tr("Herkomst van de gegevensset"));

    mUse = new QPushButton(tr("&Gebruiken"));
    mUse->setObjectName(QStringLiteral("useDataSetButton"));
    mRename = new QPushButton(tr("&Hernoemen…"));
    mRename->setObjectName(QStringLiteral("renameDataSetButton"));
    mRemove = new QPushButton(tr("&Verwijderen…"));
    mRemove->setObjectName(QStringLiteral("removeDataSetButton"));
    connect(mUse, &QPushButton::clicked, this, &DataSetManager::useSelected);
    connect(mRename, &QPushButton::clicked, this, &DataSetManager::askRename);
    connect(mRemove, &QPushButton::clicked, this, &DataSetManager::askRemove);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setText(tr("&Sluiten"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mUse);
    buttons->addWidget(mRename);
    buttons->addWidget(mRemove);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(mTable);
    splitter->addWidget(mDetails);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mStoreLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    resize(900, 640);
    reload();
}

DataSetManager::~DataSetManager() = default;

void DataSetManager::reload()
{
    const qint64 selected = selectedId();
    if (!mStore) {
        QString error;
        auto store = std::make_unique<Store>();
        if (!QFileInfo::exists(mStorePath)) {
            mStoreLabel->setText(tr("Er is nog geen database (%1): importeer eerst gegevens via Bestand → Importeren.")
                                     .arg(QDir::toNativeSeparators(mStorePath)));
        } else if (!store->open(mStorePath, &error)) {
            mStoreLabel->setText(error);
        } else {
            mStore = std::move(store);
        }
    }
    mTable->setRowCount(0);
    const std::vector<DataSetInfo> sets = mStore ? mStore->dataSets() : std::vector<DataSetInfo>{};
    if (mStore) {
        mStoreLabel->setText(tr("Gegevenssets in %1: %2.").arg(QDir::toNativeSeparators(mStorePath)).arg(sets.size()));
    }
    const QString current = mDocument->isDemo() ? QString() : mDocument->currentDataSet().name;
    mTable->setRowCount(int(sets.size()));
    for (int r = 0; r < int(sets.size()); ++r) {
        const DataSetInfo &info = sets[size_t(r)];
        const QStringList cells = {
            info.name, info.source, yearsText(info), reportersText(info),
            QLocale().toString(info.importedAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, info.id);
            if (info.name == current) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(tr("Wordt nu getoond"));
            }
            mTable->setItem(r, c, item);
        }
    }
    mTable->resizeColumnsToContents();
    mTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    selectDataSet(selected);
    if (mTable->currentRow() < 0 && mTable->rowCount() > 0)
        mTable->selectRow(0);
    showDetails();
}

qint64 DataSetManager::selectedId() const
{
    const QList<QTableWidgetItem *> items = mTable->selectedItems();
    return items.isEmpty() ? 0 : items.front()->data(Qt::UserRole).toLongLong();
}

void DataSetManager::selectDataSet(qint64 id)
{
    for (int r = 0; r < mTable->rowCount(); ++r) {
        if (mTable->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
            mTable->selectRow(r);
    }
}

void DataSetManager::showDetails()
{
    const qint64 id = selectedId();
    const std::optional<DataSetInfo> info = mStore && id ? mStore->dataSet(id) : std::nullopt;
    mUse->setEnabled(bool(info));
    mRename->setEnabled(bool(info));
    mRemove->setEnabled(bool(info));
    if (!info) {
        mDetails->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(info->name.toHtmlEscaped());
    html += tr("<p>Bron: %1 · valuta %2%3 · geïmporteerd %4%5</p>")
                .arg(info->source.toHtmlEscaped(), info->currency.toHtmlEscaped(),
                     info->unitNote.isEmpty() ? QString()
                                              : tr(" · eenheid in de bron: %1").arg(info->unitNote.toHtmlEscaped()),
                     QLocale().toString(info->importedAt.toLocalTime(), QStringLiteral("d MMMM yyyy HH:mm:ss")),
                     info->synthetic ? tr(" · <b>synthetische demodata</b>") : QString());
    if (!info->note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(info->note.toHtmlEscaped());
    html += tr("<h4>Bestanden</h4>") + DataSetCounts::filesTable(*info);
    html += QStringLiteral("<p><b>%1</b></p>").arg(DataSetCounts::storedLine(*info).toHtmlEscaped());
    html += tr("<h4>Rijen per rapporterend land en jaar</h4>") + DataSetCounts::slicesTable(*info);
    mDetails->setHtml(html);
}

QString DataSetManager::details() const
{
    return mDetails->toPlainText();
}

bool DataSetManager::refreshDocument(const QString &renamedFrom, const QString &renamedTo, QString *error)
{
    if (mDocument->isDemo() || mDocument->storePath() != mStorePath)
        return true;
    AnalysisState state = mDocument->state();
    if (!renamedFrom.isEmpty() && state.selection.dataSet == renamedFrom)
        state.selection.dataSet = renamedTo;
    if (mStore->dataSets().empty()) {
        mDocument->useDemoData(state); // the last data set is gone: back to the labelled demo data
        return true;
    }
    return mDocument->openStore(mStorePath, state, error);
}

bool DataSetManager::renameDataSet(qint64 id, const QString &name, QString *error)
{
    const std::optional<DataSetInfo> info = mStore ? mStore->dataSet(id) : std::nullopt;
    if (!info) {
        *error = tr("Deze gegevensset bestaat niet (meer).");
        return false;
    }
    if (!mStore->renameDataSet(id, name.trimmed(), error))
        return false;
    const bool ok = refreshDocument(info->name, name.trimmed(), error);
    reload();
    selectDataSet(id);
    return ok;
}

bool DataSetManager::removeDataSet(qint64 id, QString *error)
{
    if (!mStore || !mStore->removeDataSet(id, error))
        return false;
    const bool ok = refreshDocument({}, {}, error);
    reload();
    return ok;
}

bool DataSetManager::useDataSet(qint64 id, QString *error)
{
    const std::optional<DataSetInfo> info = mStore ? mStore->dataSet(id) : std::nullopt;
    if (!info) {
        *error = tr("Deze gegevensset bestaat niet (meer).");
        return false;
    }
    if (holdsServices(*mStore, id)) {
        // Services have no products to analyse; they stand beside the goods in Diensten en goederen.
        *error = tr("“%1” bevat diensteninvoer: die staat in de weergave Diensten en goederen naast de goederen van "
                    "de getoonde gegevens, niet in de analyse.")
                     .arg(info->name);
        return false;
    }
    AnalysisState state = mDocument->state();
    state.selection.dataSet = info->name;
    state.selection.year = 0;
    state.industries.clear();
    std::vector<QString> reporters = info->reporters();
    reporters.erase(std::remove(reporters.begin(), reporters.end(), QString()), reporters.end());
    if (!reporters.empty() &&
        std::find(reporters.begin(), reporters.end(), state.selection.reporter) == reporters.end())
        state.selection.reporter = reporters.front();
    if (!mDocument->openStore(mStorePath, state, error))
        return false;
    reload();
    return true;
}

void DataSetManager::askRename()
{
    const std::optional<DataSetInfo> info = mStore ? mStore->dataSet(selectedId()) : std::nullopt;
    if (!info)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Gegevensset hernoemen"), tr("Nieuwe naam:"), QLineEdit::Normal,
                                               info->name, &ok);
    if (!ok || name.trimmed().isEmpty() || name.trimmed() == info->name)
        return;
    QString error;
    if (!renameDataSet(info->id, name, &error))
        QMessageBox::warning(this, tr("Hernoemen mislukt"), error);
}

void DataSetManager::askRemove()
{
    const std::optional<DataSetInfo> info = mStore ? mStore->dataSet(selectedId()) : std::nullopt;
    if (!info)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Gegevensset verwijderen"),
        tr("“%1” en alle %2 bestanden ervan uit de database verwijderen? Dit kan niet ongedaan worden gemaakt; de "
           "oorspronkelijke bestanden blijven staan.")
            .arg(info->name)
            .arg(info->files.size()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!removeDataSet(info->id, &error))
        QMessageBox::warning(this, tr("Verwijderen mislukt"), error);
}

void DataSetManager::useSelected()
{
    QString error;
    if (!useDataSet(selectedId(), &error))
        QMessageBox::warning(this, tr("Gegevensset gebruiken"), error);
}

} // namespace herkomst::ui
