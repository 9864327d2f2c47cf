#include "kiosk_controller.h"

#include "outcome.h"

namespace intake::app {

KioskController::KioskController(KioskCheckIn& kiosk, const Config& config, QObject* parent)
    : QObject(parent), kiosk_(kiosk), config_(config) {}

QVariantList KioskController::languages() const { return languageList(config_, true); }

QVariantList KioskController::interpreterLanguages() const { return languageList(config_, false); }

QVariantList KioskController::services(const QString& language) const {
    QVariantList list;
    const auto code = toStd(language);
    for (const auto& running : kiosk_.servicesToday()) {
        const Service* service = config_.service(running.id);
        if (!service)
            continue;
        list.append(QVariantMap{{QStringLiteral("id"), toQt(service->id)},
                                {QStringLiteral("name"), toQt(service->name.in(code))},
                                {QStringLiteral("letter"), QString(QChar(service->letter))},
                                {QStringLiteral("picture"), toQt(service->picture)}});
    }
    return list;
}

QVariantMap KioskController::checkIn(const QString& service, const QString& language, int firstVisit,
                                     const QString& firstName, const QString& interpreterLanguage) {
    CheckIn request;
    request.service = toStd(service);
    request.language = toStd(language);
    if (firstVisit >= 0)
        request.firstVisit = firstVisit == 1;
    request.firstName = optionalText(firstName);
    request.interpreterLanguage = optionalText(interpreterLanguage);
    auto outcome = kiosk_.checkIn(request);
    if (!outcome.ok())
        return failed(outcome);
    emit checkedIn();
    return succeeded({{QStringLiteral("ticket"), toQt(outcome.value->ticket)},
                      {QStringLiteral("ahead"), outcome.value->ahead},
                      {QStringLiteral("aboutMinutes"), outcome.value->aboutMinutes}});
}

}  // namespace intake::app
