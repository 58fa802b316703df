#pragma once

#include "import/flowformat.h"
#include "io/sourceerror.h"

#include <QByteArray>
#include <QString>

namespace herkomst {

// What flowimport.cpp groups the rows of a flow file into, before it decides which grain (the
// year or its months) and level (HS6 or CN8) each key keeps.
namespace flow {

constexpr int monthly = 1; // Part index: [grain][level]
constexpr int cn8Level = 1;

// Values of one key from one grain (year or months) and one level (HS6 or CN8 rows).
struct Part {
    double known = 0.0;
    ValueStatus status = ValueStatus::Known;
    qint64 rows = 0;

    void add(TradeValue v)
    {
        ++rows;
        if (v.known())
            known += v.value;
        else
            status = status == ValueStatus::Secret || v.status == ValueStatus::Secret ? ValueStatus::Secret
                                                                                      : ValueStatus::Unknown;
    }
    TradeValue value() const { return status == ValueStatus::Known ? TradeValue{known} : TradeValue{0.0, status}; }
};

// One reporter, year, flow, HS6 and partner (an empty partner is World).
struct Entry {
    QByteArray reporter;
    int year = 0;
    FlowRecord::Direction direction = FlowRecord::Direction::Import;
    QByteArray hs6;
    QByteArray partner;
    FlowRecord::PartnerKind kind = FlowRecord::PartnerKind::Country;
    Part parts[2][2];
};

// Rows passed over for one reason: counted, and reported once with the first place it happened.
struct SkipGroup {
    QString reason;
    io::SourceError first;
    qint64 rows = 0;
    double value = 0.0;
    bool sumValue = false;
};

// Reporter, year and flow of one product: partner sum against the World row.
struct ProductTotal {
    QByteArray reporter;
    int year = 0;
    FlowRecord::Direction direction = FlowRecord::Direction::Import;
    QByteArray hs6;
    Part partners; // countries and blocks that name no country
    bool hasPartners = false;
    bool hasWorld = false;
    TradeValue world;
};

} // namespace flow
} // namespace herkomst
