#pragma once

#include <chrono>
#include <string>

namespace intake::cli {

// RFC 3339 in UTC, seconds: "2026-11-22T19:05:28Z".
std::string formatUtc(std::chrono::sys_time<std::chrono::milliseconds> time);
// "2026-11-22T19:05:28Z (3 minutes ago)".
std::string describeAgo(std::chrono::sys_time<std::chrono::milliseconds> time,
                        std::chrono::sys_time<std::chrono::milliseconds> now);

}  // namespace intake::cli
