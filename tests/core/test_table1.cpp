// Table 1 of the letter (services against goods imports by partner): the shipped transcription,
// partners recognised as printed, and the goods column computed from goods data.
#include "analysis/importsbypartner.h"
#include "demo/demodata.h"
#include "demo/letterreference.h"
#include "domain/partnercomparison.h"
#include "tradedatabuilder.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace herkomst;

class TestTable1 : public QObject {
    Q_OBJECT

private slots:
    // The shipped resource against the transcription in the shared samples: all 40 rows, names
    // exactly as printed, values exactly.
    void letterReproducesAllRows()
    {
        QFile file(
            QDir(QStringLiteral(HERKOMST_SHARED_DATA_DIR)).filePath(QStringLiteral("reference/letter-table1.csv")));
        if (!file.exists())
            QSKIP("letter-table1.csv not among the shared samples (HERKOMST_SHARED_DATA_DIR)");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const PartnerComparison letter = letterTable1();
        QCOMPARE(letter.services.size(), size_t(20));
        QCOMPARE(letter.goods.size(), size_t(20));
        file.readLine(); // header
        int rows = 0;
        while (!file.atEnd()) {
            const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
            if (f.size() != 5)
                continue;
            const size_t i = size_t(rows++);
            QCOMPARE(letter.services[i].rank, f[0].toInt());
            QCOMPARE(letter.services[i].name, f[1]);
            QCOMPARE(letter.services[i].value, f[2].toDouble());
            QCOMPARE(letter.goods[i].rank, f[0].toInt());
            QCOMPARE(letter.goods[i].name, f[3]);
            QCOMPARE(letter.goods[i].value, f[4].toDouble());
        }
        QCOMPARE(rows, 20);
    }

    void letterDescribesItself()
    {
        const PartnerComparison letter = letterTable1();
        QCOMPARE(letter.sourceLine, QStringLiteral("Bron: CBS; Kamerbrief 22 november 2021, Bijlage 1, tabel 1"));
        QCOMPARE(letter.label, QStringLiteral("Kamerbrief 2021"));
        QCOMPARE(letter.year, 2020);
        QCOMPARE(letter.reporter, QStringLiteral("NLD"));
        QCOMPARE(letter.currency, QStringLiteral("EUR"));
        QCOMPARE(letter.services.front().name, QStringLiteral("Verenigde Staten"));
        QCOMPARE(letter.services.front().value, 36270.0);
        QCOMPARE(letter.goods.back().name, QStringLiteral("Denemarken"));
        QCOMPARE(letter.goods.back().value, 4891.0);
    }

    // Countries by ISO3 and EU side in 2020; CBS residual groups as printed, never a country.
    void partnersRecognisedAsPrinted()
    {
        const PartnerComparison letter = letterTable1();
        for (const auto *list : {&letter.services, &letter.goods}) {
            for (const RankedPartner &p : *list)
                QVERIFY2(!p.code.isEmpty() && p.side != EuSide::Unknown, qPrintable(p.name));
        }
        const RankedPartner &otherAsia = letter.goods[9];
        QCOMPARE(otherAsia.name, QStringLiteral("Overige Azië"));
        QVERIFY(otherAsia.block);
        QCOMPARE(otherAsia.code, QStringLiteral("CBS-AZIE"));
        QCOMPARE(otherAsia.side, EuSide::ExtraEu);
        const RankedPartner &otherAmerica = letter.goods[10];
        QCOMPARE(otherAmerica.name, QStringLiteral("Overige Midden- en Zuid-Amerika"));
        QVERIFY(otherAmerica.block);
        QCOMPARE(letter.goods[0].code, QStringLiteral("DEU"));
        QCOMPARE(letter.goods[0].side, EuSide::IntraEu);
        QCOMPARE(letter.services[1].code, QStringLiteral("GBR")); // left the EU in 2020
        QCOMPARE(letter.services[1].side, EuSide::ExtraEu);
        QCOMPARE(letter.services[2].code, QStringLiteral("BMU"));
        QVERIFY(!letter.services[2].block);
    }

    void partnersInOneListOnly()
    {
        const PartnerComparison letter = letterTable1();
        QVERIFY(!letter.inGoods(letter.services[2])); // Bermuda: services only
        QVERIFY(letter.inGoods(letter.services[0]));  // the United States: both
        QVERIFY(!letter.inServices(letter.goods[9])); // Overige Azië: goods only
        QVERIFY(!letter.inServices(letter.goods[6])); // Rusland: goods only
        QVERIFY(letter.inServices(letter.goods[2]));  // China: both
        const PartnerComparison top5 = letter.top(5);
        QCOMPARE(top5.services.size(), size_t(5));
        QVERIFY(!top5.inServices(top5.goods[2])); // China is 14th for services
    }

    // The goods column from the demo data: the letter's first five, in order, within 1 %.
    void demoGoodsRankLikeTheLetter()
    {
        const TradeData &data = *demo::tradeData().at(2020);
        const std::vector<RankedPartner> goods = importsByPartner(data);
        const PartnerComparison letter = letterTable1();
        QVERIFY(goods.size() >= 5);
        for (size_t i = 0; i < 5; ++i) {
            QCOMPARE(goods[i].rank, int(i) + 1);
            QCOMPARE(goods[i].code, letter.goods[i].code);
            QCOMPARE(goods[i].name, letter.goods[i].name);
            QCOMPARE(goods[i].side, letter.goods[i].side);
            QVERIFY2(
                std::abs(goods[i].value - letter.goods[i].value) / letter.goods[i].value < 0.01,
                qPrintable(
                    QStringLiteral("%1: %2 vs %3").arg(goods[i].name).arg(goods[i].value).arg(letter.goods[i].value)));
        }
    }

    // Summed over products in millions; a secret cell is no zero but marks a lower bound; a
    // residual group keeps its own name and side.
    void goodsSummedOverProducts()
    {
        TradeDataBuilder builder;
        builder.product(QStringLiteral("010101")).product(QStringLiteral("020202"));
        builder.import(QStringLiteral("010101"), QStringLiteral("DEU"), 2.5e6);
        builder.import(QStringLiteral("020202"), QStringLiteral("DEU"), 1.0e6);
        builder.import(QStringLiteral("010101"), QStringLiteral("CHN"), 3.0e6);
        builder.importSecret(QStringLiteral("020202"), QStringLiteral("CHN"));
        builder.importSecret(QStringLiteral("020202"), QStringLiteral("USA"));
        builder.block(QStringLiteral("CBS-AZIE"), EuSide::ExtraEu);
        builder.import(QStringLiteral("010101"), QStringLiteral("CBS-AZIE"), 0.5e6);
        builder.import(QStringLiteral("010101"), QStringLiteral("NLD"), 9.0e6); // re-imports
        const std::vector<RankedPartner> goods = importsByPartner(*builder.build());
        // The United States has no known value: not ranked as 0; the reporter is never its own partner.
        QCOMPARE(goods.size(), size_t(3));
        QCOMPARE(goods[0].code, QStringLiteral("DEU"));
        QCOMPARE(goods[0].value, 3.5);
        QVERIFY(!goods[0].partial);
        QCOMPARE(goods[1].code, QStringLiteral("CHN"));
        QCOMPARE(goods[1].value, 3.0);
        QVERIFY(goods[1].partial);
        QCOMPARE(goods[1].side, EuSide::ExtraEu);
        QCOMPARE(goods[2].name, QStringLiteral("blok CBS-AZIE"));
        QVERIFY(goods[2].block);
        QCOMPARE(goods[2].rank, 3);
    }
};

QTEST_GUILESS_MAIN(TestTable1)
#include "test_table1.moc"
