#include "charts/productdetailchart.h"

#include "charts/chartstyle.h"
#include "countries/countryregistry.h"
#include "domain/numberformat.h"

#include <QPainter>
#include <QPaintEvent>

#include <cmath>

namespace herkomst::ui {

namespace {

constexpr double kRow = 20.0;        // logical pixels per bar
constexpr double kPanelGap = 24.0;

struct ShareBar {
    QString label;
    double share = 0.0;              // NaN when suppressed
    bool eu = false;
    bool other = false;
};

struct Panel {
    QString heading;
    QString note;                    // e.g. "Wereld-HHI 0,31"
    std::vector<ShareBar> bars;
};

Panel makePanel(const QString &heading, const std::vector<PartnerShare> &shares, int topN)
{
    Panel panel;
    panel.heading = heading;
    double rest = 0.0;
    int restCount = 0;
    for (size_t i = 0; i < shares.size(); ++i) {
        const PartnerShare &s = shares[i];
        if (int(i) < topN) {
            panel.bars.push_back({CountryRegistry::instance().name(s.iso3, NumberFormat::language()), s.share, s.eu, false});
        } else if (!std::isnan(s.share)) {
            rest += s.share;
            ++restCount;
        }
    }
    if (restCount > 0)
        panel.bars.push_back({ProductDetailChart::tr("Overige (%1)").arg(restCount), rest, false, true});
    return panel;
}

void drawPanel(QPainter &painter, const QRectF &area, const Panel &panel)
{
    const QFont label = ChartStyle::labelFont();
    const QFont strong = ChartStyle::strongLabelFont();
    const QFont small = ChartStyle::captionFont();
    painter.setFont(strong);
    painter.setPen(ChartStyle::textColour());
    painter.drawText(QRectF(area.left(), area.top(), area.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter, panel.heading);
    double y = area.top() + kRow;
    if (!panel.note.isEmpty()) {
        painter.setFont(small);
        painter.setPen(ChartStyle::mutedTextColour());
        painter.drawText(QRectF(area.left(), y, area.width(), kRow * 0.8), Qt::AlignLeft | Qt::AlignVCenter, panel.note);
        y += kRow * 0.8;
    }
    y += 4.0;
    if (panel.bars.empty()) {
        painter.setFont(label);
        painter.setPen(ChartStyle::mutedTextColour());
        painter.drawText(QRectF(area.left(), y, area.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter,
                         ProductDetailChart::tr("Geen gegevens"));
        return;
    }
    const double nameWidth = area.width() * 0.38;
    const double valueWidth = 48.0;
    const double barLeft = area.left() + nameWidth + 6.0;
    const double barSpan = std::max(10.0, area.right() - valueWidth - barLeft);
    for (const ShareBar &bar : panel.bars) {
        painter.setFont(label);
        painter.setPen(ChartStyle::textColour());
        const QFontMetricsF metrics(label);
        painter.drawText(QRectF(area.left(), y, nameWidth, kRow), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, nameWidth));
        const bool missing = std::isnan(bar.share);
        const double length = missing ? 0.0 : std::clamp(bar.share, 0.0, 1.0) * barSpan;
        const QColor colour = bar.other ? ChartStyle::otherColour() : bar.eu ? ChartStyle::euColour() : ChartStyle::mainColour();
        painter.fillRect(QRectF(barLeft, y + 3.0, length, kRow - 6.0), colour);
        painter.setPen(missing ? ChartStyle::mutedTextColour() : ChartStyle::textColour());
        painter.drawText(QRectF(barLeft + length + 4.0, y, valueWidth + barSpan - length, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                         missing ? ProductDetailChart::tr("geheim") : NumberFormat::share(bar.share, bar.share < 0.01 ? 1 : 0));
        y += kRow;
    }
}

} // namespace

struct ProductDetailChart::Private {
    bool hasProduct = false;
    QString hs6;
    QString description;
    Panel suppliers;
    Panel exporters;
    int topN = 8;
};

ProductDetailChart::ProductDetailChart(QWidget *parent)
    : ChartWidget(parent), d(std::make_unique<Private>())
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMinimumHeight(160);
}

ProductDetailChart::~ProductDetailChart() = default;

void ProductDetailChart::setProduct(const StatisticsTable &table, int row)
{
    if (row < 0 || row >= int(table.rows.size()) || !table.data) {
        clear();
        return;
    }
    const ProductStats &stats = table.rows[size_t(row)];
    const ProductInfo &info = table.product(row);
    d->hasProduct = true;
    d->hs6 = info.hs6;
    d->description = NumberFormat::language().startsWith(QLatin1String("en")) && !info.descriptionEn.isEmpty()
                         ? info.descriptionEn : info.descriptionNl;
    d->suppliers = makePanel(tr("Herkomst invoer %1").arg(CountryRegistry::instance().name(table.data->reporter, NumberFormat::language())),
                             importPartners(table, row), d->topN);
    d->suppliers.note = tr("Grootste niet-EU-leverancier %1 · EU lichtblauw").arg(NumberFormat::share(stats.supplierShare, 0));
    d->exporters = makePanel(tr("Wereldexporteurs"), worldExporters(table, row), d->topN);
    d->exporters.note = std::isnan(stats.worldHhi) ? tr("Wereld-HHI onbekend (geen wereldgegevens)")
                                                   : tr("Wereld-HHI %1").arg(NumberFormat::index(stats.worldHhi));
    refreshFrame();
    emit contentChanged();
}

void ProductDetailChart::clear()
{
    d->hasProduct = false;
    d->suppliers = {};
    d->exporters = {};
    refreshFrame();
    emit contentChanged();
}

void ProductDetailChart::setTopN(int n)
{
    d->topN = std::max(1, n);
}

QString ProductDetailChart::title() const
{
    if (!d->hasProduct)
        return tr("Productdetail");
    return tr("%1 %2: leveranciers en wereldexporteurs").arg(d->hs6, d->description);
}

double ProductDetailChart::naturalHeight(double width) const
{
    const size_t rows = std::max(d->suppliers.bars.size(), d->exporters.bars.size());
    return frameHeight(width) + (std::max<size_t>(rows, 1) + 2.0) * kRow + 8.0;
}

QSize ProductDetailChart::sizeHint() const
{
    return QSize(560, int(naturalHeight(560)));
}

void ProductDetailChart::render(QPainter &painter, const QRectF &target)
{
    const QRectF plot = renderFrame(painter, target);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!d->hasProduct) {
        painter.setFont(ChartStyle::labelFont());
        painter.setPen(ChartStyle::mutedTextColour());
        painter.drawText(plot, Qt::AlignCenter, tr("Kies een product in de tabel."));
    } else {
        const double half = (plot.width() - kPanelGap) / 2.0;
        drawPanel(painter, QRectF(plot.left(), plot.top(), half, plot.height()), d->suppliers);
        drawPanel(painter, QRectF(plot.left() + half + kPanelGap, plot.top(), half, plot.height()), d->exporters);
    }
    painter.restore();
}

void ProductDetailChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    render(painter, QRectF(rect()).adjusted(8, 6, -8, -6));
}

} // namespace herkomst::ui
