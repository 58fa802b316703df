#pragma once

#include <QTableView>
#include <vector>

namespace herkomst::ui {

class AnalysisDocument;

// The product table's view. A threshold change re-filters the products, and Qt then repaints
// the whole table even when the rows it shows are the same (products came or went below them).
// This view asks for that repaint only when the visible rows or their step changed since they
// were last painted. It never skips a paint itself: exposes, grabs and other updates paint as usual.
class ProductTableView : public QTableView {
    Q_OBJECT

public:
    explicit ProductTableView(const AnalysisDocument *document, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // What a threshold change can alter in the visible rows, plus a counter for everything else.
    std::vector<int> visibleState() const;
    bool showsCurrentState() const { return !mPainted.empty() && visibleState() == mPainted; }

    const AnalysisDocument *mDocument;
    std::vector<int> mPainted;  // visibleState() at the last paint of the whole table
    int mContentGeneration = 0; // other model changes: texts, resets, headers
};

} // namespace herkomst::ui
