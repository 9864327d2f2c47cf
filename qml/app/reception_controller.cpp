#include "reception_controller.h"

#include "outcome.h"

#include <QQmlEngine>

namespace intake::app {

ReceptionController::ReceptionController(WelcomeQueue& queue, Vault& queueVault, const Config& config,
                                         const Clock& clock, std::string site, QString staff, QObject* parent)
    : QObject(parent), queue_(queue), vault_(queueVault), config_(config), clock_(clock), site_(std::move(site)),
      staff_(std::move(staff)) {
    reload();
}

ReceptionController::~ReceptionController() = default;

QVariantList ReceptionController::services() const { return servicesIn(QStringLiteral("sv")); }

QVariantList ReceptionController::servicesIn(const QString& language) const {
    QVariantList list;
    for (const Service* service : queue_.servicesToday()) {
        list.append(QVariantMap{{QStringLiteral("id"), toQt(service->id)},
                                {QStringLiteral("name"), toQt(service->name.in(toStd(language)))},
                                {QStringLiteral("letter"), QString(QChar(service->letter))}});
    }
    return list;
}

QVariantList ReceptionController::languages() const { return languageList(config_, false); }

QVariantMap ReceptionController::todayCounts() const {
    QVariantMap counts{{QStringLiteral("waiting"), 0}, {QStringLiteral("called"), 0},   {QStringLiteral("served"), 0},
                       {QStringLiteral("left"), 0},    {QStringLiteral("noShow"), 0},   {QStringLiteral("transferred"), 0},
                       {QStringLiteral("visits"), 0}};
    for (const auto& [id, status] : statuses_) {
        const QString key = status == "no_show" ? QStringLiteral("noShow") : toQt(status);
        if (counts.contains(key))
            counts[key] = counts[key].toInt() + 1;
        if (status != "transferred")  // the visit it continues as counts instead
            counts[QStringLiteral("visits")] = counts[QStringLiteral("visits")].toInt() + 1;
    }
    return counts;
}

void ReceptionController::setStaff(const QString& staff) {
    if (staff == staff_)
        return;
    staff_ = staff;
    emit staffChanged();
}

void ReceptionController::setDesk(const QString& desk) {
    if (desk == desk_)
        return;
    desk_ = desk;
    emit deskChanged();
}

ReceptionQueueModel* ReceptionController::queue(const QString& service) {
    auto& model = queues_[service];
    if (!model) {
        model = std::make_unique<ReceptionQueueModel>(queue_, clock_, service);
        // Returned to QML from an invokable: without this the JS engine would own it.
        QQmlEngine::setObjectOwnership(model.get(), QQmlEngine::CppOwnership);
        model->refresh();
    }
    return model.get();
}

QVariantMap ReceptionController::finish(const Result<QueuedVisit>& outcome) {
    const QString error = outcome ? QString() : toQt(outcome.error().name());
    if (error != lastError_) {
        lastError_ = error;
        emit lastErrorChanged();
    }
    if (!outcome)
        return failed(outcome.error());
    emit changed();
    refresh();
    return succeeded({{QStringLiteral("ticket"), toQt(outcome->visit.ticket)},
                      {QStringLiteral("visitId"), toQt(outcome->id)},
                      {QStringLiteral("service"), toQt(outcome->visit.service)}});
}

QVariantMap ReceptionController::callNext(const QString& service) {
    return finish(queue_.callNext(toStd(service), toStd(staff_), toStd(desk_)));
}
QVariantMap ReceptionController::recall(const QString& visitId) { return finish(queue_.recall(toStd(visitId), toStd(staff_))); }
QVariantMap ReceptionController::markServed(const QString& visitId) {
    return finish(queue_.markServed(toStd(visitId), toStd(staff_)));
}
QVariantMap ReceptionController::markLeft(const QString& visitId) { return finish(queue_.markLeft(toStd(visitId), toStd(staff_))); }
QVariantMap ReceptionController::markNoShow(const QString& visitId) {
    return finish(queue_.markNoShow(toStd(visitId), toStd(staff_)));
}
QVariantMap ReceptionController::transfer(const QString& visitId, const QString& toService) {
    return finish(queue_.transfer(toStd(visitId), toStd(toService), toStd(staff_)));
}

QVariantMap ReceptionController::registerWalkIn(const QString& service, const QString& language,
                                                const QString& interpreterLanguage) {
    CheckIn request;
    request.service = toStd(service);
    request.language = toStd(language);
    request.interpreterLanguage = optionalText(interpreterLanguage);
    auto outcome = queue_.registerWalkIn(request, toStd(staff_));
    if (!outcome.ok())
        return failed(outcome);
    emit changed();
    refresh();
    return succeeded({{QStringLiteral("ticket"), toQt(outcome.value->visit.ticket)},
                      {QStringLiteral("visitId"), toQt(outcome.value->id)}});
}

void ReceptionController::refresh() {
    if (!seenUpTo_ || day_ != formatIsoDate(clock_.today()) || !follow())
        reload();
    for (auto& [service, model] : queues_)
        model->updateWaits();
    emit queuesChanged();
}

void ReceptionController::reload() {
    // The sequence first: a change made while reading is applied again later,
    // which is harmless (apply() skips a revision it shows already).
    auto sequence = vault_.lastSequence();
    day_ = formatIsoDate(clock_.today());
    statuses_.clear();
    auto visits = vault_.query({.type = "visit", .site = site_, .day = day_});
    if (visits) {
        for (const auto& visit : *visits)
            statuses_[visit.id] = visit.body.value("status", std::string());
    }
    for (auto& [service, model] : queues_)
        model->refresh();
    seenUpTo_ = sequence ? std::optional<std::int64_t>(*sequence) : std::nullopt;
}

bool ReceptionController::follow() {
    auto changes = vault_.changesSince(*seenUpTo_);
    if (!changes)
        return false;
    for (const auto& change : *changes) {
        seenUpTo_ = std::max(*seenUpTo_, change.seq);
        if (change.id.rfind("visit:", 0) != 0)
            continue;
        std::optional<records::Visit> visit;
        if (!change.deleted) {
            auto document = vault_.get(change.id);
            if (!document)
                return false;
            auto parsed = records::fromJson<records::Visit>(document->body);
            if (parsed && parsed->site == site_ && parsed->day == day_)
                visit = std::move(*parsed);
        }
        if (visit)
            statuses_[change.id] = visit->status;
        else
            statuses_.erase(change.id);
        for (auto& [service, model] : queues_)
            model->apply(change.id, change.rev, visit);
    }
    return true;
}
}  // namespace intake::app
