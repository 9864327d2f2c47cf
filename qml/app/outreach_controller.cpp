#include "outreach_controller.h"

#include "intake/device/device_session.h"
#include "intake/device/vault_keys.h"
#include "outcome.h"

#include "intake/sync/needs_attention.h"

#include <QDateTime>

#include <system_error>

namespace intake::app {

OutreachController::OutreachController(std::filesystem::path ringPath, std::filesystem::path vaultPath,
                                       const Config& config, const Clock& clock, QString device, QString team,
                                       QString staff, std::function<void(Vault*)> onVaultOpened,
                                       PinRingOptions ringOptions, QObject* parent)
    : QObject(parent), ringPath_(std::move(ringPath)), vaultPath_(std::move(vaultPath)), config_(config),
      clock_(clock), device_(std::move(device)), team_(std::move(team)), staff_(std::move(staff)),
      onVaultOpened_(std::move(onVaultOpened)), ringOptions_(ringOptions) {
    if (auto ring = StaffPinRing::open(ringPath_))
        ring_.emplace(std::move(*ring));
}

OutreachController::~OutreachController() { lock(); }

bool OutreachController::enrolled() const { return ring_.has_value(); }

int OutreachController::attemptsLeft() const { return ring_ ? ring_->attemptsLeft() : 0; }

QString OutreachController::night() const {
    // The night that started this evening, or yesterday evening before noon.
    auto day = clock_.today();
    const auto local = QDateTime::fromMSecsSinceEpoch(clock_.now().time_since_epoch().count()).toLocalTime();
    if (local.time().hour() < 12)
        day = std::chrono::year_month_day{std::chrono::sys_days{day} - std::chrono::days{1}};
    return toQt(formatIsoDate(day));
}

QVariantList OutreachController::optionList(const char* name) const {
    QVariantList list;
    for (const auto& option : config_.options(name))
        list.append(toQt(option));
    return list;
}

QVariantList OutreachController::areas() const { return optionList("area"); }
QVariantList OutreachController::referralUnits() const { return optionList("referral_unit"); }
QVariantList OutreachController::needs() const { return optionList("need"); }
QVariantList OutreachController::ageBands() const { return optionList("age_band"); }
QVariantList OutreachController::genders() const { return optionList("gender"); }

QVariantList OutreachController::shelters() const {
    QVariantList list;
    for (const auto& shelter : config_.shelters()) {
        list.append(QVariantMap{{QStringLiteral("id"), toQt(shelter.id)},
                                {QStringLiteral("name"), toQt(shelter.name.in("sv"))},
                                {QStringLiteral("beds"), static_cast<int>(shelter.beds.size())}});
    }
    return list;
}

int OutreachController::contactsToday() const {
    if (!vault_)
        return 0;
    const auto today = formatIsoDate(clock_.today());
    int count = 0;
    auto visit = [&](Document&& document) -> Result<bool> {
        // `at` is RFC 3339 in UTC; close enough for a count on the home screen.
        if (document.body.value("at", std::string()).rfind(today, 0) == 0)
            ++count;
        return true;
    };
    (void)vault_->forEach({.type = "contact"}, visit);
    return count;
}

QVariantMap OutreachController::opened(Result<KeysByName> keys) {
    if (!keys) {
        emit lockChanged();
        QVariantMap failure = failed(keys.error());
        failure.insert(QStringLiteral("attemptsLeft"), attemptsLeft());
        failure.insert(QStringLiteral("retryAfterSeconds"),
                       ring_ ? static_cast<int>((ring_->retryAfter(clock_).count() + 999) / 1000) : 0);
        return failure;
    }
    auto found = keys->find(device::DeviceSession::kOutreachRingKey);
    if (found == keys->end())
        return failed(Error(PinError::RingDamaged, "no team key"));
    // `intake vault rekey` may have been interrupted: opening settles it in the ring.
    device::PinRingKeys ringKeys(*ring_, *keys);
    auto opened = device::openWithKeyStore(vaultPath_, device::DeviceSession::kOutreachRingKey, ringKeys);
    if (!opened) {
        ring_->lock();
        return failed(opened.error());
    }
    vault_ = std::move(*opened);
    log_ = std::make_unique<OutreachLog>(*vault_, config_, clock_, toStd(device_), toStd(team_));
    if (onVaultOpened_)
        onVaultOpened_(vault_.get());
    emit lockChanged();
    emit dataChanged();
    return succeeded();
}

QVariantMap OutreachController::enrol(const QString& pin) {
    if (ring_)
        return failed(Error(PinError::RingExists));
    const auto text = toStd(pin);
    if (auto format = checkPinFormat(text); !format)
        return failed(format.error());
    auto key = VaultKey::random();
    if (!key)
        return failed(key.error());
    std::error_code ec;
    std::filesystem::create_directories(ringPath_.parent_path(), ec);
    KeysByName keys;
    keys.emplace(device::DeviceSession::kOutreachRingKey, *key);
    auto ring = StaffPinRing::create(ringPath_, text, keys, ringOptions_);
    if (!ring)
        return failed(ring.error());
    ring_.emplace(std::move(*ring));
    return opened(std::move(keys));
}

QVariantMap OutreachController::unlock(const QString& pin) {
    if (!ring_)
        return failed(Error(PinError::RingMissing));
    if (log_)
        return succeeded();
    return opened(ring_->unlock(toStd(pin), clock_));
}

void OutreachController::lock() {
    if (!vault_ && !(ring_ && ring_->isUnlocked()))
        return;
    if (onVaultOpened_ && vault_)
        onVaultOpened_(nullptr);  // sync lets go of the vault before it closes
    log_.reset();
    vault_.reset();
    if (ring_)
        ring_->lock();
    emit lockChanged();
    emit dataChanged();
}

QVariantMap OutreachController::logAnonymous(const QString& area, int count) {
    if (!log_)
        return failed(Error(PinError::NotUnlocked));
    return saved(log_->logAnonymous(toStd(area), count, toStd(staff_)));
}

QVariantMap OutreachController::logPerson(const QVariantMap& input) {
    if (!log_)
        return failed(Error(PinError::NotUnlocked));
    records::Contact contact;
    contact.anonymous = false;
    contact.count = 1;
    contact.area = toStd(input.value(QStringLiteral("area")).toString());
    contact.place = optionalText(input.value(QStringLiteral("place")).toString());
    contact.alias = optionalText(input.value(QStringLiteral("alias")).toString());
    contact.name = optionalText(input.value(QStringLiteral("name")).toString());
    contact.person_code = optionalText(input.value(QStringLiteral("personCode")).toString());
    if (auto gender = optionalText(input.value(QStringLiteral("gender")).toString()))
        contact.gender = *gender;
    if (auto band = optionalText(input.value(QStringLiteral("ageBand")).toString()))
        contact.age_band = *band;
    for (const auto& need : input.value(QStringLiteral("needs")).toStringList())
        contact.needs.push_back(toStd(need));
    for (const auto& action : input.value(QStringLiteral("actions")).toStringList())
        contact.actions.push_back(toStd(action));
    contact.consent = input.value(QStringLiteral("consent")).toBool();
    return saved(log_->logContact(std::move(contact), toStd(staff_)));
}

QVariantList OutreachController::beds(const QString& shelter) const {
    QVariantList list;
    if (!log_)
        return list;
    auto beds = log_->beds(toStd(shelter), toStd(night()));
    if (!beds)
        return list;
    for (const auto& bed : *beds) {
        list.append(QVariantMap{{QStringLiteral("bed"), bed.bed},
                                {QStringLiteral("filledBy"), toQt(bed.filledBy)},
                                {QStringLiteral("kind"), toQt(bed.kind)},
                                {QStringLiteral("taken"), bed.takenBy.has_value()},
                                {QStringLiteral("conflict"), bed.conflict},
                                {QStringLiteral("displaced"), static_cast<int>(bed.displaced)}});
    }
    return list;
}

QVariantMap OutreachController::giveBed(const QString& shelter, int bed, const QString& filledBy,
                                        const QString& personCode, const QString& alias, const QString& gender) {
    if (!log_)
        return failed(Error(PinError::NotUnlocked));
    return saved(log_->giveBed(toStd(shelter), toStd(night()), bed, toStd(filledBy), toStd(personCode.trimmed()),
                               optionalText(alias), toStd(staff_), gender.isEmpty() ? "not_stated" : toStd(gender)));
}

QVariantMap OutreachController::refer(const QVariantMap& input) {
    if (!log_)
        return failed(Error(PinError::NotUnlocked));
    records::Referral referral;
    referral.person_code = toStd(input.value(QStringLiteral("personCode")).toString().trimmed());
    referral.alias = optionalText(input.value(QStringLiteral("alias")).toString());
    referral.unit = toStd(input.value(QStringLiteral("unit")).toString());
    referral.caseworker = optionalText(input.value(QStringLiteral("caseworker")).toString());
    referral.reason = toStd(input.value(QStringLiteral("reason")).toString().trimmed());
    referral.consent = input.value(QStringLiteral("consent")).toBool();
    return saved(log_->refer(std::move(referral), toStd(staff_)));
}

QVariantMap OutreachController::reportConcern(const QVariantMap& input) {
    if (!log_)
        return failed(Error(PinError::NotUnlocked));
    records::ConcernReport report;
    report.concern = toStd(input.value(QStringLiteral("concern")).toString().trimmed());
    report.area = optionalText(input.value(QStringLiteral("area")).toString());
    bool hasAge = false;
    const int age = input.value(QStringLiteral("childAge")).toInt(&hasAge);
    if (hasAge && input.value(QStringLiteral("childAge")).toString() != QString())
        report.child_age = age;
    auto draft = log_->draftConcern(std::move(report), toStd(staff_));
    if (!draft.ok())
        return failed(draft);
    auto submitted = log_->submitConcern(draft.value->id, toStd(staff_));
    if (!submitted.ok())
        return failed(submitted);
    emit changed();
    return succeeded({{QStringLiteral("id"), toQt(submitted.value->id)},
                      {QStringLiteral("reference"), toQt(submitted.value->record.reference)}});
}

QVariantMap OutreachController::cancelBed(const QString& shelter, int bed) {
    if (!log_)
        return failed(Error(PinError::NotUnlocked));
    if (auto cancelled = log_->cancelBed(toStd(shelter), toStd(night()), bed, toStd(staff_)); !cancelled)
        return failed(cancelled.error());
    emit changed();
    emit dataChanged();
    return succeeded();
}

QVariantMap OutreachController::settle(const QString& id) {
    if (!vault_)
        return failed(Error(PinError::NotUnlocked));
    auto items = sync::needsAttention(*vault_);
    if (!items)
        return failed(items.error());
    const auto wanted = toStd(id);
    for (const auto& item : *items) {
        if (item.id != wanted)
            continue;
        Result<void> done = Error(SyncError::Rejected, "refused by the central service");
        if (item.reason == "displaced_allocation")
            done = sync::settleDisplaced(*vault_, item.id);
        else if (item.reason == "unresolved_conflict" && !item.revs.empty())
            done = sync::keepRevision(*vault_, item.id, item.revs.front());
        if (!done)
            return failed(done.error());
        emit changed();
        emit dataChanged();
        return succeeded();
    }
    return failed(Error(VaultError::DocumentNotFound));
}

QVariantList OutreachController::attention() const {
    QVariantList list;
    if (!vault_)
        return list;
    auto items = sync::needsAttention(*vault_);
    if (!items)
        return list;
    for (const auto& item : *items) {
        list.append(QVariantMap{{QStringLiteral("id"), toQt(item.id)},
                                {QStringLiteral("type"), toQt(item.type)},
                                {QStringLiteral("reason"), toQt(item.reason)}});
    }
    return list;
}

}  // namespace intake::app
