#pragma once

// A paint device that keeps the text drawn on it: what a figure says, whichever way it draws it
// (QCustomPlot, Qt Charts, QStaticText), as the words of its glyph runs.
#include <QPaintDevice>
#include <QPaintEngine>
#include <QStringList>
#include <memory>

class TextRecorder : public QPaintDevice {
public:
    explicit TextRecorder(QSize size) : mEngine(std::make_unique<Engine>()), mSize(size) {}
    ~TextRecorder() override = default;

    QPaintEngine *paintEngine() const override { return mEngine.get(); }
    QStringList texts() const { return mEngine->texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return mSize.width();
        case PdmHeight:
            return mSize.height();
        case PdmWidthMM:
            return mSize.width() * 254 / 960;
        case PdmHeightMM:
            return mSize.height() * 254 / 960;
        case PdmNumColors:
            return 1 << 24;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine {
    public:
        Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        // Shapes and images carry no words.
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawRects(const QRectF *, int) override {}
        void drawRects(const QRect *, int) override {}
        void drawLines(const QLineF *, int) override {}
        void drawLines(const QLine *, int) override {}
        void drawPoints(const QPointF *, int) override {}
        void drawPoints(const QPoint *, int) override {}
        void drawEllipse(const QRectF &) override {}
        void drawEllipse(const QRect &) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts << item.text(); }
        Type type() const override { return QPaintEngine::User; }
        QStringList texts;
    };

    std::unique_ptr<Engine> mEngine;
    QSize mSize;
};
