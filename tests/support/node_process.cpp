#include "node_process.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <sstream>
#include <stdexcept>

namespace intake::test {

std::filesystem::path findNode(const std::string& who) {
    namespace fs = std::filesystem;
    if (const char* explicitNode = std::getenv("INTAKE_NODE"); explicitNode && *explicitNode) {
        if (::access(explicitNode, X_OK) == 0) return explicitNode;
        throw std::runtime_error(who + ": INTAKE_NODE=" + explicitNode + " is not executable");
    }
    const char* pathEnv = std::getenv("PATH");
    const std::string path = pathEnv ? pathEnv : "/usr/local/bin:/usr/bin:/bin";
    for (const char* name : {"node", "nodejs"}) {
        std::stringstream dirs(path);
        std::string dir;
        while (std::getline(dirs, dir, ':')) {
            if (dir.empty()) dir = ".";
            const fs::path candidate = fs::path(dir) / name;
            std::error_code ec;
            if (fs::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) return candidate;
        }
    }
    throw std::runtime_error(who + ": no `node` executable on PATH (install Node.js >= 18, or set INTAKE_NODE)");
}

std::string describeWaitStatus(int status) {
    std::ostringstream out;
    if (WIFEXITED(status)) {
        out << "exited with status " << WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        out << "was killed by signal " << sig << " (" << ::strsignal(sig) << ")";
    } else {
        out << "ended with wait status " << status;
    }
    return out.str();
}

}  // namespace intake::test
