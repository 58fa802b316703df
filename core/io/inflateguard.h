#pragma once

#include <QtGlobal>

namespace herkomst::io {

// The archive-bomb bounds of one member while it inflates, shared by the XLSX container
// (ZipArchive) and downloaded archives (ArchiveReader): a size limit on what the header declares
// and on what actually comes out, a compression-ratio limit from the first megabyte on, and never
// more than declared. Checked per chunk, so a bomb is refused after about a megabyte.
struct InflateGuard {
    enum class Verdict { Ok, TooLarge, RatioTooHigh, LongerThanSaid };

    qint64 maxBytes = 0;
    double maxRatio = 200.0;
    qint64 ratioFromBytes = qint64(1) << 20; // small members may compress extremely well

    qint64 declared = -1; // -1: the member does not say
    qint64 inflated = 0;
    qint64 rawStart = 0; // the raw file position where the member's compressed bytes begin

    void start(qint64 declaredSize, qint64 rawPosition)
    {
        declared = declaredSize;
        inflated = 0;
        rawStart = rawPosition;
    }
    bool declaredTooLarge() const { return declared > maxBytes; }

    // After `bytes` more came out and the raw file stands at rawPosition; *figure gets the size or
    // the ratio that broke a bound.
    Verdict add(qint64 bytes, qint64 rawPosition, qint64 *figure)
    {
        inflated += bytes;
        if (inflated > maxBytes) {
            *figure = inflated;
            return Verdict::TooLarge;
        }
        if (declared >= 0 && inflated > declared)
            return Verdict::LongerThanSaid;
        const qint64 compressed = std::max<qint64>(rawPosition - rawStart, 1);
        if (inflated > ratioFromBytes && double(inflated) > maxRatio * double(compressed)) {
            *figure = inflated / compressed;
            return Verdict::RatioTooHigh;
        }
        return Verdict::Ok;
    }
};

} // namespace herkomst::io
