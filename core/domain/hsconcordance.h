#pragma once

#include "domain/hsrevision.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace herkomst {

// Codes of two HS revisions that the correlation tables tie together: one connected component of
// the tables between the revisions (docs/design.md, "HS versions"). A code that changed meaning is
// never in a 1:1 group; its group holds every code its meaning moved to or came from.
struct HsGroup {
    enum class Kind {
        OneToOne,   // the same meaning, maybe under another code
        Merge,      // n:1, several `from` codes became one `to` code
        Split,      // 1:n, one `from` code became several `to` codes
        ManyToMany, // n:n
    };
    std::vector<QString> fromCodes; // sorted
    std::vector<QString> toCodes;   // sorted

    Kind kind() const;
};

// The groups between two revisions and the group of each code, as a comparison looks them up.
struct HsGroupIndex {
    std::vector<HsGroup> groups;
    QHash<QString, size_t> fromGroup; // a `from` code -> its index in groups
    QHash<QString, size_t> toGroup;   // a `to` code -> its index in groups
};

// The UN correlation tables between consecutive HS revisions, chained where a comparison spans
// more than one step (HS2012 -> HS2017 -> HS2022).
class HsConcordance {
    Q_DECLARE_TR_FUNCTIONS(HsConcordance)

public:
    // The tables Herkomst ships (resources/reference/README.md): HS2022-HS2017 and HS2017-HS2012.
    static const HsConcordance &shipped();

    // Reads one table: a header naming the newer and the older revision ("hs2022,hs2017"), then a
    // pair of six-digit codes per row; further columns are ignored. On a bad file returns false
    // with a message naming file, row and column, and keeps nothing of it.
    bool addTable(const QString &path, QString *error);

    // Whether the tables chain from one revision to the other (always for a revision with itself).
    bool connects(HsRevision a, HsRevision b) const;

    // Every group between the revisions, ordered by their first `to` code (then `from` code);
    // empty when the tables do not connect them or the revisions are the same.
    std::vector<HsGroup> groups(HsRevision from, HsRevision to) const { return groupIndex(from, to).groups; }
    // The same with each code's group, built once per pair of revisions (a comparison asks on every
    // threshold change); safe to call from several threads.
    const HsGroupIndex &groupIndex(HsRevision from, HsRevision to) const;

    // The codes of revision `in` that a code of revision `of` corresponds to directly (through
    // intermediate revisions when the tables chain), sorted; empty when the tables do not know it.
    std::vector<QString> counterparts(const QString &code, HsRevision of, HsRevision in) const;

private:
    using Pairs = std::vector<std::pair<QString, QString>>; // newer code, older code
    // The tables to walk from `a` to `b`, as (newer, older) keys, oldest first; empty when none.
    std::vector<std::pair<HsRevision, HsRevision>> chain(HsRevision a, HsRevision b) const;

    HsGroupIndex buildIndex(HsRevision from, HsRevision to) const;
    using Links = QHash<QString, std::vector<QString>>; // a code -> the codes it corresponds to
    struct Table {
        Pairs pairs;
        Links olderOf; // newer code -> older codes
        Links newerOf; // older code -> newer codes
    };
    std::map<std::pair<HsRevision, HsRevision>, Table> mTables; // (newer, older) -> table
    // Built on first use per (from, to); a copy starts empty and builds its own.
    struct IndexCache {
        IndexCache() = default;
        IndexCache(const IndexCache &) {}
        IndexCache &operator=(const IndexCache &)
        {
            const std::lock_guard<std::mutex> guard(lock);
            indexes.clear();
            return *this;
        }
        std::mutex lock;
        std::map<std::pair<HsRevision, HsRevision>, HsGroupIndex> indexes;
    };
    mutable IndexCache mCache;
};

} // namespace herkomst
