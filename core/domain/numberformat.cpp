#include "domain/numberformat.h"

#include <QLocale>
#include <cmath>

namespace herkomst {

namespace {

QString gLanguage = QStringLiteral("nl");

QLocale locale()
{
    return gLanguage.startsWith(QLatin1String("en")) ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                     : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

const QString kMissing = QStringLiteral("–");

} // namespace

void NumberFormat::setLanguage(const QString &language)
{
    gLanguage = language;
}

QString NumberFormat::language()
{
    return gLanguage;
}

QString NumberFormat::count(qint64 n)
{
    return locale().toString(n);
}

QString NumberFormat::decimal(double value, int decimals)
{
    if (std::isnan(value))
        return kMissing;
    if (std::isinf(value))
        return QStringLiteral("∞");
    return locale().toString(value, 'f', decimals);
}

QString NumberFormat::compact(double value)
{
    if (std::isnan(value) || std::isinf(value))
        return decimal(value, 0);
    return locale().toString(value, 'g', 6);
}

QString NumberFormat::share(double fraction, int decimals)
{
    if (std::isnan(fraction))
        return kMissing;
    return decimal(fraction * 100.0, decimals) + QStringLiteral(" %");
}

QString NumberFormat::index(double value, int decimals)
{
    return decimal(value, decimals);
}

QString NumberFormat::ratio(double value, int decimals)
{
    return decimal(value, decimals);
}

QString NumberFormat::millions(double value, int decimals)
{
    return decimal(value / 1e6, decimals);
}

} // namespace herkomst
