#pragma once

#include "countries/eucomposition.h"
#include "import/baciyear.h"
#include "io/sourceerror.h"

#include <QIODevice>
#include <QSet>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace herkomst {

class BaciCountryCodes;
class ByteSource;

// Reads a BACI year file (t,i,j,k,v,q) at memory speed: the file is split at line boundaries
// and parsed by up to two threads with a byte parser (numbers through std::from_chars, correctly
// rounded) into dense per-thread arrays
// (product x exporter), which are merged at the end. Only the chosen reporters' import rows are
// kept individually. Every malformed row stops the import with file, line and column.
class BaciYearParser {
public:
    struct Options {
        int expectedYear = 0;       // 0: whatever the first row says
        QSet<QByteArray> reporters; // ISO3 importers whose flows are kept
        bool allReporters = false;
        // The EU as one reporter: imports of the members from non-members, summed, with their
        // intra-EU imports apart; exports of the members to non-members.
        std::optional<EuComposition> euReporter;
        int threads = 2;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(qint64 done, qint64 total)> progress; // called on the caller's thread
        // Opens a year inside an archive (the import's opener, which takes its checksum); without
        // it io::InputFile opens it.
        std::function<std::unique_ptr<QIODevice>(const QString &path, io::SourceError *error)> open;
    };

    BaciYearParser(const BaciCountryCodes &codes, Options options);

    // False with *error on bad input; false with an empty error when cancelled. A path inside an
    // archive (io::InputFile) is read as a stream.
    bool parse(const QString &path, BaciYear &year, io::SourceError *error);

    static constexpr int maxLineBytes = 1 << 16;

private:
    struct Chunk;
    struct Row {
        uint32_t t = 0, i = 0, j = 0, k = 0; // year, exporter, importer, product (BACI codes)
        double v = 0.0;                      // value in thousands of USD
    };
    // One chunk of the file's lines, on one thread: the fast path for BACI's own row shape,
    // parseLine() for anything else, addRow() to file each row.
    void parseChunk(ByteSource &source, Chunk &chunk) const;
    static bool checkHeader(const QString &path, const QByteArray &head, qint64 *dataBegin, io::SourceError *error);
    bool parseStream(const QString &path, BaciYear &year, io::SourceError *error);
    bool merge(const QString &path, std::vector<Chunk> &chunks, BaciYear &year, io::SourceError *error) const;
    // The careful path: every field of one line checked, the first wrong one named. False with
    // the chunk's error set.
    bool parseLine(const char *begin, const char *end, Row &row, Chunk &chunk) const;
    bool checkYear(uint32_t t, Chunk &chunk) const;
    // Files a row into the chunk's dense arrays; false (with the error set) for an unknown
    // country code or a row repeating the one before.
    bool addRow(const Row &row, Chunk &chunk) const;
    void addEuRow(const Row &row, int16_t exporter, int16_t importer, int32_t product, Chunk &chunk) const;
    bool findDuplicate(const QString &path, io::SourceError *error) const;

    const BaciCountryCodes &mCodes;
    Options mOptions;
    std::vector<int16_t> mCountryOfCode; // BACI code -> country index; -1 unlisted
    std::vector<QByteArray> mIso3;
    std::vector<char> mIsReporter; // per country index
    std::vector<char> mIsBlock;    // per country index: names no country
    std::vector<char> mIsEuMember; // per country index, when the EU is a reporter
    mutable std::atomic<qint64> mBytesDone{0};
    std::atomic<int> mStopAfter{0}; // chunks after this one stop (an earlier one failed)
};

} // namespace herkomst
