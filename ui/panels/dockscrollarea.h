#pragma once

#include <QScrollArea>

namespace herkomst::ui {

// Holds the threshold panel in the dock: scrolls up and down, never sideways, and is never
// narrower than the panel's own minimum width, so the dock at its narrowest still shows every
// control whole (the "…" menus, spin boxes and combo boxes included). Follows the panel when
// its minimum changes (rows added, another language).
class DockScrollArea : public QScrollArea {
    Q_OBJECT

public:
    explicit DockScrollArea(QWidget *content, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace herkomst::ui
