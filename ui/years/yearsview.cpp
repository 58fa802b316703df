#include "years/yearsview.h"

#include "charts/productdetailchart.h"
#include "document/analysisdocument.h"
#include "domain/numberformat.h"
#include "export/analysiscaption.h"
#include "export/analysisexports.h"
#include "export/chartexporter.h"
#include "store/store.h"
#include "table/productfilterproxymodel.h"
#include "table/producttablepanel.h"
#include "window/exportsettings.h"
#include "years/yearcomparemodel.h"
#include "years/yearfunnelchart.h"
#include "years/yearsupplierchart.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

constexpr int kTopSuppliers = 5;

} // namespace

YearsView::YearsView(AnalysisDocument *document, ProductDetailChart *detail, QWidget *parent)
    : QWidget(parent), mDocument(document), mDetail(detail)
{
    setObjectName(QStringLiteral("yearsView"));
    mMessage = new QLabel;
    mMessage->setObjectName(QStringLiteral("yearsMessage"));
    mMessage->setWordWrap(true);
    mMessage->setAlignment(Qt::AlignCenter);
    mMessage->setMargin(24);

    mFunnel = new YearFunnelChart;
    mFunnel->setObjectName(QStringLiteral("yearFunnelChart"));
    mSuppliers = new YearSupplierChart;
    mSuppliers->setObjectName(QStringLiteral("yearSupplierChart"));
    mExportFigure = new QPushButton;
    mExportFigure->setObjectName(QStringLiteral("yearsExportFigure"));
    auto *figureMenu = new QMenu(mExportFigure);
    mExportFunnel = figureMenu->addAction(QString(), this, [this] { exportFigure(mFunnel); });
    mExportSuppliers = figureMenu->addAction(QString(), this, [this] { exportFigure(mSuppliers); });
    mExportFigure->setMenu(figureMenu);
    auto *charts = new QWidget;
    charts->setObjectName(QStringLiteral("yearsCharts"));
    auto *chartsLayout = new QGridLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(mFunnel, 0, 0);
    chartsLayout->addWidget(mSuppliers, 0, 1);
    chartsLayout->addWidget(mExportFigure, 1, 1, Qt::AlignRight);
    chartsLayout->setRowStretch(0, 1);
    // Half the width each, whatever their titles would ask for.
    for (ChartWidget *chart : std::initializer_list<ChartWidget *>{mFunnel, mSuppliers})
        chart->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    chartsLayout->setColumnStretch(0, 1);
    chartsLayout->setColumnStretch(1, 1);

    mFromLabel = new QLabel;
    mFrom = new QComboBox;
    mFrom->setObjectName(QStringLiteral("yearsFrom"));
    mFromLabel->setBuddy(mFrom);
    mToLabel = new QLabel;
    mTo = new QComboBox;
    mTo->setObjectName(QStringLiteral("yearsTo"));
    mToLabel->setBuddy(mTo);
    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("yearsSummary"));
    mSummary->setWordWrap(true);
    mExport = new QPushButton;
    mExport->setObjectName(QStringLiteral("yearsExport"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(mFromLabel);
    bar->addWidget(mFrom);
    bar->addWidget(mToLabel);
    bar->addWidget(mTo);
    bar->addWidget(mSummary, 1);
    bar->addWidget(mExport);

    mModel = new YearCompareModel(this);
    mProxy = new QSortFilterProxyModel(this);
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(Qt::EditRole);
    mProxy->setSortLocaleAware(true);
    mTable = new QTableView;
    mTable->setObjectName(QStringLiteral("yearsCompareTable"));
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder); // the table's own order: new, gone, persistent
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->setWordWrap(false);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mTable->horizontalHeader()->setStretchLastSection(false);
    mNote = new QLabel;
    mNote->setObjectName(QStringLiteral("yearsNote"));
    mNote->setWordWrap(true);

    auto *compare = new QWidget;
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addLayout(bar);
    compareLayout->addWidget(mTable, 1);
    compareLayout->addWidget(mNote);

    // The trend and the comparison each take the figures' whole height: on a laptop screen the
    // table would keep two rows under the charts.
    mParts = new QTabWidget;
    mParts->setObjectName(QStringLiteral("yearsParts"));
    mParts->setDocumentMode(true);
    mParts->addTab(charts, QString());
    mParts->addTab(compare, QString());

    mPages = new QStackedWidget;
    mPages->addWidget(mMessage);
    mPages->addWidget(mParts);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(mPages);

    mLoader.onFinished = [this](const YearsLoader::Years &years, const QString &error) { onLoaded(years, error); };
    mLoader.onProgress = [this](int percent) {
        mMessage->setText(tr("De jaren van de gegevensset worden geladen… %1 %").arg(percent));
    };
    connect(mDocument, &AnalysisDocument::analysisChanged, this, &YearsView::onAnalysisChanged);
    connect(mDocument, &AnalysisDocument::sourceChanged, this, [this] {
        mLoadedKey.clear(); // an import may have added years
        onAnalysisChanged();
    });
    for (QComboBox *box : {mFrom, mTo})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
            updateComparison();
            emit updated();
        });
    connect(mTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { showProduct(mProxy->data(index, Qt::UserRole).toString()); });
    connect(mExport, &QPushButton::clicked, this, &YearsView::exportComparison);
    // The part a user works with is remembered.
    mParts->setCurrentIndex(QSettings().value(QStringLiteral("years/part"), 0).toInt() == 1 ? 1 : 0);
    connect(mParts, &QTabWidget::currentChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("years/part"), index);
        if (index == 1 && mCompareBehind)
            updateComparison();
    });
    if (mDetail)
        connect(mDetail, &ProductDetailChart::productChanged, this, [this] { refresh(Scope::History); });
    retranslate();
}

YearsView::~YearsView() = default;

QString YearsView::loadKey() const
{
    const AnalysisState &state = mDocument->state();
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(mDocument->isDemo() ? QString() : mDocument->storePath(), mDocument->currentDataSet().name,
             state.selection.reporter)
        .arg(int(state.selection.euComposition))
        .arg(std::max(state.persistence.years, 1));
}

std::vector<int> YearsView::years() const
{
    std::vector<int> list;
    if (mYears)
        for (const YearFunnel &year : *mYears)
            list.push_back(year.year);
    return list;
}

bool YearsView::showsTrend() const
{
    return mYears && mYears->size() > 1 && mPages->currentIndex() == 1;
}

std::vector<TrendInput> YearsView::inputs() const
{
    std::vector<TrendInput> list;
    if (mYears)
        for (const YearFunnel &year : *mYears)
            list.push_back({year.year, &year.statistics});
    return list;
}

const YearFunnel *YearsView::loadedYear(int year) const
{
    if (mYears)
        for (const YearFunnel &funnel : *mYears)
            if (funnel.year == year)
                return &funnel;
    return nullptr;
}

const TrendYear *YearsView::trendYear(int year) const
{
    for (const TrendYear &t : mTrend)
        if (t.year == year)
            return &t;
    return nullptr;
}

void YearsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mBehind)
        refresh();
}

void YearsView::onAnalysisChanged()
{
    if (isVisible()) {
        refresh();
        return;
    }
    mBehind = true;
    // Hidden, only the detail's history is seen: the rest follows when the tab shows.
    if (mDetail && !mDetail->productCode().isEmpty())
        refresh(Scope::History);
}

void YearsView::refresh()
{
    mBehind = false;
    refresh(Scope::All);
}

void YearsView::refresh(Scope scope)
{
    if (!mDocument->showsData() || mDocument->isLoading())
        return;
    const QString key = loadKey();
    if (key != mLoadedKey) {
        mPendingScope = scope == Scope::All ? scope : mPendingScope;
        if (key == mLoadingKey && mLoader.isRunning())
            return;
        mLoadingKey = key;
        mPages->setCurrentIndex(0);
        mMessage->setText(tr("De jaren van de gegevensset worden geladen…"));
        mLoader.start(mDocument->isDemo() ? QString() : mDocument->storePath(), mDocument->state().selection,
                      mDocument->state().settings());
        return;
    }
    updateView(scope);
}

void YearsView::onLoaded(const YearsLoader::Years &years, const QString &error)
{
    if (!years) {
        mPages->setCurrentIndex(0);
        mMessage->setText(tr("De jaren konden niet worden geladen: %1").arg(error));
        mLoadingKey.clear();
        return;
    }
    mYears = years;
    mLoadedKey = mLoadingKey;
    mLoadingKey.clear();
    fillYearBoxes();
    const Scope scope = isVisible() ? Scope::All : mPendingScope;
    mPendingScope = Scope::History;
    refresh(scope); // loads again when the document moved on while loading
}

bool YearsView::loadNow(QString *error)
{
    if (!mDocument->showsData())
        return false;
    const QString key = loadKey();
    if (key == mLoadedKey)
        return true;
    mLoader.cancel();
    mLoadingKey.clear();
    std::unique_ptr<Store> store;
    if (!mDocument->isDemo()) {
        store = std::make_unique<Store>();
        StoreError storeError;
        if (!store->open(mDocument->storePath(), Store::Mode::ReadOnly, &storeError)) {
            *error = storeError.message();
            return false;
        }
    }
    std::optional<std::vector<YearFunnel>> loaded =
        funnelPerYear(store.get(), mDocument->state().selection, mDocument->state().settings(), error);
    if (!loaded)
        return false;
    mYears = std::make_shared<const std::vector<YearFunnel>>(std::move(*loaded));
    mLoadedKey = key;
    fillYearBoxes();
    return true;
}

void YearsView::fillYearBoxes()
{
    const QVariant from = mFrom->currentData(), to = mTo->currentData();
    const QSignalBlocker blockFrom(mFrom), blockTo(mTo);
    mFrom->clear();
    mTo->clear();
    for (const int year : years()) {
        mFrom->addItem(QString::number(year), year);
        mTo->addItem(QString::number(year), year);
    }
    // By default the first and the last year; a choice still possible stays.
    const int fromIndex = mFrom->findData(from), toIndex = mTo->findData(to);
    mFrom->setCurrentIndex(fromIndex >= 0 ? fromIndex : 0);
    mTo->setCurrentIndex(toIndex >= 0 ? toIndex : mTo->count() - 1);
}

void YearsView::setCompareYears(int from, int to)
{
    const QSignalBlocker blockFrom(mFrom), blockTo(mTo);
    mFrom->setCurrentIndex(mFrom->findData(from));
    mTo->setCurrentIndex(mTo->findData(to));
    updateComparison(true);
}

void YearsView::updateView(Scope scope)
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<int> list = years();
    if (list.size() < 2) {
        mPages->setCurrentIndex(0);
        mMessage->setText(
            list.empty()
                ? tr("De gegevensset heeft geen jaar met invoer van deze rapporteur.")
                : tr("De gegevensset heeft één jaar (%1): er is geen trend en niets te vergelijken. Importeer meer "
                     "jaren in dezelfde gegevensset om de trechter per jaar en de vergelijking van twee jaren te "
                     "zien.")
                      .arg(list.front()));
        updateHistory();
        emit updated();
        return;
    }
    if (scope == Scope::History) {
        updateHistory();
        return;
    }
    mPages->setCurrentIndex(1);
    const AnalysisSettings settings = mDocument->state().settings();
    mTrend = yearTrend(inputs(), settings);
    std::vector<YearFunnelChart::Year> funnels;
    for (const TrendYear &year : mTrend)
        funnels.push_back({year.year, year.result.steps});
    const int analysisYear = mDocument->analysisYear();
    mFunnel->setYears(std::move(funnels), analysisYear);
    mSuppliers->setSeries(list, supplierSeries(mTrend, kTopSuppliers), analysisYear,
                          finalSetName(mTrend.back().result));
    const QString caption = defaultCaption(mDocument->table(), settings, mDocument->sourceLine());
    for (ChartWidget *chart : std::initializer_list<ChartWidget *>{mFunnel, mSuppliers})
        chart->setCaption(
            tr("Jaren %1–%2, elk jaar met dezelfde criteria. %3").arg(list.front()).arg(list.back()).arg(caption));
    updateComparison();
    updateHistory();
    mLastUpdateMs = double(timer.nsecsElapsed()) / 1e6;
    emit updated();
}

void YearsView::updateComparison(bool now)
{
    // Hidden behind the trend, the table waits: building and measuring it costs more than the
    // funnels of every year.
    mCompareBehind = !now && !(isVisible() && mParts->currentIndex() == 1);
    if (mCompareBehind)
        return;
    const TrendYear *from = trendYear(mFrom->currentData().toInt());
    const TrendYear *to = trendYear(mTo->currentData().toInt());
    const YearFunnel *fromData = from ? loadedYear(from->year) : nullptr;
    const YearFunnel *toData = to ? loadedYear(to->year) : nullptr;
    if (!fromData || !toData) {
        mModel->setTable({});
        mSummary->clear();
        mExport->setEnabled(false);
        return;
    }
    const AnalysisSettings settings = mDocument->state().settings();
    const DataSetInfo dataSet = mDocument->currentDataSet();
    const YearAnalysis a{&fromData->statistics, &from->result, dataSet.hsRevision(from->year)};
    const YearAnalysis b{&toData->statistics, &to->result, dataSet.hsRevision(to->year)};
    mComparison = compareYears(a, b, settings);
    mModel->setTable(YearComparisonTable::build(mComparison, a, b, settings, mDocument->sourceLine()));
    mSummary->setText(YearComparisonTable::summary(mComparison, from->year, to->year));
    mExport->setEnabled(mModel->rowCount() > 0);
    // Columns are measured for other years or criteria, not at every threshold (a user's widths stay).
    const QString columns = mModel->table().title + QString::number(mModel->columnCount());
    if (columns != mMeasuredColumns) {
        mMeasuredColumns = columns;
        mTable->resizeColumnsToContents();
        mTable->setColumnWidth(1, std::min(mTable->columnWidth(1), 260)); // the description elides
        mTable->setColumnWidth(3, std::min(mTable->columnWidth(3), 300));
    }
}

std::optional<YearChangesAnnex> YearsView::yearChangesAnnex()
{
    QString error;
    if (loadKey() != mLoadedKey || mBehind) { // an export does not wait for the tab to be shown
        if (!loadNow(&error))
            return std::nullopt;
        mBehind = false;
        updateView(Scope::All);
    }
    if (mCompareBehind)
        updateComparison(true);
    if (!mYears || mYears->size() < 2 || mModel->rowCount() == 0)
        return std::nullopt;
    return YearChangesAnnex{mComparison, mModel->table(), mFrom->currentData().toInt(), mTo->currentData().toInt()};
}

bool YearsView::writeComparison(const QString &path, const QString &format, QString *error) const
{
    return AnalysisExports::writeTable(mModel->table(), path, format, error);
}

void YearsView::exportFigure(ChartWidget *chart)
{
    const QString name = chart == mFunnel ? QStringLiteral("jaren-trechter") : QStringLiteral("jaren-leveranciers");
    const QStringList formats{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    QStringList filters;
    for (const QString &format : formats)
        filters << AnalysisExports::fileFilter(format);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Figuur exporteren"),
                                     QDir(AnalysisExports::lastExportFolder()).filePath(name + QStringLiteral(".png")),
                                     filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    AnalysisExports::rememberExportFolder(path);
    const ChartExportOptions options = ExportSettings::load().chartOptions();
    const QString format = QFileInfo(path).suffix().toLower();
    QString error;
    const bool ok = format == QLatin1String("svg")   ? exportChartSvg(*chart, path, options, &error)
                    : format == QLatin1String("pdf") ? exportChartPdf(*chart, path, options, &error)
                                                     : exportChartPng(*chart, path, options, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Figuur exporteren"), error);
}

void YearsView::exportComparison()
{
    const QStringList formats{QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("docx")};
    const QString suggested =
        QDir(AnalysisExports::lastExportFolder())
            .filePath(QStringLiteral("vergelijking-%1-%2.xlsx").arg(mFrom->currentText(), mTo->currentText()));
    QStringList filters;
    for (const QString &format : formats)
        filters << AnalysisExports::fileFilter(format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Vergelijking exporteren"), suggested,
                                                      filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    AnalysisExports::rememberExportFolder(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString error;
    if (!writeComparison(path, formats.contains(suffix) ? suffix : QStringLiteral("xlsx"), &error))
        QMessageBox::warning(this, tr("Vergelijking exporteren"), error);
}

bool YearsView::showProduct(const QString &hs6)
{
    mNote->clear();
    const int row = mDocument->table().rowByHs6.value(hs6, -1);
    auto *panel = window()->findChild<ProductTablePanel *>();
    if (row < 0 || !panel) {
        mNote->setText(tr("%1 staat niet in de gegevens van het analysejaar %2; kies dat jaar in het dock om "
                          "het product te zien.")
                           .arg(hs6)
                           .arg(mDocument->analysisYear()));
        return false;
    }
    panel->clearFilters();
    if (!panel->selectProduct(hs6)) {
        mNote->setText(tr("%1 valt in het analysejaar buiten de gekozen bedrijfstakken.").arg(hs6));
        return false;
    }
    panel->view()->setFocus(Qt::OtherFocusReason);
    return true;
}

void YearsView::updateHistory()
{
    if (!mDetail)
        return;
    const QString hs6 = mDetail->productCode();
    if (hs6.isEmpty() || !mYears || mYears->size() < 2) {
        mDetail->setHistory({}, {});
        return;
    }
    mDetail->setHistory(productHistory(inputs(), hs6), mDocument->criteria());
}

void YearsView::changeEvent(QEvent *event)
{
    // The figures follow through analysisChanged: the window re-runs the funnel in the new language.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void YearsView::retranslate()
{
    setWindowTitle(tr("Jaren"));
    mFromLabel->setText(tr("&Vergelijk"));
    mToLabel->setText(tr("&met"));
    mExport->setText(tr("Vergelijking &exporteren…"));
    mExport->setToolTip(tr("De vergelijking als Excel-, CSV- of Word-tabel, met titel en bron"));
    mTable->setToolTip(tr("Dubbelklik: het product in de producttabel"));
    mExportFigure->setText(tr("&Figuur exporteren"));
    mExportFunnel->setText(tr("De trechter per jaar…"));
    mExportSuppliers->setText(tr("De leveranciers per jaar…"));
    mParts->setTabText(0, tr("&Trend"));
    mParts->setTabText(1, tr("Twee jaren &vergelijken"));
    if (!mYears)
        mMessage->setText(tr("De jaren worden geladen zodra de gegevens er zijn."));
}

} // namespace herkomst::ui
