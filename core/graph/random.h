#pragma once
// A tiny seeded pseudo-random generator for layouts and synthetic data. SplitMix64 (Steele, Lea &
// Flood 2014, constants as in Vigna's reference code): only integer arithmetic, so a seed gives
// the same sequence on every platform and compiler, unlike std:: distributions whose output is
// implementation-defined.
#include <cstdint>

namespace regio::graph {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1): the top 53 bits scaled by 2^-53 (exact in IEEE double).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

    // Approximately standard normal: Irwin–Hall sum of 12 uniforms minus 6 (arithmetic only,
    // hence identical everywhere; tails cut at ±6, which is fine for jitter and synthetic data).
    double normal()
    {
        double s = 0.0;
        for (int i = 0; i < 12; ++i)
            s += uniform();
        return s - 6.0;
    }

private:
    std::uint64_t m_state;
};

} // namespace regio::graph
