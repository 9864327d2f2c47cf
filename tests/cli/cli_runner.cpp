#include "cli_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

#ifndef INTAKE_CLI
#error "INTAKE_CLI (the path of the intake program) must be defined"
#endif

namespace intake::test {

namespace {

void closeFd(int& fd) {
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

}  // namespace

CliResult runCli(const CliRun& run) {
    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);

    std::vector<std::string> argv{INTAKE_CLI};
    argv.insert(argv.end(), run.args.begin(), run.args.end());
    std::vector<char*> argp;
    for (auto& a : argv)
        argp.push_back(a.data());
    argp.push_back(nullptr);

    // A test never reaches the machine's real /etc/credstore.encrypted.
    std::map<std::string, std::string> environment{{"PATH", "/usr/local/bin:/usr/bin:/bin"},
                                                   {"LANG", "C.UTF-8"},
                                                   {"INTAKE_CREDSTORE_DIR", "/nonexistent/intake-test-credstore"}};
    if (const char* home = std::getenv("HOME"))
        environment["HOME"] = home;
    // Sanitizer settings travel with the test process.
    for (const char* name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
        if (const char* value = std::getenv(name))
            environment[name] = value;
    }
    for (const auto& [k, v] : run.env)
        environment[k] = v;
    std::vector<std::string> envText;
    for (const auto& [k, v] : environment)
        envText.push_back(k + "=" + v);
    std::vector<char*> envp;
    for (auto& e : envText)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, argp[0], &actions, nullptr, argp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    if (spawned != 0) {
        ::close(in[1]);
        ::close(out[0]);
        ::close(err[0]);
        throw std::runtime_error("cannot start " + argv[0]);
    }

    CliResult result;
    std::size_t written = 0;
    int inFd = in[1];
    if (run.input.empty())
        closeFd(inFd);
    else
        ::fcntl(inFd, F_SETFL, O_NONBLOCK);
    int outFd = out[0];
    int errFd = err[0];
    ::signal(SIGPIPE, SIG_IGN);
    while (outFd >= 0 || errFd >= 0) {
        pollfd fds[3];
        nfds_t n = 0;
        if (outFd >= 0)
            fds[n++] = {outFd, POLLIN, 0};
        if (errFd >= 0)
            fds[n++] = {errFd, POLLIN, 0};
        if (inFd >= 0)
            fds[n++] = {inFd, POLLOUT, 0};
        if (::poll(fds, n, 120000) <= 0) {
            ::kill(pid, SIGKILL);
            break;
        }
        for (nfds_t i = 0; i < n; ++i) {
            if (fds[i].revents == 0)
                continue;
            if (fds[i].fd == inFd) {
                const auto w = ::write(inFd, run.input.data() + written, run.input.size() - written);
                if (w > 0)
                    written += static_cast<std::size_t>(w);
                if (w < 0 || written == run.input.size())
                    closeFd(inFd);
                continue;
            }
            char buffer[65536];
            const auto r = ::read(fds[i].fd, buffer, sizeof buffer);
            std::string& into = fds[i].fd == outFd ? result.out : result.err;
            if (r > 0) {
                into.append(buffer, static_cast<std::size_t>(r));
            } else {
                closeFd(fds[i].fd == outFd ? outFd : errFd);
            }
        }
    }
    closeFd(inFd);
    closeFd(outFd);
    closeFd(errFd);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string cliPath() { return INTAKE_CLI; }

CliResult CliDevice::run(std::vector<std::string> args, std::string input) const {
    std::vector<std::string> all{"--data", dir_.string(), "--development-keys", keys().string()};
    all.insert(all.end(), args.begin(), args.end());
    return runCli({all, std::move(input), {}});
}

void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
}

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        lines.push_back(line);
    while (!lines.empty() && lines.back().empty())
        lines.pop_back();
    return lines;
}

std::string shown(const CliResult& result) {
    return "exit " + std::to_string(result.exitCode) + "\n--- stdout\n" + result.out + "\n--- stderr\n" + result.err;
}

std::map<std::string, std::string> snapshotFiles(const std::filesystem::path& dir) {
    std::map<std::string, std::string> files;
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec))
        return files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file())
            continue;
        struct stat info {};
        ::stat(entry.path().c_str(), &info);
        std::ifstream in(entry.path(), std::ios::binary);
        std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        files[std::filesystem::relative(entry.path(), dir).string()] =
            std::to_string(content.size()) + ":" + std::to_string(std::hash<std::string>{}(content));
    }
    return files;
}

}  // namespace intake::test
