#pragma once

#include <QStaticText>
#include <QWidget>

class QVBoxLayout;

namespace herkomst::ui {

// One base for every chart, so the window and export never talk to QCustomPlot or Qt Charts
// directly. A chart draws itself, with its title and caption, into any painter in logical
// pixels (1/96 inch): the exporter scales the painter for the device's resolution.
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    using QWidget::render;

    virtual QString title() const = 0; // Dutch, e.g. "Figuur 1 ..."
    virtual QString caption() const;   // source line + thresholds; set by setCaption
    void setCaption(const QString &caption);
    // Draws the chart (with title and caption) into any painter: screen grab, PNG, SVG, PDF, clipboard.
    virtual void render(QPainter &painter, const QRectF &target) = 0;
    // Height the chart wants at the given width (logical pixels), for exports that leave the
    // height to the chart.
    virtual double naturalHeight(double width) const;
    // On screen: the plot's hint, and wide enough for the title on one line (up to 80 characters).
    QSize sizeHint() const override;

    // Whether render() draws the title and caption around the plot (the default). The annex sets
    // them as text of its own, so its figures are the plot only.
    void setFrameRendered(bool rendered) { mFrameRendered = rendered; }
    bool isFrameRendered() const { return mFrameRendered; }

    // On screen only: the part the user picked (a funnel step, a supplier's bar), in this
    // widget's coordinates, which stays marked while the table lists its products. Exports draw
    // the chart itself and never show it. Empty when nothing is picked.
    virtual QRect selectionArea() const { return {}; }

signals:
    void captionChanged(const QString &caption);
    // The chart's content changed (new result, measure, ...).
    void contentChanged();

protected:
    // Title above and caption below in house style; returns the rectangle left for the plot.
    QRectF renderFrame(QPainter &painter, const QRectF &target) const;
    // Height title and caption take at the given width.
    double frameHeight(double width) const;
    // On screen: the plot widget between the title and caption this widget paints itself (with
    // renderFrame, as in exports). Call once from the constructor.
    void setPlotWidget(QWidget *plot);
    // Repaints the on-screen title and caption; call when the title changes. Only a changed
    // text is repainted, and the window is laid out again only when its height changes.
    void refreshFrame();
    // Repaints the mark of the picked part (after the pick or the chart's layout changed).
    void updateSelectionMark();

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateFrameMargins();

    QString mCaption;
    bool mFrameRendered = true;
    QVBoxLayout *mFrameLayout = nullptr; // set once a plot widget is set
    QWidget *mSelectionMark = nullptr;   // over the plot, on screen only
    // On screen: shaped once per text and width, then only drawn.
    QStaticText mTitleText;
    QStaticText mCaptionText;
    int mTitleSpace = 0;   // title height plus gap, in pixels
    int mCaptionSpace = 0; // caption height plus gap
};

} // namespace herkomst::ui
