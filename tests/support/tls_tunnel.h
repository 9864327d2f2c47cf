// Test fixture: a TLS front for a plain-HTTP loopback server (usually a PouchPeer), so the
// sync client can be tested over https:// with real certificate checks.
//
// The constructor makes, with the OpenSSL 3 API, a throwaway CA (EC P-256) and a server
// certificate it signs for IP:127.0.0.1 and DNS:localhost, in a private temporary directory,
// then runs `stunnel4` (Debian package stunnel4; INTAKE_STUNNEL overrides the executable) in
// the foreground with its own config there: accept 127.0.0.1:<free port>, connect
// 127.0.0.1:<targetPort>. It returns once the port accepts connections.
//
// Process hygiene as for PouchPeer: stunnel runs in its own process group with
// PR_SET_PDEATHSIG(SIGKILL) (tied to the thread that made the tunnel), and the destructor
// SIGTERMs the group, waits a bounded time, SIGKILLs it and reaps it, then removes the directory.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>

namespace intake::test {

class TlsTunnel {
public:
    // Throws std::runtime_error (with the tail of stunnel's log) if it cannot start.
    explicit TlsTunnel(int targetPort, std::chrono::milliseconds startTimeout = std::chrono::seconds(20));
    ~TlsTunnel();

    TlsTunnel(const TlsTunnel&) = delete;
    TlsTunnel& operator=(const TlsTunnel&) = delete;
    TlsTunnel(TlsTunnel&&) = delete;
    TlsTunnel& operator=(TlsTunnel&&) = delete;

    // The TLS port on 127.0.0.1.
    int port() const;
    // "https://127.0.0.1:<port>" (no trailing slash).
    std::string url() const;
    // PEM file holding the throwaway CA certificate (the only one that signs the server's).
    std::filesystem::path caFile() const;
    // "sha256//<base64>" of the server key's SubjectPublicKeyInfo (CURLOPT_PINNEDPUBLICKEY form).
    std::string publicKeyPin() const;
    // Pid (= process group id) of stunnel, or -1 once stopped.
    pid_t pid() const;
    // Last lines of stunnel's log (for diagnostics).
    std::string logTail(std::size_t maxLines = 30) const;

private:
    void spawn();
    void stop() noexcept;

    std::filesystem::path dir_;
    std::filesystem::path stunnel_;
    std::string pin_;
    int targetPort_ = 0;
    int port_ = 0;
    pid_t pid_ = -1;
};

}  // namespace intake::test
