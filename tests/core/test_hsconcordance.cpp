// The HS revisions and their concordance: the revision in force in a year, and the groups the UN
// correlation tables tie between two revisions, checked on the shipped tables (always there) and
// on the real rows of the shared tables (HERKOMST_SHARED_DATA_DIR; those cases skip when absent).
#include "domain/hsconcordance.h"

#include "hscodes.h"
#include <QFile>
#include <QTemporaryDir>

#include <QtTest>
#include <map>
#include <set>

using namespace herkomst;

namespace {

const QString kShared = QStringLiteral(HERKOMST_SHARED_DATA_DIR "/reference/");

// The raw rows of a shared table: newer code -> older codes, as the file has them.
std::multimap<QString, QString> rawRows(const QString &name)
{
    std::multimap<QString, QString> rows;
    QFile file(kShared + name);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() >= 2)
            rows.emplace(QString::fromLatin1(fields[0]), QString::fromLatin1(fields[1]));
    }
    return rows;
}

const HsGroup *groupWithToCode(const std::vector<HsGroup> &groups, const QString &code)
{
    for (const HsGroup &group : groups) {
        if (std::binary_search(group.toCodes.begin(), group.toCodes.end(), code))
            return &group;
    }
    return nullptr;
}

} // namespace

class TestHsConcordance : public QObject {
    Q_OBJECT

private:
    // Loaded from the shared tables (with their relationship column), or skips.
    bool loadShared(HsConcordance &concordance)
    {
        if (!QFile::exists(kShared + QStringLiteral("hs2022-hs2017-correlation.csv")))
            return false;
        QString error;
        for (const char *name : {"hs2022-hs2017-correlation.csv", "hs2017-hs2012-correlation.csv"}) {
            if (!concordance.addTable(kShared + QLatin1String(name), &error)) {
                qWarning() << error;
                return false;
            }
        }
        return true;
    }

private slots:
    void revisionInForceByYear()
    {
        QCOMPARE(hsRevisionOfYear(1987), HsRevision::Unknown);
        QCOMPARE(hsRevisionOfYear(1995), HsRevision::HS1992);
        QCOMPARE(hsRevisionOfYear(2011), HsRevision::HS2007);
        QCOMPARE(hsRevisionOfYear(2012), HsRevision::HS2012);
        QCOMPARE(hsRevisionOfYear(2016), HsRevision::HS2012);
        QCOMPARE(hsRevisionOfYear(2017), HsRevision::HS2017);
        QCOMPARE(hsRevisionOfYear(2021), HsRevision::HS2017);
        QCOMPARE(hsRevisionOfYear(2022), HsRevision::HS2022);
        QCOMPARE(hsRevisionOfYear(2026), HsRevision::HS2022);
        QCOMPARE(parseHsRevision(QStringLiteral("HS17")), HsRevision::HS2017);
        QCOMPARE(parseHsRevision(QStringLiteral("HS92")), HsRevision::HS1992);
        QCOMPARE(parseHsRevision(QStringLiteral("hs2022")), HsRevision::HS2022);
        QCOMPARE(parseHsRevision(QStringLiteral("HS18")), HsRevision::Unknown);
        QCOMPARE(parseHsRevision(QStringLiteral("H5")), HsRevision::Unknown);
        QCOMPARE(hsRevisionName(HsRevision::HS2012), QStringLiteral("HS2012"));
        const HsCoding baci{HsRevision::HS2017, false}, cbs{HsRevision::Unknown, true};
        QCOMPARE(baci.revisionOf(2022), HsRevision::HS2017);
        QCOMPARE(cbs.revisionOf(2022), HsRevision::HS2022);
    }

    // Every code of either revision is in exactly one group, and a 1:1 group is a code whose
    // meaning the tables carry over whole, both ways.
    void shippedGroupsPartitionBothRevisions()
    {
        const HsConcordance &c = HsConcordance::shipped();
        QVERIFY(c.connects(HsRevision::HS2017, HsRevision::HS2022));
        QVERIFY(c.connects(HsRevision::HS2022, HsRevision::HS2012));
        QVERIFY(!c.connects(HsRevision::HS2007, HsRevision::HS2017));
        const std::vector<HsGroup> groups = c.groups(HsRevision::HS2017, HsRevision::HS2022);
        std::set<QString> from, to;
        std::map<HsGroup::Kind, int> kinds;
        for (const HsGroup &group : groups) {
            ++kinds[group.kind()];
            for (const QString &code : group.fromCodes)
                QVERIFY2(from.insert(code).second, qPrintable(code));
            for (const QString &code : group.toCodes)
                QVERIFY2(to.insert(code).second, qPrintable(code));
            if (group.kind() == HsGroup::Kind::OneToOne) {
                QCOMPARE(c.counterparts(group.fromCodes.front(), HsRevision::HS2017, HsRevision::HS2022),
                         group.toCodes);
                QCOMPARE(c.counterparts(group.toCodes.front(), HsRevision::HS2022, HsRevision::HS2017),
                         group.fromCodes);
            }
        }
        QCOMPARE(to.size(), size_t(5613)); // every HS2022 subheading
        QVERIFY(kinds[HsGroup::Kind::Merge] > 0 && kinds[HsGroup::Kind::Split] > 0);
        QVERIFY(kinds[HsGroup::Kind::ManyToMany] > 0);
    }

    // A code that changed meaning is never matched 1:1: HS2017 381600 kept its code but took in
    // 251830, so both HS2017 codes form one group with HS2022 381600.
    void aMergeIsOneGroup()
    {
        const HsConcordance &c = HsConcordance::shipped();
        const std::vector<HsGroup> groups = c.groups(HsRevision::HS2017, HsRevision::HS2022);
        const HsGroup *refractory = groupWithToCode(groups, QStringLiteral("381600"));
        QVERIFY(refractory);
        QCOMPARE(refractory->fromCodes, hsCodes({"251830", "381600"}));
        QCOMPARE(refractory->kind(), HsGroup::Kind::Merge);
        // Seen from HS2022 to HS2017 the same group is a split.
        const std::vector<HsGroup> back = c.groups(HsRevision::HS2022, HsRevision::HS2017);
        for (const HsGroup &group : back) {
            if (group.fromCodes == hsCodes({"381600"}))
                QCOMPARE(group.kind(), HsGroup::Kind::Split);
        }
    }

    // HS2012 -> HS2022 goes through HS2017: an unchanged code stays 1:1, and the chained groups
    // still cover every HS2022 code once.
    void revisionsChain()
    {
        const HsConcordance &c = HsConcordance::shipped();
        QCOMPARE(c.counterparts(QStringLiteral("010121"), HsRevision::HS2012, HsRevision::HS2022), hsCodes({"010121"}));
        const std::vector<HsGroup> groups = c.groups(HsRevision::HS2012, HsRevision::HS2022);
        size_t toCodes = 0;
        for (const HsGroup &group : groups)
            toCodes += group.toCodes.size();
        QCOMPARE(toCodes, size_t(5613));
        QVERIFY(c.groups(HsRevision::HS2017, HsRevision::HS2017).empty());
    }

    // HS2022's new heading 8549 (electrical and electronic waste) on the real rows: one n:n group
    // holding every HS2017 code the table ties to any 8549 code, and a code's counterparts exactly
    // the rows the table has for it.
    void heading8549OnTheSharedTable()
    {
        HsConcordance shared;
        if (!loadShared(shared))
            QSKIP("the shared correlation tables are not there (HERKOMST_SHARED_DATA_DIR)");
        const std::multimap<QString, QString> rows = rawRows(QStringLiteral("hs2022-hs2017-correlation.csv"));
        const std::vector<HsGroup> groups = shared.groups(HsRevision::HS2017, HsRevision::HS2022);
        const HsGroup *waste = groupWithToCode(groups, QStringLiteral("854921"));
        QVERIFY(waste);
        QCOMPARE(waste->kind(), HsGroup::Kind::ManyToMany);
        std::set<QString> linked;
        for (const auto &[hs2022, hs2017] : rows) {
            if (hs2022.startsWith(QLatin1String("8549"))) {
                QVERIFY(std::binary_search(waste->toCodes.begin(), waste->toCodes.end(), hs2022));
                QVERIFY2(std::binary_search(waste->fromCodes.begin(), waste->fromCodes.end(), hs2017),
                         qPrintable(hs2017));
                linked.insert(hs2017);
            }
        }
        QVERIFY(linked.size() > 500); // about a thousand HS2017 codes feed 8549
        const auto range = rows.equal_range(QStringLiteral("854921"));
        QCOMPARE(shared.counterparts(QStringLiteral("854921"), HsRevision::HS2022, HsRevision::HS2017).size(),
                 size_t(std::distance(range.first, range.second)));
        // 854911 to 854919 split HS2017's 854810 (waste of primary cells): n:1 rows in the table.
        QCOMPARE(shared.counterparts(QStringLiteral("854911"), HsRevision::HS2022, HsRevision::HS2017),
                 hsCodes({"854810"}));
    }

    // An n:1 merge on the real rows: 490510 and 490599 (globes, maps) became 490590.
    void mergeOnTheSharedTable()
    {
        HsConcordance shared;
        if (!loadShared(shared))
            QSKIP("the shared correlation tables are not there (HERKOMST_SHARED_DATA_DIR)");
        const std::multimap<QString, QString> rows = rawRows(QStringLiteral("hs2022-hs2017-correlation.csv"));
        std::vector<QString> sources;
        const auto range = rows.equal_range(QStringLiteral("490590"));
        for (auto it = range.first; it != range.second; ++it)
            sources.push_back(it->second);
        std::sort(sources.begin(), sources.end());
        QVERIFY(sources.size() >= 2);
        const std::vector<HsGroup> groups = shared.groups(HsRevision::HS2017, HsRevision::HS2022);
        const HsGroup *maps = groupWithToCode(groups, QStringLiteral("490590"));
        QVERIFY(maps);
        QCOMPARE(maps->fromCodes, sources);
        QCOMPARE(maps->kind(), HsGroup::Kind::Merge);
    }

    // The shipped resource is the shared table, codes only: the same groups.
    void shippedEqualsTheSharedTables()
    {
        HsConcordance shared;
        if (!loadShared(shared))
            QSKIP("the shared correlation tables are not there (HERKOMST_SHARED_DATA_DIR)");
        for (const auto &[from, to] :
             {std::pair{HsRevision::HS2017, HsRevision::HS2022}, std::pair{HsRevision::HS2012, HsRevision::HS2017}}) {
            const std::vector<HsGroup> a = shared.groups(from, to), b = HsConcordance::shipped().groups(from, to);
            QCOMPARE(a.size(), b.size());
            for (size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].fromCodes, b[i].fromCodes);
                QCOMPARE(a[i].toCodes, b[i].toCodes);
            }
        }
    }

    void badTableNamesRowAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hs2022,hs2017\n010121,010121\n010129,01012\n");
        file.close();
        HsConcordance c;
        QString error;
        QVERIFY(!c.addTable(path, &error));
        QVERIFY2(error.contains(QStringLiteral("t.csv")) && error.contains(QStringLiteral("rij 3")) &&
                     error.contains(QStringLiteral("kolom 2")),
                 qPrintable(error));
        QVERIFY(!c.connects(HsRevision::HS2017, HsRevision::HS2022)); // nothing of it kept

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("hs2017,hs2022\n010121,010121\n");
        file.close();
        QVERIFY(!c.addTable(path, &error));
        QVERIFY2(error.contains(QStringLiteral("rij 1")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHsConcordance)
#include "test_hsconcordance.moc"
