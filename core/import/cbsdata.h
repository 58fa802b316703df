#pragma once

#include "domain/tradedata.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace herkomst {

// Everything the CBS tables of one import say, keyed as the store keys it, before it is written.
struct CbsData {
    struct Entry {
        TradeValue value;
        QString file; // where the value (or its first part) came from
        qint64 row = 0;
        bool fromCn8 = false; // summed from CN8 (GN) lines
    };

    QHash<QByteArray, Entry> imports;        // "year|hs6|partner"
    QHash<QByteArray, Entry> exports;        // "year|hs6"
    QHash<QByteArray, Entry> worldHhi;       // "year|hs6"
    QHash<QByteArray, ProductInfo> products; // hs6
    QSet<QByteArray> cn8Keys;                // "table|year|cn8|partner", to tell repeats from parts
    int year = 0;                            // the first year a table stated
    QString currency;                        // of the first table with values
    QString unitNote;                        // the first unit a table stated
    double unitFactor = 1.0;

    // Adds a CN8 part to an HS6 total: secret anywhere makes the sum secret, unknown makes it
    // unknown (a partial sum would understate the product).
    static void addPart(TradeValue &total, TradeValue part)
    {
        if (total.status == ValueStatus::Secret || part.status == ValueStatus::Secret)
            total = TradeValue::secret();
        else if (total.status == ValueStatus::Unknown || part.status == ValueStatus::Unknown)
            total = TradeValue::unknown();
        else
            total.value += part.value;
    }
};

} // namespace herkomst
