#pragma once

#include "intake/core/clock.h"

namespace intake::platform {

// The operating system's clock and time zone (localtime_r, so TZ applies).
class SystemClock final : public Clock {
public:
    std::chrono::sys_time<std::chrono::milliseconds> now() const override;
    std::chrono::year_month_day today() const override;
};

}  // namespace intake::platform
