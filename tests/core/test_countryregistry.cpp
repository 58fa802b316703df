// Country look-up as trade files spell countries.
#include "countries/countryregistry.h"
#include "countries/eucomposition.h"
#include "countries/partnercodes.h"

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
        // Places without an ISO code of their own, through the alias table (places-without-iso.csv,
        // partner-aliases.csv): partners like any country.
        QTest::newRow("other asia nes") << QStringLiteral("Other Asia, nes") << QStringLiteral("TWN");
        QTest::newRow("comtrade s19") << QStringLiteral("S19") << QStringLiteral("TWN");
        QTest::newRow("m49 490") << QStringLiteral("M49-490") << QStringLiteral("TWN");
        QTest::newRow("comext kosovo") << QStringLiteral("XK") << QStringLiteral("XKX");
        QTest::newRow("comext ceuta") << QStringLiteral("XC") << QStringLiteral("XCE");
        QTest::newRow("comext melilla") << QStringLiteral("XL") << QStringLiteral("XME");
        QTest::newRow("eurostat greece") << QStringLiteral("EL") << QStringLiteral("GRC");
        QTest::newRow("baci former antilles") << QStringLiteral("ANT") << QStringLiteral("ANT");
        QTest::newRow("baci former ussr") << QStringLiteral("Fmr USSR") << QStringLiteral("SUN");
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

    // Codes and names that name no country are never forced onto one (docs/design.md §1).
    void nonCountryPartnersAreBlocks()
    {
        const CountryRegistry &registry = CountryRegistry::instance();
        const PartnerCodes &codes = PartnerCodes::instance();
        QVERIFY(!registry.find(QStringLiteral("Overige Azië")));
        const std::optional<NonCountryPartner> asia = codes.find(QStringLiteral("Overige Azië"));
        QVERIFY(asia);
        QCOMPARE(asia->code, QStringLiteral("CBS-AZIE"));
        QCOMPARE(asia->side, EuSide::ExtraEu);
        QCOMPARE(codes.find(QStringLiteral("Overige Midden- en Zuid-Amerika"))->code, QStringLiteral("CBS-AMERIKA"));
        QCOMPARE(codes.find(QStringLiteral("QU"))->side, EuSide::Unknown);
        QCOMPARE(codes.find(QStringLiteral("QY"))->side, EuSide::IntraEu);
        QCOMPARE(codes.find(QStringLiteral("QZ"))->side, EuSide::ExtraEu);
        QCOMPARE(codes.find(QStringLiteral("qp"))->nameEn, QStringLiteral("High seas"));
        QCOMPARE(codes.find(QStringLiteral("Europe EFTA, nes"))->code, QStringLiteral("M49-697"));
        QCOMPARE(codes.find(QStringLiteral("R20"))->code, QStringLiteral("M49-697"));
        // Not in the table, but saying so by its name: a block under that name, side unknown.
        const std::optional<NonCountryPartner> made = codes.find(QStringLiteral("Caribbean, nes"));
        QVERIFY(made);
        QCOMPARE(made->code, QStringLiteral("Caribbean, nes"));
        QCOMPARE(made->side, EuSide::Unknown);
        QVERIFY(codes.find(QStringLiteral("Overige landen")));
        // Countries are no blocks, and "nes" inside a word is no "nes".
        QVERIFY(!codes.find(QStringLiteral("Philippines")));
        QVERIFY(!codes.find(QStringLiteral("China")));
        QVERIFY(!codes.find(QStringLiteral("Indonesië")));
    }

    // The EU as one reporter is a reporter the registry knows, never a partner country.
    void euAsOneReporter()
    {
        const Country *eu = CountryRegistry::instance().find(QStringLiteral("EU27"));
        QVERIFY(eu);
        QCOMPARE(eu->kind, PartnerKind::Aggregate);
        QCOMPARE(euReporterComposition(QStringLiteral("eu27")), EuComposition::Eu27_2020);
        QCOMPARE(euReporterComposition(QStringLiteral("EU28")), EuComposition::Eu28);
        QVERIFY(!euReporterComposition(QStringLiteral("NLD")));
        QCOMPARE(CountryRegistry::instance().name(QStringLiteral("EU27")), QStringLiteral("Europese Unie (EU27)"));
        // Ceuta and Melilla are Spanish but outside the EU customs territory: not EU partners.
        QVERIFY(!isEuMember(EuComposition::Eu27_2020, QStringLiteral("XCE"), 2020));
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
