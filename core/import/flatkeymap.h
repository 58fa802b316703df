#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace herkomst {

// A hash map from 64-bit struct keys (year, product, partner packed by the format) to values,
// with open addressing in flat arrays: millions of grouped rows cost three vectors, not millions
// of nodes. Values stay in insertion order; sortedOrder() gives them in key order for writing.
template <typename Value>
class FlatKeyMap {
public:
    size_t size() const { return mKeys.size(); }
    bool empty() const { return mKeys.empty(); }

    Value *find(uint64_t key)
    {
        if (mSlots.empty())
            return nullptr;
        for (size_t slot = home(key);; slot = (slot + 1) & mMask) {
            const uint32_t index = mSlots[slot];
            if (index == 0)
                return nullptr;
            if (mKeys[index - 1] == key)
                return &mValues[index - 1];
        }
    }

    // The value of `key`, default-constructed first when absent; *inserted says which.
    Value &findOrInsert(uint64_t key, bool *inserted)
    {
        if ((mKeys.size() + 1) * 2 > mSlots.size())
            grow();
        for (size_t slot = home(key);; slot = (slot + 1) & mMask) {
            const uint32_t index = mSlots[slot];
            if (index == 0) {
                mKeys.push_back(key);
                mValues.emplace_back();
                mSlots[slot] = uint32_t(mKeys.size());
                *inserted = true;
                return mValues.back();
            }
            if (mKeys[index - 1] == key) {
                *inserted = false;
                return mValues[index - 1];
            }
        }
    }

    uint64_t key(size_t index) const { return mKeys[index]; }
    const Value &value(size_t index) const { return mValues[index]; }
    Value &value(size_t index) { return mValues[index]; }

    // Indexes of the entries in ascending key order.
    std::vector<uint32_t> sortedOrder() const
    {
        std::vector<uint32_t> order(mKeys.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [this](uint32_t a, uint32_t b) { return mKeys[a] < mKeys[b]; });
        return order;
    }

private:
    // Packed keys differ in a few bit fields; a full mix (splitmix64's finaliser) spreads them.
    size_t home(uint64_t key) const
    {
        key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9ull;
        key = (key ^ (key >> 27)) * 0x94D049BB133111EBull;
        return size_t(key ^ (key >> 31)) & mMask;
    }

    void grow()
    {
        const size_t capacity = std::max<size_t>(1024, mSlots.size() * 2);
        mSlots.assign(capacity, 0);
        mMask = capacity - 1;
        for (size_t i = 0; i < mKeys.size(); ++i) {
            size_t slot = home(mKeys[i]);
            while (mSlots[slot] != 0)
                slot = (slot + 1) & mMask;
            mSlots[slot] = uint32_t(i + 1);
        }
    }

    std::vector<uint32_t> mSlots; // index + 1 into mKeys/mValues; 0 is empty
    std::vector<uint64_t> mKeys;
    std::vector<Value> mValues;
    size_t mMask = 0;
};

} // namespace herkomst
