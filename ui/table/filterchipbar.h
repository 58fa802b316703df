#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace herkomst::ui {

// The active filters of the product table as removable chips ("Land: China ✕"). Chips are
// buttons, so they are reachable with Tab and removed with Space or Delete.
class FilterChipBar : public QWidget {
    Q_OBJECT

public:
    struct Chip {
        QString id;
        QString text;
        QString toolTip;
        bool operator==(const Chip &other) const
        {
            return id == other.id && text == other.text && toolTip == other.toolTip;
        }
    };

    explicit FilterChipBar(QWidget *parent = nullptr);
    void setChips(const QList<Chip> &chips);
    int chipCount() const { return mChipCount; }

signals:
    void chipRemoved(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QHBoxLayout *mLayout;
    QLabel *mCaption;
    QLabel *mEmpty;
    QList<QWidget *> mChips;
    QList<Chip> mShown;
    int mChipCount = 0;
};

} // namespace herkomst::ui
