#pragma once
// Timing helpers shared by the benchmark programs: median of repeated runs, one line per case.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace regio::bench {

inline double medianMs(int runs, const std::function<void()>& body)
{
    std::vector<double> times;
    times.reserve(size_t(runs));
    for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        body();
        const auto stop = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

inline void report(const char* name, double ms, const char* what)
{
    std::printf("%-34s %10.2f ms   %s\n", name, ms, what);
    std::fflush(stdout);
}

} // namespace regio::bench
