#include "charts/productdetailchart.h"

#include "charts/chartstyle.h"
#include "charts/producthistorychart.h"
#include "countries/countryregistry.h"
#include "domain/numberformat.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>

#include <cmath>

namespace herkomst::ui {

namespace {

constexpr double kRow = 20.0;        // logical pixels per bar
constexpr double kStackedRow = 17.0; // per bar when the panels are one above the other
constexpr double kPanelGap = 24.0;
constexpr double kNameGap = 6.0;     // between a country name and its bar
constexpr double kMinBarSpan = 60.0; // narrower than this, the two panels go one above the other
constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;

struct ShareBar {
    QString label;
    double share = 0.0; // NaN when suppressed
    bool eu = false;
    bool other = false; // "Overige", or a block whose partner the source does not name
};

// One panel as it is drawn: the shares are kept whole so the number of bars can follow the room.
struct Panel {
    QString heading;
    QString note; // e.g. "Wereld-HHI 0,31"
    std::vector<PartnerShare> shares;
    std::vector<QString> names; // per share: the country's name, or the block's own name
};

Panel panelOf(const QString &heading, const StatisticsTable &table, std::vector<PartnerShare> shares)
{
    Panel panel{heading, QString(), std::move(shares), {}};
    for (const PartnerShare &s : panel.shares)
        panel.names.push_back(partnerName(table, s.iso3, NumberFormat::language()));
    return panel;
}

std::vector<ShareBar> barsOf(const Panel &panel, int topN)
{
    std::vector<ShareBar> bars;
    double rest = 0.0;
    int restCount = 0;
    // "Overige" takes one row, so it only replaces two or more partners.
    const int shown = int(panel.shares.size()) > topN + 1 ? topN : int(panel.shares.size());
    for (size_t i = 0; i < panel.shares.size(); ++i) {
        const PartnerShare &s = panel.shares[i];
        if (int(i) < shown) {
            bars.push_back({panel.names[i], s.share, s.eu, s.hiddenPartner});
        } else if (!std::isnan(s.share)) {
            rest += s.share;
            ++restCount;
        }
    }
    if (restCount > 0)
        bars.push_back({ProductDetailChart::tr("Overige (%1)").arg(restCount), rest, false, true});
    return bars;
}

QString valueText(const ShareBar &bar)
{
    return std::isnan(bar.share) ? ProductDetailChart::tr("geheim")
                                 : NumberFormat::share(bar.share, bar.share < 0.01 ? 1 : 0);
}

double wrappedHeight(const QFont &font, const QString &text, double width)
{
    return text.isEmpty() ? 0.0 : QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), kTextFlags, text).height();
}

double headerHeight(const Panel &panel, double width)
{
    return std::max(kRow, wrappedHeight(ChartStyle::strongLabelFont(), panel.heading, width)) +
           wrappedHeight(ChartStyle::captionFont(), panel.note, width) + 4.0;
}

// Where the panels go at a given size: side by side when the bars keep a readable length next
// to whole country names, otherwise one above the other; names are never cut short.
struct Layout {
    bool sideBySide = true;
    double nameWidth = 0.0;
    double valueWidth = 0.0;
    double row = kRow; // tighter when stacked, where height is short
    QRectF first, second;
};

Layout layoutFor(const QRectF &area, const Panel &a, const Panel &b, int topN)
{
    Layout layout;
    const QFontMetricsF metrics(ChartStyle::labelFont());
    layout.valueWidth = metrics.horizontalAdvance(QStringLiteral("100 %")) + 6.0;
    for (const Panel *panel : {&a, &b}) {
        for (const ShareBar &bar : barsOf(*panel, topN)) {
            layout.nameWidth = std::max(layout.nameWidth, metrics.horizontalAdvance(bar.label));
            layout.valueWidth = std::max(layout.valueWidth, metrics.horizontalAdvance(valueText(bar)) + 6.0);
        }
    }
    const double half = (area.width() - kPanelGap) / 2.0;
    layout.sideBySide = half - layout.nameWidth - kNameGap - layout.valueWidth >= kMinBarSpan;
    if (layout.sideBySide) {
        layout.first = QRectF(area.left(), area.top(), half, area.height());
        layout.second = QRectF(area.left() + half + kPanelGap, area.top(), half, area.height());
    } else {
        layout.row = kStackedRow;
        const double h = (area.height() - kPanelGap / 2.0) / 2.0;
        layout.first = QRectF(area.left(), area.top(), area.width(), h);
        layout.second = QRectF(area.left(), area.top() + h + kPanelGap / 2.0, area.width(), h);
    }
    // Only in the narrowest of panels: leave the bars a little room.
    layout.nameWidth = std::min(layout.nameWidth, layout.first.width() * 0.6);
    return layout;
}

void drawPanel(QPainter &painter, const QRectF &area, const Panel &panel, const Layout &layout, int topN)
{
    const QFont label = ChartStyle::labelFont();
    double y = area.top();
    painter.setFont(ChartStyle::strongLabelFont());
    painter.setPen(ChartStyle::textColour());
    const double headingHeight = std::max(kRow, wrappedHeight(painter.font(), panel.heading, area.width()));
    painter.drawText(QRectF(area.left(), y, area.width(), headingHeight), kTextFlags, panel.heading);
    y += headingHeight;
    if (!panel.note.isEmpty()) {
        painter.setFont(ChartStyle::captionFont());
        painter.setPen(ChartStyle::mutedTextColour());
        const double h = wrappedHeight(painter.font(), panel.note, area.width());
        painter.drawText(QRectF(area.left(), y, area.width(), h), kTextFlags, panel.note);
        y += h;
    }
    y += 4.0;
    if (panel.shares.empty()) {
        painter.setFont(label);
        painter.setPen(ChartStyle::mutedTextColour());
        painter.drawText(QRectF(area.left(), y, area.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter,
                         ProductDetailChart::tr("Geen gegevens"));
        return;
    }
    // As many bars as the panel has room for, the rest summed into "overige".
    const double row = layout.row;
    const int rows = std::max(1, int((area.bottom() - y) / row + 0.01));
    std::vector<ShareBar> bars = barsOf(panel, topN);
    if (int(bars.size()) > rows)
        bars = barsOf(panel, std::max(1, rows - 1));

    const QFontMetricsF metrics(label);
    const double barLeft = area.left() + layout.nameWidth + kNameGap;
    const double barSpan = std::max(10.0, area.right() - layout.valueWidth - barLeft);
    painter.setFont(label);
    for (const ShareBar &bar : bars) {
        painter.setPen(ChartStyle::textColour());
        painter.drawText(QRectF(area.left(), y, layout.nameWidth, row), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, layout.nameWidth + 0.5));
        const bool missing = std::isnan(bar.share);
        const double length = missing ? 0.0 : std::clamp(bar.share, 0.0, 1.0) * barSpan;
        const QColor colour = bar.other ? ChartStyle::otherColour()
                              : bar.eu  ? ChartStyle::euColour()
                                        : ChartStyle::mainColour();
        painter.fillRect(QRectF(barLeft, y + 3.0, length, row - 6.0), colour);
        painter.setPen(missing ? ChartStyle::mutedTextColour() : ChartStyle::textColour());
        painter.drawText(QRectF(barLeft + length + 4.0, y, layout.valueWidth + barSpan - length, row),
                         Qt::AlignLeft | Qt::AlignVCenter, valueText(bar));
        y += row;
    }
}

// The margins block under the bars: a heading and one wrapped line per criterion.
double marginsHeight(const QStringList &lines, double width)
{
    if (lines.isEmpty())
        return 0.0;
    double height = kPanelGap / 2.0 + kRow;
    for (const QString &line : lines)
        height += wrappedHeight(ChartStyle::captionFont(), line, width) + 2.0;
    return height;
}

void drawMargins(QPainter &painter, const QRectF &area, const QStringList &lines)
{
    painter.save();
    painter.setClipRect(area); // on a short panel the last lines give way, never the bars
    double y = area.top() + kPanelGap / 2.0;
    painter.setFont(ChartStyle::strongLabelFont());
    painter.setPen(ChartStyle::textColour());
    // One line: on a narrow panel the heading is shortened rather than wrapped over the lines below.
    painter.drawText(QRectF(area.left(), y, area.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font())
                         .elidedText(ProductDetailChart::tr("Marges bij deze drempels"), Qt::ElideRight, area.width()));
    y += kRow;
    painter.setFont(ChartStyle::captionFont());
    for (const QString &line : lines) {
        const double h = wrappedHeight(painter.font(), line, area.width());
        painter.drawText(QRectF(area.left(), y, area.width(), h), kTextFlags, line);
        y += h + 2.0;
    }
    painter.restore();
}

} // namespace

struct ProductDetailChart::Private {
    bool hasProduct = false;
    QString hs6;
    QString description;
    Panel suppliers;
    Panel exporters;
    int topN = 8;
    QStringList margins;
    std::vector<ProductYear> history;
    std::vector<Criterion> criteria; // whose thresholds the history draws
};

ProductDetailChart::ProductDetailChart(QWidget *parent) : ChartWidget(parent), d(std::make_unique<Private>())
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
    d->description = info.description(NumberFormat::language().startsWith(QLatin1String("en")));
    d->suppliers = panelOf(
        tr("Herkomst invoer %1").arg(CountryRegistry::instance().name(table.data->reporter, NumberFormat::language())),
        table, importPartners(table, row));
    d->suppliers.note =
        tr("Grootste niet-EU-leverancier %1 · EU lichtblauw").arg(NumberFormat::share(stats.supplierShare, 0));
    // Imports whose partner the source does not name count, in grey, but never as a supplier.
    if (stats.hasHiddenPartner())
        d->suppliers.note +=
            tr(" · land onbekend (grijs) %1 van de invoer").arg(NumberFormat::share(stats.hiddenPartnerShare, 0));
    d->exporters = panelOf(tr("Wereldexporteurs"), table, worldExporters(table, row));
    d->exporters.note = std::isnan(stats.worldHhi) ? tr("Wereld-HHI onbekend (geen wereldgegevens)")
                                                   : tr("Wereld-HHI %1").arg(NumberFormat::index(stats.worldHhi));
    d->history.clear();
    refreshFrame();
    emit productChanged();
    emit contentChanged();
}

void ProductDetailChart::setMargins(const QStringList &lines)
{
    if (lines == d->margins)
        return;
    d->margins = lines;
    update();
    emit contentChanged();
}

QStringList ProductDetailChart::margins() const
{
    return d->margins;
}

void ProductDetailChart::clear()
{
    d->hasProduct = false;
    d->margins.clear();
    d->suppliers = {};
    d->exporters = {};
    d->history.clear();
    refreshFrame();
    emit productChanged();
    emit contentChanged();
}

void ProductDetailChart::setHistory(std::vector<ProductYear> history, std::vector<Criterion> criteria)
{
    d->history = std::move(history);
    d->criteria = std::move(criteria);
    update();
    emit contentChanged();
}

const std::vector<ProductYear> &ProductDetailChart::history() const
{
    return d->history;
}

QString ProductDetailChart::productCode() const
{
    return d->hasProduct ? d->hs6 : QString();
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
    const double plotHeight = 1e6; // as tall as it needs: every bar up to top N
    const Layout layout = layoutFor(QRectF(0, 0, width, plotHeight), d->suppliers, d->exporters, d->topN);
    double panels = 0.0;
    for (const auto &[panel, area] :
         {std::pair(&d->suppliers, layout.first), std::pair(&d->exporters, layout.second)}) {
        const double rows = std::max<double>(1.0, double(barsOf(*panel, d->topN).size()));
        const double h = headerHeight(*panel, area.width()) + rows * layout.row;
        panels = layout.sideBySide ? std::max(panels, h) : panels + h + kPanelGap / 2.0;
    }
    return frameHeight(width) + panels + marginsHeight(d->margins, width) +
           ProductHistoryChart::height(d->history, width) + 8.0;
}

QSize ProductDetailChart::sizeHint() const
{
    return QSize(560, int(naturalHeight(560)));
}

void ProductDetailChart::render(QPainter &painter, const QRectF &target)
{
    QRectF plot = renderFrame(painter, target);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (d->hasProduct && d->history.size() > 1) {
        // At the bottom, below the margins; on a short panel it gives way to the bars first.
        const double minimumBars = headerHeight(d->suppliers, plot.width()) + headerHeight(d->exporters, plot.width()) +
                                   4 * kStackedRow + kPanelGap / 2.0;
        const double wanted = ProductHistoryChart::height(d->history, plot.width());
        if (plot.height() - wanted >= minimumBars) {
            ProductHistoryChart::draw(painter, QRectF(plot.left(), plot.bottom() - wanted, plot.width(), wanted),
                                      d->history, d->criteria);
            plot.setBottom(plot.bottom() - wanted);
        }
    }
    if (d->hasProduct && !d->margins.isEmpty()) {
        // Below the bars, with what the two panels leave when each shows at least two bars.
        const double bars = headerHeight(d->suppliers, plot.width()) + headerHeight(d->exporters, plot.width()) +
                            4 * kStackedRow + kPanelGap / 2.0;
        const double height = std::clamp(plot.height() - bars, 0.0, marginsHeight(d->margins, plot.width()));
        drawMargins(painter, QRectF(plot.left(), plot.bottom() - height, plot.width(), height), d->margins);
        plot.setBottom(plot.bottom() - height);
    }
    if (!d->hasProduct) {
        painter.setFont(ChartStyle::labelFont());
        painter.setPen(ChartStyle::mutedTextColour());
        painter.drawText(plot, Qt::AlignCenter, tr("Kies een product in de tabel."));
    } else {
        const Layout layout = layoutFor(plot, d->suppliers, d->exporters, d->topN);
        QRectF first = layout.first, second = layout.second;
        if (!layout.sideBySide) {
            // One above the other: whole rows shared out, what one panel does not need to the other.
            const double header1 = headerHeight(d->suppliers, first.width());
            const double header2 = headerHeight(d->exporters, second.width());
            const int total = std::max(2, int((plot.height() - kPanelGap / 2.0 - header1 - header2) / layout.row));
            const int need1 = std::max(1, int(barsOf(d->suppliers, d->topN).size()));
            const int need2 = std::max(1, int(barsOf(d->exporters, d->topN).size()));
            const int rows1 = std::max(1, std::min(need1, std::max(total - need2, total / 2)));
            first.setHeight(header1 + rows1 * layout.row + 0.5);
            second.setTop(first.bottom() + kPanelGap / 2.0);
        }
        drawPanel(painter, first, d->suppliers, layout, d->topN);
        drawPanel(painter, second, d->exporters, layout, d->topN);
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
