#include "window/undoshortcuts.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSpinBox>

namespace herkomst::ui {

namespace {

bool isUndoOrRedo(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
           key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z) ||
           key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y);
}

// Whether a spin box shows text other than its committed value (typing not yet entered).
bool editing(const QAbstractSpinBox *box)
{
    if (const auto *real = qobject_cast<const QDoubleSpinBox *>(box))
        return real->cleanText() != real->textFromValue(real->value());
    if (const auto *whole = qobject_cast<const QSpinBox *>(box))
        return whole->cleanText() != whole->locale().toString(whole->value());
    return false;
}

} // namespace

UndoShortcuts::UndoShortcuts(QWidget *window) : QObject(window), mWindow(window)
{
    qApp->installEventFilter(this);
}

bool UndoShortcuts::hasOwnUndo(const QWidget *focus)
{
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        if (const auto *box = qobject_cast<const QAbstractSpinBox *>(w))
            return editing(box);
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            return !edit->isReadOnly() && edit->isUndoAvailable();
    }
    return false;
}

bool UndoShortcuts::belongsToWindow(const QWidget *widget) const
{
    // Parents, not windows: a floating dock is a window of its own but still this window's.
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == mWindow)
            return true;
    }
    return false;
}

bool UndoShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    const auto *widget = static_cast<const QWidget *>(watched);
    if (!isUndoOrRedo(static_cast<QKeyEvent *>(event)) || !belongsToWindow(widget) || hasOwnUndo(widget))
        return false;
    // Not overridden: the key goes to the window's Undo or Redo action.
    event->ignore();
    return true;
}

} // namespace herkomst::ui
