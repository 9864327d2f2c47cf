#include "setup_controller.h"

#include "outcome.h"

#include "intake/device/enrolment.h"
#include "intake/sync/credentials.h"

#include <openssl/crypto.h>

#include <system_error>

namespace intake::app {

namespace {
constexpr const char* kProofKey = "admin";
}  // namespace

SetupController::SetupController(std::filesystem::path profilePath, std::filesystem::path adminRingPath,
                                 platform::KeyStore& keys, const Clock& clock, QVariantList sites, QVariantList teams,
                                 QObject* parent)
    : QObject(parent), profilePath_(std::move(profilePath)), adminRingPath_(std::move(adminRingPath)), keys_(keys),
      clock_(clock), sites_(std::move(sites)), teams_(std::move(teams)) {}

SetupController::~SetupController() = default;

bool SetupController::hasAdminPin() const {
    std::error_code ec;
    return std::filesystem::exists(adminRingPath_, ec);
}

QVariantMap SetupController::profile() const {
    auto profile = device::DeviceProfile::load(profilePath_);
    if (!profile)
        return {};
    return {{QStringLiteral("role"), QString::fromLatin1(device::roleName(profile->role))},
            {QStringLiteral("deviceId"), toQt(profile->deviceId)},
            {QStringLiteral("site"), toQt(profile->site)},
            {QStringLiteral("ticketSlot"), profile->ticketSlot},
            {QStringLiteral("team"), toQt(profile->team)},
            {QStringLiteral("staff"), toQt(profile->staff)},
            {QStringLiteral("centralUrl"), toQt(profile->centralUrl)},
            {QStringLiteral("hasCredentials"), !profile->credentials.empty()}};
}

QVariantMap SetupController::createAdminPin(const QString& pin) {
    if (hasAdminPin())
        return failed(Error(PinError::RingExists));
    auto proof = VaultKey::random();
    if (!proof)
        return failed(proof.error());
    std::error_code ec;
    std::filesystem::create_directories(adminRingPath_.parent_path(), ec);
    auto ring = StaffPinRing::create(adminRingPath_, toStd(pin), {{kProofKey, *proof}});
    if (!ring)
        return failed(ring.error());
    unlocked_ = true;
    emit stateChanged();
    return succeeded();
}

QVariantMap SetupController::unlock(const QString& pin) {
    auto ring = StaffPinRing::open(adminRingPath_);
    if (!ring)
        return failed(ring.error());
    auto keys = ring->unlock(toStd(pin), clock_);
    if (!keys) {
        QVariantMap failure = failed(keys.error());
        failure.insert(QStringLiteral("attemptsLeft"), ring->attemptsLeft());
        failure.insert(QStringLiteral("retryAfterSeconds"), static_cast<int>((ring->retryAfter(clock_).count() + 999) / 1000));
        return failure;
    }
    unlocked_ = true;
    emit stateChanged();
    return succeeded();
}

void SetupController::lock() {
    if (!unlocked_)
        return;
    unlocked_ = false;
    emit stateChanged();
}

QVariantMap SetupController::enrol(const QVariantMap& settings) {
    if (!unlocked_)
        return failed(Error(PinError::NotUnlocked));
    device::DeviceProfile profile;
    auto role = device::roleFromName(toStd(settings.value(QStringLiteral("role")).toString()));
    if (!role)
        return failed(validation::Findings{{"role", validation::Problem::NotAllowed}});
    profile.role = *role;
    auto text = [&](const char* key, std::string& into) {
        const auto value = settings.value(QLatin1String(key)).toString().trimmed();
        if (!value.isEmpty())
            into = toStd(value);
    };
    text("deviceId", profile.deviceId);
    text("site", profile.site);
    text("team", profile.team);
    text("staff", profile.staff);
    profile.centralUrl = toStd(settings.value(QStringLiteral("centralUrl")).toString().trimmed());
    bool slotOk = false;
    const int slot = settings.value(QStringLiteral("ticketSlot"), 1).toInt(&slotOk);
    profile.ticketSlot = slotOk && slot > 0 ? static_cast<unsigned>(slot) : 0;

    const auto user = settings.value(QStringLiteral("user")).toString().trimmed();
    std::optional<sync::Credentials> credentials;
    if (!user.isEmpty()) {
        profile.credentials = device::kCredentialsName;  // checked below with the rest
        credentials.emplace();
        credentials->scheme = sync::Credentials::Scheme::Session;
        credentials->user = toStd(user);
        credentials->password = toStd(settings.value(QStringLiteral("password")).toString());
    }
    if (auto checked = profile.check(); !checked) {
        // The detail of InvalidDocument is the field's name.
        return failed(validation::Findings{{checked.error().detail(), validation::Problem::NotAllowed}});
    }
    auto done = device::enrol(profile, credentials, keys_, profilePath_.parent_path(), true);
    if (credentials)
        OPENSSL_cleanse(credentials->password.data(), credentials->password.size());
    if (!done)
        return failed(done.error());
    emit stateChanged();
    emit enrolled();
    return succeeded();
}

}  // namespace intake::app
