#pragma once

#include "analysis/analysisresult.h"
#include "analysis/productstatistics.h"
#include "charts/chartwidget.h"
#include "export/valueunit.h"

#include <QSet>
#include <memory>

namespace herkomst::ui {

// Figure 2 of the letter: the products left at the end of the funnel per dominant (largest
// non-EU) supplier country, sorted, by count or import value, optionally stacked by industry,
// the top N countries and "overige". Drawn with Qt Charts; an empty end of the funnel is said in
// words, never drawn as bare axes.
class CountryChart : public ChartWidget {
    Q_OBJECT
public:
    enum class Measure { Count, ImportValue };

    explicit CountryChart(QWidget *parent = nullptr);
    ~CountryChart() override;

    void setResult(const herkomst::AnalysisResult &result, const herkomst::StatisticsTable &table);
    void setMeasure(Measure measure);
    void setStackedByIndustry(bool stacked);
    void setTopN(int n);
    // Unit of the import values ("mln euro" or "x 1.000 euro"), as the export settings choose.
    void setValueUnit(herkomst::ValueUnit unit);

    Measure measure() const;
    bool isStackedByIndustry() const;
    int topN() const;
    herkomst::ValueUnit valueUnit() const;

    // Named after the set the funnel ends with: "Figuur 2. Geconcentreerde producten naar ...",
    // "Figuur 2. Producten na stap 2 (Meer invoer dan uitvoer) naar ...".
    QString title() const override;
    // "Geen producten na stap 3 bij deze drempels." when there are no bars; drawn instead of axes.
    QString emptyText() const;
    void render(QPainter &painter, const QRectF &target) override;
    double naturalHeight(double width) const override;

    // The bars from top to bottom: ISO3 codes ("" for "overige"), Dutch names and totals.
    QStringList barCountries() const;
    QStringList barLabels() const;
    std::vector<double> barValues() const;
    // Centre of a bar in this widget's coordinates (for tests and keyboard users).
    QPoint barPosition(int bar) const;
    // The suppliers whose products the table lists stay marked on screen: their bars, and
    // "overige" when any of them has no bar of its own. Empty for none.
    void setSelectedCountries(const QSet<QString> &iso3Codes);
    QRect selectionArea() const override;

signals:
    void countryClicked(const QString &iso3); // "" for "overige"

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    void rebuild();
    void flushScene() const; // applies a queued scene update now
    void queueFlush();
    void fitCountryLabels(double plotHeight);
};

} // namespace herkomst::ui
