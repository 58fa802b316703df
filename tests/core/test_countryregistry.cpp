// Country look-up as trade files spell countries.
#include "countries/countryregistry.h"
#include "countries/eucomposition.h"

#include <QtTest>

using namespace herkomst;

class TestCountryRegistry : public QObject {
    Q_OBJECT

private slots:
    void findsByNameOrCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso3");
        QTest::newRow("dutch") << QStringLiteral("Duitsland") << QStringLiteral("DEU");
        QTest::newRow("dutch accent") << QStringLiteral("België") << QStringLiteral("BEL");
        QTest::newRow("no accent") << QStringLiteral("Belgie") << QStringLiteral("BEL");
        QTest::newRow("cbs spelling") << QStringLiteral("Zuid-Korea") << QStringLiteral("KOR");
        QTest::newRow("cbs hongkong") << QStringLiteral("Hongkong") << QStringLiteral("HKG");
        QTest::newRow("cbs rusland") << QStringLiteral("Rusland") << QStringLiteral("RUS");
        QTest::newRow("overige azie") << QStringLiteral("Overige Azië") << QStringLiteral("TWN");
        QTest::newRow("english") << QStringLiteral("United States") << QStringLiteral("USA");
        QTest::newRow("english official") << QStringLiteral("Korea, Republic of") << QStringLiteral("KOR");
        QTest::newRow("iso2") << QStringLiteral("cn") << QStringLiteral("CHN");
        QTest::newRow("iso3") << QStringLiteral("nld") << QStringLiteral("NLD");
        QTest::newRow("numeric") << QStringLiteral("528") << QStringLiteral("NLD");
        QTest::newRow("spaces") << QStringLiteral("  Verenigd   Koninkrijk ") << QStringLiteral("GBR");
    }
    void findsByNameOrCode()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso3);
        const Country *c = CountryRegistry::instance().find(text);
        QVERIFY2(c, qPrintable(text));
        QCOMPARE(c->iso3, iso3);
    }

    void unknownNamesAreNotGuessed()
    {
        QVERIFY(!CountryRegistry::instance().find(QStringLiteral("Atlantis")));
        QVERIFY(!CountryRegistry::instance().find(QStringLiteral("999")));
    }

    void dutchDisplayNames()
    {
        const CountryRegistry &r = CountryRegistry::instance();
        QCOMPARE(r.name(QStringLiteral("USA")), QStringLiteral("Verenigde Staten"));
        QCOMPARE(r.name(QStringLiteral("KOR")), QStringLiteral("Zuid-Korea"));
        QCOMPARE(r.name(QStringLiteral("DEU"), QStringLiteral("en")), QStringLiteral("Germany"));
        QCOMPARE(r.name(QStringLiteral("XYZ")), QStringLiteral("XYZ"));
    }

    void euCompositions()
    {
        int members = 0;
        for (const Country &c : CountryRegistry::instance().countries())
            members += isEuMember(EuComposition::Eu27_2020, c.iso3, 2020);
        QCOMPARE(members, 27);
        QVERIFY(isEuMember(EuComposition::Eu28, QStringLiteral("GBR"), 2020));
        QVERIFY(isEuMember(EuComposition::MembershipInYear, QStringLiteral("GBR"), 2019));
        QVERIFY(!isEuMember(EuComposition::MembershipInYear, QStringLiteral("HRV"), 2012));
        QVERIFY(!isEuMember(EuComposition::Eu27_2020, QStringLiteral("CHE"), 2020));
    }
};

QTEST_GUILESS_MAIN(TestCountryRegistry)
#include "test_countryregistry.moc"
