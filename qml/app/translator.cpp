#include "translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QQmlEngine>

namespace intake::app {

namespace {
QString qmPath(const QString& code) { return QStringLiteral(":/i18n/intake_%1.qm").arg(code); }
}  // namespace

Translator::Translator(QObject* parent) : QObject(parent) {}

Translator::~Translator() {
    if (translator_)
        QCoreApplication::removeTranslator(translator_.get());
}

bool Translator::hasTranslation(const QString& code) const { return QFile::exists(qmPath(code)); }

void Translator::setLanguage(const QString& code) {
    if (code == language_)
        return;
    auto next = std::make_unique<QTranslator>();
    // A language without a file falls back to the source texts (English).
    const bool loaded = next->load(qmPath(code));
    if (translator_)
        QCoreApplication::removeTranslator(translator_.get());
    translator_.reset();
    if (loaded) {
        QCoreApplication::installTranslator(next.get());
        translator_ = std::move(next);
    }
    language_ = code;
    if (auto* engine = qmlEngine(this))
        engine->retranslate();
    emit languageChanged();
}

bool Translator::rightToLeft() const {
    // "prs" (Dari) is not in every QLocale database; it is written like Persian.
    if (language_ == QLatin1String("prs"))
        return true;
    return QLocale(language_).textDirection() == Qt::RightToLeft;
}

QString Translator::translate(const QString& context, const QString& source) const {
    return QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData());
}

}  // namespace intake::app
