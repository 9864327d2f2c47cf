#include "intake/platform/keychain_key_store.h"

#include "keychain_lock_probe.h"

#include <qt6keychain/keychain.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QThread>

#include <openssl/crypto.h>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <span>

namespace intake::platform {

namespace {

// Overwrites the bytes of `bytes` in place. QByteArray shares its buffer
// between copies, so this also wipes every other copy of the same buffer
// (QtKeychain's own, in the job). Our arrays are never raw data views.
void wipeShared(QByteArray& bytes) {
    if (!bytes.isEmpty())
        OPENSSL_cleanse(const_cast<char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

// The process-wide Qt thread QtKeychain's jobs run on. Created once, never
// destroyed: QtKeychain's job queue lives on the first thread that runs a
// job and would stall if that thread went away, so it must outlive every
// store. At exit it is idle in its event loop.
class KeychainThread {
public:
    static KeychainThread& instance() {
        static KeychainThread* const thread = new KeychainThread();
        return *thread;
    }

    QThread* thread() const { return thread_; }
    QObject* context() const { return context_; }

private:
    KeychainThread() {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "intake";
            static char* argv[] = {name, nullptr};
            application_ = new QCoreApplication(argc, argv);
        }
        thread_ = new QThread();
        thread_->setObjectName(QStringLiteral("intake-keychain"));
        context_ = new QObject();
        context_->moveToThread(thread_);
        thread_->start();
    }

    QCoreApplication* application_ = nullptr;  // only if we had to make one
    QThread* thread_ = nullptr;
    QObject* context_ = nullptr;
};

enum class Operation { Read, Write, Delete };

// Filled on the keychain thread when the job finishes; the caller waits for
// it. Shared, so a caller that gave up waiting leaves nothing dangling.
struct Outcome {
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    bool locked = false;  // "not found", but the entry is there, locked
    QByteArray data;  // a read's result, our own buffer (not shared with the job)
    // Still holds the data if the caller gave up waiting.
    ~Outcome() { wipeShared(data); }
};

Error mapError(QKeychain::Error error, const QString& text, const std::string& entry) {
    const std::string why = text.toStdString();
    switch (error) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error(KeyStoreError::KeyMissing, "keychain entry " + entry + " not found");
    case QKeychain::AccessDeniedByUser:
        return Error(KeyStoreError::Unavailable, "keychain entry " + entry + ": access refused by the user");
    case QKeychain::AccessDenied:
        return Error(KeyStoreError::Unavailable, "keychain entry " + entry + ": access denied (locked?): " + why);
    case QKeychain::NoBackendAvailable:
        return Error(KeyStoreError::Unavailable, "keychain entry " + entry + ": no keychain service: " + why);
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Error(KeyStoreError::Unavailable, "keychain entry " + entry + ": " + why);
}

}  // namespace

struct KeychainKeyStore::Impl {
    KeychainOptions options;

    // Runs one QtKeychain job on the keychain thread and waits for it. A
    // write's payload is wiped there once the job is done with it.
    Result<QByteArray> run(Operation operation, const std::string& entry, QByteArray payload = {}) {
        auto& worker = KeychainThread::instance();
        if (QThread::currentThread() == worker.thread())
            return Error(KeyStoreError::Unavailable, "keychain entry " + entry + ": called on the keychain thread");
        auto outcome = std::make_shared<Outcome>();
        const QString service = QString::fromStdString(options.service);
        const QString key = QString::fromStdString(entry);
        const int probeTimeoutMs = static_cast<int>(std::min<std::chrono::milliseconds::rep>(options.timeout.count(), 25'000));
        const bool posted = QMetaObject::invokeMethod(
            worker.context(),
            [outcome, operation, service, key, payload, probeTimeoutMs]() mutable {
                QKeychain::Job* job = nullptr;
                switch (operation) {
                case Operation::Read:
                    job = new QKeychain::ReadPasswordJob(service);
                    break;
                case Operation::Write: {
                    auto* write = new QKeychain::WritePasswordJob(service);
                    write->setBinaryData(payload);
                    job = write;
                    break;
                }
                case Operation::Delete:
                    job = new QKeychain::DeletePasswordJob(service);
                    break;
                }
                job->setAutoDelete(true);  // deleted by this thread's event loop after finished()
                job->setInsecureFallback(false);
                job->setKey(key);
                QObject::connect(job, &QKeychain::Job::finished, job,
                                 [outcome, operation, service, key, payload, probeTimeoutMs](QKeychain::Job* finished) mutable {
                                     QByteArray data;
                                     if (operation == Operation::Read && finished->error() == QKeychain::NoError) {
                                         QByteArray shared = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
                                         data = QByteArray(shared.constData(), shared.size());
                                         wipeShared(shared);  // the job's copy
                                     }
                                     wipeShared(payload);  // the job's and the caller's copy of a write
                                     const bool locked = finished->error() == QKeychain::EntryNotFound &&
                                                         detail::keychainEntryIsLocked(service, key, probeTimeoutMs);
                                     std::lock_guard lock(outcome->mutex);
                                     outcome->error = finished->error();
                                     outcome->errorText = finished->errorString();
                                     outcome->locked = locked;
                                     outcome->data = data;
                                     data.clear();
                                     outcome->done = true;
                                     outcome->finished.notify_all();
                                 });
                job->start();
            },
            Qt::QueuedConnection);
        if (!posted)
            return Error(KeyStoreError::Unavailable, "keychain entry " + entry + ": the keychain thread is not running");
        payload.clear();  // drop our reference; the keychain thread wipes the buffer when done

        std::unique_lock lock(outcome->mutex);
        if (!outcome->finished.wait_for(lock, options.timeout, [&] { return outcome->done; }))
            return Error(KeyStoreError::Unavailable,
                         "keychain entry " + entry + ": no answer from the keychain within " +
                             std::to_string(options.timeout.count()) + " ms");
        if (outcome->locked)
            return Error(KeyStoreError::Unavailable, "keychain entry " + entry + " is there, but its keyring is locked");
        if (outcome->error != QKeychain::NoError)
            return mapError(outcome->error, outcome->errorText, entry);
        QByteArray data = outcome->data;
        outcome->data.clear();
        return data;
    }
};

KeychainKeyStore::KeychainKeyStore(KeychainOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    KeychainThread::instance();  // make the Qt application and thread now, on the constructing thread
}

KeychainKeyStore::~KeychainKeyStore() = default;

std::string KeychainKeyStore::keyEntry(const std::string& name) {
    return "vault-key/" + name;
}

std::string KeychainKeyStore::secretEntry(const std::string& name) {
    return "secret/" + name;
}

Result<VaultKey> KeychainKeyStore::load(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid key name");
    const auto entry = keyEntry(name);
    auto data = impl_->run(Operation::Read, entry);
    if (!data)
        return data.error();
    std::optional<VaultKey> key;
    if (data->size() == static_cast<qsizetype>(VaultKey::kSize))
        key = VaultKey::fromBytes(std::span(reinterpret_cast<const std::uint8_t*>(data->constData()), VaultKey::kSize));
    wipeShared(*data);
    if (!key)
        return Error(KeyStoreError::KeyMalformed, "keychain entry " + entry + " is not a 256-bit key");
    return *key;
}

Result<void> KeychainKeyStore::store(const std::string& name, const VaultKey& key) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::Unavailable, "invalid key name");
    const auto bytes = key.bytes();
    auto written = impl_->run(Operation::Write, keyEntry(name),
                              QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())));
    if (!written)
        return written.error();
    return {};
}

Result<void> KeychainKeyStore::remove(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid key name");
    // Deleting a missing entry succeeds in QtKeychain; a read tells it apart.
    auto existing = impl_->run(Operation::Read, keyEntry(name));
    if (!existing)
        return existing.error();
    wipeShared(*existing);
    auto removed = impl_->run(Operation::Delete, keyEntry(name));
    if (!removed)
        return removed.error();
    return {};
}

Result<std::string> KeychainKeyStore::loadSecret(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid secret name");
    auto data = impl_->run(Operation::Read, secretEntry(name));
    if (!data)
        return data.error();
    std::string secret(data->constData(), static_cast<std::size_t>(data->size()));
    wipeShared(*data);
    return secret;  // moved, not copied
}

Result<void> KeychainKeyStore::storeSecret(const std::string& name, const std::string& secret) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::Unavailable, "invalid secret name");
    auto written = impl_->run(Operation::Write, secretEntry(name),
                              QByteArray(secret.data(), static_cast<qsizetype>(secret.size())));
    if (!written)
        return written.error();
    return {};
}

Result<void> KeychainKeyStore::removeSecret(const std::string& name) {
    if (!isValidKeyName(name))
        return Error(KeyStoreError::KeyMissing, "invalid secret name");
    auto existing = impl_->run(Operation::Read, secretEntry(name));
    if (!existing)
        return existing.error();
    wipeShared(*existing);
    auto removed = impl_->run(Operation::Delete, secretEntry(name));
    if (!removed)
        return removed.error();
    return {};
}

}  // namespace intake::platform
