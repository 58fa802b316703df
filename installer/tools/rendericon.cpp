// Renders the application icon's SVG into one raster image (PNG, or ICO for the Windows
// installer), so every hicolor size comes from the one SVG source at build time.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool sizeOk = false;
    const int size = args.size() == 4 ? args[2].toInt(&sizeOk) : 0;
    if (!sizeOk || size < 8 || size > 1024) {
        err << "usage: herkomst_render_icon ICON.svg SIZE OUTPUT.(png|ico)\n";
        return 1;
    }
    QSvgRenderer renderer(args[1]);
    if (!renderer.isValid()) {
        err << "cannot read SVG " << args[1] << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args[3])) {
        err << "cannot write " << args[3] << '\n';
        return 1;
    }
    return 0;
}
