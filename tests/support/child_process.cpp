#include "child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <utility>

namespace intake::test {

ChildProcess::ChildProcess(const std::vector<std::string>& argv) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    std::vector<char*> args;
    for (const auto& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_ = fork();
    if (pid_ < 0)
        throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        dup2(fds[1], STDOUT_FILENO);
        execv(args[0], args.data());
        _exit(127);
    }
    close(fds[1]);
    out_ = fds[0];
    fcntl(out_, F_SETFL, O_NONBLOCK);
}

ChildProcess::~ChildProcess() {
    if (!reaped_) {
        ::kill(pid_, SIGKILL);
        wait();
    }
    if (out_ >= 0)
        close(out_);
}

void ChildProcess::readAvailable(bool block, int timeoutMs) {
    pollfd pfd{out_, POLLIN, 0};
    if (poll(&pfd, 1, block ? timeoutMs : 0) <= 0)
        return;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(out_, buffer, sizeof buffer);
        if (n <= 0)
            break;
        pending_.append(buffer, static_cast<std::size_t>(n));
    }
    std::size_t start = 0;
    for (auto end = pending_.find('\n'); end != std::string::npos; end = pending_.find('\n', start)) {
        lines_.push_back(pending_.substr(start, end - start));
        start = end + 1;
    }
    pending_.erase(0, start);
}

std::vector<std::string> ChildProcess::readLines() {
    readAvailable(false, 0);
    return std::exchange(lines_, {});
}

bool ChildProcess::waitForLine(std::string& line, int timeoutMs) {
    for (int waited = 0; lines_.empty() && waited < timeoutMs; waited += 10)
        readAvailable(true, 10);
    if (lines_.empty())
        return false;
    line = lines_.front();
    lines_.erase(lines_.begin());
    return true;
}

void ChildProcess::kill(int signal) {
    ::kill(pid_, signal);
}

int ChildProcess::wait() {
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
    return status;
}

}  // namespace intake::test
