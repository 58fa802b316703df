#include "table/producttablepanel.h"

#include "document/analysisdocument.h"
#include "domain/industryname.h"
#include "domain/numberformat.h"
#include "table/filterchipbar.h"
#include "table/marginwording.h"
#include "table/productfilterproxymodel.h"
#include "table/productitemdelegate.h"
#include "table/producttablemodel.h"
#include "window/stablelabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>
#include <algorithm>

namespace herkomst::ui {

ProductTablePanel::ProductTablePanel(AnalysisDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
    , mModel(new ProductTableModel(document, this))
    , mProxy(new ProductFilterProxyModel(document, mModel, this))
    , mTitle(new QLabel(this))
    , mCount(new StableLabel(this))
    , mSearch(new QLineEdit(this))
    , mChips(new FilterChipBar(this))
    , mView(new QTableView(this))
    , mBorderline(new QToolButton(this))
    , mBand(new QSpinBox)
    , mBandLabel(new QLabel)
{
    mTitle->setObjectName(QStringLiteral("panelTitle"));
    mCount->setObjectName(QStringLiteral("panelSubtitle"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setObjectName(QStringLiteral("productSearch"));
    mSearch->setMinimumWidth(220);

    mView->setModel(mProxy);
    mView->setItemDelegate(new ProductItemDelegate(mView));
    mView->setSortingEnabled(true);
    mView->sortByColumn(mModel->column(ProductTableModel::Field::Imports), Qt::DescendingOrder);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setAlternatingRowColors(true);
    mView->setWordWrap(false);
    mView->setTextElideMode(Qt::ElideRight);
    mView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    mView->setContextMenuPolicy(Qt::CustomContextMenu);
    mView->verticalHeader()->hide();
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    mView->horizontalHeader()->setStretchLastSection(false);
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mView->horizontalHeader()->setHighlightSections(false);
    mView->horizontalHeader()->setMinimumSectionSize(mView->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 5);
    mView->installEventFilter(this);
    fitColumns();

    auto *header = new QHBoxLayout;
    header->addWidget(mTitle);
    header->addSpacing(8);
    header->addWidget(mCount);
    header->addStretch(1);
    header->addWidget(mBorderline);
    header->addWidget(mSearch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(mChips);
    layout->addWidget(mView, 1);

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut);
    connect(findAction, &QAction::triggered, this, &ProductTablePanel::focusSearch);
    addAction(findAction);

    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ProductTablePanel::copySelection);
    mView->addAction(copyAction);

    // "Randgevallen" with its band in the button's menu: the filter is one click, the band a setting.
    mBorderline->setObjectName(QStringLiteral("borderlineFilter"));
    mBorderline->setCheckable(true);
    mBorderline->setPopupMode(QToolButton::MenuButtonPopup);
    mBand->setObjectName(QStringLiteral("borderlineBand"));
    mBand->setRange(1, 50);
    mBand->setSuffix(QStringLiteral(" %"));
    mBandLabel->setBuddy(mBand);
    auto *bandWidget = new QWidget;
    auto *bandLayout = new QHBoxLayout(bandWidget);
    bandLayout->setContentsMargins(8, 4, 8, 4);
    bandLayout->addWidget(mBandLabel);
    bandLayout->addWidget(mBand);
    auto *bandMenu = new QMenu(mBorderline);
    auto *bandAction = new QWidgetAction(bandMenu);
    bandAction->setDefaultWidget(bandWidget);
    bandMenu->addAction(bandAction);
    mBorderline->setMenu(bandMenu);
    mBand->setValue(
        qRound(QSettings().value(QStringLiteral("table/borderlineBand"), kDefaultBorderlineBand).toDouble() * 100.0));
    mModel->setBorderlineBand(mBand->value() / 100.0);
    connect(mBorderline, &QToolButton::toggled, this, &ProductTablePanel::showBorderline);
    connect(mBand, &QSpinBox::valueChanged, this, [this](int percent) { setBorderlineBand(percent / 100.0); });

    connect(mSearch, &QLineEdit::textChanged, mProxy, &ProductFilterProxyModel::setSearchText);
    connect(mProxy, &ProductFilterProxyModel::filtersChanged, this, [this] {
        updateChips();
        updateCount();
        emitSelection();
    });
    connect(mChips, &FilterChipBar::chipRemoved, this, &ProductTablePanel::removeFilter);
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProductTablePanel::emitSelection);
    connect(mProxy, &QAbstractItemModel::modelReset, this, &ProductTablePanel::emitSelection);
    connect(mDocument, &AnalysisDocument::analysisChanged, this, &ProductTablePanel::sync);
    // Other criteria bring other columns: the sort and the selected product stay what they were.
    connect(mModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int sortColumn = mProxy->sortColumn();
        mSortKeyBeforeReset =
            sortColumn >= 0 && sortColumn < mModel->columnCount() ? mModel->columnKey(sortColumn) : QString();
        // The document already holds what comes next; the product is the one last selected.
        mSelectedBeforeReset = mSelectedHs6;
    });
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        int sortColumn = mModel->columnForKey(mSortKeyBeforeReset);
        const Qt::SortOrder order = sortColumn >= 0 ? mProxy->sortOrder() : Qt::DescendingOrder;
        if (sortColumn < 0)
            sortColumn = mModel->column(ProductTableModel::Field::Imports);
        mView->sortByColumn(sortColumn, order);
        fitColumns();
        selectProduct(mSelectedBeforeReset);
    });
    connect(mView, &QWidget::customContextMenuRequested, this, &ProductTablePanel::showContextMenu);

    retranslate();
    sync();
}

void ProductTablePanel::sync()
{
    // A table showing "the products after the last step" keeps showing the last step when the
    // criteria list grows or shrinks, so the table follows the funnel.
    const int finalStage = mDocument->result().finalStage();
    const int step = mProxy->stepFilter();
    if (step > finalStage || (mFinalStage >= 0 && step == mFinalStage && finalStage != mFinalStage))
        mProxy->setStepFilter(finalStage);
    mFinalStage = finalStage;
    mModel->sync();
    mProxy->refilter();
    updateChips();
    updateCount();
    emitSelection();
}

void ProductTablePanel::showStep(int step)
{
    mProxy->setStepFilter(step);
}

void ProductTablePanel::showSuppliers(const QSet<QString> &iso3Codes, const QString &label)
{
    mSupplierLabel = label;
    if (iso3Codes == mProxy->supplierFilter())
        updateChips();
    mProxy->setSupplierFilter(iso3Codes);
}

void ProductTablePanel::showBorderline(bool on)
{
    if (mBorderline->isChecked() != on)
        mBorderline->setChecked(on);
    mProxy->setBorderlineFilter(on);
}

void ProductTablePanel::setBorderlineBand(double band)
{
    const int percent = qRound(band * 100.0);
    if (mBand->value() != percent)
        mBand->setValue(percent); // comes back here through valueChanged
    if (band == mModel->borderlineBand())
        return;
    QSettings().setValue(QStringLiteral("table/borderlineBand"), band);
    mModel->setBorderlineBand(band);
    if (mProxy->borderlineFilter())
        mProxy->refilter();
    updateChips();
    updateCount();
    emitSelection();
}

QStringList ProductTablePanel::marginLines(int statisticsRow) const
{
    if (statisticsRow < 0 || statisticsRow >= mModel->rowCount())
        return {};
    return MarginWording::lines(mModel->margin(statisticsRow), mDocument->criteria(), mModel->borderlineBand());
}

void ProductTablePanel::clearFilters()
{
    showBorderline(false);
    mSearch->clear();
    mProxy->setSupplierFilter({});
    mProxy->setStepFilter(-1);
}

int ProductTablePanel::visibleRowCount() const
{
    return mProxy->rowCount();
}

void ProductTablePanel::selectFirstIfNone()
{
    if (selectedProductRow() >= 0 || mProxy->rowCount() == 0)
        return;
    mView->selectionModel()->setCurrentIndex(mProxy->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ProductTablePanel::focusSearch()
{
    mSearch->setFocus(Qt::ShortcutFocusReason);
    mSearch->selectAll();
}

void ProductTablePanel::removeFilter(const QString &id)
{
    if (id == QLatin1String("step"))
        mProxy->setStepFilter(-1);
    else if (id == QLatin1String("supplier"))
        mProxy->setSupplierFilter({});
    else if (id == QLatin1String("search"))
        mSearch->clear();
    else if (id == QLatin1String("borderline"))
        showBorderline(false);
    else if (id == QLatin1String("industry"))
        mDocument->setIndustries({});
    mView->setFocus();
}

void ProductTablePanel::updateChips()
{
    QList<FilterChipBar::Chip> chips;
    const AnalysisResult &result = mDocument->result();
    const int step = mProxy->stepFilter();
    if (step >= 0 && step < int(result.steps.size())) {
        const FunnelStep &s = result.steps[size_t(step)];
        chips.append({QStringLiteral("step"),
                      step == 0 ? tr("Alle ingevoerde producten") : tr("Na stap %1: %2").arg(step).arg(s.label),
                      s.rule,
                      {}});
    }
    if (!mProxy->supplierFilter().isEmpty())
        chips.append({QStringLiteral("supplier"), tr("Leverancier: %1").arg(mSupplierLabel), {}, {}});
    const QStringList &industries = mDocument->state().industries;
    if (!industries.isEmpty()) {
        // Twelve of thirteen industries do not fit on a chip: it counts them, its tooltip lists them.
        QStringList names;
        for (const QString &industry : industries)
            names << industryName(industry);
        const QString list = tr("Bedrijfstakken: %1").arg(names.join(QStringLiteral(", ")));
        const QString text =
            industries.size() == 1
                ? tr("Bedrijfstak: %1").arg(names.front())
                : tr("Bedrijfstakken: %1 van %2").arg(industries.size()).arg(mDocument->availableIndustries().size());
        chips.append({QStringLiteral("industry"), text,
                      tr("Filter van de analyse (paneel Drempels); verwijderen is ongedaan te maken"), list});
    }
    if (mProxy->borderlineFilter()) {
        const QString band = NumberFormat::share(mModel->borderlineBand(), 0);
        chips.append(
            {QStringLiteral("borderline"),
             tr("Randgevallen (±%1)").arg(band),
             tr("Producten die van uitkomst wisselen als een drempel binnen ±%1 van zichzelf verschuift").arg(band),
             {}});
    }
    if (!mProxy->searchText().isEmpty())
        chips.append({QStringLiteral("search"), tr("Zoeken: \"%1\"").arg(mProxy->searchText()), {}, {}});
    mChips->setChips(chips);
    QStringList texts;
    for (const FilterChipBar::Chip &chip : chips)
        texts << (chip.fullText.isEmpty() ? chip.text : chip.fullText);
    mFilterSummary = texts.isEmpty() ? tr("alle producten van de analyse") : texts.join(QStringLiteral("; "));
}

void ProductTablePanel::updateCount()
{
    const int universe = mDocument->result().steps.empty() ? 0 : mDocument->result().steps.front().entering;
    mCount->setText(
        tr("%1 van %2 producten").arg(NumberFormat::count(mProxy->rowCount()), NumberFormat::count(universe)));
}

int ProductTablePanel::selectedProductRow() const
{
    const QModelIndex current = mView->selectionModel()->currentIndex();
    if (!current.isValid() || !mView->selectionModel()->isRowSelected(current.row(), current.parent()))
        return -1;
    return mProxy->mapToSource(current).row();
}

void ProductTablePanel::emitSelection()
{
    const int row = selectedProductRow();
    if (row == mLastSelected)
        return;
    mLastSelected = row;
    mSelectedHs6 = row >= 0 ? mDocument->table().product(row).hs6 : QString();
    emit productSelected(row);
}

std::vector<QStringList> ProductTablePanel::selectedCells() const
{
    QModelIndexList rows = mView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<QStringList> cells;
    QStringList header;
    for (int c = 0; c < mProxy->columnCount(); ++c) {
        if (!mView->isColumnHidden(c))
            header << mModel->exportColumn(c).header;
    }
    cells.push_back(header);
    for (const QModelIndex &row : rows) {
        QStringList line;
        for (int c = 0; c < mProxy->columnCount(); ++c) {
            if (!mView->isColumnHidden(c))
                line << mProxy->index(row.row(), c).data().toString();
        }
        cells.push_back(line);
    }
    return cells;
}

QString ProductTablePanel::selectionAsTsv() const
{
    // Tabs and line breaks inside a cell would shift the columns in a spreadsheet.
    const auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    for (const QStringList &row : selectedCells()) {
        QStringList cells;
        for (const QString &cell : row)
            cells << clean(cell);
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ProductTablePanel::selectionAsHtml() const
{
    const std::vector<QStringList> cells = selectedCells();
    if (cells.empty())
        return {};
    std::vector<bool> right;
    for (int c = 0; c < mProxy->columnCount(); ++c) {
        if (!mView->isColumnHidden(c))
            right.push_back(mModel->isNumericColumn(c) && mModel->columnAt(c).field != ProductTableModel::Field::Stage);
    }
    // A real table for Word and LibreOffice: a dark header row, numbers right-aligned.
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>"
                                  "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse:collapse;font-family:Arial,sans-serif;font-size:9pt\">");
    for (size_t r = 0; r < cells.size(); ++r) {
        html += r == 0 ? QStringLiteral("<thead><tr>") : QStringLiteral("<tr>");
        for (qsizetype c = 0; c < cells[r].size(); ++c) {
            const QString align =
                size_t(c) < right.size() && right[size_t(c)] ? QStringLiteral("right") : QStringLiteral("left");
            if (r == 0)
                html += QStringLiteral("<th style=\"background:#154273;color:#ffffff;text-align:%1\">%2</th>")
                            .arg(align, cells[r][c].toHtmlEscaped());
            else
                html += QStringLiteral("<td style=\"text-align:%1\">%2</td>").arg(align, cells[r][c].toHtmlEscaped());
        }
        html += r == 0 ? QStringLiteral("</tr></thead><tbody>") : QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table></body></html>");
}

void ProductTablePanel::copySelection() const
{
    const QString text = selectionAsTsv();
    if (text.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setHtml(selectionAsHtml());
    QApplication::clipboard()->setMimeData(mime);
}

void ProductTablePanel::setValueUnit(ValueUnit unit)
{
    mModel->setValueUnit(unit);
    fitColumns();
}

void ProductTablePanel::fitColumns()
{
    // Each column as wide as its header's longest line beside the sort arrow, or as its values
    // usually need; the description takes what is left, never less than a readable width.
    const int digit = mView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int description = mModel->column(ProductTableModel::Field::Description);
    int others = 0;
    for (int c = 0; c < mModel->columnCount(); ++c) {
        if (c == description)
            continue;
        const int width = std::max(headerWidth(c), digit * mModel->typicalCharacters(c) + 16);
        mView->setColumnWidth(c, width);
        others += width;
    }
    fitDescription(others);
}

int ProductTablePanel::headerWidth(int column) const
{
    // The header's longest line beside the sort arrow, which the style draws over the label's
    // right end: the narrowest section that shows every line whole.
    const QHeaderView *header = mView->horizontalHeader();
    const QFontMetrics metrics(header->font());
    int widest = 0;
    for (const QString &line : mModel->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    QStyleOptionHeader option;
    option.initFrom(header);
    option.sortIndicator = QStyleOptionHeader::SortDown;
    option.rect = QRect(0, 0, widest + arrow, header->height());
    const QRect label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
    return widest + arrow + (option.rect.width() - label.width()) + 2;
}

void ProductTablePanel::fitDescription(int othersWidth)
{
    const int description = mModel->column(ProductTableModel::Field::Description);
    if (description < 0)
        return;
    if (othersWidth < 0) {
        othersWidth = 0;
        for (int c = 0; c < mModel->columnCount(); ++c) {
            if (c != description)
                othersWidth += mView->columnWidth(c);
        }
    }
    const int readable = std::max(headerWidth(description), mView->fontMetrics().horizontalAdvance(QLatin1Char('0')) *
                                                                mModel->typicalCharacters(description));
    // The rest of the visible width; the table scrolls sideways before the description shrinks.
    mView->setColumnWidth(description, std::max(readable, mView->viewport()->width() - othersWidth));
}

bool ProductTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mView && event->type() == QEvent::Resize)
        fitDescription();
    return QWidget::eventFilter(watched, event);
}

ExportTable ProductTablePanel::exportTable(const QString &caption) const
{
    // The rows as the table shows them (filters and sort order), with plain numbers.
    ExportTable table = exportTableFromModel(*mProxy, Qt::EditRole);
    table.sheetName = tr("Producten");
    table.title = tr("Producten: %1").arg(mFilterSummary);
    if (!caption.isEmpty())
        table.notes << caption;
    for (size_t c = 0; c < table.columns.size(); ++c)
        table.columns[c] = mModel->exportColumn(int(c));
    return table;
}

QMenu *ProductTablePanel::createContextMenu(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    // A right click on a row that is not selected acts on that row alone, as in a spreadsheet.
    if (!mView->selectionModel()->isRowSelected(index.row(), index.parent()))
        mView->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int row = mProxy->mapToSource(index).row();
    auto *menu = new QMenu(this);
    QAction *copy =
        menu->addAction(tr("&Kopiëren (tabel voor Word, tekst voor Excel)"), this, &ProductTablePanel::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    const QString code = mModel->supplierCode(row);
    const QString name = mModel->supplierName(row);
    if (!name.isEmpty()) {
        menu->addAction(tr("Alleen producten van &leverancier %1").arg(name), this,
                        [this, code, name] { showSuppliers({code}, name); });
    }
    menu->addAction(tr("&Details van %1 tonen").arg(mDocument->table().product(row).hs6), this,
                    [this, row] { emit detailRequested(row); });
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Filters wissen"), this, &ProductTablePanel::clearFilters);
    clear->setEnabled(mProxy->stepFilter() >= 0 || !mProxy->supplierFilter().isEmpty() || !mSearch->text().isEmpty() ||
                      mProxy->borderlineFilter());
    return menu;
}

void ProductTablePanel::showContextMenu(const QPoint &position)
{
    QMenu *menu = createContextMenu(mView->indexAt(position));
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(mView->viewport()->mapToGlobal(position));
}

QJsonObject ProductTablePanel::viewState() const
{
    QStringList suppliers(mProxy->supplierFilter().begin(), mProxy->supplierFilter().end());
    suppliers.sort();
    const int row = selectedProductRow();
    return QJsonObject{
        {QStringLiteral("step"), mProxy->stepFilter()},
        {QStringLiteral("suppliers"), QJsonArray::fromStringList(suppliers)},
        {QStringLiteral("supplierLabel"), mSupplierLabel},
        {QStringLiteral("search"), mProxy->searchText()},
        {QStringLiteral("borderline"), mProxy->borderlineFilter()},
        {QStringLiteral("sortColumn"), mProxy->sortColumn() >= 0 ? mModel->columnKey(mProxy->sortColumn()) : QString()},
        {QStringLiteral("sortOrder"), int(mProxy->sortOrder())},
        {QStringLiteral("selected"), row >= 0 ? mDocument->table().product(row).hs6 : QString()}};
}

void ProductTablePanel::restoreViewState(const QJsonObject &state)
{
    QSet<QString> suppliers;
    for (const QJsonValue &value : state.value(QStringLiteral("suppliers")).toArray())
        suppliers.insert(value.toString());
    mSearch->setText(state.value(QStringLiteral("search")).toString());
    showSuppliers(suppliers, state.value(QStringLiteral("supplierLabel")).toString());
    showStep(state.value(QStringLiteral("step")).toInt(-1));
    showBorderline(state.value(QStringLiteral("borderline")).toBool(false));
    // The sort column by its name; files of Herkomst 0.1 hold the index of its fixed columns.
    const QJsonValue sort = state.value(QStringLiteral("sortColumn"));
    static const QStringList fixedColumns = {
        QStringLiteral("hs6"),      QStringLiteral("description"), QStringLiteral("industry"),
        QStringLiteral("stage"),    QStringLiteral("supplier"),    QStringLiteral("supplier_share"),
        QStringLiteral("imports"),  QStringLiteral("exports"),     QStringLiteral("import_export_ratio"),
        QStringLiteral("world_hhi")};
    const int sortColumn = mModel->columnForKey(sort.isDouble() ? fixedColumns.value(sort.toInt()) : sort.toString());
    mView->sortByColumn(sortColumn >= 0 ? sortColumn : mModel->column(ProductTableModel::Field::Imports),
                        Qt::SortOrder(state.value(QStringLiteral("sortOrder")).toInt(Qt::DescendingOrder)));
    selectProduct(state.value(QStringLiteral("selected")).toString());
}

bool ProductTablePanel::selectProduct(const QString &hs6)
{
    const auto found = mDocument->table().rowByHs6.constFind(hs6);
    if (hs6.isEmpty() || found == mDocument->table().rowByHs6.constEnd())
        return false;
    const QModelIndex index = mProxy->mapFromSource(mModel->index(*found, 0));
    if (!index.isValid())
        return false;
    mView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mView->scrollTo(index);
    return true;
}

void ProductTablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProductTablePanel::retranslate()
{
    mTitle->setText(tr("Producten"));
    mSearch->setPlaceholderText(tr("Zoek op HS6, omschrijving of land (Ctrl+F)"));
    mSearch->setAccessibleName(tr("Producten zoeken"));
    mView->setAccessibleName(tr("Producttabel"));
    mBorderline->setText(tr("Randgevallen"));
    mBorderline->setToolTip(tr("Alleen producten die van uitkomst wisselen als een drempel binnen de band verschuift; "
                               "de band staat in het menu van de knop"));
    mBandLabel->setText(tr("&Band: ± van elke drempel"));
    mModel->retranslate();
    fitColumns();
    updateChips();
    updateCount();
}

} // namespace herkomst::ui
