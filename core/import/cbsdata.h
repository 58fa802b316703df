#pragma once

#include "domain/tradedata.h"
#include "import/flatkeymap.h"
#include "import/tradeperiod.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <deque>
#include <vector>

namespace herkomst {

// Everything the CBS tables of one import say, grouped by struct keys as the store keys it,
// before it is written: imports by (year, HS6, partner), exports and world HHI by (year, HS6).
// Memory grows with the distinct keys, never with the rows read.
struct CbsData {
    // One grouped value, kept small (16 bytes): a CBS table may have millions of keys.
    struct Entry {
        double amount = 0.0;  // the value when status is Known
        uint32_t row = 0;     // where the value (or its first part) came from
        uint16_t file = 0;    // index into files
        uint8_t status = 0;   // ValueStatus
        bool fromCn8 = false; // summed from CN8 (GN) lines

        TradeValue value() const { return {amount, ValueStatus(status)}; }
        void setValue(TradeValue v)
        {
            amount = v.value;
            status = uint8_t(v.status);
        }
    };

    // Which CN8 lines (the last two digits) were summed into an HS6 total: a second line with the
    // same code is a repeat, not a part. Saves remembering every CN8 key apart.
    struct Cn8Lines {
        uint64_t seen[2] = {0, 0};

        bool see(int32_t cn8) // false when this CN8 line was summed in before
        {
            const int digits = cn8 % 100;
            const uint64_t bit = uint64_t(1) << (digits % 64);
            if (seen[digits / 64] & bit)
                return false;
            seen[digits / 64] |= bit;
            return true;
        }
    };

    // Grouped values by key; the CN8 lines beside them by the same index, only as far as a
    // table had CN8 lines (an HS6 table costs nothing for them). A deque grows without copying.
    struct Table {
        FlatKeyMap<Entry> entries;
        std::deque<Cn8Lines> cn8;
        // Imports: every (year, HS6) whose lines came as a run. A product met for the first time
        // starts a run whose new keys need no lookup (CbsTableReader::store).
        FlatKeyMap<char> runs;

        size_t size() const { return entries.size(); }
        bool empty() const { return entries.empty(); }
        Cn8Lines &cn8Lines(size_t index)
        {
            if (cn8.size() <= index)
                cn8.resize(index + 1);
            return cn8[index];
        }
    };

    Table imports;
    Table exports;
    Table worldHhi;
    FlatKeyMap<ProductInfo> products; // by HS6 code
    std::vector<QByteArray> partners; // ISO3 (or a block's code) per partner index
    std::vector<bool> partnerIsBlock; // the partner names no country (docs/design.md §1)
    QHash<QByteArray, uint16_t> partnerIndex;
    QStringList files; // paths, for messages
    int year = 0;      // the first year a table stated
    QString currency;  // of the first table with values
    QString unitNote;  // the first unit a table stated
    double unitFactor = 1.0;

    static uint64_t key(int year, int32_t hs6, uint16_t partner = 0)
    {
        return (uint64_t(year - firstTradeYear) << 48) | (uint64_t(uint32_t(hs6)) << 16) | partner;
    }
    static int yearOf(uint64_t key) { return int(key >> 48) + firstTradeYear; }
    static int32_t hs6Of(uint64_t key) { return int32_t((key >> 16) & 0xFFFFFFFF); }
    static uint16_t partnerOf(uint64_t key) { return uint16_t(key & 0xFFFF); }

    uint16_t partner(const QByteArray &code, bool block = false)
    {
        auto it = partnerIndex.constFind(code);
        if (it == partnerIndex.constEnd()) {
            it = partnerIndex.insert(code, uint16_t(partners.size()));
            partners.push_back(code);
            partnerIsBlock.push_back(block);
        }
        return *it;
    }
    bool isBlock(uint16_t partner) const { return partnerIsBlock[partner]; }

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
