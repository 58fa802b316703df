#include "io/sourceerror.h"

#include <QFileInfo>
#include <QStringList>

namespace herkomst::io {

QString SourceError::toString() const
{
    QStringList where;
    // Only the file name: full paths are long and may reveal the user's folder layout in reports.
    if (!file.isEmpty())
        where << QFileInfo(file).fileName();
    if (row > 0)
        where << tr("regel %1").arg(row);
    if (column > 0)
        where << tr("kolom %1").arg(column);
    if (where.isEmpty())
        return message;
    return where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
}

} // namespace herkomst::io
