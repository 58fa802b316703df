// Fuzz target: BACI's row parsing alone (import/baciline.h), at memory speed. The fast path
// fastRow() reads up to fastRowMargin bytes without checking where the buffer ends: here it gets
// a heap buffer of exactly that size, so ASan sees any read past it. And every row the fast path
// takes must read the same, field for field, through the careful path's parsers, which is what
// names the column of a bad row.
#include "import/baciline.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

using namespace herkomst::baciline;

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_baciline: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The input, cut or padded (with its last byte) to the margin the caller guarantees.
    const size_t margin = size_t(fastRowMargin);
    const std::unique_ptr<char[]> buffer(new char[margin]);
    std::memcpy(buffer.get(), data, std::min(size, margin));
    if (size < margin)
        std::memset(buffer.get() + size, data[size - 1], margin - size);

    uint32_t t = 0, i = 0, j = 0, k = 0;
    double v = 0.0;
    const char *const begin = buffer.get();
    const char *const next = fastRow(begin, t, i, j, k, v);
    if (!next)
        return 0;
    if (next <= begin || next > begin + margin || next[-1] != '\n')
        broken("the next line does not start after a newline inside the margin");

    const char *p = begin;
    const char *e = next - 1;
    if (e > p && e[-1] == '\r')
        --e;
    uint32_t t2 = 0, i2 = 0, j2 = 0, k2 = 0;
    double v2 = 0.0, quantity = 0.0;
    bool negative = false, na = false;
    const auto comma = [&] { return p < e && *p++ == ','; };
    if (!parseUnsigned(p, e, t2, 4) || !comma() || !parseUnsigned(p, e, i2, 3) || !comma() ||
        !parseUnsigned(p, e, j2, 3) || !comma() || !parseUnsigned(p, e, k2, 6) || !comma() ||
        !parseDecimal(p, e, v2, negative, na) || negative || na || !comma() ||
        !parseDecimal(p, e, quantity, negative, na) || negative || p != e)
        broken("a row the fast path takes is refused by the careful path");
    if (t != t2 || i != i2 || j != j2 || k != k2 || !(v == v2))
        broken("the fast and the careful path read different values");
    return 0;
}
