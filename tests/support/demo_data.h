#pragma once

// Realistic, deterministic demo records for one year of the three services,
// shaped after the City of Gothenburg's reported volumes (shared/DOMAIN.md):
//
// - Welcome House: about 2,539 distinct visitors (visitor_code) making about
//   10,000 visits on the days each service runs (config schedules and closed
//   dates), languages weighted towards ar, uk, fa, prs, so, ti, en, sv; about
//   5% no-shows, 4% left before being called, 1% transferred to another
//   service the same day (the continuation is a visit of its own); waits of
//   0-90 minutes. About 2% of visits carry no visitor_code. Visitors in a
//   language the kiosk does not offer are registered at the desk.
// - Family counselling: about 800 applications, 30% priority, 40% asking for
//   a single session, 8% naming an external provider. When the config has a
//   counselling key (the seed has the demo unit's), each application is in
//   its stored form, with its adults sealed to that key (sealApplication);
//   the envelopes are the only part of the demo year that differs between
//   runs (a fresh ephemeral key and nonce each time). 6% would give up 3 to
//   120 days after applying; those not offered a time by then (a few percent
//   of all) are "withdrawn" with that withdrawn_at, and are in the queue
//   until it. First offers are made on weekdays, priority first and then
//   oldest first, at a pace that makes the queue grow from January to about
//   330 open applications at the end of August and fall to about 130 at the
//   end of December. There is no backlog from the year before: the queue
//   starts empty on 1 January.
// - Outreach: about 3,500 contacts (times contactScale), anonymous counts and
//   named people mixed, about 80% men; overnight places every night (9 duty
//   "assessed" beds, 6 field "unassessed" beds, about 94% of bed nights given
//   and kept: a cancelled place is deleted, so it leaves no record) with about
//   76 distinct people a month on assessed places (about 16 women and 60 men)
//   and 38 on the others (the same mix), each bed night carrying its person's
//   gender; about 600 referrals (times contactScale): 65% accepted and 15%
//   rejected, with a decided_at an hour to a month after they were sent (one
//   not decided by the end of the year is still "sent"), the rest "sent";
//   a few reports of concern.
//
// Same options, same records (apart from the applications' envelopes, whose
// content is the same): std::mt19937_64 with a fixed seed drives everything
// (no std distributions, whose output differs between standard libraries),
// and no clock is read. Every record passes records::validate()
// with a ValidationContext whose now is demoYearEnd(year).

#include "intake/core/config.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace intake::test {

struct DemoOptions {
    int year = 2026;  // the seed config lists Welcome House's closed dates for 2026 and 2027
    std::uint64_t seed = 20260101;
    // Multiplies the outreach contacts and referrals (not the beds, which
    // the shelter's 15 places cap). The benchmark raises it to reach a year
    // of 50,000+ records.
    double contactScale = 1.0;
};

using DemoRecord = std::pair<std::string /*id*/, nlohmann::json /*body*/>;

std::vector<DemoRecord> generateDemoYear(const Config& config, const DemoOptions& options = {});

// 23:59:59 UTC on 31 December of `year`: the validation clock for a demo year.
std::chrono::sys_seconds demoYearEnd(int year);

// The private key of the seed's DEMO counselling unit
// (tests/support/demo_counselling_key.pem): opens what is sealed to the seed
// config's key. A test key, public in the repository: never for production.
std::string demoCounsellingPrivateKeyPem();

}  // namespace intake::test
