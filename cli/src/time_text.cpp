#include "time_text.h"

#include "intake/core/records.h"

namespace intake::cli {

std::string formatUtc(std::chrono::sys_time<std::chrono::milliseconds> time) {
    return records::formatTimestamp(std::chrono::floor<std::chrono::seconds>(time));
}

std::string describeAgo(std::chrono::sys_time<std::chrono::milliseconds> time,
                        std::chrono::sys_time<std::chrono::milliseconds> now) {
    using namespace std::chrono;
    const auto ago = duration_cast<seconds>(now - time).count();
    std::string span;
    if (ago < 0)
        span = "in the future: check the clock";
    else if (ago < 120)
        span = std::to_string(ago) + " seconds ago";
    else if (ago < 7200)
        span = std::to_string(ago / 60) + " minutes ago";
    else if (ago < 172800)
        span = std::to_string(ago / 3600) + " hours ago";
    else
        span = std::to_string(ago / 86400) + " days ago";
    return formatUtc(time) + " (" + span + ")";
}

}  // namespace intake::cli
