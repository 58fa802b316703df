#pragma once

// What a user sees of a window's layout, checked widget by widget: the window within its screen,
// no child wider than the part of its parent that shows, and no text cut unless the widget
// elides it on purpose and gives the whole text as its tooltip.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTextDocument>
#include <QWidget>

namespace layoutchecks {

inline QString describe(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QLatin1Char('#') + w->objectName();
    if (const auto *label = qobject_cast<const QLabel *>(w))
        name += QStringLiteral(" \"%1\"").arg(label->text().left(60));
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        name += QStringLiteral(" \"%1\"").arg(button->text().left(60));
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            name += QStringLiteral(" in %1").arg(p->objectName());
            break;
        }
    }
    return name;
}

// The scroll area whose viewport shows w's parent, when w is the widget it scrolls.
inline const QAbstractScrollArea *scrollingArea(const QWidget *w)
{
    const QWidget *viewport = w->parentWidget();
    if (!viewport)
        return nullptr;
    const auto *area = qobject_cast<const QAbstractScrollArea *>(viewport->parentWidget());
    return area && area->viewport() == viewport ? area : nullptr;
}

inline bool insideItemView(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

// Width a plain label needs for its text; for word-wrapped or rich text the height it needs.
inline QString labelProblem(const QLabel *label)
{
    if (label->text().isEmpty() || label->pixmap().isNull() == false)
        return {};
    const QRect contents = label->contentsRect();
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            return QStringLiteral("needs %1 px height, has %2").arg(needed).arg(label->height());
        return {};
    }
    const int needed = label->sizeHint().width() - (label->width() - contents.width());
    if (needed > contents.width() + 1 && label->toolTip().isEmpty())
        return QStringLiteral("needs %1 px, has %2").arg(needed).arg(contents.width());
    return {};
}

inline QString buttonProblem(const QAbstractButton *button)
{
    if (button->text().isEmpty())
        return {};
    const int needed = button->sizeHint().width();
    if (needed > button->width() + 1 && button->toolTip().isEmpty())
        return QStringLiteral("needs %1 px, has %2").arg(needed).arg(button->width());
    return {};
}

inline QString comboProblem(const QComboBox *combo)
{
    // A combo box elides its text; the user then needs the whole of it as the tooltip.
    const QString text = combo->currentText();
    if (text.isEmpty())
        return {};
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    if (combo->fontMetrics().horizontalAdvance(text) > field.width() && !combo->toolTip().contains(text))
        return QStringLiteral("text \"%1\" cut without a tooltip giving it").arg(text.left(60));
    return {};
}

// Every line of every header section fits its section beside the sort indicator; lines break
// at spaces only (a line ending in a hyphen is a word cut in two, unless it is a compound's own
// hyphen such as "niet-EU-"). Sections may show a short label when the tooltip gives the rest.
inline QStringList headerProblems(const QHeaderView *header)
{
    QStringList problems;
    const QAbstractItemModel *model = header->model();
    if (!model || !header->isVisible())
        return problems;
    const QFontMetrics fm(header->font());
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = model->headerData(section, header->orientation(), Qt::DisplayRole).toString();
        QStyleOptionHeader option;
        option.initFrom(header);
        option.section = section;
        option.text = text;
        option.sortIndicator = QStyleOptionHeader::SortDown;
        option.rect = QRect(0, 0, header->sectionSize(section), header->height());
        const QRect label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        const int room = label.width() - arrow;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (fm.horizontalAdvance(line) > room)
                problems << QStringLiteral("header \"%1\": line \"%2\" needs %3 px, section leaves %4")
                                .arg(QString(text).replace(QLatin1Char('\n'), QLatin1Char('|')), line)
                                .arg(fm.horizontalAdvance(line))
                                .arg(room);
        }
        if (text.count(QLatin1Char('\n')) + 1 > 1 &&
            fm.lineSpacing() * (text.count(QLatin1Char('\n')) + 1) > header->height())
            problems << QStringLiteral("header \"%1\" has more lines than the header is high").arg(text);
    }
    return problems;
}

// All problems of a shown window, one line each; empty when the layout holds.
inline QStringList layoutProblems(QWidget *window)
{
    QStringList problems;
    const QRect available = window->screen()->availableGeometry();
    if (!available.contains(window->frameGeometry()))
        problems << QStringLiteral("window %1x%2 at %3,%4 outside the screen's available %5x%6")
                        .arg(window->frameGeometry().width())
                        .arg(window->frameGeometry().height())
                        .arg(window->frameGeometry().x())
                        .arg(window->frameGeometry().y())
                        .arg(available.width())
                        .arg(available.height());
    if (window->minimumSizeHint().width() > available.width())
        problems << QStringLiteral("window's minimum width %1 exceeds the screen's %2")
                        .arg(window->minimumSizeHint().width())
                        .arg(available.width());
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() || insideItemView(w) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QWidget *parent = w->parentWidget();
        const QRect geometry = w->geometry();
        if (const QAbstractScrollArea *area = scrollingArea(w)) {
            // Scrolled content may be taller than the viewport; wider only where it scrolls sideways.
            if (area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && geometry.width() > parent->width() + 1)
                problems << QStringLiteral("%1 is %2 px wide in a viewport of %3 that cannot scroll sideways")
                                .arg(describe(w))
                                .arg(geometry.width())
                                .arg(parent->width());
        } else {
            const QRect visible = parent->rect();
            if (geometry.right() > visible.right() + 1 || geometry.left() < -1)
                problems << QStringLiteral("%1 (x %2..%3) crosses its parent's width %4")
                                .arg(describe(w))
                                .arg(geometry.left())
                                .arg(geometry.right())
                                .arg(visible.width());
            else if (!qobject_cast<QAbstractScrollArea *>(parent) &&
                     (geometry.bottom() > visible.bottom() + 1 || geometry.top() < -1))
                problems << QStringLiteral("%1 (y %2..%3) crosses its parent's height %4")
                                .arg(describe(w))
                                .arg(geometry.top())
                                .arg(geometry.bottom())
                                .arg(visible.height());
        }
        QString problem;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            problem = labelProblem(label);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            problem = buttonProblem(button);
        else if (const auto *combo = qobject_cast<const QComboBox *>(w))
            problem = comboProblem(combo);
        if (!problem.isEmpty())
            problems << describe(w) + QStringLiteral(": ") + problem;
    }
    for (const QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (header->orientation() == Qt::Horizontal)
            problems << headerProblems(header);
    }
    return problems;
}

} // namespace layoutchecks
