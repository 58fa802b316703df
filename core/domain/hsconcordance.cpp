#include "domain/hsconcordance.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <set>
#include <tuple>

namespace herkomst {

namespace {

bool isHs6(QStringView code)
{
    return code.size() == 6 && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
}

// Connected components over (revision, code) nodes.
class Components {
public:
    int node(HsRevision revision, const QString &code)
    {
        const auto [it, added] = mIds.try_emplace({revision, code}, int(mParent.size()));
        if (added)
            mParent.push_back(it->second);
        return it->second;
    }
    int root(int node)
    {
        while (mParent[size_t(node)] != node)
            node = mParent[size_t(node)] = mParent[size_t(mParent[size_t(node)])];
        return node;
    }
    void join(int a, int b) { mParent[size_t(root(a))] = root(b); }
    const std::map<std::pair<HsRevision, QString>, int> &nodes() const { return mIds; }

private:
    std::map<std::pair<HsRevision, QString>, int> mIds;
    std::vector<int> mParent;
};

} // namespace

HsGroup::Kind HsGroup::kind() const
{
    if (fromCodes.size() <= 1 && toCodes.size() <= 1)
        return Kind::OneToOne;
    if (toCodes.size() == 1)
        return Kind::Merge;
    if (fromCodes.size() == 1)
        return Kind::Split;
    return Kind::ManyToMany;
}

const HsConcordance &HsConcordance::shipped()
{
    static const HsConcordance concordance = [] {
        HsConcordance c;
        QString error;
        for (const char *table : {":/herkomst/reference/hs2022-hs2017-correlation.csv",
                                  ":/herkomst/reference/hs2017-hs2012-correlation.csv"}) {
            if (!c.addTable(QString::fromLatin1(table), &error))
                qFatal("The HS correlation tables in the resources are broken: %s", qPrintable(error));
        }
        return c;
    }();
    return concordance;
}

bool HsConcordance::addTable(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: kan het bestand niet lezen (%2)").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    const HsRevision newer = parseHsRevision(QString::fromLatin1(header.value(0)));
    const HsRevision older = parseHsRevision(QString::fromLatin1(header.value(1)));
    if (newer == HsRevision::Unknown || older == HsRevision::Unknown || int(newer) <= int(older)) {
        *error =
            tr("%1, rij 1: de kop noemt niet een nieuwere en een oudere HS-versie (zoals hs2022,hs2017)").arg(name);
        return false;
    }
    Pairs pairs;
    for (int row = 2; !file.atEnd(); ++row) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        for (int column = 0; column < 2; ++column) {
            if (!isHs6(QString::fromLatin1(fields.value(column)))) {
                *error = tr("%1, rij %2, kolom %3: \"%4\" is geen HS-code van zes cijfers")
                             .arg(name)
                             .arg(row)
                             .arg(column + 1)
                             .arg(QString::fromLatin1(fields.value(column)));
                return false;
            }
        }
        pairs.emplace_back(QString::fromLatin1(fields[0]), QString::fromLatin1(fields[1]));
    }
    Table table;
    for (const auto &[newerCode, olderCode] : pairs) {
        table.olderOf[newerCode].push_back(olderCode);
        table.newerOf[olderCode].push_back(newerCode);
    }
    table.pairs = std::move(pairs);
    mTables[{newer, older}] = std::move(table);
    const std::lock_guard<std::mutex> guard(mCache.lock);
    mCache.indexes.clear(); // built on the tables as they were
    return true;
}

std::vector<std::pair<HsRevision, HsRevision>> HsConcordance::chain(HsRevision a, HsRevision b) const
{
    std::vector<std::pair<HsRevision, HsRevision>> steps;
    const int high = std::max(int(a), int(b));
    HsRevision at = HsRevision(std::min(int(a), int(b)));
    while (int(at) < high) {
        // The table from `at` to the nearest newer revision that does not pass the target.
        const std::pair<HsRevision, HsRevision> *next = nullptr;
        for (const auto &entry : mTables) {
            const auto &key = entry.first;
            if (key.second == at && int(key.first) <= high && (!next || int(key.first) < int(next->first)))
                next = &key;
        }
        if (!next)
            return {};
        steps.push_back(*next);
        at = next->first;
    }
    return steps;
}

bool HsConcordance::connects(HsRevision a, HsRevision b) const
{
    return a != HsRevision::Unknown && b != HsRevision::Unknown && (a == b || !chain(a, b).empty());
}

const HsGroupIndex &HsConcordance::groupIndex(HsRevision from, HsRevision to) const
{
    const std::lock_guard<std::mutex> guard(mCache.lock);
    const auto known = mCache.indexes.find({from, to});
    if (known != mCache.indexes.end())
        return known->second;
    return mCache.indexes.emplace(std::pair(from, to), buildIndex(from, to)).first->second;
}

HsGroupIndex HsConcordance::buildIndex(HsRevision from, HsRevision to) const
{
    if (from == to)
        return {};
    Components components;
    for (const auto &key : chain(from, to)) {
        for (const auto &[newer, older] : mTables.at(key).pairs)
            components.join(components.node(key.first, newer), components.node(key.second, older));
    }
    std::map<int, HsGroup> byRoot;
    for (const auto &[node, id] : components.nodes()) {
        if (node.first == from)
            byRoot[components.root(id)].fromCodes.push_back(node.second);
        else if (node.first == to)
            byRoot[components.root(id)].toCodes.push_back(node.second);
    }
    std::vector<HsGroup> groups;
    groups.reserve(byRoot.size());
    for (auto &entry : byRoot)
        groups.push_back(std::move(entry.second)); // codes arrive sorted: the node map is ordered
    std::sort(groups.begin(), groups.end(), [](const HsGroup &x, const HsGroup &y) {
        return std::tie(x.toCodes, x.fromCodes) < std::tie(y.toCodes, y.fromCodes);
    });
    HsGroupIndex index;
    for (size_t g = 0; g < groups.size(); ++g) {
        for (const QString &code : groups[g].fromCodes)
            index.fromGroup.insert(code, g);
        for (const QString &code : groups[g].toCodes)
            index.toGroup.insert(code, g);
    }
    index.groups = std::move(groups);
    return index;
}

std::vector<QString> HsConcordance::counterparts(const QString &code, HsRevision of, HsRevision in) const
{
    std::set<QString> codes{code};
    std::vector<std::pair<HsRevision, HsRevision>> steps = chain(of, in);
    if (int(of) > int(in))
        std::reverse(steps.begin(), steps.end());
    for (const auto &key : steps) {
        const bool upward = int(of) < int(in); // older codes in, newer codes out
        const Links &links = upward ? mTables.at(key).newerOf : mTables.at(key).olderOf;
        std::set<QString> next;
        for (const QString &each : codes) {
            const auto found = links.constFind(each);
            if (found != links.constEnd())
                next.insert(found->begin(), found->end());
        }
        codes = std::move(next);
    }
    if (of == in || steps.empty())
        return {};
    return {codes.begin(), codes.end()};
}

} // namespace herkomst
