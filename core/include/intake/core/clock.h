#pragma once

#include <chrono>

namespace intake {

// Time as the device sees it, injected so that tests and benchmarks control it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::sys_time<std::chrono::milliseconds> now() const = 0;
    // The device's local calendar date (Europe/Stockholm on city devices).
    virtual std::chrono::year_month_day today() const = 0;
};

// A clock that stands still until moved: for tests and benchmarks.
class ManualClock final : public Clock {
public:
    ManualClock(std::chrono::sys_time<std::chrono::milliseconds> now, std::chrono::minutes utcOffset)
        : now_(now), offset_(utcOffset) {}
    std::chrono::sys_time<std::chrono::milliseconds> now() const override { return now_; }
    std::chrono::year_month_day today() const override {
        return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(now_ + offset_)};
    }
    void advance(std::chrono::milliseconds by) { now_ += by; }
    void set(std::chrono::sys_time<std::chrono::milliseconds> now) { now_ = now; }

private:
    std::chrono::sys_time<std::chrono::milliseconds> now_;
    std::chrono::minutes offset_;
};

}  // namespace intake
