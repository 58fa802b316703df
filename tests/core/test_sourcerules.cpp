// The rules of docs/design.md §1 for sources as they come, on hand-made data: value known and
// partner unknown, a flow the source does not cover, thin world data, the EU as one reporter,
// the warnings that say so, and descriptions resolved once.
#include "analysis/analysiswarnings.h"
#include "analysis/funnelanalysis.h"
#include "domain/hsnomenclature.h"
#include "domain/preset.h"
#include "tradedatabuilder.h"

#include <QtTest>
#include <cmath>

using namespace herkomst;

namespace {

const ProductStats &rowOf(const StatisticsTable &table, const QString &hs6)
{
    return table.rows[size_t(table.rowByHs6.value(hs6))];
}

AnalysisSettings cbs2021()
{
    return {defaultPreset().criteria, {}};
}

} // namespace

class TestSourceRules : public QObject {
    Q_OBJECT

private slots:
    // Comext QX: 50 of 100 has a hidden partner. It counts in M[p], so China's 40 is 40 %, not
    // 80 % of the rest; it is never the largest supplier although it is the largest value; it is
    // one block in the import HHI; the product is flagged.
    void hiddenPartnerCountsButNeverSupplies()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("851713"))
                              .block(QStringLiteral("QX"))
                              .import(QStringLiteral("851713"), QStringLiteral("QX"), 50)
                              .import(QStringLiteral("851713"), QStringLiteral("CHN"), 40)
                              .import(QStringLiteral("851713"), QStringLiteral("DEU"), 10)
                              .build();
        const StatisticsTable table = computeStatistics(data);
        const ProductStats &s = rowOf(table, QStringLiteral("851713"));
        QCOMPARE(s.importValue, 100.0);
        QCOMPARE(s.supplierShare, 0.4);
        QCOMPARE(table.partnerCode(s.topNonEuPartner), QStringLiteral("CHN"));
        QCOMPARE(table.partnerCode(s.topPartner), QStringLiteral("CHN"));
        QCOMPARE(s.topPartnerShare, 0.4);
        QCOMPARE(s.importHhi, 0.5 * 0.5 + 0.4 * 0.4 + 0.1 * 0.1);
        QVERIFY(s.hasHiddenPartner());
        QCOMPARE(s.hiddenPartnerShare, 0.5);
        // QX says nothing about the EU border: in M[p], not in the extra-EU imports.
        QCOMPARE(s.extraEuImports, 40.0);
        QCOMPARE(s.extraEuImportHhi, 1.0);
        // The detail lists the block by its own name, marked, with its share.
        bool listed = false;
        for (const PartnerShare &p : importPartners(table, 0)) {
            if (p.iso3 == QLatin1String("QX")) {
                listed = true;
                QVERIFY(p.hiddenPartner);
                QCOMPARE(p.share, 0.5);
            }
        }
        QVERIFY(listed);
        QCOMPARE(partnerName(table, QStringLiteral("QX")), QStringLiteral("Land vertrouwelijk (commerciële of "
                                                                          "militaire redenen)"));
        QCOMPARE(partnerName(table, QStringLiteral("QX"), QStringLiteral("en")),
                 QStringLiteral("Not specified for commercial or military reasons"));
    }

    // QZ and "Overige Azië" lie outside the EU: they count in the extra-EU imports (one block in
    // the extra-EU HHI); QY lies inside.
    void blockSideDecidesExtraEu()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("300490"))
                              .block(QStringLiteral("QZ"), EuSide::ExtraEu)
                              .block(QStringLiteral("QY"), EuSide::IntraEu)
                              .import(QStringLiteral("300490"), QStringLiteral("QZ"), 30)
                              .import(QStringLiteral("300490"), QStringLiteral("QY"), 20)
                              .import(QStringLiteral("300490"), QStringLiteral("USA"), 30)
                              .import(QStringLiteral("300490"), QStringLiteral("FRA"), 20)
                              .build();
        const StatisticsTable table = computeStatistics(data);
        const ProductStats &s = rowOf(table, QStringLiteral("300490"));
        QCOMPARE(s.extraEuImports, 60.0);
        QCOMPARE(s.extraEuImportShare, 0.6);
        QCOMPARE(s.extraEuImportHhi, 0.5 * 0.5 + 0.5 * 0.5);
        QCOMPARE(s.supplierShare, 0.3); // the USA, never QZ
    }

    // Value unknown stays missing: a secret cell is counted apart, never zero, never a block.
    void valueUnknownStaysMissing()
    {
        const auto data = TradeDataBuilder()
                              .product(QStringLiteral("010121"))
                              .import(QStringLiteral("010121"), QStringLiteral("CHN"), 60)
                              .importSecret(QStringLiteral("010121"), QStringLiteral("USA"))
                              .build();
        const StatisticsTable table = computeStatistics(data);
        const ProductStats &s = rowOf(table, QStringLiteral("010121"));
        QCOMPARE(s.importValue, 60.0);
        QCOMPARE(s.suppressedImportCells, 1);
        QVERIFY(!s.hasHiddenPartner());
    }

    // No export row at all: the ratio is missing for every product, the step undetermined, with a
    // warning naming the step. Inside covered exports a product without a row exports 0.
    void uncoveredExportsLeaveTheStepUndetermined()
    {
        const auto make = [](bool covered) {
            TradeDataBuilder builder;
            builder.product(QStringLiteral("851713"))
                .product(QStringLiteral("300490"))
                .import(QStringLiteral("851713"), QStringLiteral("CHN"), 90)
                .import(QStringLiteral("300490"), QStringLiteral("CHN"), 90)
                .worldExport(QStringLiteral("851713"), QStringLiteral("CHN"), 100)
                .worldExport(QStringLiteral("300490"), QStringLiteral("CHN"), 100);
            if (!covered)
                builder.exportsNotCovered();
            return builder.build();
        };
        StatisticsSet set;
        set.primary = computeStatistics(make(false));
        QVERIFY(std::isnan(rowOf(set.primary, QStringLiteral("851713")).exportValue));
        AnalysisResult result = runFunnel(set, cbs2021());
        QCOMPARE(result.steps[2].undetermined, 2);
        QCOMPARE(result.steps[2].kept + result.steps[2].dropped, 0);
        std::vector<AnalysisWarning> warnings = analysisWarnings(set, cbs2021());
        QCOMPARE(int(warnings.size()), 1);
        QCOMPARE(warnings[0].key(), QStringLiteral("exports_not_covered"));
        QCOMPARE(warnings[0].step, QStringLiteral("net_importer"));
        QVERIFY(warnings[0].message.contains(QStringLiteral("Stap 2")));

        set.primary = computeStatistics(make(true));
        QCOMPARE(rowOf(set.primary, QStringLiteral("851713")).exportValue, 0.0);
        result = runFunnel(set, cbs2021());
        QCOMPARE(result.steps[2].kept, 2);
        QVERIFY(analysisWarnings(set, cbs2021()).empty());
        // A criterion switched off needs nothing: no warning for it.
        AnalysisSettings off = cbs2021();
        for (Criterion &c : off.criteria)
            c.enabled = c.metric != Metric::ImportExportRatio;
        set.primary = computeStatistics(make(false));
        QVERIFY(analysisWarnings(set, off).empty());
    }

    // World data of fewer exporters than a world market has: the world HHI is missing (the step
    // undetermined), with a warning; a delivered HHI (CBS table 4) needs no exporters; no world
    // data at all says so.
    void thinWorldDataIsUndetermined()
    {
        const auto make = [](int exporters) {
            return TradeDataBuilder()
                .product(QStringLiteral("851713"))
                .import(QStringLiteral("851713"), QStringLiteral("CHN"), 90)
                .worldExport(QStringLiteral("851713"), QStringLiteral("CHN"), 80)
                .worldExport(QStringLiteral("851713"), QStringLiteral("USA"), 20)
                .worldExporters(exporters)
                .build();
        };
        StatisticsSet set;
        set.primary = computeStatistics(make(kMinimumWorldExporters - 1));
        QVERIFY(std::isnan(set.primary.rows[0].worldHhi));
        QVERIFY(std::isnan(set.primary.rows[0].topWorldExporterShare));
        std::vector<AnalysisWarning> warnings = analysisWarnings(set, cbs2021());
        QCOMPARE(int(warnings.size()), 1);
        QCOMPARE(warnings[0].kind, AnalysisWarning::Kind::ThinWorldData);
        QCOMPARE(warnings[0].step, QStringLiteral("concentrated"));

        set.primary = computeStatistics(make(kMinimumWorldExporters));
        QCOMPARE(set.primary.rows[0].worldHhi, 0.8 * 0.8 + 0.2 * 0.2);
        QVERIFY(analysisWarnings(set, cbs2021()).empty());

        set.primary = computeStatistics(TradeDataBuilder()
                                            .product(QStringLiteral("851713"))
                                            .import(QStringLiteral("851713"), QStringLiteral("CHN"), 90)
                                            .worldExporters(0)
                                            .build());
        QCOMPARE(analysisWarnings(set, cbs2021()).front().kind, AnalysisWarning::Kind::NoWorldData);

        auto delivered = std::make_shared<TradeData>(*make(2));
        delivered->deliveredWorldHhi[0] = 0.3;
        delivered->coverage.worldHhi = true;
        set.primary = computeStatistics(delivered);
        QCOMPARE(set.primary.rows[0].worldHhi, 0.3);
        QVERIFY(analysisWarnings(set, cbs2021()).empty());
    }

    // The EU as one reporter: its imports from itself (intra-EU) are no part of M[p], only of
    // total EU demand in the extra-EU share (the European Commission's second criterion).
    void euReporterKeepsIntraEuApart()
    {
        const auto data = TradeDataBuilder(QStringLiteral("EU27"))
                              .product(QStringLiteral("851713"))
                              .import(QStringLiteral("851713"), QStringLiteral("CHN"), 60)
                              .import(QStringLiteral("851713"), QStringLiteral("USA"), 20)
                              .import(QStringLiteral("851713"), QStringLiteral("EU27"), 120)
                              .build();
        const StatisticsTable table = computeStatistics(data);
        const ProductStats &s = rowOf(table, QStringLiteral("851713"));
        QCOMPARE(s.importValue, 80.0);
        QCOMPARE(s.intraEuImports, 120.0);
        QCOMPARE(s.supplierShare, 0.75);
        QCOMPARE(s.extraEuImportShare, 80.0 / 200.0);
        // A country reporter's imports from itself (re-imports) stay out of everything.
        const auto nld = TradeDataBuilder()
                             .product(QStringLiteral("851713"))
                             .import(QStringLiteral("851713"), QStringLiteral("CHN"), 60)
                             .import(QStringLiteral("851713"), QStringLiteral("NLD"), 120)
                             .build();
        const StatisticsTable reimports = computeStatistics(nld);
        QCOMPARE(rowOf(reimports, QStringLiteral("851713")).extraEuImportShare, 1.0);
    }

    // Imports with a hidden partner among the universe's products: one warning with the share.
    void hiddenPartnersAreMentioned()
    {
        StatisticsSet set;
        set.primary = computeStatistics(TradeDataBuilder()
                                            .product(QStringLiteral("851713"))
                                            .product(QStringLiteral("300490"))
                                            .block(QStringLiteral("CBS-AZIE"), EuSide::ExtraEu)
                                            .import(QStringLiteral("851713"), QStringLiteral("CBS-AZIE"), 25)
                                            .import(QStringLiteral("851713"), QStringLiteral("CHN"), 25)
                                            .import(QStringLiteral("300490"), QStringLiteral("CHN"), 50)
                                            .build());
        AnalysisSettings settings = cbs2021();
        for (Criterion &c : settings.criteria)
            c.enabled = c.metric == Metric::SupplierShare;
        const std::vector<AnalysisWarning> warnings = analysisWarnings(set, settings);
        QCOMPARE(int(warnings.size()), 1);
        QCOMPARE(warnings[0].key(), QStringLiteral("hidden_partners"));
        QVERIFY2(warnings[0].message.contains(QStringLiteral("1 product")), qPrintable(warnings[0].message));
        QVERIFY2(warnings[0].message.contains(QStringLiteral("25,0 %")), qPrintable(warnings[0].message));
    }

    // Descriptions: Dutch where the source gives it, else English; the HS nomenclature is the
    // last resort, also for a code HS 2022 no longer has (its heading).
    void descriptionsResolve()
    {
        ProductInfo dutch{QStringLiteral("010121"), QStringLiteral("Fokpaarden"), QStringLiteral("Horses"), {}};
        QCOMPARE(dutch.description(), QStringLiteral("Fokpaarden"));
        ProductInfo english{QStringLiteral("010121"), {}, QStringLiteral("Horses"), {}};
        QCOMPARE(english.description(), QStringLiteral("Horses"));
        const HsNomenclature &hs = HsNomenclature::instance();
        QCOMPARE(hs.description(QStringLiteral("010121")), QStringLiteral("Horses; live, pure-bred breeding animals"));
        // 851712 (mobile phones) was split in HS 2022: its heading remains.
        QVERIFY2(hs.description(QStringLiteral("851712")).endsWith(QStringLiteral("(HS 8517)")),
                 qPrintable(hs.description(QStringLiteral("851712"))));
        QVERIFY(hs.description(QStringLiteral("000000")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSourceRules)
#include "test_sourcerules.moc"
