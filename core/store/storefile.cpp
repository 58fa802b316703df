#include "store/storefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <mutex>

namespace herkomst::storefile {

namespace {

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}

struct Stamp {
    qint64 size = -1;
    QDateTime modified;
    qint64 walSize = 0;
    QDateTime walModified; // only when the journal holds something

    bool operator==(const Stamp &o) const
    {
        return size == o.size && modified == o.modified && walSize == o.walSize && walModified == o.walModified;
    }
};

Stamp stampOf(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo wal(walPath(path));
    Stamp stamp;
    stamp.size = file.size();
    stamp.modified = file.lastModified();
    if (wal.exists() && wal.size() > 0) {
        stamp.walSize = wal.size();
        stamp.walModified = wal.lastModified();
    }
    return stamp;
}

std::mutex checkedMutex;
QHash<QString, Stamp> &checkedFiles()
{
    static QHash<QString, Stamp> files;
    return files;
}

} // namespace

ReadAccess readAccess(const QString &path)
{
    const QFileInfo file(path);
    if (file.isWritable() && QFileInfo(file.absolutePath()).isWritable())
        return ReadAccess::Shared;
    return hasWriteJournal(path) ? ReadAccess::Blocked : ReadAccess::Immutable;
}

bool hasWriteJournal(const QString &path)
{
    const QFileInfo wal(walPath(path));
    return wal.exists() && wal.size() > 0;
}

QByteArray uri(const QString &path)
{
    const QString absolute = QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath());
    QByteArray result = QByteArrayLiteral("file:");
    if (!absolute.startsWith(QLatin1Char('/')))
        result += '/'; // a drive letter: file:/C:/...
    return result + QUrl::toPercentEncoding(absolute, "/:");
}

QByteArray readOnlyUri(const QString &path, ReadAccess access)
{
    return uri(path) + (access == ReadAccess::Immutable ? QByteArrayLiteral("?mode=ro&immutable=1")
                                                        : QByteArrayLiteral("?mode=ro"));
}

void remove(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool checkedBefore(const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    const Stamp now = stampOf(path);
    std::lock_guard<std::mutex> lock(checkedMutex);
    const auto it = checkedFiles().constFind(key);
    return it != checkedFiles().constEnd() && *it == now;
}

void rememberChecked(const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    const Stamp now = stampOf(path);
    std::lock_guard<std::mutex> lock(checkedMutex);
    checkedFiles().insert(key, now);
}

} // namespace herkomst::storefile
