#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <cstring>
#include <vector>

namespace herkomst {

// A small hash map from short texts (a partner name as a cell holds it) to values, looked up by
// a view without copying it: a word-wise hash and open addressing, several times cheaper per row than
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
    // Eight bytes a step (a name is one to four steps), mixed as splitmix64 does.
    static uint64_t hash(QByteArrayView text)
    {
        uint64_t h = uint64_t(text.size()) * 0x9E3779B97F4A7C15ull;
        const char *p = text.data();
        qsizetype left = text.size();
        const auto step = [&h](uint64_t word) {
            h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 31;
        };
        for (; left >= 8; p += 8, left -= 8) {
            uint64_t word = 0;
            std::memcpy(&word, p, 8);
            step(word);
        }
        if (left > 0) {
            uint64_t word = 0;
            for (qsizetype i = 0; i < left; ++i)
                word |= uint64_t(uint8_t(p[i])) << (8 * i);
            step(word);
        }
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
