#pragma once

#include "import/batchhandover.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <algorithm>
#include <cstring>

namespace herkomst {

// The bytes a parser reads in blocks: a range of a file (one thread's part of a BACI year), or a
// stream another thread inflates from an archive. read() gives at most `max` bytes, 0 at the end,
// -1 on failure (then error() says why).
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual qint64 read(char *into, qint64 max) = 0;
    QString error() const { return mError; }

protected:
    QString mError;
};

// Bytes [begin, end) of a file.
class FileRange final : public ByteSource {
public:
    FileRange(const QString &path, qint64 begin, qint64 end) : mFile(path), mRemaining(end - begin)
    {
        if (!mFile.open(QIODevice::ReadOnly) || !mFile.seek(begin))
            mRemaining = -1;
    }
    qint64 read(char *into, qint64 max) override
    {
        if (mRemaining < 0) {
            mError = mFile.errorString();
            return -1;
        }
        if (mRemaining == 0)
            return 0;
        const qint64 got = mFile.read(into, std::min(max, mRemaining));
        if (got <= 0) { // shorter than it was when the parts were cut
            mError = mFile.errorString();
            return -1;
        }
        mRemaining -= got;
        return got;
    }

private:
    QFile mFile;
    qint64 mRemaining;
};

// One block of a stream, or the reason the stream failed.
struct StreamBlock {
    QByteArray bytes;
    QString error;
};

// Blocks another thread pushes (an archive member inflated there).
class StreamBlocks final : public ByteSource {
public:
    explicit StreamBlocks(BatchHandover<StreamBlock> &handover) : mHandover(handover) {}
    qint64 read(char *into, qint64 max) override
    {
        while (mOffset >= mBlock.bytes.size()) {
            mOffset = 0;
            if (!mHandover.pop(mBlock))
                return 0;
            if (!mBlock.error.isEmpty()) {
                mError = mBlock.error;
                return -1;
            }
        }
        const qint64 n = std::min<qint64>(max, mBlock.bytes.size() - mOffset);
        std::memcpy(into, mBlock.bytes.constData() + mOffset, size_t(n));
        mOffset += n;
        return n;
    }

private:
    BatchHandover<StreamBlock> &mHandover;
    StreamBlock mBlock;
    qint64 mOffset = 0;
};

} // namespace herkomst
