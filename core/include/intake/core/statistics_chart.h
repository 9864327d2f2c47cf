#pragma once

// The yearly statistics as charts for people (`intake export stats --format
// svg`): one standalone SVG 1.1 document with
//
//   1. Welcome House visits per service per month (stacked bars, with the
//      previous year's monthly total as a marker),
//   2. Welcome House visitors per service per month (grouped bars: visitors
//      are distinct per service, so they do not add up across services; the
//      previous year's figure as a tick over each bar),
//   3. the family-counselling queue at each month end (a line, the previous
//      year dashed).
//
// Every figure drawn is also text (a <title> on its bar or point, and the
// axis ticks), colours are the Okabe-Ito colour-blind-safe palette, and
// every text taken from the report (service ids come from config) is
// escaped. No fonts, scripts or links to anything outside the document.
// The same report gives the same bytes.

#include "intake/core/statistics.h"

#include <map>
#include <string>

namespace intake::statistics {

// The three charts' headings, as they appear in the document (tests and
// docs/reporting.md name them).
inline constexpr const char* kChartVisitsTitle = "Welcome House visits per service per month";
inline constexpr const char* kChartVisitorsTitle = "Welcome House visitors per service per month";
inline constexpr const char* kChartQueueTitle = "Family counselling queue at month end";

// `serviceNames`: what the legend and the bar titles call each service id
// (the config's names); an id not in it is shown as it is.
std::string toSvg(const Report& report, const std::map<std::string, std::string>& serviceNames = {});

}  // namespace intake::statistics
