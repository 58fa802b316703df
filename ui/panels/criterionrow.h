#pragma once

#include "domain/criterion.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;
class QAction;

namespace herkomst::ui {

class StableLabel;

// One criterion in the threshold panel: on/off, a slider and a spin box kept in step, the unit,
// and how many products the step keeps. Values are emitted in the metric's own units (a share
// as a fraction) although the spin box shows percentages.
class CriterionRow : public QWidget {
    Q_OBJECT

public:
    explicit CriterionRow(int index, QWidget *parent = nullptr);

    void setCriterion(const Criterion &criterion);
    void setOutcome(int kept, int dropped, int undetermined, bool active);
    Metric metric() const { return mCriterion.metric; }
    // Which of up, down and remove apply depends on where the row stands in the list.
    void setListSize(int count);

    QToolButton *actionsButton() const { return mActions; }
    QAction *moveUpAction() const { return mMoveUp; }
    QAction *moveDownAction() const { return mMoveDown; }
    QAction *removeAction() const { return mRemove; }
    // What the "…" button offers; a right click anywhere on the row offers the same.
    QList<QAction *> contextMenuActions() const;

    QCheckBox *enabledBox() const { return mEnabled; }
    QSlider *slider() const { return mSlider; }
    QDoubleSpinBox *spinBox() const { return mSpin; }

signals:
    void thresholdChanged(int index, double threshold);
    void enabledChanged(int index, bool enabled);
    void gestureFinished();
    void moveRequested(int index, int offset);
    void removeRequested(int index);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    using QWidget::metric; // the paint device's; metric() above is the criterion's (clang warns)

private:
    void retranslate();
    void configureRange();
    double displayFactor() const;
    int sliderPosition(double threshold) const;
    double thresholdAt(int position) const;
    void onSlider(int position);
    void onSpin(double value);

    int mIndex;
    Criterion mCriterion;
    bool mRangeFor = false;
    Metric mRangeMetric = Metric::SupplierShare;
    QCheckBox *mEnabled;
    QLabel *mTitle;
    QLabel *mComparison;
    QSlider *mSlider;
    QDoubleSpinBox *mSpin;
    QLabel *mUnit;
    StableLabel *mOutcome;
    QToolButton *mActions;
    QAction *mMoveUp;
    QAction *mMoveDown;
    QAction *mRemove;
};

} // namespace herkomst::ui
