#pragma once

#include <QWidget>
#include <memory>

namespace herkomst::ui {

class CountryChart;

namespace Ui {
class CountryChartOptions;
}

// The options above Figure 2: what the bars measure, stacking by industry and how many countries
// get a bar of their own. A Designer form (countrychartoptions.ui), so its texts retranslate
// through the generated code.
class CountryChartOptions : public QWidget {
    Q_OBJECT

public:
    explicit CountryChartOptions(CountryChart *chart, QWidget *parent = nullptr);
    ~CountryChartOptions() override;

    // Shows the chart's own settings, after they were set on the chart (a restored view).
    void showChartSettings();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::CountryChartOptions> mUi;
    CountryChart *mChart;
};

} // namespace herkomst::ui
