#include "table/flowlayout.h"

#include <QWidget>
#include <algorithm>

namespace herkomst::ui {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), mGap(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    mItems.append(item);
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    mItems.insert(std::clamp(index, 0, int(mItems.size())), new QWidgetItem(widget));
    invalidate();
}

int FlowLayout::count() const
{
    return int(mItems.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return mItems.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < mItems.size() ? mItems.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : mItems)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line, as wide as all items: what the layout would like, never what it needs.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : mItems) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? mGap : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    for (QLayoutItem *item : mItems) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const int width = std::max(std::min(hint.width(), area.width()), item->minimumSize().width());
        if (x > area.x() && x + width > area.x() + area.width()) {
            x = area.x();
            y += lineHeight + mGap;
            lineHeight = 0;
        }
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())));
        x += width + mGap;
        lineHeight = std::max(lineHeight, hint.height());
    }
    const QMargins margins = contentsMargins();
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace herkomst::ui
