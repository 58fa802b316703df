#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace herkomst {

// Progress of one import, shared between the importer (worker) and whoever shows it (CLI,
// wizard). The cancel flag is a plain atomic so hot loops can check it for free.
class ImportProgress {
public:
    using Callback = std::function<void(double fraction, const QString &message)>;

    ImportProgress() = default;
    explicit ImportProgress(Callback callback) : mCallback(std::move(callback)) {}
    ImportProgress(const ImportProgress &) = delete;
    // Before the import starts (the callback is not guarded against a concurrent report()).
    void setCallback(Callback callback) { mCallback = std::move(callback); }
    ImportProgress &operator=(const ImportProgress &) = delete;

    // fraction in [0, 1]; an empty message keeps the previous one. Call from one thread at a time.
    void report(double fraction, const QString &message = {});
    double fraction() const { return mFraction; }
    QString message() const { return mMessage; }

    // Safe from any thread and from a signal handler.
    void cancel() { mCancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return mCancelled.load(std::memory_order_relaxed); }
    const std::atomic_bool *cancelFlag() const { return &mCancelled; }

private:
    Callback mCallback;
    std::atomic_bool mCancelled{false};
    double mFraction = 0.0;
    QString mMessage;
};

} // namespace herkomst
