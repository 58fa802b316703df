#include "export/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace herkomst {

bool saveFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Export", "Kan %1 niet schrijven: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace herkomst
