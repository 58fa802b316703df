#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace herkomst::io {

// Runs a chunk source (a zip entry inflating) on a thread of its own, a few chunks ahead of the
// reader, so inflating and parsing a large part take the time of the slower, not the sum. Same
// contract as the source: read() gives the next chunk, an empty one at the end, false on a
// problem (after every chunk before it). At most four chunks wait: memory stays bounded. The
// source is not touched by anyone else until this object is destroyed (which stops the thread).
class ChunkPrefetch {
public:
    using Source = std::function<bool(QByteArray &)>;

    explicit ChunkPrefetch(Source source) : mSource(std::move(source)), mThread([this] { run(); }) {}
    ~ChunkPrefetch()
    {
        {
            std::lock_guard<std::mutex> lock(mMutex);
            mStopped = true;
        }
        mChanged.notify_all();
        mThread.join();
    }
    ChunkPrefetch(const ChunkPrefetch &) = delete;
    ChunkPrefetch &operator=(const ChunkPrefetch &) = delete;

    bool read(QByteArray &chunk)
    {
        std::unique_lock<std::mutex> lock(mMutex);
        mChanged.wait(lock, [this] { return !mChunks.empty() || mEnded; });
        if (mChunks.empty()) {
            chunk.clear();
            return mOk;
        }
        chunk = std::move(mChunks.front());
        mChunks.pop_front();
        mChanged.notify_all();
        return true;
    }

private:
    void run()
    {
        for (;;) {
            QByteArray chunk;
            const bool ok = mSource(chunk);
            std::unique_lock<std::mutex> lock(mMutex);
            if (!ok || chunk.isEmpty()) {
                mOk = ok;
                mEnded = true;
                mChanged.notify_all();
                return;
            }
            mChanged.wait(lock, [this] { return mChunks.size() < 4 || mStopped; });
            if (mStopped)
                return;
            mChunks.push_back(std::move(chunk));
            mChanged.notify_all();
        }
    }

    Source mSource;
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<QByteArray> mChunks;
    bool mEnded = false;   // the source said end or failed
    bool mOk = true;       // how it ended
    bool mStopped = false; // the reader is done with it
    std::thread mThread;   // last: starts once the members above exist
};

} // namespace herkomst::io
