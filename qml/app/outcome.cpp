#include "outcome.h"

namespace intake::app {

QVariantMap succeeded(QVariantMap values) {
    values.insert(QStringLiteral("ok"), true);
    return values;
}

QVariantMap failed(const Error& error) {
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), toQt(error.name())}};
}

QVariantMap failed(const validation::Findings& findings) {
    QVariantList fields;
    for (const auto& finding : findings) {
        fields.append(QVariantMap{{QStringLiteral("field"), toQt(finding.field)},
                                  {QStringLiteral("problem"), toQt(std::string(validation::problemName(finding.problem)))},
                                  {QStringLiteral("limit"), static_cast<qlonglong>(finding.limit)}});
    }
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("invalid_input")},
            {QStringLiteral("fields"), fields}};
}

QVariantList languageList(const Config& config, bool kioskOnly) {
    QVariantList list;
    for (const auto& language : config.languages()) {
        if (kioskOnly && !language.kiosk)
            continue;
        list.append(QVariantMap{{QStringLiteral("code"), toQt(language.code)},
                                {QStringLiteral("nativeName"), toQt(language.nativeName)},
                                {QStringLiteral("rightToLeft"), language.rightToLeft}});
    }
    return list;
}

std::optional<std::string> optionalText(const QString& text) {
    const auto trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    return trimmed.toStdString();
}

}  // namespace intake::app
