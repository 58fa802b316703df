#pragma once

#include <QByteArray>
#include <QString>

namespace herkomst {

// Writes data to path all or nothing (QSaveFile): an existing file is only ever replaced by a
// complete one. False with a Dutch *error naming the file.
bool saveFile(const QString &path, const QByteArray &data, QString *error);

} // namespace herkomst
