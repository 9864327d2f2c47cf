#pragma once

#include <chrono>
#include <cstddef>
#include <random>

namespace intake::sync {

// Exponential backoff with jitter for transient failures (offline, timeout,
// busy server): attempt n waits a random time in [d/2, d] where
// d = min(cap, initial * multiplier^n). The jitter keeps a room full of
// tablets that lost the network together from coming back in lockstep.
struct RetryPolicy {
    std::chrono::milliseconds initial{std::chrono::seconds(1)};
    std::chrono::milliseconds cap{std::chrono::minutes(5)};
    double multiplier = 2.0;
    // How many attempts a one-shot sync makes before it reports the error
    // (continuous mode retries until stopped).
    std::size_t maxAttempts = 8;

    std::chrono::milliseconds delay(std::size_t attempt, std::mt19937_64& random) const;
};

}  // namespace intake::sync
