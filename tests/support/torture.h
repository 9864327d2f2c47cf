#pragma once

// The environment knobs of the kill tests: INTAKE_TORTURE=1 for the long
// runs, INTAKE_TEST_SEED to replay a sequence of rounds.

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>

namespace intake::test {

inline bool tortureRequested() {
    const char* flag = std::getenv("INTAKE_TORTURE");
    return flag && std::string(flag) == "1";
}

inline int roundsFromEnvironment(int normal, int torture) { return tortureRequested() ? torture : normal; }

inline std::uint64_t seedFromEnvironment() {
    if (const char* seed = std::getenv("INTAKE_TEST_SEED"))
        return std::stoull(seed);
    return std::random_device{}();
}

}  // namespace intake::test
