#pragma once

#include "import/importreport.h"
#include "import/importrequest.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace herkomst {
class Store;
}

// Shared by the import suites: small BACI fixtures and a store fingerprint to prove that a
// failed import changed nothing.
namespace importtest {

// Every table's row count plus the data set names: equal before and after a refused import.
struct StoreSnapshot {
    QStringList dataSets;
    QMap<QString, qint64> rows;
    bool operator==(const StoreSnapshot &other) const { return dataSets == other.dataSets && rows == other.rows; }
    QString toString() const;
};
StoreSnapshot snapshot(const herkomst::Store &store);
qint64 count(const herkomst::Store &store, const QString &sql);
double number(const herkomst::Store &store, const QString &sql);

void writeFile(const QString &path, const QByteArray &bytes);

// BACI country codes: NLD 528, FRA 251, USA 842, CHE 757, CHN 156, DEU 276, ZAF 710, TWN 490
// ("Other Asia, nes", no ISO code in the file) and 697 "Europe EFTA, nes" (no ISO code at all).
QByteArray baciCountryCodes(bool newHeader);
QByteArray baciProductCodes();

herkomst::ImportReport runImport(herkomst::Store &store, const QString &format, const herkomst::ImportRequest &request);

} // namespace importtest
