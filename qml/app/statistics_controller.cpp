#include "statistics_controller.h"

#include "outcome.h"

#include "intake/core/durable_file.h"
#include "intake/core/statistics.h"

#include <QDir>

#include <algorithm>

namespace intake::app {

namespace st = intake::statistics;

StatisticsController::StatisticsController(Vault& queueVault, const Config& config, const Clock& clock,
                                           QString exportFolder, QObject* parent)
    : QObject(parent), vault_(queueVault), config_(config), clock_(clock), exportFolder_(std::move(exportFolder)) {}

int StatisticsController::currentYear() const {
    const auto today = clock_.today();
    const int year = static_cast<int>(today.year());
    return static_cast<unsigned>(today.month()) == 12 ? year + 1 : year;
}

QVariantMap StatisticsController::monthly(int endingYear, const QString& language) const {
    const auto period = st::Period::decemberToNovember(endingYear);
    auto report = st::compute(vault_, config_, period);
    if (!report)
        return failed(report.error());
    const auto& house = report->current.welcomeHouse;
    const auto months = period.months();
    QVariantList monthList;
    for (const auto& month : months)
        monthList.append(toQt(month));

    QVariantList services;
    std::int64_t max = 0;
    for (const auto& service : config_.services()) {
        QVariantList visits;
        QVariantList visitors;
        for (const auto& month : months) {
            st::VisitCounts counts;
            if (auto byMonth = house.byMonthService.find(month); byMonth != house.byMonthService.end()) {
                if (auto found = byMonth->second.find(service.id); found != byMonth->second.end())
                    counts = found->second;
            }
            visits.append(static_cast<qlonglong>(counts.visits));
            visitors.append(static_cast<qlonglong>(counts.visitors));
            max = std::max(max, counts.visits);
        }
        st::VisitCounts total;
        if (auto found = house.byService.find(service.id); found != house.byService.end())
            total = found->second;
        services.append(QVariantMap{{QStringLiteral("id"), toQt(service.id)},
                                    {QStringLiteral("name"), toQt(service.name.in(toStd(language)))},
                                    {QStringLiteral("visits"), visits},
                                    {QStringLiteral("visitors"), visitors},
                                    {QStringLiteral("totalVisits"), static_cast<qlonglong>(total.visits)},
                                    {QStringLiteral("totalVisitors"), static_cast<qlonglong>(total.visitors)}});
    }
    return succeeded({{QStringLiteral("months"), monthList},
                      {QStringLiteral("services"), services},
                      {QStringLiteral("max"), static_cast<qlonglong>(max)},
                      {QStringLiteral("totalVisits"), static_cast<qlonglong>(house.total.visits)},
                      {QStringLiteral("totalVisitors"), static_cast<qlonglong>(house.total.visitors)}});
}

QVariantMap StatisticsController::exportReport(int endingYear, const QString& folder) const {
    auto report = st::compute(vault_, config_, st::Period::decemberToNovember(endingYear));
    if (!report)
        return failed(report.error());
    const QString target = folder.isEmpty() ? exportFolder_ : folder;
    if (target == exportFolder_ && !target.isEmpty())
        QDir().mkpath(target);
    const QDir dir(target);
    if (target.isEmpty() || !dir.exists())
        return failed(Error(VaultError::NotFound, "export folder"));
    const auto base = QStringLiteral("intake-statistics-%1").arg(endingYear);
    const auto csv = dir.filePath(base + QStringLiteral(".csv"));
    const auto json = dir.filePath(base + QStringLiteral(".json"));
    if (auto written = replaceFileDurably(csv.toStdString(), st::toCsv(*report)); !written)
        return failed(written.error());
    if (auto written = replaceFileDurably(json.toStdString(), st::toJson(*report).dump(2) + "\n"); !written)
        return failed(written.error());
    return succeeded({{QStringLiteral("csv"), csv}, {QStringLiteral("json"), json}});
}

}  // namespace intake::app
