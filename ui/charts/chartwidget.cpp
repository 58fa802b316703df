#include "charts/chartwidget.h"

#include "charts/chartstyle.h"
#include "charts/selectionmark.h"

#include <QPaintEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace herkomst::ui {

namespace {

constexpr double kGap = 8.0; // between title, plot and caption
constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
// On screen a caption takes at most this many lines (the rest in its tooltip): its height is a
// layout margin, and a long caption at a narrow width would otherwise grow the window past its
// screen. Exports draw it whole.
constexpr int kScreenCaptionLines = 4;

double textHeight(const QFont &font, const QString &text, double width)
{
    if (text.isEmpty())
        return 0.0;
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), kTextFlags, text).height();
}

} // namespace

QString ChartWidget::caption() const
{
    return mCaption;
}

void ChartWidget::setCaption(const QString &caption)
{
    if (caption == mCaption)
        return;
    mCaption = caption;
    refreshFrame();
    emit captionChanged(mCaption);
}

double ChartWidget::naturalHeight(double width) const
{
    return width * 0.62;
}

QSize ChartWidget::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    if (!mFrameLayout)
        return hint;
    const QFontMetrics metrics(ChartStyle::titleFont());
    hint.setWidth(std::max(hint.width(),
                           std::min(metrics.horizontalAdvance(mTitleText.text()), metrics.averageCharWidth() * 80)));
    return hint;
}

double ChartWidget::frameHeight(double width) const
{
    if (!mFrameRendered)
        return 0.0;
    const double titleHeight = textHeight(ChartStyle::titleFont(), title(), width);
    const double captionHeight = textHeight(ChartStyle::captionFont(), caption(), width);
    return titleHeight + captionHeight + (titleHeight > 0 ? kGap : 0) + (captionHeight > 0 ? kGap : 0);
}

QRectF ChartWidget::renderFrame(QPainter &painter, const QRectF &target) const
{
    if (!mFrameRendered)
        return target;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QRectF plot = target;

    const QString heading = title();
    if (!heading.isEmpty()) {
        painter.setFont(ChartStyle::titleFont());
        painter.setPen(ChartStyle::textColour());
        const double h = textHeight(painter.font(), heading, target.width());
        painter.drawText(QRectF(target.left(), target.top(), target.width(), h), kTextFlags, heading);
        plot.setTop(target.top() + h + kGap);
    }
    const QString text = caption();
    if (!text.isEmpty()) {
        painter.setFont(ChartStyle::captionFont());
        painter.setPen(ChartStyle::mutedTextColour());
        const double h = textHeight(painter.font(), text, target.width());
        painter.drawText(QRectF(target.left(), target.bottom() - h, target.width(), h), kTextFlags, text);
        plot.setBottom(target.bottom() - h - kGap);
    }
    painter.restore();
    return plot;
}

void ChartWidget::setPlotWidget(QWidget *plot)
{
    // Title and caption are painted, not QLabels: a caption that follows every threshold change
    // would otherwise ask the whole window for a new layout on each change.
    mFrameLayout = new QVBoxLayout(this);
    mFrameLayout->setContentsMargins(0, 0, 0, 0);
    mFrameLayout->setSpacing(0);
    mFrameLayout->addWidget(plot, 1);
    mTitleText.setTextFormat(Qt::PlainText);
    mCaptionText.setTextFormat(Qt::PlainText);
    mSelectionMark = new SelectionMark(this);
    mSelectionMark->hide();
    refreshFrame();
}

void ChartWidget::updateSelectionMark()
{
    if (!mSelectionMark)
        return;
    // The mark covers only the picked part and is hidden without one: a see-through sheet over
    // the whole chart made every threshold change repaint the chart twice (bench_window_live).
    const QRect area = selectionArea();
    if (area.isEmpty()) {
        mSelectionMark->hide();
        return;
    }
    if (mSelectionMark->geometry() != area)
        mSelectionMark->setGeometry(area);
    if (mSelectionMark->isHidden()) {
        mSelectionMark->raise();
        mSelectionMark->show();
    }
}

void ChartWidget::updateFrameMargins()
{
    const auto space = [this](QStaticText &text, const QFont &font, double maxHeight) {
        if (text.text().isEmpty())
            return 0;
        if (text.textWidth() != width()) {
            text.setTextWidth(width());
            text.prepare(QTransform(), font);
        }
        return int(std::ceil(std::min(text.size().height(), maxHeight) + kGap));
    };
    const int top = space(mTitleText, ChartStyle::titleFont(), 1e6);
    const double captionMax = QFontMetricsF(ChartStyle::captionFont()).lineSpacing() * kScreenCaptionLines;
    const int bottom = space(mCaptionText, ChartStyle::captionFont(), captionMax);
    setToolTip(mCaptionText.size().height() > captionMax ? mCaption : QString());
    if (top == mTitleSpace && bottom == mCaptionSpace)
        return;
    mTitleSpace = top;
    mCaptionSpace = bottom;
    mFrameLayout->setContentsMargins(0, top, 0, bottom);
}

void ChartWidget::refreshFrame()
{
    if (!mFrameLayout) {
        update(); // the chart paints everything itself
        return;
    }
    const QString heading = title();
    const bool titleChanged = heading != mTitleText.text();
    const bool captionChanged = mCaption != mCaptionText.text();
    if (!titleChanged && !captionChanged)
        return;
    const auto reset = [](QStaticText &text, const QString &string) {
        text.setText(string);
        text.setTextWidth(-1); // prepared again at the current width
    };
    if (titleChanged)
        reset(mTitleText, heading);
    if (captionChanged)
        reset(mCaptionText, mCaption);
    setAccessibleName(heading);
    setAccessibleDescription(mCaption);
    const int oldTop = mTitleSpace;
    const int oldBottom = mCaptionSpace;
    updateFrameMargins();
    if (mTitleSpace != oldTop || mCaptionSpace != oldBottom) {
        update(); // the plot moves
        return;
    }
    if (titleChanged)
        update(0, 0, width(), mTitleSpace);
    if (captionChanged)
        update(0, height() - mCaptionSpace, width(), mCaptionSpace);
}

void ChartWidget::paintEvent(QPaintEvent *event)
{
    // The same fonts, colours and places as renderFrame, which draws them for export.
    if (!mFrameLayout)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (mTitleSpace > 0 && event->rect().top() < mTitleSpace) {
        painter.setFont(ChartStyle::titleFont());
        painter.setPen(ChartStyle::textColour());
        painter.drawStaticText(QPointF(0, 0), mTitleText);
    }
    if (mCaptionSpace > 0 && event->rect().bottom() >= height() - mCaptionSpace) {
        painter.setFont(ChartStyle::captionFont());
        painter.setPen(ChartStyle::mutedTextColour());
        // From its first line; a caption longer than its room is cut at the bottom (whole in the tooltip).
        const int top = height() - mCaptionSpace + int(kGap);
        painter.setClipRect(0, top, width(), mCaptionSpace - int(kGap));
        painter.drawStaticText(QPointF(0, top), mCaptionText);
    }
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!mFrameLayout)
        return;
    updateSelectionMark();
    // Text wraps differently at another width; place the plot at once, as the layout did with
    // word-wrapped labels, so the plot's geometry is final when the resize returns.
    const int oldTop = mTitleSpace;
    const int oldBottom = mCaptionSpace;
    updateFrameMargins();
    if (mTitleSpace != oldTop || mCaptionSpace != oldBottom)
        mFrameLayout->activate();
}

} // namespace herkomst::ui
