#include "charts/chartwidget.h"

#include "charts/chartstyle.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

constexpr double kGap = 8.0;   // between title, plot and caption
constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

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

double ChartWidget::frameHeight(double width) const
{
    const double titleHeight = textHeight(ChartStyle::titleFont(), title(), width);
    const double captionHeight = textHeight(ChartStyle::captionFont(), caption(), width);
    return titleHeight + captionHeight + (titleHeight > 0 ? kGap : 0) + (captionHeight > 0 ? kGap : 0);
}

QRectF ChartWidget::renderFrame(QPainter &painter, const QRectF &target) const
{
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(int(kGap));
    mTitleLabel = new QLabel(this);
    mTitleLabel->setFont(ChartStyle::titleFont());
    mTitleLabel->setWordWrap(true);
    mTitleLabel->setTextFormat(Qt::PlainText);
    mCaptionLabel = new QLabel(this);
    mCaptionLabel->setFont(ChartStyle::captionFont());
    mCaptionLabel->setWordWrap(true);
    mCaptionLabel->setTextFormat(Qt::PlainText);
    QPalette muted = mCaptionLabel->palette();
    muted.setColor(QPalette::WindowText, ChartStyle::mutedTextColour());
    mCaptionLabel->setPalette(muted);
    layout->addWidget(mTitleLabel);
    layout->addWidget(plot, 1);
    layout->addWidget(mCaptionLabel);
    refreshFrame();
}

void ChartWidget::refreshFrame()
{
    if (mTitleLabel) {
        mTitleLabel->setText(title());
        mTitleLabel->setVisible(!mTitleLabel->text().isEmpty());
    }
    if (mCaptionLabel) {
        mCaptionLabel->setText(mCaption);
        mCaptionLabel->setVisible(!mCaption.isEmpty());
    }
    update();
}

} // namespace herkomst::ui
