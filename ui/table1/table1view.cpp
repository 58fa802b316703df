#include "table1/table1view.h"

#include "charts/chartstyle.h"
#include "charts/table1chart.h"
#include "demo/letterreference.h"
#include "document/analysisdocument.h"
#include "domain/numberformat.h"
#include "export/analysisexports.h"
#include "export/chartexporter.h"
#include "export/table1table.h"
#include "store/servicesstore.h"
#include "store/store.h"
#include "window/exportsettings.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

constexpr int kDefaultTop = 20;

QTableWidget *rankingTable(const QString &objectName)
{
    auto *table = new QTableWidget(0, 3);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->setMinimumWidth(200);
    table->setWordWrap(false);
    return table;
}

QString chosenFormat(const QString &path, const QString &fallback)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() ? fallback : suffix;
}

} // namespace

Table1View::Table1View(AnalysisDocument *document, QWidget *parent) : QWidget(parent), mDocument(document)
{
    setObjectName(QStringLiteral("table1View"));
    mSourceLabel = new QLabel;
    mSource = new QComboBox;
    mSource->setObjectName(QStringLiteral("table1Source"));
    mSource->addItems({QString(), QString()});
    mSource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mSource->setMinimumContentsLength(10);
    mSourceLabel->setBuddy(mSource);
    mServicesLabel = new QLabel;
    mServicesSource = new QComboBox;
    mServicesSource->setObjectName(QStringLiteral("table1Services"));
    mServicesSource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mServicesSource->setMinimumContentsLength(6);
    mServicesLabel->setBuddy(mServicesSource);
    mTopLabel = new QLabel;
    mTop = new QSpinBox;
    mTop->setObjectName(QStringLiteral("table1Top"));
    mTop->setRange(1, 40);
    mTop->setValue(kDefaultTop);
    mTopLabel->setBuddy(mTop);
    mExportFigure = new QPushButton;
    mExportTable = new QPushButton;
    mNote = new QLabel;
    mNote->setObjectName(QStringLiteral("table1Note"));
    mNote->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(mSourceLabel);
    bar->addWidget(mSource, 1);
    bar->addWidget(mServicesLabel);
    bar->addWidget(mServicesSource, 1);
    bar->addWidget(mTopLabel);
    bar->addWidget(mTop);
    bar->addStretch();
    bar->addWidget(mExportFigure);
    bar->addWidget(mExportTable);

    mServicesTitle = new QLabel;
    mGoodsTitle = new QLabel;
    for (QLabel *title : {mServicesTitle, mGoodsTitle})
        title->setFont(ChartStyle::strongLabelFont());
    mServices = rankingTable(QStringLiteral("table1Services"));
    mGoods = rankingTable(QStringLiteral("table1Goods"));
    auto *rankings = new QWidget;
    auto *rankingLayout = new QHBoxLayout(rankings);
    rankingLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[title, table] : {std::pair{mServicesTitle, mServices}, std::pair{mGoodsTitle, mGoods}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(title);
        column->addWidget(table, 1);
        rankingLayout->addLayout(column, 1);
    }

    mChart = new Table1Chart;
    mChart->setObjectName(QStringLiteral("table1Chart"));
    auto *scroll = new QScrollArea; // the figure keeps its rows legible on a low window
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(mChart);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("table1Splitter"));
    splitter->addWidget(rankings);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(bar);
    layout->addWidget(mNote);
    layout->addWidget(splitter, 1);

    connect(mSource, qOverload<int>(&QComboBox::currentIndexChanged), this, &Table1View::refresh);
    connect(mTop, qOverload<int>(&QSpinBox::valueChanged), this, &Table1View::refresh);
    connect(mServicesSource, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        mGeneration = -1; // the data comparison is made again with these services
        refresh();
    });
    connect(mDocument, &AnalysisDocument::sourceChanged, this, &Table1View::fillServicesSources);
    connect(mExportFigure, &QPushButton::clicked, this, &Table1View::exportFigure);
    connect(mExportTable, &QPushButton::clicked, this, &Table1View::exportTable);
    // Thresholds do not change Table 1; other data does (a new statistics generation). Behind
    // another tab the view waits: summing all trade by partner costs a year change for nothing.
    connect(mDocument, &AnalysisDocument::analysisChanged, this, [this] {
        if (source() != Source::CurrentData || mDocument->statisticsGeneration() == mGeneration)
            return;
        if (isVisible())
            refresh();
        else
            mBehind = true;
    });
    retranslate();
    // The choices are remembered: a user who compares with the letter keeps doing so.
    const QSettings settings;
    mSource->setCurrentIndex(settings.value(QStringLiteral("table1/source"), 0).toInt() == 1 ? 1 : 0);
    mTop->setValue(settings.value(QStringLiteral("table1/top"), kDefaultTop).toInt());
    connect(mSource, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [](int index) { QSettings().setValue(QStringLiteral("table1/source"), index); });
    connect(mTop, qOverload<int>(&QSpinBox::valueChanged), this,
            [](int top) { QSettings().setValue(QStringLiteral("table1/top"), top); });
    fillServicesSources();
    refresh();
}

void Table1View::catchUp() const
{
    if (mBehind)
        const_cast<Table1View *>(this)->refresh();
}

void Table1View::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp();
}

const PartnerComparison &Table1View::comparison() const
{
    catchUp();
    return mShown;
}

const PartnerComparison *Table1View::comparisonOf(const QString &reporter, int year) const
{
    catchUp();
    return !mShown.goods.empty() && mShown.reporter == reporter && mShown.year == year ? &mShown : nullptr;
}

Table1Chart *Table1View::chart() const
{
    catchUp();
    return mChart;
}

QTableWidget *Table1View::servicesTable() const
{
    catchUp();
    return mServices;
}

QTableWidget *Table1View::goodsTable() const
{
    catchUp();
    return mGoods;
}

void Table1View::fillServicesSources()
{
    const QVariant chosen = mServicesSource->currentData();
    const QSignalBlocker blocker(mServicesSource);
    mServicesSource->clear();
    mServicesSource->addItem(tr("geen"), qint64(0));
    // The store's services data sets; one that appeared since the last look (an import) is shown.
    const QString storePath = mDocument->isDemo() ? QString() : mDocument->storePath();
    QSet<qint64> seen;
    qint64 newest = 0, added = 0;
    if (!storePath.isEmpty()) {
        Store store;
        StoreError error;
        if (store.open(storePath, Store::Mode::ReadOnly, &error)) {
            for (const DataSetInfo &info : store.dataSets()) {
                if (!holdsServices(store, info.id))
                    continue;
                mServicesSource->addItem(info.name, info.id);
                seen.insert(info.id);
                newest = std::max(newest, info.id);
                if (storePath == mServicesStore && !mServicesSeen.contains(info.id))
                    added = std::max(added, info.id);
            }
        }
    }
    mServicesStore = storePath;
    mServicesSeen = seen;
    const int index = mServicesSource->findData(added > 0 ? QVariant(added) : chosen);
    // A store's services are shown by default, the newest: the comparison is what the view is for.
    mServicesSource->setCurrentIndex(index > 0 ? index : mServicesSource->findData(newest));
    mServicesSource->setEnabled(mServicesSource->count() > 1 && source() == Source::CurrentData);
    mGeneration = -1;
    if (source() == Source::CurrentData)
        refresh();
}

bool Table1View::setServicesDataSet(qint64 id)
{
    const int index = mServicesSource->findData(id);
    if (index < 0)
        return false;
    mServicesSource->setCurrentIndex(index);
    return true;
}

void Table1View::setSource(Source source)
{
    mSource->setCurrentIndex(int(source));
}

Table1View::Source Table1View::source() const
{
    return mSource->currentIndex() == int(Source::CurrentData) ? Source::CurrentData : Source::Letter;
}

void Table1View::setTop(int top)
{
    mTop->setValue(top);
}

PartnerComparison Table1View::currentDataComparison(QString *servicesError) const
{
    if (!mDocument->showsData() || !mDocument->table().data)
        return {};
    PartnerComparison comparison = goodsComparison(mDocument->table(), mDocument->sourceLine());
    const qint64 services = mServicesSource->currentData().toLongLong();
    if (services == 0 || mDocument->isDemo())
        return comparison;
    Store store;
    StoreError error;
    if (!store.open(mDocument->storePath(), Store::Mode::ReadOnly, &error)) {
        *servicesError = error.message();
        return comparison;
    }
    const std::optional<std::vector<ServicesValue>> values =
        loadServices(store, services, comparison.reporter, comparison.year, servicesError);
    if (values) {
        comparison.services = rankServices(*values);
        const std::optional<DataSetInfo> info = store.dataSet(services);
        if (info) {
            comparison.label = tr("%1 en %2").arg(info->name, comparison.label);
            comparison.sourceLine += QStringLiteral("; ") + tr("diensten: %1").arg(info->source);
        }
    }
    return comparison;
}

void Table1View::refresh()
{
    mBehind = false;
    if (source() == Source::Letter) {
        mShown = letterTable1().top(mTop->value());
        mNote->setText(tr("Tabel 1 uit Bijlage 1 van de Kamerbrief van 22 november 2021, zoals gedrukt."));
    } else {
        if (mGeneration != mDocument->statisticsGeneration()) {
            mServicesError.clear();
            mDataComparison = currentDataComparison(&mServicesError);
            mGeneration = mDocument->statisticsGeneration();
        }
        mShown = mDataComparison.top(mTop->value());
        QString note = tr("Goederen: de invoer van %1 in %2 per partner, opgeteld over alle producten.")
                           .arg(mDocument->table().data ? mDocument->table().data->dataSetName : mShown.label,
                                QString::number(mShown.year));
        if (mShown.services.empty())
            note +=
                QLatin1Char(' ') + tr("Geen dienstengegevens: importeer een tabel van de diensteninvoer per partner.");
        mNote->setText(note);
    }
    mServicesTitle->setText(
        tr("Diensten (mln %1)")
            .arg(mShown.currency == QLatin1String("EUR") ? QStringLiteral("euro") : mShown.currency));
    mGoodsTitle->setText(tr("Goederen (mln %1)")
                             .arg(mShown.currency == QLatin1String("EUR") ? QStringLiteral("euro") : mShown.currency));
    fillRanking(mServices, mShown.services, true);
    fillRanking(mGoods, mShown.goods, false);
    mChart->setComparison(mShown);
    mChart->setCaption(mChart->defaultCaption());
    mServicesSource->setEnabled(mServicesSource->count() > 1 && source() == Source::CurrentData);
    mExportFigure->setEnabled(!mShown.goods.empty() || !mShown.services.empty());
    mExportTable->setEnabled(mExportFigure->isEnabled());
}

void Table1View::fillRanking(QTableWidget *table, const std::vector<RankedPartner> &list, bool services)
{
    table->setRowCount(int(list.size()));
    for (int i = 0; i < int(list.size()); ++i) {
        const RankedPartner &p = list[size_t(i)];
        auto *rank = new QTableWidgetItem(QString::number(p.rank));
        auto *name = new QTableWidgetItem(Table1Table::markedName(mShown, p, services));
        auto *value = new QTableWidgetItem(NumberFormat::decimal(p.value, 0));
        rank->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont font = name->font();
        font.setItalic(p.block);
        name->setFont(font);
        const QString side = p.block                     ? tr("CBS-restgroep: geen land, zoals gedrukt")
                             : p.side == EuSide::IntraEu ? tr("EU-lidstaat")
                                                         : tr("buiten de EU");
        name->setToolTip(QStringLiteral("%1 — %2").arg(p.name, side));
        if (p.partial)
            value->setToolTip(tr("Ondergrens: een deel van de cellen is geheim of onbekend."));
        table->setItem(i, 0, rank);
        table->setItem(i, 1, name);
        table->setItem(i, 2, value);
    }
}

QString Table1View::askExportPath(const QString &title, const QStringList &formats)
{
    const QString suggested = QDir(AnalysisExports::lastExportFolder())
                                  .filePath(QStringLiteral("tabel1-diensten-goederen.") + formats.constFirst());
    QStringList filters;
    for (const QString &format : formats)
        filters << AnalysisExports::fileFilter(format);
    const QString path = QFileDialog::getSaveFileName(this, title, suggested, filters.join(QStringLiteral(";;")));
    if (!path.isEmpty())
        AnalysisExports::rememberExportFolder(path);
    return path;
}

void Table1View::exportFigure()
{
    const QString path =
        askExportPath(tr("Figuur exporteren"), {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")});
    if (path.isEmpty())
        return;
    const ChartExportOptions options = ExportSettings::load().chartOptions();
    const QString format = chosenFormat(path, QStringLiteral("png"));
    QString error;
    const bool ok = format == QLatin1String("svg")   ? exportChartSvg(*mChart, path, options, &error)
                    : format == QLatin1String("pdf") ? exportChartPdf(*mChart, path, options, &error)
                                                     : exportChartPng(*mChart, path, options, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Figuur exporteren"), error);
}

void Table1View::exportTable()
{
    const QString path =
        askExportPath(tr("Tabel exporteren"), {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("docx")});
    if (path.isEmpty())
        return;
    QString error;
    if (!AnalysisExports::writeTable(Table1Table::build(mShown), path, chosenFormat(path, QStringLiteral("xlsx")),
                                     &error))
        QMessageBox::warning(this, tr("Tabel exporteren"), error);
}

void Table1View::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void Table1View::retranslate()
{
    setWindowTitle(tr("Diensten en goederen"));
    mSourceLabel->setText(tr("&Bron:"));
    mSource->setItemText(int(Source::Letter), tr("Kamerbrief 2021"));
    mSource->setItemText(int(Source::CurrentData), tr("Goederen uit de getoonde gegevens"));
    mTopLabel->setText(tr("&Partners per lijst:"));
    mServicesLabel->setText(tr("&Diensten:"));
    mServicesSource->setItemText(0, tr("geen"));
    mExportFigure->setText(tr("Figuur &exporteren…"));
    mExportTable->setText(tr("&Tabel exporteren…"));
    for (QTableWidget *table : {mServices, mGoods})
        table->setHorizontalHeaderLabels({tr("Rang"), tr("Partner"), tr("mln")});
}

} // namespace herkomst::ui
