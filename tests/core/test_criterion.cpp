// Criteria as data: rule texts, Dutch threshold formatting and the --set syntax.
#include "cli/analysisoptions.h"
#include "domain/preset.h"

#include <QtTest>

using namespace herkomst;

class TestCriterion : public QObject {
    Q_OBJECT

private slots:
    void rulesReadAsInTheLetter()
    {
        const std::vector<Criterion> &c = defaultPreset().criteria;
        QCOMPARE(c.size(), size_t(3));
        QCOMPARE(c[0].ruleText(), QStringLiteral("Aandeel grootste niet-EU-leverancier > 50 %"));
        QCOMPARE(c[2].ruleText(), QStringLiteral("Concentratie wereldmarkt (HHI) > 0,25"));
        QCOMPARE(formatThreshold(Metric::SupplierShare, 0.625), QStringLiteral("62,5 %"));
    }

    void holdsIsStrictAndMissingIsUnknown()
    {
        Criterion c;
        c.threshold = 0.5;
        QCOMPARE(c.holds(0.5), std::optional<bool>(false));
        QCOMPARE(c.holds(0.5000001), std::optional<bool>(true));
        QVERIFY(!c.holds(std::nan("")).has_value());
        c.comparison = Comparison::LessOrEqual;
        QCOMPARE(c.holds(0.5), std::optional<bool>(true));
    }

    void presetsAreComplete()
    {
        QCOMPARE(int(builtInPresets().size()), 3);
        const Preset *geodep = findPreset(QStringLiteral("GEODEP"));
        QVERIFY(geodep);
        QCOMPARE(geodep->persistence, (Persistence{3, 2})); // CEPII: together, 2 of the last 3 years
        for (const Criterion &c : geodep->criteria)
            QCOMPARE(c.threshold, c.metric == Metric::ImportExportRatio ? 1.0 : 0.4);
        QVERIFY(!defaultPreset().persistence.multiYear());
    }

    void thresholdSettings()
    {
        std::vector<Criterion> c = defaultPreset().criteria;
        QString error;
        QVERIFY(cli::applyThresholdSetting(c, QStringLiteral("supplier_share=0.6"), &error));
        QCOMPARE(c[0].threshold, 0.6);
        QVERIFY(cli::applyThresholdSetting(c, QStringLiteral("net_importer=1,5"), &error));
        QCOMPARE(c[1].threshold, 1.5);
        QVERIFY(cli::applyThresholdSetting(c, QStringLiteral("world_hhi=off"), &error));
        QVERIFY(!c[2].enabled);
        QVERIFY(!cli::applyThresholdSetting(c, QStringLiteral("world_hhi=-1"), &error));
        QVERIFY(error.contains(QStringLiteral("buiten het bereik")));
    }
};

QTEST_GUILESS_MAIN(TestCriterion)
#include "test_criterion.moc"
