#include "table/producttableview.h"

#include "document/analysisdocument.h"
#include "table/producttablemodel.h"

#include <QAbstractProxyModel>
#include <QBackingStore>
#include <QHeaderView>
#include <QPaintEngine>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>

namespace herkomst::ui {

ProductTableView::ProductTableView(const AnalysisDocument *document, QWidget *parent)
    : QTableView(parent), mDocument(document)
{}

void ProductTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    // Any change a threshold change does not make counts as other content.
    auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
    QAbstractItemModel *source = proxy ? proxy->sourceModel() : model;
    if (!source)
        return;
    const auto bump = [this] { ++mContentGeneration; };
    connect(source, &QAbstractItemModel::modelReset, this, bump);
    connect(source, &QAbstractItemModel::headerDataChanged, this, bump);
    connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (from.column() != ProductTableModel::Stage || to.column() != ProductTableModel::Stage)
            ++mContentGeneration;
    });
}

std::vector<int> ProductTableView::visibleState() const
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    const AnalysisResult &result = mDocument->result();
    std::vector<int> state{mContentGeneration,           result.finalStage(),
                           verticalScrollBar()->value(), horizontalScrollBar()->value(),
                           viewport()->width(),          viewport()->height()};
    if (!proxy)
        return state;
    const int first = std::max(0, rowAt(0));
    const int last = rowAt(viewport()->height() - 1);
    const int end = last < 0 ? proxy->rowCount() : last + 1;
    for (int row = first; row < end; ++row) {
        const int source = proxy->mapToSource(proxy->index(row, 0)).row();
        state.push_back(source);
        const bool known = source >= 0 && size_t(source) < result.stage.size();
        state.push_back(known ? result.stage[size_t(source)] : -2);
        state.push_back(known && result.undetermined[size_t(source)] ? 1 : 0);
    }
    return state;
}

void ProductTableView::doItemsLayout()
{
    // Rows came or went, or were sorted again. The base lays out and repaints everything; when
    // the same rows stand in the same places, what is on screen is still right.
    updateGeometries(); // scroll bar range and headers follow the new row count
    if (!showsCurrentState()) {
        QTableView::doItemsLayout();
        return;
    }
    if (!verticalHeader()->updatesEnabled())
        verticalHeader()->setUpdatesEnabled(true); // as QTableView does after rows were removed
}

void ProductTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // A threshold change refreshes the whole step column; only visible steps that changed matter.
    if (topLeft.column() == ProductTableModel::Stage && bottomRight.column() == ProductTableModel::Stage &&
        showsCurrentState())
        return;
    QTableView::dataChanged(topLeft, bottomRight, roles);
}

void ProductTableView::paintEvent(QPaintEvent *event)
{
    bool toWindow = false; // not a grab or an export
    if (QBackingStore *store = window()->backingStore()) {
        QPainter probe(viewport());
        toWindow = probe.paintEngine() && probe.paintEngine()->paintDevice() == store->paintDevice();
    }
    QTableView::paintEvent(event);
    if (!toWindow)
        return;
    // Only a paint of the whole table shows one state; after a partial paint (a row, the step
    // column) the window may show a mix of two, so the next change repaints in full.
    if ((QRegion(viewport()->rect()) - event->region()).isEmpty())
        mPainted = visibleState();
    else
        mPainted.clear();
}

} // namespace herkomst::ui
