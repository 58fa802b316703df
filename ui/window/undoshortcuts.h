#pragma once

#include <QObject>

class QWidget;

namespace herkomst::ui {

// Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) undo and redo the analysis from anywhere in the window. A
// text field or spin box takes them for its own typing only while it holds text it has not
// committed (a spin box whose text differs from its value, a search field with typing to
// undo); a threshold spin box after Enter or Tab no longer swallows them, as it did.
class UndoShortcuts : public QObject {
    Q_OBJECT

public:
    // Watches the key events of window and everything in it (its docks too, also floating).
    explicit UndoShortcuts(QWidget *window);

    // Whether the widget with the keyboard would use Ctrl+Z for its own, uncommitted editing.
    static bool hasOwnUndo(const QWidget *focus);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool belongsToWindow(const QWidget *widget) const;

    QWidget *mWindow;
};

} // namespace herkomst::ui
