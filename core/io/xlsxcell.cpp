#include "io/xlsxcell.h"

namespace herkomst::io {

QString XlsxCell::toString() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Number:
        return QString::number(number, 'g', 17);
    case Kind::Boolean:
        return number != 0 ? QStringLiteral("WAAR") : QStringLiteral("ONWAAR");
    case Kind::Text:
    case Kind::Error:
        return text;
    }
    return {};
}

} // namespace herkomst::io
