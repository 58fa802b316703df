#include "panels/countrychartoptions.h"

#include "charts/countrychart.h"
#include "ui_countrychartoptions.h"

#include <QEvent>
#include <QSignalBlocker>

namespace herkomst::ui {

CountryChartOptions::CountryChartOptions(CountryChart *chart, QWidget *parent)
    : QWidget(parent), mUi(std::make_unique<Ui::CountryChartOptions>()), mChart(chart)
{
    mUi->setupUi(this);
    // The measure box lists CountryChart::Measure in its order: the index is the measure.
    connect(mUi->measure, &QComboBox::activated, this,
            [this](int index) { mChart->setMeasure(CountryChart::Measure(index)); });
    connect(mUi->stacked, &QCheckBox::toggled, mChart, &CountryChart::setStackedByIndustry);
    connect(mUi->topN, &QSpinBox::valueChanged, mChart, &CountryChart::setTopN);
    showChartSettings();
}

CountryChartOptions::~CountryChartOptions() = default;

void CountryChartOptions::showChartSettings()
{
    const QSignalBlocker b1(mUi->stacked);
    const QSignalBlocker b2(mUi->topN);
    mUi->measure->setCurrentIndex(int(mChart->measure()));
    mUi->stacked->setChecked(mChart->isStackedByIndustry());
    mUi->topN->setValue(mChart->topN());
}

void CountryChartOptions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        mUi->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace herkomst::ui
