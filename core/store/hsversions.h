#pragma once

#include "domain/hsrevision.h"
#include "store/datasetinfo.h"

#include <QHash>
#include <vector>

namespace herkomst {

namespace sqlite {
class Database;
}

// The HS coding a data set stored before schema 5 must have had, from what the store kept of its
// import (docs/design.md, "HS versions"): a BACI release's revision from its file names
// (BACI_HS17_...), the year's revision for CBS, Comext and Comtrade; not known for the rest.
HsCoding inferredHsCoding(const QString &source, const std::vector<DataSetFile> &files);

// Fills each data set's hsRevisions: as recorded (schema 5 and later) or, for a store read as it
// is at an older version, as inferredHsCoding() gives them. `index` maps a data set id to its place.
bool readHsRevisions(sqlite::Database &db, int schemaVersion, std::vector<DataSetInfo> &dataSets,
                     const QHash<qint64, size_t> &index);

namespace schema {
// Migration 5's data: records the inferred revision of every year of the data sets stored.
bool recordHsRevisions(sqlite::Database &db);
} // namespace schema

} // namespace herkomst
