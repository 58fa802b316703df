#pragma once

#include <QWidget>

class QLabel;

namespace herkomst::ui {

class FlowLayout;

// The active filters of the product table as removable chips ("Land: China ✕"). Chips are
// buttons, so they are reachable with Tab and removed with Space or Delete. They wrap onto more
// lines and shorten their text where the table is narrow, so the bar never widens the window.
class FilterChipBar : public QWidget {
    Q_OBJECT

public:
    struct Chip {
        QString id;
        QString text;     // short, as the chip shows it ("Bedrijfstakken: 12 van 13")
        QString toolTip;  // what the filter does
        QString fullText; // the whole filter when text is a short form (every industry ticked)
        bool operator==(const Chip &other) const
        {
            return id == other.id && text == other.text && toolTip == other.toolTip && fullText == other.fullText;
        }
    };

    explicit FilterChipBar(QWidget *parent = nullptr);
    void setChips(const QList<Chip> &chips);
    int chipCount() const { return mChipCount; }
    QStringList chipTexts() const; // each chip's whole text, as shown when there is room

signals:
    void chipRemoved(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    FlowLayout *mLayout;
    QLabel *mCaption;
    QLabel *mEmpty;
    QList<QWidget *> mChips;
    QList<Chip> mShown;
    int mChipCount = 0;
};

} // namespace herkomst::ui
