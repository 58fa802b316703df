#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <numeric>
#include <vector>

namespace herkomst {

// A hash map from 64-bit struct keys (year, product, partner packed by the format) to values,
// with open addressing over an index array: millions of grouped rows cost a few flat blocks, not
// millions of nodes. Keys and values live in fixed blocks that never move, so growing never holds
// the old and the new copy at once. Entries keep their insertion index for good; sortedOrder()
// gives them in key order for writing.
//
// A format that knows a key is new (its rows come sorted, docs/design.md §4) appends it without
// touching the index: the index is built only when a lookup needs it, so a sorted table never
// pays a cache miss per key nor the index's memory.
template <typename Value>
class FlatKeyMap {
public:
    size_t size() const { return mSize; }
    bool empty() const { return mSize == 0; }

    Value *find(uint64_t key)
    {
        catchUp();
        if (mSlots.empty())
            return nullptr;
        const uint64_t mixed = mix(key);
        for (size_t slot = mixed & mMask;; slot = (slot + 1) & mMask) {
            const uint64_t held = mSlots[slot];
            if (held == 0)
                return nullptr;
            if (tagOf(held) == tagOf(mixed) && this->key(indexOf(held)) == key)
                return &value(indexOf(held));
        }
    }

    // The index of `key`, its value default-constructed first when absent; *inserted says which.
    size_t findOrInsertIndex(uint64_t key, bool *inserted)
    {
        catchUp();
        if ((mSize + 1) * 2 > mSlots.size())
            grow();
        const uint64_t mixed = mix(key);
        for (size_t slot = mixed & mMask;; slot = (slot + 1) & mMask) {
            const uint64_t held = mSlots[slot];
            if (held == 0) {
                mSlots[slot] = (mixed & tagMask) | uint64_t(mSize + 1);
                *inserted = true;
                ++mIndexed;
                return append(key);
            }
            if (tagOf(held) == tagOf(mixed) && this->key(indexOf(held)) == key) {
                *inserted = false;
                return indexOf(held);
            }
        }
    }

    // The value of `key`, default-constructed first when absent; *inserted says which.
    Value &findOrInsert(uint64_t key, bool *inserted) { return value(findOrInsertIndex(key, inserted)); }

    // Adds a key the caller knows is absent, default-constructing its value; its index. The hash
    // index learns of it at the next lookup.
    size_t append(uint64_t key)
    {
        if (mSize == mBlocks.size() * blockEntries)
            mBlocks.push_back(std::make_unique<Entry[]>(blockEntries));
        entry(mSize).key = key;
        return mSize++;
    }

    uint64_t key(size_t index) const { return entry(index).key; }
    const Value &value(size_t index) const { return entry(index).value; }
    Value &value(size_t index) { return entry(index).value; }

    // Indexes of the entries in ascending key order.
    std::vector<uint32_t> sortedOrder() const
    {
        std::vector<uint32_t> order(mSize);
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [this](uint32_t a, uint32_t b) { return key(a) < key(b); });
        return order;
    }

private:
    struct Entry {
        uint64_t key = 0;
        Value value{};
    };
    static constexpr size_t blockEntries = 4096;

    const Entry &entry(size_t index) const { return mBlocks[index / blockEntries][index % blockEntries]; }
    Entry &entry(size_t index) { return mBlocks[index / blockEntries][index % blockEntries]; }

    // Packed keys differ in a few bit fields; a full mix (splitmix64's finaliser) spreads them.
    // Its low bits choose the slot, its high half is kept in the slot as a tag, so a probe past
    // another key rarely has to look at that key (a cache miss when the map is large).
    static uint64_t mix(uint64_t key)
    {
        key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9ull;
        key = (key ^ (key >> 27)) * 0x94D049BB133111EBull;
        return key ^ (key >> 31);
    }
    static constexpr uint64_t tagMask = ~uint64_t(0xFFFFFFFF);
    static uint64_t tagOf(uint64_t value) { return value & tagMask; }
    static size_t indexOf(uint64_t slot) { return size_t(slot & 0xFFFFFFFF) - 1; }

    void place(size_t index)
    {
        const uint64_t mixed = mix(key(index));
        size_t slot = mixed & mMask;
        while (mSlots[slot] != 0)
            slot = (slot + 1) & mMask;
        mSlots[slot] = (mixed & tagMask) | uint64_t(index + 1);
    }

    // Indexes what append() added since the last lookup.
    void catchUp()
    {
        if (mIndexed == mSize)
            return;
        if (mSize * 2 > mSlots.size())
            grow();
        for (; mIndexed < mSize; ++mIndexed)
            place(mIndexed);
    }

    void grow()
    {
        size_t capacity = std::max<size_t>(1024, mSlots.size() * 2);
        while (capacity < (mSize + 1) * 2)
            capacity *= 2;
        mSlots.clear();
        mSlots.shrink_to_fit(); // the old index goes before the new one comes
        mSlots.assign(capacity, 0);
        mMask = capacity - 1;
        for (mIndexed = 0; mIndexed < mSize; ++mIndexed)
            place(mIndexed);
    }

    std::vector<uint64_t> mSlots; // tag | (index + 1) into the blocks; 0 is empty
    std::vector<std::unique_ptr<Entry[]>> mBlocks;
    size_t mSize = 0;
    size_t mIndexed = 0; // entries [0, mIndexed) are in mSlots
    size_t mMask = 0;
};

} // namespace herkomst
