#include "kiosk_controller.h"

#include "outcome.h"

namespace intake::app {

namespace {

QVariantMap describe(const Language& language) {
    return {{QStringLiteral("code"), toQt(language.code)},
            {QStringLiteral("nativeName"), toQt(language.nativeName)},
            {QStringLiteral("rightToLeft"), language.rightToLeft}};
}

}  // namespace

KioskController::KioskController(KioskCheckIn& kiosk, const Config& config, QObject* parent)
    : QObject(parent), kiosk_(kiosk), config_(config) {}

QVariantList KioskController::languages() const {
    QVariantList list;
    for (const auto& language : config_.languages()) {
        if (language.kiosk)
            list.append(describe(language));
    }
    return list;
}

QVariantList KioskController::interpreterLanguages() const {
    QVariantList list;
    for (const auto& language : config_.languages())
        list.append(describe(language));
    return list;
}

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
