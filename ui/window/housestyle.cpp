#include "window/housestyle.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

static void initHerkomstResources()
{
    Q_INIT_RESOURCE(herkomst);
}

namespace herkomst::ui {

void initResources()
{
    initHerkomstResources();
}

void applyHouseStyle(QApplication &app)
{
    initResources();
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.style()->standardPalette();
    const QColor rijksblauw(0x15, 0x42, 0x73);
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf5, 0xf8));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf2, 0xf6, 0xfa));
    palette.setColor(QPalette::Highlight, rijksblauw);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, rijksblauw);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf4));
    palette.setColor(QPalette::ToolTipText, QColor(0x1a, 0x1a, 0x1a));
    app.setPalette(palette);
    QFile sheet(QStringLiteral(":/herkomst/style/herkomst.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
    app.setWindowIcon(QIcon(QStringLiteral(":/herkomst/icons/app/herkomst.svg")));
}

} // namespace herkomst::ui
