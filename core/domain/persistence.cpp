#include "domain/persistence.h"

#include <QCoreApplication>

namespace herkomst {

namespace {

class PersistenceText {
    Q_DECLARE_TR_FUNCTIONS(Persistence)
};

} // namespace

QString Persistence::ruleSuffix() const
{
    if (!multiYear())
        return {};
    return PersistenceText::tr(" (samen in %1 van %2 jaar)").arg(minYears).arg(years);
}

} // namespace herkomst
