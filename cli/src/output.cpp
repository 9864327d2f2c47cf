#include "output.h"

namespace intake::cli {

int exitCodeFor(const Error& error) {
    switch (error.domain()) {
    case ErrorDomain::KeyStore:
    case ErrorDomain::Pin:
        return kExitNotReady;
    case ErrorDomain::Sync:
        if (error.is(SyncError::Unauthorized) || error.is(SyncError::Forbidden) || error.is(SyncError::Rejected) ||
            error.is(SyncError::TlsFailure))
            return kExitRefused;
        if (error.is(SyncError::InvalidUrl) || error.is(SyncError::InsecureUrl))
            return kExitBadInput;
        return error.mayBeTransient() ? kExitOffline : kExitFailed;
    case ErrorDomain::Vault:
        if (error.is(VaultError::WrongKey))
            return kExitNotReady;
        if (error.is(VaultError::InvalidDocument) || error.is(VaultError::InvalidDocumentId))
            return kExitBadInput;
        return kExitFailed;
    case ErrorDomain::Seal:
        return error.is(SealError::BadKey) || error.is(SealError::NoKey) ? kExitNotReady : kExitBadInput;
    default:
        return kExitFailed;
    }
}

Output::Output(bool json, std::ostream& out, std::ostream& err, bool interactive)
    : json_(json), out_(out), err_(err), interactive_(interactive) {}

void Output::answer(const nlohmann::json& data, const std::string& text) {
    if (json_) {
        out_ << data.dump(2) << "\n";
    } else {
        out_ << text;
        if (!text.empty() && text.back() != '\n')
            out_ << "\n";
    }
    out_.flush();
}

void Output::note(const std::string& text) {
    if (!json_)
        err_ << text << "\n";
}

int Output::fail(const Error& error, std::string_view doing) {
    const int code = exitCodeFor(error);
    if (json_) {
        out_ << nlohmann::json{{"error", {{"code", error.name()}, {"message", error.message()}, {"doing", doing}}}}
                    .dump(2)
             << "\n";
        out_.flush();
    } else {
        err_ << "intake: " << doing << ": " << error.message() << " (" << error.name() << ")\n";
    }
    return code;
}

int Output::failWith(int exitCode, std::string_view code, const std::string& message, const nlohmann::json& details) {
    if (json_) {
        nlohmann::json error{{"code", code}, {"message", message}};
        if (!details.empty())
            error["details"] = details;
        out_ << nlohmann::json{{"error", error}}.dump(2) << "\n";
        out_.flush();
    } else {
        err_ << "intake: " << message << " (" << code << ")\n";
    }
    return exitCode;
}

std::string grouped(std::uint64_t value) {
    const auto digits = std::to_string(value);
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text.push_back(',');
        text.push_back(digits[i]);
    }
    return text;
}

Progress::Progress(Output& output, std::string label) : output_(output), label_(std::move(label)) {}

Progress::~Progress() { finish(); }

void Progress::update(std::uint64_t done, std::uint64_t total) {
    if (!output_.interactive())
        return;
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && now - lastDraw_ < std::chrono::milliseconds(100) && done != total)
        return;
    lastDraw_ = now;
    draw(done, total);
}

void Progress::draw(std::uint64_t done, std::uint64_t total) {
    constexpr int kWidth = 30;
    auto& err = output_.err();
    err << "\r\033[K" << label_ << " ";
    if (total > 0) {
        const auto filled = static_cast<int>(std::min<std::uint64_t>(done, total) * kWidth / total);
        err << "[" << std::string(static_cast<std::size_t>(filled), '#')
            << std::string(static_cast<std::size_t>(kWidth - filled), '.') << "] " << grouped(done) << " / "
            << grouped(total);
    } else {
        err << grouped(done);
    }
    err.flush();
    drawn_ = true;
}

void Progress::finish() {
    if (drawn_) {
        output_.err() << "\n";
        output_.err().flush();
        drawn_ = false;
    }
}

}  // namespace intake::cli
