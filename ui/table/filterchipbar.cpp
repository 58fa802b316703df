#include "table/filterchipbar.h"

#include "table/flowlayout.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace herkomst::ui {

namespace {

// A chip shows its text whole where there is room and elided where not (its tooltip always has
// the whole of it); it removes itself on click, Space (QToolButton) and also on Delete/Backspace.
class ChipButton : public QToolButton {
public:
    ChipButton(const QString &text, QWidget *parent) : QToolButton(parent), mFullText(text + QStringLiteral("  ✕"))
    {
        setText(mFullText);
    }

    QString fullText() const { return mFullText; }

    QSize sizeHint() const override
    {
        // The whole text, up to a width a chip should not pass even on a wide screen.
        const QSize whole = QToolButton::sizeHint();
        return {std::min(whole.width(), maximumChipWidth()), whole.height()};
    }
    QSize minimumSizeHint() const override
    {
        return {std::min(sizeHint().width(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12),
                sizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QToolButton::resizeEvent(event);
        const int padding = QToolButton::sizeHint().width() - fontMetrics().horizontalAdvance(text());
        const int room = width() - std::max(padding, 0);
        // The ✕ stays visible; the label before it gives way.
        const QString label = mFullText.chopped(3);
        const QString fitted =
            fontMetrics().horizontalAdvance(mFullText) <= room
                ? mFullText
                : fontMetrics().elidedText(label, Qt::ElideRight,
                                           room - fontMetrics().horizontalAdvance(QStringLiteral("  ✕"))) +
                      QStringLiteral("  ✕");
        if (fitted != text())
            setText(fitted);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            click();
            return;
        }
        QToolButton::keyPressEvent(event);
    }

private:
    int maximumChipWidth() const { return fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60; }

    QString mFullText;
};

} // namespace

FilterChipBar::FilterChipBar(QWidget *parent)
    : QWidget(parent), mLayout(new FlowLayout(this)), mCaption(new QLabel(this)), mEmpty(new QLabel(this))
{
    mLayout->addWidget(mCaption);
    mLayout->addWidget(mEmpty);
    mEmpty->setObjectName(QStringLiteral("filterPlaceholder"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
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
        auto *button = new ChipButton(chip.text, this);
        button->setObjectName(QStringLiteral("filterChip"));
        // The tooltip carries the whole filter, also when the chip shows it shortened.
        const QString whole = chip.fullText.isEmpty() ? chip.text : chip.fullText;
        button->setToolTip(whole + QLatin1Char('\n') +
                           (chip.toolTip.isEmpty() ? QString() : chip.toolTip + QLatin1Char('\n')) +
                           tr("Klik om dit filter te verwijderen"));
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
    updateGeometry();
}

QStringList FilterChipBar::chipTexts() const
{
    QStringList texts;
    for (const QWidget *chip : mChips)
        texts << static_cast<const ChipButton *>(chip)->fullText();
    return texts;
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
