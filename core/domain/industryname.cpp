#include "domain/industryname.h"

#include <QCoreApplication>

namespace herkomst {

QString industryName(const QString &industry)
{
    return industry.isEmpty() ? industry : QCoreApplication::translate("Industry", industry.toUtf8().constData());
}

} // namespace herkomst
