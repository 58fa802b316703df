#include "window/stablelabel.h"

#include <QEvent>

namespace herkomst::ui {

namespace {

QString digitsAs(QString text, QChar digit)
{
    for (QChar &c : text) {
        if (c.isDigit())
            c = digit;
    }
    return text;
}

} // namespace

void StableLabel::setText(const QString &text)
{
    if (text == QLabel::text())
        return;
    const QString shape = digitsAs(text, QLatin1Char('0'));
    if (shape != mShape)
        fitTo(shape);
    QLabel::setText(text); // fixed size: repaints the label, no layout request
}

void StableLabel::fitTo(const QString &shape)
{
    mShape = shape;
    ensurePolished(); // the style sheet's font and padding count
    QChar widest = QLatin1Char('0');
    for (char d = '1'; d <= '9'; ++d) {
        if (fontMetrics().horizontalAdvance(QLatin1Char(d)) > fontMetrics().horizontalAdvance(widest))
            widest = QLatin1Char(d);
    }
    QLabel::setText(digitsAs(shape, widest));
    setFixedSize(sizeHint());
}

void StableLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if ((event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) && !mShape.isEmpty()) {
        const QString text = QLabel::text();
        fitTo(mShape);
        QLabel::setText(text);
    }
}

} // namespace herkomst::ui
