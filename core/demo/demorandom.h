#pragma once

#include <cmath>
#include <cstdint>

namespace herkomst::demo {

// SplitMix64: tiny, fast and, unlike std::uniform_real_distribution, the same on every platform,
// so the synthetic demo data (and its golden funnel) is identical everywhere.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : mState(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (mState += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int integer(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }
    // Standard normal by Box-Muller.
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    std::uint64_t mState;
};

} // namespace herkomst::demo
