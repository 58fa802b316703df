// Archives as sources are downloaded (zip, 7z, gz, tar.gz), written here through libarchive:
// listed and read streaming as io::InputFile paths, and refused whole when hostile (a bomb, a
// member name that would leave its folder).
#include "io/archivereader.h"
#include "io/inputfile.h"
#include "support/zipfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst::io;
using ziptest::ArchiveKind;

class TestArchiveReader : public QObject {
    Q_OBJECT

private slots:
    void eachKindListsAndStreams_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("members");
        QTest::newRow("zip") << int(ArchiveKind::Zip) << QStringLiteral("release.zip")
                             << QStringList{QStringLiteral("a.csv"), QStringLiteral("map/b.csv")};
        QTest::newRow("7z") << int(ArchiveKind::SevenZip) << QStringLiteral("bulk.7z")
                            << QStringList{QStringLiteral("a.csv"), QStringLiteral("map/b.csv")};
        QTest::newRow("tar.gz") << int(ArchiveKind::TarGz) << QStringLiteral("bundle.tar.gz")
                                << QStringList{QStringLiteral("a.csv"), QStringLiteral("map/b.csv")};
        QTest::newRow("gz") << int(ArchiveKind::Gzip) << QStringLiteral("a.csv.gz")
                            << QStringList{QStringLiteral("a.csv")};
    }
    void eachKindListsAndStreams()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QStringList, members);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QByteArray big;
        for (int i = 0; i < 200000; ++i)
            big += QByteArray::number(i) + ",abc\n"; // more than one chunk
        ziptest::Entries entries;
        for (const QString &member : members)
            entries.push_back({member, member == QLatin1String("a.csv") ? big : QByteArray("b\n")});
        QString error;
        QVERIFY2(ziptest::writeArchive(path, ArchiveKind(kind), entries, &error), qPrintable(error));

        QVERIFY(InputFile::isArchive(path));
        QStringList expanded;
        SourceError refused;
        QVERIFY2(InputFile::expand({path, dir.filePath(QStringLiteral("plain.csv"))}, &expanded, &refused),
                 qPrintable(refused.toString()));
        QCOMPARE(expanded.size(), members.size() + 1);
        QCOMPARE(expanded.first(), path + QStringLiteral("/a.csv"));
        QVERIFY(InputFile::isMember(expanded.first()));
        QCOMPARE(InputFile::archiveOf(expanded.first()), path);
        QCOMPARE(InputFile::memberOf(expanded.first()), QStringLiteral("a.csv"));
        QVERIFY(InputFile::exists(expanded.first()));
        QVERIFY(!InputFile::exists(path + QStringLiteral("/none.csv")));

        // Streamed back byte for byte, every chunk seen by the observer, the end said once.
        QByteArray observed;
        int ends = 0;
        const std::unique_ptr<QIODevice> device =
            InputFile::open(expanded.first(), &refused, [&](QByteArrayView bytes) {
                if (bytes.isEmpty())
                    ++ends;
                observed += bytes.toByteArray();
            });
        QVERIFY2(device, qPrintable(refused.toString()));
        QVERIFY(device->isSequential());
        const QByteArray back = device->readAll();
        QVERIFY2(back.size() == big.size(), qPrintable(device->errorString()));
        QCOMPARE(back, big);
        QCOMPARE(observed, big);
        QCOMPARE(ends, 1);
        if (members.size() > 1)
            QCOMPARE(InputFile::siblings(path + QStringLiteral("/map/b.csv")), QStringList{QStringLiteral("b.csv")});
    }

    // A zip bomb: megabytes of zeros compressed a thousandfold. Refused while it inflates, after
    // about a megabyte, never unpacked in full.
    void bombIsRefusedWhileInflating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(ziptest::writeArchive(path, ArchiveKind::Zip,
                                      {{QStringLiteral("BACI_HS17_Y2020_V202301.csv"), QByteArray(64 << 20, '0')}}));
        QVERIFY(QFileInfo(path).size() < (1 << 20));
        SourceError error;
        const std::unique_ptr<QIODevice> device =
            InputFile::open(path + QStringLiteral("/BACI_HS17_Y2020_V202301.csv"), &error);
        QVERIFY(device);
        qint64 read = 0;
        char buffer[65536];
        qint64 n = 0;
        while ((n = device->read(buffer, sizeof buffer)) > 0)
            read += n;
        QCOMPARE(n, qint64(-1));
        QVERIFY2(read < (4 << 20), qPrintable(QString::number(read)));
        QVERIFY2(device->errorString().contains(QStringLiteral("compressieverhouding")),
                 qPrintable(device->errorString()));

        // Gzip likewise.
        const QString gz = dir.filePath(QStringLiteral("bomb.csv.gz"));
        QVERIFY(ziptest::writeArchive(gz, ArchiveKind::Gzip, {{QStringLiteral("x"), QByteArray(64 << 20, 'x')}}));
        const std::unique_ptr<QIODevice> gzDevice = InputFile::open(gz + QStringLiteral("/bomb.csv"), &error);
        QVERIFY(gzDevice);
        while ((n = gzDevice->read(buffer, sizeof buffer)) > 0) {
        }
        QCOMPARE(n, qint64(-1));
    }

    // A member that would land outside the folder when unpacked refuses the archive whole.
    void pathTraversalIsRefused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::newRow("parent") << QStringLiteral("../../etc/evil.csv");
        QTest::newRow("parent inside") << QStringLiteral("data/../../evil.csv");
        QTest::newRow("absolute") << QStringLiteral("/tmp/evil.csv");
    }
    void pathTraversalIsRefused()
    {
        QFETCH(QString, member);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evil.zip"));
        QVERIFY(ziptest::writeArchive(path, ArchiveKind::Zip,
                                      {{QStringLiteral("ok.csv"), QByteArray("a\n")}, {member, QByteArray("b\n")}}));
        QStringList expanded;
        SourceError error;
        QVERIFY(!InputFile::expand({path}, &expanded, &error));
        QCOMPARE(error.file, path);
        QVERIFY2(error.message.contains(member) && error.message.contains(QStringLiteral("buiten de map")),
                 qPrintable(error.message));
    }

    void damagedArchiveIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kapot.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 no zip at all");
        file.close();
        QStringList expanded;
        SourceError error;
        QVERIFY(!InputFile::expand({path}, &expanded, &error));
        QCOMPARE(error.file, path);
        QVERIFY2(error.message.contains(QStringLiteral("beschadigd")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "test_archivereader.moc"
