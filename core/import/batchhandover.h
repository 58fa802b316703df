#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

namespace herkomst {

// A small bounded hand-over of batches of rows from a reading thread (XML unpacked and parsed, or
// CSV split into fields) to the thread that files them, so on two cores a large table takes the
// time of the slower half, not the sum. At most four batches wait: memory stays bounded.
template <typename Batch>
class BatchHandover {
public:
    // False when the consumer gave up (bad input): the producer stops.
    bool push(Batch &&batch)
    {
        std::unique_lock<std::mutex> lock(mMutex);
        mChanged.wait(lock, [this] { return mQueue.size() < 4 || mAbandoned; });
        if (mAbandoned)
            return false;
        mQueue.push_back(std::move(batch));
        mChanged.notify_all();
        return true;
    }
    // The producer has pushed its last batch.
    void finish()
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mFinished = true;
        mChanged.notify_all();
    }
    // The consumer stops taking batches; a waiting producer is released.
    void abandon()
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mAbandoned = true;
        mChanged.notify_all();
    }
    // The next batch; false when the producer finished and every batch was taken.
    bool pop(Batch &batch)
    {
        std::unique_lock<std::mutex> lock(mMutex);
        mChanged.wait(lock, [this] { return !mQueue.empty() || mFinished; });
        if (mQueue.empty())
            return false;
        batch = std::move(mQueue.front());
        mQueue.pop_front();
        mChanged.notify_all();
        return true;
    }

private:
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<Batch> mQueue;
    bool mFinished = false;
    bool mAbandoned = false;
};

} // namespace herkomst
