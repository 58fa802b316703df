#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;
class QTimer;

namespace herkomst::ui {

class AnalysisDocument;

// The views' loading state: while the document loads statistics, a veil over the charts and the
// table says what loads, how far it is, and offers to cancel (button or Esc), which returns to
// the data shown before. The rest of the window stays usable. It appears after a short delay, so
// a load that is over at once does not flash.
class LoadingOverlay : public QWidget {
    Q_OBJECT

public:
    // Covers `covered` (kept in step with its geometry) in its parent widget.
    LoadingOverlay(AnalysisDocument *document, QWidget *covered);

    bool isActive() const { return mActive; } // loading, shown or about to be
    QPushButton *cancelButton() const { return mCancel; }
    void setShowDelay(int ms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setActive(bool active);
    void setProgress(int percent);
    void retranslate();

    AnalysisDocument *mDocument;
    QWidget *mCovered;
    QLabel *mTitle;
    QProgressBar *mProgress;
    QPushButton *mCancel;
    QShortcut *mEscape;
    QTimer *mDelay;
    bool mActive = false;
};

} // namespace herkomst::ui
