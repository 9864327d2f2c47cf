#pragma once

// The language the screens speak right now. Setting `language` loads the
// compiled translation (:/i18n/intake_<code>.qm), retranslates every qsTr in
// the engine and says whether the layout mirrors (Arabic, Persian, Dari).
// Created in QML (one at the root), so it finds its engine itself.

#include <QObject>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace intake::app {

class Translator : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
public:
    explicit Translator(QObject* parent = nullptr);
    ~Translator() override;

    QString language() const { return language_; }
    void setLanguage(const QString& code);
    bool rightToLeft() const;

    // Whether a compiled translation exists for `code` (tests).
    Q_INVOKABLE bool hasTranslation(const QString& code) const;
    // qsTr-translated text of `source` in the current language (tests).
    Q_INVOKABLE QString translate(const QString& context, const QString& source) const;

signals:
    void languageChanged();

private:
    QString language_;  // none loaded yet: the source texts (English)
    std::unique_ptr<QTranslator> translator_;
};

}  // namespace intake::app
