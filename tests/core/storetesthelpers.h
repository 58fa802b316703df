#pragma once

// Small helpers the store suites share.
#include "store/datasetinfo.h"
#include "store/sqlite.h"

#include <QFile>
#include <QtTest>
#include <sqlite3.h>

namespace storetest {

// A data set description for a test writer.
inline herkomst::DataSetInfo info(const QString &name)
{
    herkomst::DataSetInfo i;
    i.name = name;
    i.source = QStringLiteral("test");
    i.currency = QStringLiteral("EUR");
    return i;
}

inline QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A raw SQLite file, as another program (or an earlier Herkomst) would leave it.
inline void writeRawDatabase(const QString &path, const char *sql)
{
    herkomst::sqlite::Database db;
    QVERIFY(db.open(path.toUtf8(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    QVERIFY2(db.exec(sql), qPrintable(db.lastFailure().message));
}

} // namespace storetest
