#include "table/filterchipbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace herkomst::ui {

namespace {

// A chip removes itself on click, Space (QToolButton) and also on Delete/Backspace.
class ChipButton : public QToolButton {
public:
    using QToolButton::QToolButton;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            click();
            return;
        }
        QToolButton::keyPressEvent(event);
    }
};

} // namespace

FilterChipBar::FilterChipBar(QWidget *parent)
    : QWidget(parent), mLayout(new QHBoxLayout(this)), mCaption(new QLabel(this)), mEmpty(new QLabel(this))
{
    mLayout->setContentsMargins(0, 0, 0, 0);
    mLayout->setSpacing(6);
    mLayout->addWidget(mCaption);
    mLayout->addWidget(mEmpty);
    mLayout->addStretch(1);
    mEmpty->setObjectName(QStringLiteral("filterPlaceholder"));
    retranslate();
}

void FilterChipBar::setChips(const QList<Chip> &chips)
{
    // The same chips after every threshold change: rebuilding the buttons would relayout and
    // repaint the table panel each time.
    if (chips == mShown && mChipCount == int(chips.size()))
        return;
    mShown = chips;
    qDeleteAll(mChips);
    mChips.clear();
    int position = 1;
    for (const Chip &chip : chips) {
        auto *button = new ChipButton(this);
        button->setObjectName(QStringLiteral("filterChip"));
        button->setText(chip.text + QStringLiteral("  ✕"));
        button->setToolTip(chip.toolTip.isEmpty()
                               ? tr("Filter verwijderen")
                               : chip.toolTip + QLatin1Char('\n') + tr("Klik om dit filter te verwijderen"));
        button->setAccessibleName(tr("Filter %1 verwijderen").arg(chip.text));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setCursor(Qt::PointingHandCursor);
        const QString id = chip.id;
        connect(button, &QToolButton::clicked, this, [this, id] { emit chipRemoved(id); });
        mLayout->insertWidget(position++, button);
        mChips << button;
    }
    mChipCount = int(chips.size());
    mEmpty->setVisible(chips.isEmpty());
}

void FilterChipBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterChipBar::retranslate()
{
    mCaption->setText(tr("Filters:"));
    mEmpty->setText(tr("geen — alle producten van de analyse"));
    // The chips' own tooltips and names are translated here: rebuild them.
    const QList<Chip> chips = mShown;
    mShown.clear();
    if (!chips.isEmpty())
        setChips(chips);
}

} // namespace herkomst::ui
