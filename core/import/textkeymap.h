#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace herkomst {

// A small hash map from short texts (a partner name as a cell holds it) to values, looked up by
// a view without copying it: FNV-1a and open addressing, several times cheaper per row than
// QHash<QByteArray> for the few hundred names a table repeats millions of times.
template <typename Value>
class TextKeyMap {
public:
    const Value *find(QByteArrayView text) const
    {
        if (mSlots.empty())
            return nullptr;
        for (size_t slot = hash(text) & mMask;; slot = (slot + 1) & mMask) {
            const uint32_t index = mSlots[slot];
            if (index == 0)
                return nullptr;
            if (QByteArrayView(mEntries[index - 1].first) == text)
                return &mEntries[index - 1].second;
        }
    }

    void insert(QByteArrayView text, Value value)
    {
        if ((mEntries.size() + 1) * 2 > mSlots.size())
            grow();
        mEntries.emplace_back(text.toByteArray(), std::move(value));
        place(mEntries.size() - 1);
    }

private:
    static uint64_t hash(QByteArrayView text)
    {
        uint64_t h = 0xcbf29ce484222325ull;
        for (char c : text)
            h = (h ^ uint8_t(c)) * 0x100000001b3ull;
        return h ^ (h >> 29);
    }

    void place(size_t index)
    {
        size_t slot = hash(mEntries[index].first) & mMask;
        while (mSlots[slot] != 0)
            slot = (slot + 1) & mMask;
        mSlots[slot] = uint32_t(index + 1);
    }

    void grow()
    {
        mSlots.assign(std::max<size_t>(64, mSlots.size() * 2), 0);
        mMask = mSlots.size() - 1;
        for (size_t i = 0; i < mEntries.size(); ++i)
            place(i);
    }

    std::vector<std::pair<QByteArray, Value>> mEntries;
    std::vector<uint32_t> mSlots; // index + 1 into mEntries; 0 is empty
    size_t mMask = 0;
};

} // namespace herkomst
