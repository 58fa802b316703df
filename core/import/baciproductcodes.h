#pragma once

#include "io/sourceerror.h"

#include <QHash>
#include <QString>

namespace herkomst {

// Product descriptions from BACI's product_codes_HS??_V*.csv ("code","description"; code
// without its leading zero). Optional: without it products are stored without description.
class BaciProductCodes {
public:
    bool load(const QString &path, io::SourceError *error);
    QString path() const { return mPath; }
    QString description(int code) const { return mDescriptions.value(code); }
    bool isEmpty() const { return mDescriptions.isEmpty(); }

private:
    QString mPath;
    QHash<int, QString> mDescriptions;
};

} // namespace herkomst
