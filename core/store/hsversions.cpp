#include "store/hsversions.h"

#include "store/sqlite.h"

#include <QRegularExpression>
#include <map>

namespace herkomst {

namespace {

void fillFromCoding(DataSetInfo &info)
{
    const HsCoding coding = inferredHsCoding(info.source, info.files);
    for (const int year : info.years()) {
        if (const HsRevision revision = coding.revisionOf(year); revision != HsRevision::Unknown)
            info.hsRevisions[year] = revision;
    }
}

} // namespace

HsCoding inferredHsCoding(const QString &source, const std::vector<DataSetFile> &files)
{
    HsCoding coding;
    if (source == QLatin1String("BACI")) {
        // A release is in one revision; files of two revisions in one data set leave it unknown.
        static const QRegularExpression yearFile(QStringLiteral("^BACI_(HS\\d\\d)_Y\\d{4}_"));
        for (const DataSetFile &file : files) {
            const QRegularExpressionMatch m = yearFile.match(file.fileName);
            if (!m.hasMatch())
                continue;
            const HsRevision revision = parseHsRevision(m.captured(1));
            if (coding.fixed != HsRevision::Unknown && coding.fixed != revision)
                return {};
            coding.fixed = revision;
        }
    } else if (source == QLatin1String("CBS") || source == QLatin1String("Comext") ||
               source == QLatin1String("Comtrade")) {
        coding.yearly = true;
    }
    return coding;
}

bool readHsRevisions(sqlite::Database &db, int schemaVersion, std::vector<DataSetInfo> &dataSets,
                     const QHash<qint64, size_t> &index)
{
    if (schemaVersion < 5) {
        for (DataSetInfo &info : dataSets)
            fillFromCoding(info);
        return true;
    }
    sqlite::Statement q(db, "SELECT dataset_id, year, hs_revision FROM dataset_year");
    while (q.next()) {
        const auto it = index.constFind(q.columnInt64(0));
        const HsRevision revision = hsRevisionFromNumber(q.columnInt(2));
        if (it != index.constEnd() && revision != HsRevision::Unknown)
            dataSets[*it].hsRevisions[q.columnInt(1)] = revision;
    }
    return !q.failed();
}

namespace schema {

bool recordHsRevisions(sqlite::Database &db)
{
    std::map<qint64, DataSetInfo> dataSets;
    sqlite::Statement sets(db, "SELECT id, source FROM dataset");
    while (sets.next())
        dataSets[sets.columnInt64(0)].source = sets.columnText(1);
    sqlite::Statement files(db, "SELECT dataset_id, file_name FROM dataset_file");
    while (files.next())
        dataSets[files.columnInt64(0)].files.push_back({files.columnText(1), {}, 0, 0, 0, 0});
    sqlite::Statement years(db, "SELECT DISTINCT dataset_id, year FROM dataset_slice");
    while (years.next())
        dataSets[years.columnInt64(0)].slices.push_back({{}, years.columnInt(1), 0, 0, 0, 0, -1});
    if (sets.failed() || files.failed() || years.failed())
        return false;
    sqlite::Statement insert(db, "INSERT INTO dataset_year(dataset_id, year, hs_revision) VALUES(?, ?, ?)");
    for (auto &[id, info] : dataSets) {
        fillFromCoding(info);
        for (const auto &[year, revision] : info.hsRevisions) {
            insert.bind(1, id);
            insert.bind(2, year);
            insert.bind(3, hsRevisionNumber(revision));
            if (!insert.run())
                return false;
        }
    }
    return true;
}

} // namespace schema

} // namespace herkomst
