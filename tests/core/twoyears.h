#pragma once

// Two hand-made years (2019, 2020) of the Netherlands' imports whose concentrated products differ
// in every way a year comparison has to tell apart; the core's comparison and its export tables
// are tested on the same years.
#include "tradedatabuilder.h"

#include "analysis/funnelanalysis.h"
#include "analysis/productstatistics.h"

namespace herkomst::test {

inline const QString kBoth = QStringLiteral("200001");   // after the last step in both years
inline const QString kNew = QStringLiteral("200002");    // 2019 exported more than it imported; 2020 not
inline const QString kGone = QStringLiteral("200003");   // not imported in 2020
inline const QString kNever = QStringLiteral("200004");  // many suppliers in both years
inline const QString kSpread = QStringLiteral("200005"); // 2019 concentrated; 2020 world market spread

inline StatisticsSet twoYearsFixture(int y)
{
    TradeDataBuilder b(QStringLiteral("NLD"), y);
    b.product(kBoth).import(kBoth, QStringLiteral("CHN"), 100).worldExport(kBoth, QStringLiteral("CHN"), 1000);
    b.product(kNew).import(kNew, QStringLiteral("CHN"), 100).worldExport(kNew, QStringLiteral("CHN"), 1000);
    if (y == 2019) {
        b.exportValue(kNew, 400);
        b.product(kGone).import(kGone, QStringLiteral("USA"), 80).worldExport(kGone, QStringLiteral("USA"), 500);
    }
    b.product(kNever);
    for (const char *partner : {"CHN", "USA", "JPN", "KOR"})
        b.import(kNever, QLatin1String(partner), 25);
    b.worldExport(kNever, QStringLiteral("CHN"), 10);
    b.product(kSpread).import(kSpread, QStringLiteral("CHN"), 100);
    const QStringList exporters = y == 2019 ? QStringList{QStringLiteral("CHN")}
                                            : QStringList{QStringLiteral("CHN"), QStringLiteral("USA"),
                                                          QStringLiteral("JPN"), QStringLiteral("KOR")};
    for (const QString &exporter : exporters)
        b.worldExport(kSpread, exporter, 100);
    return StatisticsSet{computeStatistics(b.build()), {}};
}

} // namespace herkomst::test
