#include "panels/criterionrow.h"

#include "domain/numberformat.h"
#include "window/stablelabel.h"

#include <QCheckBox>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <algorithm>
#include <cmath>

namespace herkomst::ui {

namespace {

constexpr int kSliderSteps = 1000;

} // namespace

CriterionRow::CriterionRow(int index, QWidget *parent)
    : QWidget(parent)
    , mIndex(index)
    , mEnabled(new QCheckBox(this))
    , mTitle(new QLabel(this))
    , mComparison(new QLabel(this))
    , mSlider(new QSlider(Qt::Horizontal, this))
    , mSpin(new QDoubleSpinBox(this))
    , mUnit(new QLabel(this))
    , mOutcome(new StableLabel(this))
    , mActions(new QToolButton(this))
    , mMoveUp(new QAction(this))
    , mMoveDown(new QAction(this))
    , mRemove(new QAction(this))
{
    setObjectName(QStringLiteral("criterionRow"));
    // The title wraps in a narrow dock, which a check box text cannot; the label is its buddy.
    mTitle->setObjectName(QStringLiteral("criterionTitle"));
    mTitle->setWordWrap(true);
    mTitle->setBuddy(mEnabled);
    mSlider->setRange(0, kSliderSteps);
    mSlider->setFocusPolicy(Qt::StrongFocus);
    mSpin->setKeyboardTracking(false); // typing "60" gives one change, not "6" then "60"
    mSpin->setAlignment(Qt::AlignRight);
    mSpin->setMinimumWidth(mSpin->fontMetrics().horizontalAdvance(QStringLiteral("100,000")) + 30);
    mSlider->setMinimumWidth(80);
    mOutcome->setObjectName(QStringLiteral("criterionOutcome"));
    mComparison->setObjectName(QStringLiteral("criterionComparison"));
    mUnit->setMinimumWidth(mUnit->fontMetrics().horizontalAdvance(QStringLiteral("index")));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->addWidget(mEnabled, 0, 0);
    grid->addWidget(mTitle, 0, 1, 1, 3);
    grid->addWidget(mActions, 0, 4, Qt::AlignTop);
    grid->addWidget(mComparison, 1, 0);
    grid->addWidget(mSlider, 1, 1);
    grid->addWidget(mSpin, 1, 2);
    grid->addWidget(mUnit, 1, 3);
    grid->addWidget(mOutcome, 2, 1, 1, 3);
    grid->setColumnStretch(1, 1);

    // One small menu button per row keeps the dock narrow and is reachable with Tab and Space.
    mActions->setObjectName(QStringLiteral("criterionActions"));
    mActions->setAutoRaise(true);
    mActions->setPopupMode(QToolButton::InstantPopup);
    mActions->setFocusPolicy(Qt::StrongFocus);
    mActions->setText(QStringLiteral("…"));
    auto *menu = new QMenu(mActions);
    menu->addAction(mMoveUp);
    menu->addAction(mMoveDown);
    menu->addSeparator();
    menu->addAction(mRemove);
    mActions->setMenu(menu);
    connect(mMoveUp, &QAction::triggered, this, [this] { emit moveRequested(mIndex, -1); });
    connect(mMoveDown, &QAction::triggered, this, [this] { emit moveRequested(mIndex, +1); });
    connect(mRemove, &QAction::triggered, this, [this] { emit removeRequested(mIndex); });

    connect(mEnabled, &QCheckBox::toggled, this, [this](bool on) { emit enabledChanged(mIndex, on); });
    connect(mSlider, &QSlider::valueChanged, this, &CriterionRow::onSlider);
    connect(mSlider, &QSlider::sliderReleased, this, &CriterionRow::gestureFinished);
    connect(mSpin, &QDoubleSpinBox::valueChanged, this, &CriterionRow::onSpin);
    connect(mSpin, &QDoubleSpinBox::editingFinished, this, &CriterionRow::gestureFinished);
}

double CriterionRow::displayFactor() const
{
    return metricInfo(mCriterion.metric).unit == MetricUnit::Share ? 100.0 : 1.0;
}

int CriterionRow::sliderPosition(double threshold) const
{
    const MetricInfo &info = metricInfo(mCriterion.metric);
    const double t = (threshold - info.minimum) / (info.maximum - info.minimum);
    return int(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
}

double CriterionRow::thresholdAt(int position) const
{
    const MetricInfo &info = metricInfo(mCriterion.metric);
    // Round to the spin box precision so slider and spin box always show the same threshold.
    const double raw = info.minimum + (info.maximum - info.minimum) * position / kSliderSteps;
    const double scale = std::pow(10.0, mSpin->decimals()) * displayFactor();
    return std::round(raw * scale) / scale;
}

void CriterionRow::configureRange()
{
    if (mRangeFor && mRangeMetric == mCriterion.metric)
        return;
    mRangeFor = true;
    mRangeMetric = mCriterion.metric;
    const MetricInfo &info = metricInfo(mCriterion.metric);
    const QSignalBlocker blocker(mSpin);
    switch (info.unit) {
    case MetricUnit::Share:
        mSpin->setDecimals(1);
        mSpin->setSingleStep(1.0);
        break;
    case MetricUnit::Ratio:
        mSpin->setDecimals(2);
        mSpin->setSingleStep(0.1);
        break;
    case MetricUnit::Index:
        mSpin->setDecimals(3);
        mSpin->setSingleStep(0.01);
        break;
    }
    // The spin box takes the metric's whole threshold domain, as the command line and saved files
    // do; ratios may so be typed beyond the slider's range (the slider then stays at its end).
    const ThresholdDomain domain = thresholdDomain(mCriterion.metric);
    mSpin->setRange(domain.lowest * displayFactor(), domain.highest * displayFactor());
    // Arrow keys move 1 % of the range (1 percentage point, 0,01 index, 0,1 ratio).
    mSlider->setSingleStep(10);
    mSlider->setPageStep(50);
}

void CriterionRow::setCriterion(const Criterion &criterion)
{
    mCriterion = criterion;
    configureRange();
    const QSignalBlocker b1(mEnabled);
    const QSignalBlocker b2(mSlider);
    const QSignalBlocker b3(mSpin);
    mEnabled->setChecked(criterion.enabled);
    if (!mSlider->isSliderDown())
        mSlider->setValue(sliderPosition(criterion.threshold));
    // Every row is synced after each change; a spin box repaints even when set to its own value.
    if (mSpin->value() != criterion.threshold * displayFactor())
        mSpin->setValue(criterion.threshold * displayFactor());
    mSlider->setEnabled(criterion.enabled);
    mSpin->setEnabled(criterion.enabled);
    retranslate();
}

void CriterionRow::setListSize(int count)
{
    mMoveUp->setEnabled(mIndex > 0);
    mMoveDown->setEnabled(mIndex + 1 < count);
    mRemove->setEnabled(count > 1); // a funnel needs at least one criterion
}

void CriterionRow::setOutcome(int kept, int dropped, int undetermined, bool active)
{
    if (!active) {
        mOutcome->setText(tr("uitgeschakeld"));
        return;
    }
    QString text = tr("%1 over, %2 vallen af").arg(NumberFormat::count(kept), NumberFormat::count(dropped));
    if (undetermined > 0)
        text += tr(", %1 onbepaald").arg(NumberFormat::count(undetermined));
    mOutcome->setText(text);
}

void CriterionRow::onSlider(int position)
{
    const double threshold = thresholdAt(position);
    {
        const QSignalBlocker blocker(mSpin);
        mSpin->setValue(threshold * displayFactor());
    }
    emit thresholdChanged(mIndex, threshold);
}

void CriterionRow::onSpin(double value)
{
    const double threshold = value / displayFactor();
    {
        const QSignalBlocker blocker(mSlider);
        mSlider->setValue(sliderPosition(threshold));
    }
    emit thresholdChanged(mIndex, threshold);
}

QList<QAction *> CriterionRow::contextMenuActions() const
{
    return mActions->menu()->actions();
}

void CriterionRow::contextMenuEvent(QContextMenuEvent *event)
{
    // The same actions as "…", for a user who right-clicks the criterion or whose dock is narrow.
    mActions->menu()->exec(event->globalPos());
}

void CriterionRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CriterionRow::retranslate()
{
    const MetricInfo &info = metricInfo(mCriterion.metric);
    const QString name = QCoreApplication::translate("Metric", info.name);
    const QString definition = QCoreApplication::translate("Metric", info.definition);
    const QString title = tr("%1. %2").arg(mIndex + 1).arg(mCriterion.displayLabel());
    mTitle->setText(title);
    mEnabled->setAccessibleName(title);
    const QString tip =
        QStringLiteral("<b>%1</b><br>%2<br><br>%3")
            .arg(name.toHtmlEscaped(), definition.toHtmlEscaped(), mCriterion.ruleText().toHtmlEscaped());
    for (QWidget *w : {static_cast<QWidget *>(mEnabled), static_cast<QWidget *>(mTitle),
                       static_cast<QWidget *>(mSlider), static_cast<QWidget *>(mSpin), static_cast<QWidget *>(mUnit)})
        w->setToolTip(tip);
    mEnabled->setAccessibleDescription(definition);
    mSlider->setAccessibleName(tr("Drempel %1").arg(name));
    mSpin->setAccessibleName(tr("Drempel %1").arg(name));
    mComparison->setText(comparisonSymbol(mCriterion.comparison));
    const QLocale locale = NumberFormat::language().startsWith(QLatin1String("en"))
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::Dutch, QLocale::Netherlands);
    if (mSpin->locale() != locale)
        mSpin->setLocale(locale); // a locale change repaints and re-sizes the spin box
    switch (info.unit) {
    case MetricUnit::Share:
        mUnit->setText(QStringLiteral("%"));
        break;
    case MetricUnit::Ratio:
        mUnit->setText(tr("ratio"));
        break;
    case MetricUnit::Index:
        mUnit->setText(tr("index"));
        break;
    }
    mActions->setToolTip(tr("Criterium verplaatsen of verwijderen"));
    mActions->setAccessibleName(tr("Acties voor criterium %1").arg(mIndex + 1));
    mMoveUp->setText(tr("Omhoog"));
    mMoveUp->setToolTip(tr("Dit criterium een stap eerder in de trechter toepassen"));
    mMoveDown->setText(tr("Omlaag"));
    mMoveDown->setToolTip(tr("Dit criterium een stap later in de trechter toepassen"));
    mRemove->setText(tr("Verwijderen"));
    mRemove->setToolTip(tr("Dit criterium uit de lijst halen (ongedaan te maken)"));
}

} // namespace herkomst::ui
