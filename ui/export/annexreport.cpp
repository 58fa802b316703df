#include "export/annexreport.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "charts/table1chart.h"
#include "export/annexcontent.h"
#include "export/annexsensitivity.h"
#include "export/chartcaption.h"
#include "export/chartexporter.h"
#include "export/docxwriter.h"
#include "export/odtwriter.h"
#include "export/reportpdfwriter.h"
#include "sensitivity/sensitivitycharts.h"
#include "sensitivity/sensitivitycurveschart.h"
#include "sensitivity/sensitivitymapchart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>

namespace herkomst::ui {

namespace {

class AnnexReportText {
    Q_DECLARE_TR_FUNCTIONS(AnnexReport)
};

constexpr int kFigureDpi = 300;

// Restores a chart's frame and caption after it was drawn for the annex.
class FigureScope {
public:
    FigureScope(ChartWidget &chart, const QString &caption) : mChart(chart), mCaption(chart.caption())
    {
        mChart.setCaption(caption);
        mChart.setFrameRendered(false);
    }
    ~FigureScope()
    {
        mChart.setFrameRendered(true);
        mChart.setCaption(mCaption);
    }
    FigureScope(const FigureScope &) = delete;
    FigureScope &operator=(const FigureScope &) = delete;

private:
    ChartWidget &mChart;
    QString mCaption;
};

ChartExportOptions figureOptions()
{
    ChartExportOptions options;
    options.widthCm = ReportPage::textWidthCm; // drawn at the text width: placed without scaling
    options.dpi = kFigureDpi;
    return options;
}

} // namespace

struct AnnexReport::Private {
    const StatisticsTable &table;
    const AnalysisResult &result;
    const AnalysisSettings &settings;
    AnnexOptions options;
    ChartWidget *funnel = nullptr;
    ChartWidget *countries = nullptr;
    // Charts of its own when the window gave none.
    std::unique_ptr<FunnelChart> ownFunnel;
    std::unique_ptr<CountryChart> ownCountries;
    std::unique_ptr<Table1Chart> servicesAndGoods; // the last figure, in its own section
    const StatisticsSet *statistics = nullptr;
    ChartWidget *curves = nullptr;
    SensitivityMapChart *map = nullptr;
    SensitivityCharts ownSensitivity = {};
    std::optional<YearChangesAnnex> yearChanges = std::nullopt;

    bool hasSensitivity() const { return statistics && curves && map && !map->map().isEmpty(); }
    std::vector<ThresholdInterval> mapBox() const
    {
        const SensitivityMap &m = map->map();
        return {{m.firstIndex, m.firstThresholds.front(), m.firstThresholds.back()},
                {m.secondIndex, m.secondThresholds.front(), m.secondThresholds.back()}};
    }

    std::vector<ChartWidget *> charts();
    QString captionFor(const ChartWidget &chart) const
    {
        return chart.caption().isEmpty() ? defaultCaption(table, settings, options.sourceLine) : chart.caption();
    }
    ReportFigure figure(ChartWidget &chart) const;
};

std::vector<ChartWidget *> AnnexReport::Private::charts()
{
    if (!funnel) {
        ownFunnel = std::make_unique<FunnelChart>();
        ownFunnel->setResult(result);
        funnel = ownFunnel.get();
    }
    if (!countries) {
        ownCountries = std::make_unique<CountryChart>();
        ownCountries->setValueUnit(options.unit);
        ownCountries->setResult(result, table);
        countries = ownCountries.get();
    }
    std::vector<ChartWidget *> list{funnel, countries};
    if (statistics && (!curves || !map)) {
        ownSensitivity = makeSensitivityCharts(*statistics, settings, result, options.sourceLine);
        curves = ownSensitivity.curves.get();
        map = ownSensitivity.map.get();
    }
    // The annex's figures in document order (the sensitivity section, then Table 1's): the PDF
    // writer's figure index counts them so.
    if (hasSensitivity())
        list.insert(list.end(), {curves, map});
    if (servicesAndGoods)
        list.push_back(servicesAndGoods.get());
    return list;
    return {funnel, countries};
}

ReportFigure AnnexReport::Private::figure(ChartWidget &chart) const
{
    ReportFigure figure;
    figure.title = chart.title();
    figure.caption = captionFor(chart);
    figure.altText = figure.title;
    const FigureScope scope(chart, figure.caption);
    // Opaque: an alpha channel only doubles the images in the PDF a word processor makes of it.
    const QImage image = renderChartImage(chart, figureOptions()).convertToFormat(QImage::Format_RGB32);
    QBuffer buffer(&figure.png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    figure.pixels = image.size();
    figure.dpi = kFigureDpi;
    return figure;
}

AnnexReport::AnnexReport(const StatisticsTable &table, const AnalysisResult &result, const AnalysisSettings &settings)
    : d(std::make_unique<Private>(Private{table, result, settings, {}, nullptr, nullptr, nullptr, nullptr, nullptr}))
{}

AnnexReport::~AnnexReport() = default;

void AnnexReport::setSourceLine(const QString &sourceLine)
{
    d->options.sourceLine = sourceLine;
}

void AnnexReport::setCriteriaSource(const QString &source)
{
    d->options.criteriaSource = source;
}

void AnnexReport::setValueUnit(ValueUnit unit)
{
    d->options.unit = unit;
}

void AnnexReport::setCharts(ChartWidget *funnel, ChartWidget *countries)
{
    d->funnel = funnel;
    d->countries = countries;
}

void AnnexReport::setServicesAndGoods(const PartnerComparison &comparison)
{
    d->servicesAndGoods = std::make_unique<Table1Chart>();
    d->servicesAndGoods->setComparison(comparison);
    d->servicesAndGoods->setCaption(d->servicesAndGoods->defaultCaption());
    d->options.servicesAndGoods = comparison;
}

void AnnexReport::setSensitivity(const StatisticsSet *statistics, ChartWidget *curves, SensitivityMapChart *map)
{
    d->statistics = statistics;
    d->curves = curves;
    d->map = map;
}

void AnnexReport::setYearChanges(const YearChangesAnnex &changes)
{
    d->yearChanges = changes;
}

ReportDocument AnnexReport::document() const
{
    // Figure 1 and 2 go with the outcome; the sensitivity section places its own two figures.
    std::vector<ReportFigure> figures;
    SensitivityAnnex sensitivity;
    AnnexOptions options = d->options;
    options.yearChanges = d->yearChanges ? &*d->yearChanges : nullptr;
    for (ChartWidget *chart : d->charts()) {
        if (d->hasSensitivity() && chart == d->curves)
            sensitivity.curves = d->figure(*chart);
        else if (d->hasSensitivity() && chart == d->map)
            sensitivity.map = d->figure(*chart);
        else if (chart == d->servicesAndGoods.get())
            options.servicesAndGoodsFigure = d->figure(*chart);
        else
            figures.push_back(d->figure(*chart));
    }
    if (d->hasSensitivity()) {
        const ReportFigure curves = sensitivity.curves, map = sensitivity.map;
        sensitivity = sensitivitySummary(*d->statistics, d->settings, d->result, d->mapBox());
        sensitivity.curves = curves;
        sensitivity.map = map;
        options.sensitivity = &sensitivity;
    }
    return buildAnnex(d->table, d->result, d->settings, options, figures);
}

bool AnnexReport::writeDocx(const QString &path, QString *error) const
{
    return herkomst::writeDocx(document(), path, error);
}

bool AnnexReport::writeOdt(const QString &path, QString *error) const
{
    return herkomst::writeOdt(document(), path, error);
}

bool AnnexReport::writePdf(const QString &path, QString *error) const
{
    const ReportDocument doc = document();
    const std::vector<ChartWidget *> charts = d->charts();
    ReportPdfWriter writer(doc);
    // In the PDF the figures stay vectors: sharp at any zoom, and their text is text.
    writer.setFigurePainter([&](int index, QPainter &painter, const QRectF &rect) {
        if (index < 0 || index >= int(charts.size()))
            return false;
        ChartWidget &chart = *charts[size_t(index)];
        const FigureScope scope(chart, d->captionFor(chart));
        const QSizeF logical = chartExportSize(chart, figureOptions());
        painter.translate(rect.topLeft());
        painter.scale(rect.width() / logical.width(), rect.height() / logical.height());
        chart.render(painter, QRectF(QPointF(0, 0), logical));
        return true;
    });
    return writer.write(path, error);
}

bool AnnexReport::write(const QString &path, const QString &format, QString *error) const
{
    if (format == QLatin1String("docx"))
        return writeDocx(path, error);
    if (format == QLatin1String("odt"))
        return writeOdt(path, error);
    if (format == QLatin1String("pdf"))
        return writePdf(path, error);
    if (error)
        *error = AnnexReportText::tr("Het rapport kan als docx, odt of pdf, niet als \"%1\".").arg(format);
    return false;
}

} // namespace herkomst::ui
