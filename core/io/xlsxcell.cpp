#include "io/xlsxcell.h"

namespace herkomst::io {

QString XlsxCell::toString() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Number:
        return numberText(number);
    case Kind::Boolean:
        return booleanText(number != 0);
    case Kind::Text:
    case Kind::Error:
        return text;
    }
    return {};
}

QString XlsxCell::numberText(double number)
{
    return QString::number(number, 'g', 17);
}

QString XlsxCell::booleanText(bool value)
{
    return value ? QStringLiteral("WAAR") : QStringLiteral("ONWAAR");
}

} // namespace herkomst::io
