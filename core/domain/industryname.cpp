#include "domain/industryname.h"

#include <QCoreApplication>

namespace herkomst {

QString industryName(const QString &industry)
{
    return industry.isEmpty() ? industry : QCoreApplication::translate("Industry", industry.toUtf8().constData());
}

QString industryNames(const QStringList &industries)
{
    QStringList names;
    for (const QString &industry : industries)
        names << industryName(industry);
    return names.join(QStringLiteral(", "));
}

} // namespace herkomst
