#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <vector>

namespace herkomst::ui {

// Paints the product table's cells with cached, shaped text. The style's own item painting lays
// each cell's text out three or four times per paint, which made the table the slowest part of
// a live threshold change; here a text is shaped once and then only drawn. Single-line cells
// only (the table does not wrap), elided at the right as the view asks.
class ProductItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const QStaticText &shaped(const QFont &font, const QString &text, int width) const;

    struct FontTexts {
        QFont font;
        QHash<QString, QStaticText> whole;
        QHash<QString, QStaticText> elided; // key: width, a tab, the text
    };
    mutable std::vector<FontTexts> mCache;
};

} // namespace herkomst::ui
