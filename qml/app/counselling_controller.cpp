#include "counselling_controller.h"

#include "outcome.h"

namespace intake::app {

namespace {

bool flag(const QVariantMap& form, const char* key) { return form.value(QLatin1String(key)).toBool(); }
QString text(const QVariantMap& form, const char* key) { return form.value(QLatin1String(key)).toString(); }

ApplicationForm formFrom(const QVariantMap& form) {
    ApplicationForm application;
    for (const auto& entry : form.value(QStringLiteral("adults")).toList()) {
        const auto adult = entry.toMap();
        records::Adult person;
        person.first_name = toStd(text(adult, "name").trimmed());
        person.last_name = optionalText(text(adult, "lastName"));
        person.phone = optionalText(text(adult, "phone"));
        person.email = optionalText(text(adult, "email"));
        if (!person.first_name.empty() || person.phone || person.email)
            application.adults.push_back(std::move(person));
    }
    application.contact = toStd(text(form, "contact"));
    if (application.contact.empty())
        application.contact = "phone";
    application.willCallAt = optionalText(text(form, "willCallAt"));
    application.smallChildren = flag(form, "smallChildren");
    application.acuteCrisis = flag(form, "acuteCrisis");
    application.language = toStd(text(form, "language"));
    application.interpreterNeeded = flag(form, "interpreterNeeded");
    application.interpreterLanguage = optionalText(text(form, "interpreterLanguage"));
    application.preferredProvider = optionalText(text(form, "provider"));
    application.singleSession = flag(form, "singleSession");
    application.consent = flag(form, "consent");
    return application;
}

}  // namespace

CounsellingController::CounsellingController(FamilyCounselling& counselling, const Config& config, QObject* parent)
    : QObject(parent), counselling_(counselling), config_(config) {}

QVariantList CounsellingController::languages() const { return languageList(config_, true); }

QVariantList CounsellingController::interpreterLanguages() const { return languageList(config_, false); }

QVariantList CounsellingController::providers(const QString& language) const {
    QVariantList list;
    for (const auto& provider : config_.providers()) {
        list.append(QVariantMap{{QStringLiteral("id"), toQt(provider.id)},
                                {QStringLiteral("name"), toQt(provider.name.in(toStd(language)))},
                                {QStringLiteral("external"), provider.external}});
    }
    return list;
}

QVariantList CounsellingController::openSlots(const QString& language) const {
    QVariantList list;
    auto open = counselling_.openSlots();
    if (!open)
        return list;
    for (const auto& slot : *open) {
        const Provider* provider = config_.provider(slot.record.provider);
        list.append(QVariantMap{
            {QStringLiteral("id"), toQt(slot.id)},
            {QStringLiteral("provider"), toQt(slot.record.provider)},
            {QStringLiteral("providerName"), provider ? toQt(provider->name.in(toStd(language))) : toQt(slot.record.provider)},
            {QStringLiteral("kind"), toQt(slot.record.kind)},
            {QStringLiteral("startsAt"), toQt(slot.record.starts_at)},
            {QStringLiteral("endsAt"), toQt(slot.record.ends_at)}});
    }
    return list;
}

QVariantMap CounsellingController::check(const QVariantMap& form) const {
    const auto findings = counselling_.check(formFrom(form));
    return findings.empty() ? succeeded() : failed(findings);
}

QVariantMap CounsellingController::submit(const QVariantMap& form) {
    auto application = counselling_.submit(formFrom(form));
    if (!application.ok())
        return failed(application);
    const QString reference = toQt(application.value->record.reference);
    QVariantMap result{{QStringLiteral("reference"), reference}};
    const auto slotId = optionalText(text(form, "slotId"));
    if (slotId) {
        // No phone on the request: it would sit there in clear, and the
        // sealed application already says how to reach the applicants.
        auto booking = counselling_.requestSlot(*slotId, application.value->id, toStd(text(form, "language")),
                                                std::nullopt, std::nullopt);
        // The application is saved either way; a slot taken meanwhile is
        // told, and the unit calls with another time.
        result.insert(QStringLiteral("slotRequested"), booking.ok());
        if (!booking.ok())
            result.insert(QStringLiteral("slotError"), booking.error ? toQt(booking.error->name()) : QStringLiteral("slot_taken"));
    }
    emit submitted();
    return succeeded(result);
}

}  // namespace intake::app
