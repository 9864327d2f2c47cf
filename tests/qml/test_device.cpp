#include "test_device.h"

#include "intake/core/records.h"
#include "intake/core/validation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>

#include <chrono>
#include <cstdio>

namespace intake::testing {

namespace {

using namespace std::chrono;

// Stockholm is UTC+1 from the end of October to the end of March; the tests
// stay within that.
constexpr minutes kStockholmWinter{60};

sys_time<milliseconds> parseLocal(const QString& text) {
    const auto utc = validation::parseDateTime(text.toStdString() + ":00+01:00");
    return utc ? time_point_cast<milliseconds>(*utc) : sys_time<milliseconds>{};
}

// RFC 3339 in UTC, seconds.
std::string iso(sys_time<seconds> at) { return records::formatTimestamp(at); }

QVariantMap toVariant(const Document& document) {
    auto map = QJsonDocument::fromJson(QByteArray::fromStdString(document.body.dump())).object().toVariantMap();
    map.insert(QStringLiteral("_id"), QString::fromStdString(document.id));
    map.insert(QStringLiteral("_rev"), QString::fromStdString(document.rev));
    return map;
}

void keepCpp(QObject* object) {
    if (object)
        QQmlEngine::setObjectOwnership(object, QQmlEngine::CppOwnership);
}

}  // namespace

TestDevice::TestDevice(QObject* parent) : QObject(parent), clock_(parseLocal(QStringLiteral("2026-11-23T10:00")), kStockholmWinter) {}

TestDevice::~TestDevice() {
    if (sync_)
        sync_->stopAll();
}

QString TestDevice::now() const {
    // "YYYY-MM-DDTHH:MM" of the local time.
    const auto local = floor<seconds>(clock_.now() + kStockholmWinter);
    return QString::fromStdString(iso(local).substr(0, 16));
}

void TestDevice::setNow(const QString& localTime) { clock_.set(parseLocal(localTime)); }

void TestDevice::advance(int seconds) { clock_.advance(std::chrono::seconds(seconds)); }

QString TestDevice::dataDir() const { return folder_.path(); }

QString TestDevice::screenshotDir() const {
    const auto folder = QStringLiteral(INTAKE_SCREENSHOT_DIR);
    QDir().mkpath(folder);
    return folder;
}

void TestDevice::componentComplete() {
    auto role = device::roleFromName(role_.toStdString());
    if (!role) {
        qWarning("TestDevice: unknown role");
        return;
    }
    device::DeviceProfile profile;
    profile.role = *role;
    profile.deviceId = role_.toStdString() + "-test";
    profile.staff = "staff-test";
    profile.centralUrl.clear();  // no sync: SyncMonitor says "not set up"
    auto session = device::DeviceSession::open(profile, folder_.path().toStdString(), keys_);
    if (!session) {
        qWarning("TestDevice: %s", session.error().name().c_str());
        return;
    }
    session_ = std::move(*session);
    auto& s = *session_;
    sync_ = std::make_unique<app::SyncMonitor>(std::string(), sync::ClientOptions{}, clock_);
    const Site* site = s.config().site(profile.site);
    const TicketIssuer issuer{profile.site, 1, site ? site->ticketIssuers : 1};
    switch (*role) {
    case device::Role::Kiosk:
        kioskCheckIn_ = std::make_unique<KioskCheckIn>(*s.queueVault(), s.config(), clock_, issuer, profile.deviceId);
        kiosk_ = std::make_unique<app::KioskController>(*kioskCheckIn_, s.config());
        break;
    case device::Role::Reception:
        queue_ = std::make_unique<WelcomeQueue>(*s.queueVault(), s.config(), clock_, issuer, profile.deviceId);
        reception_ = std::make_unique<app::ReceptionController>(*queue_, *s.queueVault(), s.config(), clock_, profile.site,
                                                                QStringLiteral("staff-test"));
        statistics_ = std::make_unique<app::StatisticsController>(*s.queueVault(), s.config(), clock_,
                                                                   folder_.path() + QStringLiteral("/exports"));
        break;
    case device::Role::Counselling:
        familyCounselling_ = std::make_unique<FamilyCounselling>(*s.counsellingVault(), *s.slotVault(), s.config(),
                                                                 clock_, profile.deviceId);
        counselling_ = std::make_unique<app::CounsellingController>(*familyCounselling_, s.config());
        break;
    case device::Role::Outreach: {
        PinRingOptions weak;  // scrypt at full cost would make every unlock test slow
        weak.kdf = ScryptParameters{std::uint64_t{1} << 10, 8, 1};
        weak.allowWeakKdfForTests = true;
        outreach_ = std::make_unique<app::OutreachController>(
            std::filesystem::path(folder_.path().toStdString()) / "outreach-keyring.json",
            s.vaultPath(device::DeviceSession::kOutreachVault), s.config(), clock_, QString::fromStdString(profile.deviceId),
            QStringLiteral("night-team-centrum"), QStringLiteral("staff-test"), std::function<void(Vault*)>{}, weak);
        break;
    }
    }
    const std::filesystem::path folder = folder_.path().toStdString();
    setup_ = std::make_unique<app::SetupController>(
        folder / "profile.json", folder / "admin-keyring.json", keys_, clock_,
        QVariantList{QVariantMap{{QStringLiteral("id"), QStringLiteral("welcome-house")},
                                 {QStringLiteral("name"), QStringLiteral("Welcome House")}}},
        QVariantList{});
    for (QObject* object : {static_cast<QObject*>(setup_.get()), static_cast<QObject*>(kiosk_.get()), static_cast<QObject*>(reception_.get()),
                            static_cast<QObject*>(statistics_.get()), static_cast<QObject*>(counselling_.get()),
                            static_cast<QObject*>(outreach_.get()), static_cast<QObject*>(sync_.get())})
        keepCpp(object);
}

QStringList TestDevice::vaultNames() const {
    QStringList names;
    if (!session_)
        return names;
    names << QString::fromLatin1(device::DeviceSession::kConfigVault);
    if (session_->queueVault())
        names << QString::fromLatin1(device::DeviceSession::kQueueVault);
    if (session_->counsellingVault())
        names << QString::fromLatin1(device::DeviceSession::kCounsellingVault);
    if (session_->slotVault())
        names << QString::fromLatin1(device::DeviceSession::kSlotVault);
    if (outreach_ && outreach_->vault())
        names << QString::fromLatin1(device::DeviceSession::kOutreachVault);
    return names;
}

QVariantList TestDevice::records(const QString& vaultName, const QString& type) const {
    QVariantList list;
    if (!session_)
        return list;
    Vault* vault = nullptr;
    const auto name = vaultName.toStdString();
    if (name == device::DeviceSession::kConfigVault)
        vault = &session_->configVault();
    else if (name == device::DeviceSession::kQueueVault)
        vault = session_->queueVault();
    else if (name == device::DeviceSession::kCounsellingVault)
        vault = session_->counsellingVault();
    else if (name == device::DeviceSession::kSlotVault)
        vault = session_->slotVault();
    else if (name == device::DeviceSession::kOutreachVault && outreach_)
        vault = outreach_->vault();
    if (!vault)
        return list;  // a vault this device does not have holds nothing
    DocumentQuery query;
    if (!type.isEmpty())
        query.type = type.toStdString();
    auto documents = vault->query(query);
    if (!documents)
        return list;
    for (const auto& document : *documents)
        list.append(toVariant(document));
    return list;
}

int TestDevice::count(const QString& vault, const QString& type) const { return static_cast<int>(records(vault, type).size()); }

bool TestDevice::anyFileContains(const QString& needle) const {
    const QByteArray wanted = needle.toUtf8();
    QDirIterator files(folder_.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(wanted))
            return true;
    }
    return false;
}

QStringList TestDevice::seedVisits(int count, const QString& service) {
    QStringList tickets;
    if (!session_ || !session_->queueVault())
        return tickets;
    const Site* site = session_->config().site("welcome-house");
    // Slot 2: tickets that the device's own (slot 1) never repeat.
    ManualClock earlier(clock_.now() - minutes(count + 1), kStockholmWinter);
    WelcomeQueue queue(*session_->queueVault(), session_->config(), earlier,
                       TicketIssuer{"welcome-house", 2, site ? site->ticketIssuers : 1}, "kiosk-seed");
    const auto running = queue.servicesToday();
    if (running.empty())
        return tickets;
    static const char* languages[] = {"ar", "sv", "fa", "uk", "so", "ti", "prs", "en"};
    for (int i = 0; i < count; ++i) {
        CheckIn request;
        request.service = service.isEmpty() ? running[static_cast<std::size_t>(i) % running.size()]->id : service.toStdString();
        request.language = languages[i % 8];
        request.firstVisit = i % 3 == 0;
        if (i % 4 == 0)
            request.interpreterLanguage = request.language == "sv" ? "en" : request.language;
        auto visit = queue.checkIn(request);
        if (!visit.ok())
            break;
        tickets << QString::fromStdString(visit.value->visit.ticket);
        earlier.advance(minutes(1));
    }
    if (reception_)
        reception_->refresh();
    return tickets;
}

int TestDevice::seedSlots(int count) {
    if (!session_ || !session_->slotVault())
        return 0;
    const auto& providers = session_->config().providers();
    int written = 0;
    const auto tomorrow = sys_days{clock_.today()} + days{1};
    for (int i = 0; i < count; ++i) {
        const auto day = tomorrow + days{i / 2};
        const auto start = day + hours(i % 2 == 0 ? 9 : 13);  // UTC
        records::Slot slot;
        slot.provider = providers.empty() ? "city" : providers[static_cast<std::size_t>(i) % providers.size()].id;
        slot.kind = i % 3 == 0 ? "cancellation" : "single_session";
        slot.starts_at = iso(start);
        slot.ends_at = iso(start + hours(1));
        const auto id = "slot:test-" + std::to_string(i);
        if (session_->slotVault()->put({id, records::toJson(slot), "", false}))
            ++written;
    }
    return written;
}

int TestDevice::seedYear(int visitsPerMonth) {
    if (!session_ || !session_->queueVault())
        return 0;
    const auto& services = session_->config().services();
    std::vector<PutRequest> puts;
    const auto today = sys_days{clock_.today()};
    int n = 0;
    for (int month = 0; month < 12; ++month) {
        for (int i = 0; i < visitsPerMonth; ++i) {
            // Spread over the last twelve months, every service, some repeat visitors.
            const auto day = today - days{30 * month + (i % 28) + 1};
            const auto& service = services[static_cast<std::size_t>(i + month) % services.size()];
            records::Visit visit;
            visit.site = "welcome-house";
            visit.day = formatIsoDate(year_month_day{day});
            visit.service = service.id;
            visit.ticket = std::string(1, service.letter) + std::to_string(i + 1);
            visit.language = "ar";
            visit.issued_by = "kiosk-seed";
            visit.status = "served";
            visit.visitor_code = "v" + std::to_string(i % (visitsPerMonth / 2 + 1));
            visit.arrived_at = iso(day + hours(9));
            visit.called_at = iso(day + hours(9) + minutes(10 + i % 20));
            visit.ended_at = iso(day + hours(9) + minutes(30 + i % 20));
            puts.push_back({"visit:seed-" + std::to_string(n++), records::toJson(visit), "", false});
        }
    }
    auto written = session_->queueVault()->putAll(puts);
    return written ? static_cast<int>(written->size()) : 0;
}

}  // namespace intake::testing
