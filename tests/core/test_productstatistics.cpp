// Each metric of docs/design.md §1 on hand-made cases.
#include "analysis/productstatistics.h"
#include "tradedatabuilder.h"

#include <QtTest>
#include <cmath>

using namespace herkomst;

class TestProductStatistics : public QObject {
    Q_OBJECT

private slots:
    void supplierShareIsLargestNonEuPartnerOverAllImports()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("010121"))
                              .import(QStringLiteral("010121"), QStringLiteral("DEU"), 300)
                              .import(QStringLiteral("010121"), QStringLiteral("CHN"), 500)
                              .import(QStringLiteral("010121"), QStringLiteral("USA"), 200)
                              .build();
        const StatisticsTable t = computeStatistics(data);
        const ProductStats &s = t.rows[0];
        QCOMPARE(s.importValue, 1000.0);
        QCOMPARE(t.partnerCode(s.topNonEuPartner), QStringLiteral("CHN"));
        QCOMPARE(s.supplierShare, 0.5);
        QCOMPARE(t.partnerCode(s.topPartner), QStringLiteral("CHN"));
        QCOMPARE(s.extraEuImportShare, 0.7);
        QVERIFY(qFuzzyCompare(s.importHhi, 0.09 + 0.25 + 0.04));
        QVERIFY(qFuzzyCompare(s.extraEuImportHhi, (5.0 / 7) * (5.0 / 7) + (2.0 / 7) * (2.0 / 7)));
    }

    void tiesGoToTheAlphabeticallyFirstPartner()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("100100"))
                              .import(QStringLiteral("100100"), QStringLiteral("USA"), 400)
                              .import(QStringLiteral("100100"), QStringLiteral("CHN"), 400)
                              .import(QStringLiteral("100100"), QStringLiteral("FRA"), 200)
                              .build();
        const StatisticsTable t = computeStatistics(data);
        QCOMPARE(t.partnerCode(t.rows[0].topNonEuPartner), QStringLiteral("CHN"));
        QCOMPARE(t.rows[0].supplierShare, 0.4);
    }

    void onlyEuPartnersGiveZeroShareNotMissing()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("200200"))
                              .import(QStringLiteral("200200"), QStringLiteral("DEU"), 10)
                              .import(QStringLiteral("200200"), QStringLiteral("BEL"), 30)
                              .build();
        const ProductStats s = computeStatistics(data).rows[0];
        QCOMPARE(s.topNonEuPartner, -1);
        QCOMPARE(s.supplierShare, 0.0);
        QCOMPARE(s.extraEuImportShare, 0.0);
        QCOMPARE(s.extraEuImportHhi, 0.0);
    }

    void reporterIsNeverItsOwnPartner()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("300300"))
                              .import(QStringLiteral("300300"), QStringLiteral("NLD"), 900)
                              .import(QStringLiteral("300300"), QStringLiteral("CHN"), 60)
                              .import(QStringLiteral("300300"), QStringLiteral("DEU"), 40)
                              .build();
        const ProductStats s = computeStatistics(data).rows[0];
        QCOMPARE(s.importValue, 100.0);
        QCOMPARE(s.supplierShare, 0.6);
    }

    void ukIsOutsideEu27ButInsideEu28()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("400400"))
                              .import(QStringLiteral("400400"), QStringLiteral("GBR"), 70)
                              .import(QStringLiteral("400400"), QStringLiteral("DEU"), 30)
                              .build();
        QCOMPARE(computeStatistics(data, EuComposition::Eu27_2020).rows[0].supplierShare, 0.7);
        QCOMPARE(computeStatistics(data, EuComposition::Eu28).rows[0].supplierShare, 0.0);
        // Membership by year: in 2020 the UK had left.
        QCOMPARE(computeStatistics(data, EuComposition::MembershipInYear).rows[0].supplierShare, 0.7);
        const auto earlier = TradeDataBuilder(QStringLiteral("NLD"), 2015)
                                 .product(QStringLiteral("400400"))
                                 .import(QStringLiteral("400400"), QStringLiteral("GBR"), 70)
                                 .import(QStringLiteral("400400"), QStringLiteral("HRV"), 30)
                                 .build();
        QCOMPARE(computeStatistics(earlier, EuComposition::MembershipInYear).rows[0].supplierShare, 0.0);
    }

    void zeroExportsGiveCepiisRatioAndSecretExportsAreMissing()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("500500"))
                              .import(QStringLiteral("500500"), QStringLiteral("CHN"), 10)
                              .product(QStringLiteral("500600"))
                              .import(QStringLiteral("500600"), QStringLiteral("CHN"), 10)
                              .exportSecret(QStringLiteral("500600"))
                              .product(QStringLiteral("500700"))
                              .import(QStringLiteral("500700"), QStringLiteral("CHN"), 10)
                              .exportValue(QStringLiteral("500700"), 40)
                              .build();
        const StatisticsTable t = computeStatistics(data);
        QCOMPARE(t.rows[0].importExportRatio, kNoExportsRatio); // GeoDep's 9999, a known value
        QCOMPARE(t.rows[0].importExportRatio, 9999.0);
        QVERIFY(std::isnan(t.rows[1].importExportRatio));
        QCOMPARE(t.rows[2].importExportRatio, 0.25);
        QCOMPARE(t.rows[2].extraEuImportsToExports, 0.25);
    }

    void secretImportCellsAreCountedNotAddedAsZero()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("600600"))
                              .import(QStringLiteral("600600"), QStringLiteral("CHN"), 50)
                              .importSecret(QStringLiteral("600600"), QStringLiteral("USA"))
                              .import(QStringLiteral("600600"), QStringLiteral("DEU"), 50)
                              .build();
        const ProductStats s = computeStatistics(data).rows[0];
        QCOMPARE(s.suppressedImportCells, 1);
        QCOMPARE(s.importValue, 100.0);
        QCOMPARE(s.supplierShare, 0.5);
    }

    void worldHhiFromExportersOrDeliveredOrMissing()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("700100"))
                              .import(QStringLiteral("700100"), QStringLiteral("CHN"), 1)
                              .worldExport(QStringLiteral("700100"), QStringLiteral("CHN"), 60)
                              .worldExport(QStringLiteral("700100"), QStringLiteral("USA"), 20)
                              .worldExport(QStringLiteral("700100"), QStringLiteral("DEU"), 20)
                              .product(QStringLiteral("700200"))
                              .import(QStringLiteral("700200"), QStringLiteral("CHN"), 1)
                              .worldHhi(QStringLiteral("700200"), 0.31)
                              .product(QStringLiteral("700300"))
                              .import(QStringLiteral("700300"), QStringLiteral("CHN"), 1)
                              .build();
        const StatisticsTable t = computeStatistics(data);
        QVERIFY(qFuzzyCompare(t.rows[0].worldHhi, 0.36 + 0.04 + 0.04));
        QCOMPARE(t.partnerCode(t.rows[0].topWorldExporter), QStringLiteral("CHN"));
        QCOMPARE(t.rows[0].topWorldExporterShare, 0.6);
        QCOMPARE(t.rows[1].worldHhi, 0.31);
        QVERIFY(t.rows[1].worldHhiDelivered);
        QVERIFY(std::isnan(t.rows[2].worldHhi));
    }

    void detailListsPartnersLargestFirstWithSuppressedShown()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("800100"))
                              .import(QStringLiteral("800100"), QStringLiteral("DEU"), 25)
                              .import(QStringLiteral("800100"), QStringLiteral("CHN"), 75)
                              .importSecret(QStringLiteral("800100"), QStringLiteral("USA"))
                              .build();
        const StatisticsTable t = computeStatistics(data);
        const std::vector<PartnerShare> partners = importPartners(t, 0);
        QCOMPARE(partners.size(), size_t(3));
        QCOMPARE(partners[0].iso3, QStringLiteral("CHN"));
        QCOMPARE(partners[0].share, 0.75);
        QVERIFY(partners[1].eu);
        QVERIFY(std::isnan(partners[2].value));
    }
};

QTEST_GUILESS_MAIN(TestProductStatistics)
#include "test_productstatistics.moc"
