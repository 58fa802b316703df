#include "table/productitemdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <algorithm>

namespace herkomst::ui {

namespace {

// Texts are few (a few thousand products); the bound only keeps a long session's memory flat.
constexpr int kMaxCachedTexts = 50000;

QStaticText prepared(const QString &text, const QFont &font)
{
    QStaticText staticText(text);
    staticText.setTextFormat(Qt::PlainText);
    staticText.setPerformanceHint(QStaticText::AggressiveCaching);
    staticText.prepare(QTransform(), font);
    return staticText;
}

} // namespace

const QStaticText &ProductItemDelegate::shaped(const QFont &font, const QString &text, int width) const
{
    auto fonts = std::find_if(mCache.begin(), mCache.end(), [&](const FontTexts &f) { return f.font == font; });
    if (fonts == mCache.end()) {
        mCache.push_back({font, {}, {}});
        fonts = mCache.end() - 1;
    }
    if (fonts->whole.size() + fonts->elided.size() > kMaxCachedTexts) {
        fonts->whole.clear();
        fonts->elided.clear();
    }
    auto whole = fonts->whole.find(text);
    if (whole == fonts->whole.end())
        whole = fonts->whole.insert(text, prepared(text, font));
    if (whole->size().width() <= width)
        return *whole;
    const QString key = QString::number(width) + QLatin1Char('\t') + text;
    auto elided = fonts->elided.find(key);
    if (elided == fonts->elided.end())
        elided = fonts->elided.insert(key, prepared(QFontMetrics(font).elidedText(text, Qt::ElideRight, width), font));
    return *elided;
}

void ProductItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and selection as the style paints them, without text.
    const QString text = opt.text;
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (!text.isEmpty() && textRect.width() > 0) {
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                                : QPalette::Inactive;
        const QStaticText &staticText = shaped(opt.font, text, textRect.width());
        const QSizeF size = staticText.size();
        const double x =
            (opt.displayAlignment & Qt::AlignRight) ? textRect.right() + 1 - size.width() : textRect.left();
        const double y = textRect.top() + (textRect.height() - size.height()) / 2.0;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                      : QPalette::Text));
        painter->drawStaticText(QPointF(x, y), staticText);
        painter->restore();
    }

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor =
            opt.palette.color((opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace herkomst::ui
