#include "tls_tunnel.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#if __has_include(<linux/close_range.h>)
#include <linux/close_range.h>
#endif

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <vector>

extern char** environ;

namespace intake::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr auto kPollInterval = std::chrono::milliseconds(20);
constexpr auto kStopTimeout = std::chrono::seconds(5);
constexpr int kMaxPortAttempts = 3;

[[noreturn]] void throwErrno(const std::string& what) {
    throw std::system_error(errno, std::generic_category(), what);
}

// ---- OpenSSL ----------------------------------------------------------------------------------

struct KeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertDeleter {
    void operator()(X509* cert) const { X509_free(cert); }
};
struct ExtensionDeleter {
    void operator()(X509_EXTENSION* extension) const { X509_EXTENSION_free(extension); }
};
struct BignumDeleter {
    void operator()(BIGNUM* number) const { BN_free(number); }
};
struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Cert = std::unique_ptr<X509, CertDeleter>;

[[noreturn]] void throwOpenSsl(const std::string& what) {
    std::string detail;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        detail += std::string(detail.empty() ? "" : "; ") + buffer;
    }
    throw std::runtime_error("TlsTunnel: " + what + (detail.empty() ? "" : ": " + detail));
}

void check(int ok, const std::string& what) {
    if (ok != 1)
        throwOpenSsl(what);
}

Key newKey() {
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        throwOpenSsl("EC key generation");
    return key;
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, ExtensionDeleter> extension(
        X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    if (!extension)
        throwOpenSsl(std::string("extension ") + OBJ_nid2sn(nid) + "=" + value);
    check(X509_add_ext(cert, extension.get(), -1), "X509_add_ext");
}

// An unsigned certificate for `key` named `commonName`, valid from an hour ago for a week. The
// caller sets the issuer, adds extensions and signs it.
Cert newCertificate(EVP_PKEY* key, const char* commonName) {
    Cert cert(X509_new());
    if (!cert)
        throwOpenSsl("X509_new");
    check(X509_set_version(cert.get(), X509_VERSION_3), "X509_set_version");
    unsigned char serialBytes[16];
    check(RAND_bytes(serialBytes, sizeof serialBytes), "RAND_bytes");
    serialBytes[0] &= 0x7F;  // positive
    std::unique_ptr<BIGNUM, BignumDeleter> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        throwOpenSsl("serial number");
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), 7L * 24 * 3600))
        throwOpenSsl("validity");
    check(X509_set_pubkey(cert.get(), key), "X509_set_pubkey");
    X509_NAME* name = X509_get_subject_name(cert.get());
    check(X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                     reinterpret_cast<const unsigned char*>("Intake tests"), -1, -1, 0),
          "subject O");
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName),
                                     -1, -1, 0),
          "subject CN");
    return cert;
}

void writePem(const fs::path& file, X509* cert, EVP_PKEY* key) {
    // Keys are private to this user (stunnel also refuses world-readable keys in some setups).
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, key ? 0600 : 0644);
    if (fd < 0)
        throwErrno("TlsTunnel: create " + file.string());
    std::unique_ptr<std::FILE, FileCloser> out(::fdopen(fd, "w"));
    if (!out) {
        ::close(fd);
        throwErrno("TlsTunnel: fdopen " + file.string());
    }
    if (cert)
        check(PEM_write_X509(out.get(), cert), "PEM_write_X509");
    if (key)
        check(PEM_write_PrivateKey(out.get(), key, nullptr, nullptr, 0, nullptr, nullptr), "PEM_write_PrivateKey");
    if (std::fflush(out.get()) != 0)
        throwErrno("TlsTunnel: write " + file.string());
}

// "sha256//<base64 of SHA-256 over the DER SubjectPublicKeyInfo>".
std::string pinOf(EVP_PKEY* key) {
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        throwOpenSsl("i2d_PUBKEY");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    const int ok = EVP_Digest(der, static_cast<std::size_t>(length), digest, &digestLength, EVP_sha256(), nullptr);
    OPENSSL_free(der);
    check(ok, "EVP_Digest");
    std::vector<unsigned char> base64(4 * ((digestLength + 2) / 3) + 1);
    const int encoded = EVP_EncodeBlock(base64.data(), digest, static_cast<int>(digestLength));
    return "sha256//" + std::string(reinterpret_cast<const char*>(base64.data()), static_cast<std::size_t>(encoded));
}

// Writes ca.pem, server.pem and server.key into dir; returns the server key's pin.
std::string makeCertificates(const fs::path& dir) {
    Key caKey = newKey();
    Cert ca = newCertificate(caKey.get(), "Intake throwaway test CA");
    check(X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())), "CA issuer");
    addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash");
    if (X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0)
        throwOpenSsl("signing the CA");

    Key serverKey = newKey();
    Cert server = newCertificate(serverKey.get(), "localhost");
    check(X509_set_issuer_name(server.get(), X509_get_subject_name(ca.get())), "server issuer");
    addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment");
    addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth");
    addExtension(server.get(), ca.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
    addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash");
    addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    if (X509_sign(server.get(), caKey.get(), EVP_sha256()) <= 0)
        throwOpenSsl("signing the server certificate");

    writePem(dir / "ca.pem", ca.get(), nullptr);
    writePem(dir / "server.pem", server.get(), nullptr);
    writePem(dir / "server.key", nullptr, serverKey.get());
    return pinOf(serverKey.get());
}

// ---- ports and processes -------------------------------------------------------------------

int pickFreeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        throwErrno("TlsTunnel: socket()");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        throwErrno("TlsTunnel: bind(127.0.0.1:0)");
    }
    ::close(fd);
    return ntohs(addr.sin_port);
}

bool accepts(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

fs::path findStunnel() {
    if (const char* explicitPath = std::getenv("INTAKE_STUNNEL"); explicitPath && *explicitPath) {
        if (::access(explicitPath, X_OK) == 0)
            return explicitPath;
        throw std::runtime_error(std::string("TlsTunnel: INTAKE_STUNNEL=") + explicitPath + " is not executable");
    }
    const char* pathEnv = std::getenv("PATH");
    const std::string path = std::string(pathEnv ? pathEnv : "") + ":/usr/bin:/usr/sbin:/bin";
    for (const char* name : {"stunnel4", "stunnel"}) {
        std::stringstream dirs(path);
        std::string dir;
        while (std::getline(dirs, dir, ':')) {
            if (dir.empty())
                continue;
            const fs::path candidate = fs::path(dir) / name;
            std::error_code ec;
            if (fs::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0)
                return candidate;
        }
    }
    throw std::runtime_error("TlsTunnel: no stunnel4 executable (install the Debian package stunnel4, see "
                             "tools/setup.sh, or set INTAKE_STUNNEL)");
}

fs::path makeDir() {
    std::error_code ec;
    fs::path base = fs::temp_directory_path(ec);
    if (ec)
        base = "/tmp";
    std::string pattern = (base / "intake-tlstunnel-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throwErrno("TlsTunnel: mkdtemp(" + pattern + ")");
    return pattern;
}

// Has the child terminated? Leaves it a zombie (WNOWAIT) so its group id stays reserved.
bool hasExited(pid_t pid) {
    siginfo_t info{};
    for (;;) {
        if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0)
            return info.si_pid != 0;
        if (errno != EINTR)
            return true;
    }
}

int reap(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    return status;
}

std::string tailOfFile(const fs::path& file, std::size_t maxLines) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return {};
    std::deque<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        lines.push_back(std::move(line));
        if (lines.size() > maxLines)
            lines.pop_front();
    }
    std::string out;
    for (const auto& l : lines)
        out += l + '\n';
    return out;
}

}  // namespace

TlsTunnel::TlsTunnel(int targetPort, std::chrono::milliseconds startTimeout) : targetPort_(targetPort) {
    stunnel_ = findStunnel();
    dir_ = makeDir();
    try {
        ::chmod(dir_.c_str(), 0700);
        pin_ = makeCertificates(dir_);
        for (int attempt = 1;; ++attempt) {
            port_ = pickFreeLoopbackPort();
            {
                std::ofstream config(dir_ / "stunnel.conf");
                config << "; TlsTunnel (tests/support/tls_tunnel.cpp)\n"
                       << "foreground = yes\n"
                       << "pid =\n"
                       << "debug = 5\n"
                       << "[couch]\n"
                       << "accept = 127.0.0.1:" << port_ << "\n"
                       << "connect = 127.0.0.1:" << targetPort_ << "\n"
                       << "cert = " << (dir_ / "server.pem").string() << "\n"
                       << "key = " << (dir_ / "server.key").string() << "\n";
                config.close();
                if (!config)
                    throw std::runtime_error("TlsTunnel: cannot write " + (dir_ / "stunnel.conf").string());
            }
            spawn();
            const auto deadline = Clock::now() + startTimeout;
            bool up = false;
            bool died = false;
            while (!up && !died && Clock::now() < deadline) {
                if (hasExited(pid_)) {
                    died = true;
                    break;
                }
                up = accepts(port_);
                if (!up)
                    std::this_thread::sleep_for(kPollInterval);
            }
            if (up)
                return;
            const std::string tail = logTail();
            stop();
            // A port taken between picking and binding it makes stunnel exit: try another.
            if (died && attempt < kMaxPortAttempts)
                continue;
            throw std::runtime_error(std::string("TlsTunnel: stunnel ") +
                                     (died ? "exited" : "did not accept connections in time") + " on port " +
                                     std::to_string(port_) + "\n--- stunnel log ---\n" + tail);
        }
    } catch (...) {
        stop();
        std::error_code ec;
        fs::remove_all(dir_, ec);
        throw;
    }
}

TlsTunnel::~TlsTunnel() {
    stop();
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

int TlsTunnel::port() const { return port_; }
std::string TlsTunnel::url() const { return "https://127.0.0.1:" + std::to_string(port_); }
std::filesystem::path TlsTunnel::caFile() const { return dir_ / "ca.pem"; }
std::string TlsTunnel::publicKeyPin() const { return pin_; }
pid_t TlsTunnel::pid() const { return pid_; }
std::string TlsTunnel::logTail(std::size_t maxLines) const { return tailOfFile(dir_ / "stunnel.log", maxLines); }

void TlsTunnel::spawn() {
    // Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
    std::vector<std::string> args = {stunnel_.string(), (dir_ / "stunnel.conf").string()};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const std::string dir = dir_.string();
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const int logFd = ::open((dir_ / "stunnel.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    int execPipe[2] = {-1, -1};
    if (devNull < 0 || logFd < 0 || ::pipe2(execPipe, O_CLOEXEC) != 0) {
        const int saved = errno;
        for (int fd : {devNull, logFd, execPipe[0], execPipe[1]})
            if (fd >= 0)
                ::close(fd);
        errno = saved;
        throwErrno("TlsTunnel: preparing stunnel's stdio");
    }
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child < 0) {
        const int saved = errno;
        for (int fd : {devNull, logFd, execPipe[0], execPipe[1]})
            ::close(fd);
        errno = saved;
        throwErrno("TlsTunnel: fork()");
    }
    if (child == 0) {
        ::setpgid(0, 0);                      // own group: stop() signals stunnel and anything it forks
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);   // dies with the test process
        if (::getppid() != parent)
            ::_exit(127);
        sigset_t none;
        ::sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        struct sigaction dfl {};
        dfl.sa_handler = SIG_DFL;
        for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD})
            ::sigaction(sig, &dfl, nullptr);
        int err = 0;
        if (::dup2(devNull, STDIN_FILENO) < 0 || ::dup2(logFd, STDOUT_FILENO) < 0 ||
            ::dup2(logFd, STDERR_FILENO) < 0 || ::chdir(dir.c_str()) != 0) {
            err = errno;
        } else {
#ifdef CLOSE_RANGE_CLOEXEC
            ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
#endif
            ::execve(argv[0], argv.data(), environ);
            err = errno;
        }
        [[maybe_unused]] const ssize_t n = ::write(execPipe[1], &err, sizeof err);
        ::_exit(127);
    }
    ::setpgid(child, child);
    pid_ = child;
    for (int fd : {devNull, logFd, execPipe[1]})
        ::close(fd);
    int childErrno = 0;
    ssize_t n;
    do {
        n = ::read(execPipe[0], &childErrno, sizeof childErrno);
    } while (n < 0 && errno == EINTR);
    ::close(execPipe[0]);
    if (n == static_cast<ssize_t>(sizeof childErrno)) {
        stop();
        throw std::runtime_error("TlsTunnel: cannot start " + stunnel_.string() + ": " + std::strerror(childErrno));
    }
}

void TlsTunnel::stop() noexcept {
    if (pid_ <= 0)
        return;
    ::killpg(pid_, SIGTERM);
    const auto deadline = Clock::now() + kStopTimeout;
    while (!hasExited(pid_) && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    // The leader is a zombie or still running: its group id is still ours either way.
    ::killpg(pid_, SIGKILL);
    reap(pid_);
    pid_ = -1;
}

}  // namespace intake::test
