#pragma once

#include <QLabel>

namespace herkomst::ui {

// A label for counts that follow every threshold change ("419 over, 3.030 vallen af"). Its size
// is fixed to the text with every digit at its widest, so a new count repaints the label alone;
// a plain QLabel would ask the whole window for a new layout on each change. Only text of
// another shape (more digits, other words, another language) changes the size.
class StableLabel : public QLabel {
    Q_OBJECT

public:
    using QLabel::QLabel;

    // Hides QLabel::setText on purpose: call it through a StableLabel.
    void setText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitTo(const QString &shape);

    QString mShape; // the text with every digit as '0'
};

} // namespace herkomst::ui
