#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace intake::test {

// A child process with its standard output on a pipe. Killed (SIGKILL) and
// reaped on destruction if still running, so a failing test leaves no orphan.
class ChildProcess {
public:
    explicit ChildProcess(const std::vector<std::string>& argv);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }
    // Reads what the child has written so far without blocking; returns the
    // complete lines, keeping a trailing partial line for later.
    std::vector<std::string> readLines();
    // Blocks until a complete line arrives or the child's output ends.
    bool waitForLine(std::string& line, int timeoutMs);
    void kill(int signal);
    // Waits for the child to end and returns its wait status.
    int wait();

private:
    void readAvailable(bool block, int timeoutMs);

    pid_t pid_ = -1;
    int out_ = -1;
    bool reaped_ = false;
    std::string pending_;
    std::vector<std::string> lines_;
};

}  // namespace intake::test
