#include "intake/core/statistics_chart.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace intake::statistics {

namespace {

using namespace std::chrono;

// Okabe & Ito's colour-blind-safe palette without its black, which draws the
// axes and the previous year.
constexpr std::array<const char*, 7> kPalette = {"#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                                 "#0072B2", "#D55E00", "#CC79A7"};
constexpr const char* kPreviousColour = "#000000";
constexpr const char* kQueueColour = "#0072B2";
constexpr const char* kGridColour = "#d9d9d9";
constexpr const char* kTextColour = "#1a1a1a";

// Geometry (user units = px).
constexpr double kLeft = 72;     // room for the y ticks
constexpr double kRight = 24;
constexpr double kTop = 16;
constexpr double kHeading = 76;  // title and two lines of explanation above each plot
constexpr double kPlotHeight = 220;
constexpr double kLegendRow = 20;
constexpr double kPanelGap = 28;
// Value labels over bars and points only while they fit.
constexpr std::size_t kMaxLabelledMonths = 24;

// --- Text ----------------------------------------------------------------------

// Appends one code point as UTF-8.
void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Decodes one well-formed UTF-8 sequence (RFC 3629) at `at`; its length, or
// 0 when the bytes there are not one.
std::size_t decodeUtf8(std::string_view text, std::size_t at, char32_t& cp) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t length = 0;
    char32_t min = 0;
    if (lead < 0x80) {
        cp = lead;
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2, cp = lead & 0x1F, min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, cp = lead & 0x0F, min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, cp = lead & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (at + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (byte(at + i) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

// Text for character data and attribute values. Config ids and names reach
// here, so markup characters are escaped, and what XML 1.0 cannot hold at all
// (C0 controls, malformed UTF-8, U+FFFE/U+FFFF) becomes U+FFFD: a document
// that does not parse would be worse than a replaced character.
std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        char32_t cp = 0;
        const auto length = decodeUtf8(text, at, cp);
        if (length == 0) {
            appendUtf8(out, 0xFFFD);
            ++at;
            continue;
        }
        at += length;
        switch (cp) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
            if ((cp < 0x20) || cp == 0x7F || cp == 0xFFFE || cp == 0xFFFF)
                appendUtf8(out, 0xFFFD);
            else
                appendUtf8(out, cp);
        }
    }
    return out;
}

// Characters, for a rough width of a legend entry.
std::size_t displayLength(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A coordinate: at most two decimals, '.' whatever the locale, no "-0".
std::string num(double value) {
    double rounded = std::round(value * 100.0) / 100.0;
    if (rounded == 0.0 || !std::isfinite(rounded))
        rounded = 0.0;
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 2);
    if (ec != std::errc())
        return "0";
    std::string text(buffer, end);
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

std::string count(std::int64_t value) { return std::to_string(value); }

std::string plural(std::int64_t value, const char* one, const char* many) {
    return count(value) + " " + (value == 1 ? one : many);
}

std::string periodText(const Period& period) {
    return formatIsoDate(period.from) + " to " + formatIsoDate(period.to);
}

// The last day a month's "month end" figure is counted at: the month's last
// day, or the period's last day when the period ends inside the month.
std::string monthEndText(const std::string& month, const Period& period) {
    auto first = parseIsoDate(month + "-01");
    if (!first)
        return month;
    year_month_day end{year_month_day_last{first->year(), month_day_last{first->month()}}};
    if (sys_days(end) > sys_days(period.to))
        end = period.to;
    return formatIsoDate(end);
}

// --- Scales ----------------------------------------------------------------------

// A y axis from 0 in steps of 1, 2 or 5 times a power of ten, at most five
// steps up to the first tick at or above the largest value.
struct Scale {
    std::int64_t step = 1;
    std::int64_t top = 5;
};

Scale niceScale(std::int64_t max) {
    if (max <= 0)
        return {};
    constexpr std::int64_t kSteps = 5;
    for (std::int64_t magnitude = 1; magnitude <= std::numeric_limits<std::int64_t>::max() / 10; magnitude *= 10) {
        for (const std::int64_t m : {1, 2, 5}) {
            const std::int64_t step = m * magnitude;
            const std::int64_t steps = (max + step - 1) / step;
            if (steps <= kSteps)
                return {step, steps * step};
        }
    }
    return {max, max};
}

// --- Drawing ---------------------------------------------------------------------

struct Series {
    std::string name;    // service id
    std::string label;   // what a person reads: the service's name, else its id
    std::string fill;    // colour or pattern reference
    std::string colour;  // the plain colour (legend text stays readable)
};

class Chart {
public:
    Chart(const Report& report, const std::map<std::string, std::string>& serviceNames) : report_(report) {
        months_ = report.current.period.months();
        previousMonths_ = report.previousYear.period.months();
        // Services of both periods, in byte order (std::map), so that the colours do not
        // depend on which services had visits.
        std::vector<std::string> services;
        for (const auto* stats : {&report.current.welcomeHouse, &report.previousYear.welcomeHouse}) {
            for (const auto& [service, counts] : stats->byService)
                services.push_back(service);
            for (const auto& [month, byService] : stats->byMonthService) {
                for (const auto& [service, counts] : byService)
                    services.push_back(service);
            }
        }
        std::sort(services.begin(), services.end());
        services.erase(std::unique(services.begin(), services.end()), services.end());
        for (std::size_t i = 0; i < services.size(); ++i) {
            const std::string colour = kPalette[i % kPalette.size()];
            // Beyond seven services the colours repeat: hatching tells them apart.
            const std::string fill =
                i < kPalette.size() ? colour
                                    : "url(#service-pattern-" + count(static_cast<std::int64_t>(i)) + ") " + colour;
            const auto named = serviceNames.find(services[i]);
            series_.push_back(Series{services[i], named != serviceNames.end() ? named->second : services[i], fill, colour});
        }
        const std::size_t perGroup = std::max<std::size_t>(series_.size(), 1);
        const double barWidth = months_.size() <= kMaxLabelledMonths ? 8.0 : 4.0;
        group_ = std::max(56.0, static_cast<double>(perGroup) * barWidth + 14.0);
        plotWidth_ = std::max(480.0, group_ * static_cast<double>(std::max<std::size_t>(months_.size(), 1)));
        width_ = kLeft + plotWidth_ + kRight;
        previousVisits_ = report.previousYear.welcomeHouse.total.visits > 0;
        previousQueue_ = report.previousYear.counselling.applications > 0;
        for (const auto& [month, queued] : report.previousYear.counselling.queueAtMonthEnd)
            previousQueue_ = previousQueue_ || queued > 0;
    }

    std::string render() {
        std::string body;
        double y = kTop;
        y = visitsChart(body, y);
        y = visitorsChart(body, y + kPanelGap);
        y = queueChart(body, y + kPanelGap);
        const double height = y + kTop;

        std::string out;
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + num(width_) + "\" height=\"" +
               num(height) + "\" viewBox=\"0 0 " + num(width_) + " " + num(height) +
               "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"sans-serif\" "
               "font-size=\"12\" fill=\"" + kTextColour + "\">\n";
        out += "<title id=\"chart-title\">" + escape("Intake statistics, " + periodText(report_.current.period)) +
               "</title>\n";
        out += "<desc id=\"chart-desc\">" + escape(description()) + "</desc>\n";
        out += patterns();
        out += "<rect x=\"0\" y=\"0\" width=\"" + num(width_) + "\" height=\"" + num(height) +
               "\" fill=\"#ffffff\"/>\n";
        out += body;
        out += "</svg>\n";
        return out;
    }

private:
    std::string description() const {
        std::string text = "Charts of the statistics export (intake.statistics.v2) for " +
                           periodText(report_.current.period) + ", compared with " +
                           periodText(report_.previousYear.period) + ". ";
        text += std::string("1. ") + kChartVisitsTitle +
                ": stacked bars, one colour per service (rows welcome_house, visits, by month and service)";
        text += previousVisits_ ? "; a black dash marks the same month's visits one year earlier. "
                                : "; no visits were recorded in the previous year. ";
        text += std::string("2. ") + kChartVisitorsTitle +
                ": one bar per service and month (rows welcome_house, visitors, by month and service; a visitor "
                "is counted once per service and month, so the bars do not add up to the month's visitors)";
        text += previousVisits_ ? "; a black tick marks the figure one year earlier. "
                                : "; no visits were recorded in the previous year. ";
        text += std::string("3. ") + kChartQueueTitle +
                ": open applications at the end of each month (rows counselling, queue_at_month_end)";
        text += previousQueue_ ? "; the dashed line is the year before. " : "; no applications in the previous year. ";
        text += "Each bar and point carries its figure as its title.";
        return text;
    }

    std::string patterns() const {
        if (series_.size() <= kPalette.size())
            return {};
        std::string out = "<defs>\n";
        for (std::size_t i = kPalette.size(); i < series_.size(); ++i) {
            const auto angle = static_cast<std::int64_t>((i / kPalette.size()) * 45 % 180);
            out += "<pattern id=\"service-pattern-" + count(static_cast<std::int64_t>(i)) +
                   "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(" +
                   count(angle) + ")\"><rect width=\"6\" height=\"6\" fill=\"" + series_[i].colour +
                   "\"/><rect width=\"2\" height=\"6\" fill=\"#ffffff\"/></pattern>\n";
        }
        out += "</defs>\n";
        return out;
    }

    double groupLeft(std::size_t month) const { return kLeft + group_ * static_cast<double>(month); }
    double groupCentre(std::size_t month) const { return groupLeft(month) + group_ / 2; }

    // Heading and two lines of explanation; returns the plot's top.
    double heading(std::string& out, double top, const char* title, const std::string& what,
                   const std::string& comparison) const {
        out += "<text x=\"" + num(kLeft) + "\" y=\"" + num(top + 18) +
               "\" font-size=\"16\" font-weight=\"bold\">" + escape(title) + "</text>\n";
        out += "<text x=\"" + num(kLeft) + "\" y=\"" + num(top + 38) + "\" font-size=\"12\" fill=\"#444444\">" +
               escape(what) + "</text>\n";
        out += "<text x=\"" + num(kLeft) + "\" y=\"" + num(top + 54) + "\" font-size=\"12\" fill=\"#444444\">" +
               escape(comparison) + "</text>\n";
        return top + kHeading;
    }

    double yOf(std::int64_t value, const Scale& scale, double plotTop) const {
        return plotTop + kPlotHeight - kPlotHeight * static_cast<double>(value) / static_cast<double>(scale.top);
    }

    // Grid lines, y ticks, the unit, the x axis and the month labels.
    void axes(std::string& out, double plotTop, const Scale& scale, const std::string& unit) const {
        const double bottom = plotTop + kPlotHeight;
        out += "<g font-size=\"11\" text-anchor=\"end\">\n";
        for (std::int64_t tick = 0; tick <= scale.top; tick += scale.step) {
            const double y = yOf(tick, scale, plotTop);
            out += "<line x1=\"" + num(kLeft) + "\" y1=\"" + num(y) + "\" x2=\"" + num(kLeft + plotWidth_) +
                   "\" y2=\"" + num(y) + "\" stroke=\"" + kGridColour + "\" stroke-width=\"1\"/>\n";
            out += "<text x=\"" + num(kLeft - 6) + "\" y=\"" + num(y + 4) + "\">" + count(tick) + "</text>\n";
        }
        out += "</g>\n";
        out += "<text x=\"8\" y=\"" + num(plotTop - 8) + "\" font-size=\"11\" fill=\"#444444\">" + escape(unit) +
               "</text>\n";
        out += "<line x1=\"" + num(kLeft) + "\" y1=\"" + num(bottom) + "\" x2=\"" + num(kLeft + plotWidth_) +
               "\" y2=\"" + num(bottom) + "\" stroke=\"#000000\" stroke-width=\"1\"/>\n";
        out += "<line x1=\"" + num(kLeft) + "\" y1=\"" + num(plotTop) + "\" x2=\"" + num(kLeft) + "\" y2=\"" +
               num(bottom) + "\" stroke=\"#000000\" stroke-width=\"1\"/>\n";
        // Every month when the labels fit ("2026-01" is about 50 px at 11 px).
        const auto every = static_cast<std::size_t>(std::max(1.0, std::ceil(54.0 / group_)));
        out += "<g font-size=\"11\" text-anchor=\"middle\">\n";
        for (std::size_t i = 0; i < months_.size(); i += every)
            out += "<text x=\"" + num(groupCentre(i)) + "\" y=\"" + num(bottom + 16) + "\">" + escape(months_[i]) +
                   "</text>\n";
        out += "</g>\n";
    }

    // One legend entry per service (and extra entries such as the previous
    // year's marker), wrapped to the plot's width; returns the bottom.
    double legend(std::string& out, double top, const std::vector<std::pair<std::string, std::string>>& extra,
                  bool withServices = true) const {
        double x = kLeft;
        double y = top;
        auto place = [&](double entryWidth) {
            if (x > kLeft && x + entryWidth > kLeft + plotWidth_) {
                x = kLeft;
                y += kLegendRow;
            }
            const double at = x;
            x += entryWidth;
            return at;
        };
        out += "<g font-size=\"12\">\n";
        for (const auto& series : series_) {
            if (!withServices)
                break;
            const double at = place(16.0 + 7.0 * static_cast<double>(displayLength(series.label)) + 18.0);
            out += "<rect x=\"" + num(at) + "\" y=\"" + num(y) + "\" width=\"12\" height=\"12\" fill=\"" +
                   series.fill + "\" stroke=\"#333333\" stroke-width=\"0.5\"/>\n";
            out += "<text x=\"" + num(at + 16) + "\" y=\"" + num(y + 10) + "\">" + escape(series.label) + "</text>\n";
        }
        // Extra entries: (swatch markup with {x} and {y} placeholders, label).
        for (const auto& [swatch, label] : extra) {
            const double at = place(28.0 + 7.0 * static_cast<double>(displayLength(label)) + 18.0);
            std::string mark = swatch;
            for (const auto& [key, value] : {std::pair{std::string("{x1}"), num(at)},
                                             std::pair{std::string("{x2}"), num(at + 22)},
                                             std::pair{std::string("{xm}"), num(at + 11)},
                                             std::pair{std::string("{y}"), num(y + 6)}}) {
                for (auto found = mark.find(key); found != std::string::npos; found = mark.find(key))
                    mark.replace(found, key.size(), value);
            }
            out += mark + "\n";
            out += "<text x=\"" + num(at + 28) + "\" y=\"" + num(y + 10) + "\">" + escape(label) + "</text>\n";
        }
        out += "</g>\n";
        return y + kLegendRow;
    }

    const std::string& previousMonth(std::size_t i) const {
        static const std::string none;
        return i < previousMonths_.size() ? previousMonths_[i] : none;
    }

    static VisitCounts visitCounts(const WelcomeHouseStatistics& wh, const std::string& month,
                                   const std::string& service) {
        const auto byMonth = wh.byMonthService.find(month);
        if (byMonth == wh.byMonthService.end())
            return {};
        const auto found = byMonth->second.find(service);
        return found == byMonth->second.end() ? VisitCounts{} : found->second;
    }

    std::int64_t monthVisits(const WelcomeHouseStatistics& wh, const std::string& month) const {
        std::int64_t sum = 0;
        for (const auto& series : series_)
            sum += visitCounts(wh, month, series.name).visits;
        return sum;
    }

    std::string previousNote(bool drawn, const char* what, const char* how) const {
        const auto& previous = report_.previousYear.period;
        if (!drawn)
            return "No " + std::string(what) + " in the previous year (" + periodText(previous) +
                   "): nothing to compare.";
        return std::string(how) + ": the same month one year earlier (" + periodText(previous) + ").";
    }

    std::string legendLine(const char* dash) const {
        return std::string("<line x1=\"{x1}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\" stroke=\"") + kPreviousColour +
               "\" stroke-width=\"2.5\"" + dash + "/>";
    }

    double visitsChart(std::string& out, double top) const {
        const auto& current = report_.current.welcomeHouse;
        const auto& previous = report_.previousYear.welcomeHouse;
        std::int64_t max = 0;
        for (std::size_t i = 0; i < months_.size(); ++i) {
            max = std::max(max, monthVisits(current, months_[i]));
            if (previousVisits_)
                max = std::max(max, monthVisits(previous, previousMonth(i)));
        }
        const auto scale = niceScale(max);
        out += "<g id=\"chart-visits\">\n";
        const double plotTop = heading(out, top, kChartVisitsTitle,
                                       periodText(report_.current.period) +
                                           ": every visit counts once, under its service (stacked).",
                                       previousNote(previousVisits_, "visits", "Black dashes"));
        axes(out, plotTop, scale, "visits");
        const double barWidth = group_ * 0.6;
        const bool labelled = months_.size() <= kMaxLabelledMonths;
        for (std::size_t i = 0; i < months_.size(); ++i) {
            const auto& month = months_[i];
            const double x = groupCentre(i) - barWidth / 2;
            std::int64_t below = 0;
            out += "<g>\n";
            for (const auto& series : series_) {
                const auto visits = visitCounts(current, month, series.name).visits;
                const double yTop = yOf(below + visits, scale, plotTop);
                const double yBottom = yOf(below, scale, plotTop);
                out += "<rect x=\"" + num(x) + "\" y=\"" + num(yTop) + "\" width=\"" + num(barWidth) +
                       "\" height=\"" + num(yBottom - yTop) + "\" fill=\"" + series.fill +
                       "\" stroke=\"#333333\" stroke-width=\"0.5\"><title>" +
                       escape(month + ", " + series.label + ": " + plural(visits, "visit", "visits")) +
                       "</title></rect>\n";
                below += visits;
            }
            const auto before = previousVisits_ ? monthVisits(previous, previousMonth(i)) : 0;
            // The month's total over the bar, and over the previous year's dash when that is higher.
            if (labelled)
                out += "<text x=\"" + num(groupCentre(i)) + "\" y=\"" +
                       num(yOf(std::max(below, before), scale, plotTop) - 5) +
                       "\" font-size=\"10\" text-anchor=\"middle\">" + count(below) + "</text>\n";
            if (previousVisits_) {
                const double y = yOf(before, scale, plotTop);
                out += "<line x1=\"" + num(x - 4) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x + barWidth + 4) +
                       "\" y2=\"" + num(y) + "\" stroke=\"" + kPreviousColour + "\" stroke-width=\"2.5\"><title>" +
                       escape(previousMonth(i) + ": " + plural(before, "visit", "visits") +
                              " in all (previous year)") +
                       "</title></line>\n";
            }
            out += "</g>\n";
        }
        std::vector<std::pair<std::string, std::string>> extra;
        if (previousVisits_)
            extra.emplace_back(legendLine(""), "previous year, all services");
        const double bottom = legend(out, plotTop + kPlotHeight + 30, extra);
        out += "</g>\n";
        return bottom;
    }

    double visitorsChart(std::string& out, double top) const {
        const auto& current = report_.current.welcomeHouse;
        const auto& previous = report_.previousYear.welcomeHouse;
        std::int64_t max = 0;
        for (std::size_t i = 0; i < months_.size(); ++i) {
            for (const auto& series : series_) {
                max = std::max(max, visitCounts(current, months_[i], series.name).visitors);
                if (previousVisits_)
                    max = std::max(max, visitCounts(previous, previousMonth(i), series.name).visitors);
            }
        }
        const auto scale = niceScale(max);
        out += "<g id=\"chart-visitors\">\n";
        const double plotTop =
            heading(out, top, kChartVisitorsTitle,
                    periodText(report_.current.period) +
                        ": distinct visitors per service and month (a visit without a code is one visitor).",
                    previousNote(previousVisits_, "visits", "Black dashes"));
        axes(out, plotTop, scale, "visitors");
        const double barWidth = (group_ - 14.0) / static_cast<double>(std::max<std::size_t>(series_.size(), 1));
        for (std::size_t i = 0; i < months_.size(); ++i) {
            const auto& month = months_[i];
            out += "<g>\n";
            for (std::size_t s = 0; s < series_.size(); ++s) {
                const auto& series = series_[s];
                const double x = groupLeft(i) + 7.0 + barWidth * static_cast<double>(s);
                const auto visitors = visitCounts(current, month, series.name).visitors;
                const double y = yOf(visitors, scale, plotTop);
                out += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(barWidth) + "\" height=\"" +
                       num(plotTop + kPlotHeight - y) + "\" fill=\"" + series.fill +
                       "\" stroke=\"#333333\" stroke-width=\"0.5\"><title>" +
                       escape(month + ", " + series.label + ": " + plural(visitors, "visitor", "visitors")) +
                       "</title></rect>\n";
                if (previousVisits_) {
                    const auto before = visitCounts(previous, previousMonth(i), series.name).visitors;
                    const double yBefore = yOf(before, scale, plotTop);
                    out += "<line x1=\"" + num(x) + "\" y1=\"" + num(yBefore) + "\" x2=\"" + num(x + barWidth) +
                           "\" y2=\"" + num(yBefore) + "\" stroke=\"" + kPreviousColour +
                           "\" stroke-width=\"2\"><title>" +
                           escape(previousMonth(i) + ", " + series.label + ": " +
                                  plural(before, "visitor", "visitors") + " (previous year)") +
                           "</title></line>\n";
                }
            }
            out += "</g>\n";
        }
        std::vector<std::pair<std::string, std::string>> extra;
        if (previousVisits_)
            extra.emplace_back(legendLine(""), "previous year, same service");
        const double bottom = legend(out, plotTop + kPlotHeight + 30, extra);
        out += "</g>\n";
        return bottom;
    }

    static std::int64_t queued(const CounsellingStatistics& counselling, const std::string& month) {
        const auto found = counselling.queueAtMonthEnd.find(month);
        return found == counselling.queueAtMonthEnd.end() ? 0 : found->second;
    }

    double queueChart(std::string& out, double top) const {
        const auto& current = report_.current.counselling;
        const auto& previous = report_.previousYear.counselling;
        std::int64_t max = 0;
        for (std::size_t i = 0; i < months_.size(); ++i) {
            max = std::max(max, queued(current, months_[i]));
            if (previousQueue_)
                max = std::max(max, queued(previous, previousMonth(i)));
        }
        const auto scale = niceScale(max);
        out += "<g id=\"chart-queue\">\n";
        const double plotTop = heading(out, top, kChartQueueTitle,
                                       periodText(report_.current.period) +
                                           ": applications received and neither offered a time nor withdrawn.",
                                       previousNote(previousQueue_, "applications", "Dashed black line"));
        axes(out, plotTop, scale, "applications");
        const bool labelled = months_.size() <= kMaxLabelledMonths;
        auto line = [&](const CounsellingStatistics& stats, const std::vector<std::string>& months,
                        const Period& period, bool isPrevious) {
            std::string points;
            for (std::size_t i = 0; i < months_.size() && i < months.size(); ++i) {
                if (!points.empty())
                    points += ' ';
                points += num(groupCentre(i)) + "," + num(yOf(queued(stats, months[i]), scale, plotTop));
            }
            out += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"" +
                   (isPrevious ? kPreviousColour : kQueueColour) + "\" stroke-width=\"" +
                   (isPrevious ? "1.5\" stroke-dasharray=\"6 4\"" : "2.5\"") + "/>\n";
            for (std::size_t i = 0; i < months_.size() && i < months.size(); ++i) {
                const auto value = queued(stats, months[i]);
                const double y = yOf(value, scale, plotTop);
                out += "<circle cx=\"" + num(groupCentre(i)) + "\" cy=\"" + num(y) + "\" r=\"" +
                       (isPrevious ? "3\" fill=\"#ffffff\" stroke=\"" + std::string(kPreviousColour) + "\""
                                   : "4\" fill=\"" + std::string(kQueueColour) + "\" stroke=\"#ffffff\"") +
                       " stroke-width=\"1.5\"><title>" +
                       escape(months[i] + ": " + plural(value, "open application", "open applications") + " on " +
                              monthEndText(months[i], period) + (isPrevious ? " (previous year)" : "")) +
                       "</title></circle>\n";
                if (labelled && !isPrevious)
                    out += "<text x=\"" + num(groupCentre(i)) + "\" y=\"" + num(y - 9) +
                           "\" font-size=\"10\" text-anchor=\"middle\">" + count(value) + "</text>\n";
            }
        };
        if (previousQueue_)
            line(previous, previousMonths_, report_.previousYear.period, true);
        line(current, months_, report_.current.period, false);
        std::vector<std::pair<std::string, std::string>> extra;
        const std::string queueSwatch = std::string("<line x1=\"{x1}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\" stroke=\"") +
                                        kQueueColour + "\" stroke-width=\"2.5\"/><circle cx=\"{xm}\" cy=\"{y}\" " +
                                        "r=\"4\" fill=\"" + kQueueColour + "\"/>";
        extra.emplace_back(queueSwatch, "queue at month end, " + periodText(report_.current.period));
        if (previousQueue_)
            extra.emplace_back(legendLine(" stroke-dasharray=\"6 4\""),
                               "previous year, " + periodText(report_.previousYear.period));
        // The queue has no services: only the extra entries.
        const double bottom = legend(out, plotTop + kPlotHeight + 30, extra, false);
        out += "</g>\n";
        return bottom;
    }

    const Report& report_;
    std::vector<std::string> months_;
    std::vector<std::string> previousMonths_;
    std::vector<Series> series_;
    double group_ = 56;
    double plotWidth_ = 480;
    double width_ = 576;
    bool previousVisits_ = false;
    bool previousQueue_ = false;
};

}  // namespace

std::string toSvg(const Report& report, const std::map<std::string, std::string>& serviceNames) {
    return Chart(report, serviceNames).render();
}

}  // namespace intake::statistics
