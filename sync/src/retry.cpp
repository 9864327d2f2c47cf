#include "intake/sync/retry.h"

#include <algorithm>
#include <cmath>

namespace intake::sync {

std::chrono::milliseconds RetryPolicy::delay(std::size_t attempt, std::mt19937_64& random) const {
    const double base = static_cast<double>(initial.count());
    const double grown = base * std::pow(multiplier, static_cast<double>(std::min<std::size_t>(attempt, 62)));
    const double full = std::min(grown, static_cast<double>(cap.count()));
    std::uniform_real_distribution<double> jitter(full / 2, full);
    return std::chrono::milliseconds(static_cast<std::int64_t>(jitter(random)));
}

}  // namespace intake::sync
