// Linux: asks the Secret Service (org.freedesktop.Secret.Service.SearchItems)
// whether an item with QtKeychain's attributes sits in a locked collection.
#include "keychain_lock_probe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QList>
#include <QMap>
#include <QVariant>

namespace intake::platform::detail {

bool keychainEntryIsLocked(const QString& service, const QString& entry, int timeoutMs) {
    static const bool registered = [] {
        qDBusRegisterMetaType<QMap<QString, QString>>();
        qDBusRegisterMetaType<QList<QDBusObjectPath>>();
        return true;
    }();
    (void)registered;
    // QtKeychain's libsecret schema: "user" is the entry, "server" the service.
    const QMap<QString, QString> attributes{{QStringLiteral("user"), entry}, {QStringLiteral("server"), service}};
    QDBusMessage search = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(attributes);
    search.setAutoStartService(false);  // never start a Secret Service (say on KDE) just to ask
    const QDBusMessage reply = QDBusConnection::sessionBus().call(search, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return false;
    // (unlocked paths, locked paths)
    return !qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).isEmpty();
}

}  // namespace intake::platform::detail
