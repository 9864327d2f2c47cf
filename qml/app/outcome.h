#pragma once

// How controllers answer QML: {ok: true, ...} or {ok: false, error: "<code>",
// fields: [{field, problem}]}. Codes are the stable error names
// ("vault.full", "pin.wrong", "invalid_input"); the screens turn them into
// text in the user's language. Never record contents.

#include "intake/core/config.h"
#include "intake/core/error.h"
#include "intake/core/record_writer.h"
#include "intake/core/validation.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <string>

namespace intake::app {

inline std::string toStd(const QString& text) { return text.toStdString(); }
inline QString toQt(const std::string& text) { return QString::fromStdString(text); }

QVariantMap succeeded(QVariantMap values = {});
QVariantMap failed(const Error& error);
// "invalid_input" with one entry per finding.
QVariantMap failed(const validation::Findings& findings);

template <typename T>
QVariantMap failed(const Checked<T>& outcome) {
    if (outcome.error)
        return failed(*outcome.error);
    return failed(outcome.findings);
}

// Config's languages as [{code, nativeName, rightToLeft}], in config order;
// only the kiosk / self-registration ones when `kioskOnly`.
QVariantList languageList(const Config& config, bool kioskOnly);

// QML values as the core wants them: "" is absent.
std::optional<std::string> optionalText(const QString& text);

}  // namespace intake::app
