#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace herkomst::ui {

// Help → Methode en sneltoetsen (F1): how Herkomst computes, in the screen language. The method
// is the project's own (docs/design.md §1: the funnel, strict comparisons, missing never zero,
// hidden partners, several years); definitions, criteria sets, the EU's composition and the
// shortcuts are read from the program itself (metrics, presets, the EU membership table, the
// window's actions), so the help cannot drift from what the program does.
class MethodHelp : public QDialog {
    Q_OBJECT

public:
    // actions: the window's actions whose shortcuts the help lists.
    MethodHelp(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The whole text as HTML, in the screen language (also for tests).
    static QString html(const QList<QAction *> &actions);
    QTextBrowser *browser() const { return mBrowser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString methodSection();
    static QString definitionsSection();
    static QString presetsSection();
    static QString euSection();
    static QString missingSection();
    static QString sourcesSection();
    static QString shortcutsSection(const QList<QAction *> &actions);
    void retranslate();

    QList<QAction *> mActions;
    QTextBrowser *mBrowser;
};

} // namespace herkomst::ui
