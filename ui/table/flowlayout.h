#pragma once

#include <QLayout>
#include <QList>

namespace herkomst::ui {

// Lays its widgets out in lines like words in a paragraph: as many as fit side by side, the rest
// on the next line. Its minimum width is that of its narrowest allowed item, so a row of filter
// chips can never make the window wider; a widget wider than the line is given the line's width
// (a chip then elides its text).
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    void insertWidget(int index, QWidget *widget);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (or only measures, when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> mItems;
    int mGap;
};

} // namespace herkomst::ui
