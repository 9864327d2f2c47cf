// intake enrol --profile FILE [--password-stdin] [--replace]

#include "commands.h"
#include "input_files.h"

#include "intake/device/enrolment.h"
#include "intake/sync/credentials.h"

#include <openssl/crypto.h>

#include <sstream>

namespace intake::cli {

int runEnrol(const EnrolOptions& options, DeviceAccess& device) {
    auto& env = device.env();
    auto& out = env.output;
    auto text = readSmallFile(options.profileFile);
    if (!text)
        return out.failWith(kExitBadInput, "cli.bad_file", "cannot read the profile " + options.profileFile + ": " + text.error());
    auto json = parseJsonText(*text);
    if (!json)
        return out.failWith(kExitBadInput, "cli.bad_profile", "the profile " + options.profileFile + " is not a JSON object");
    auto enrolment = device::parseEnrolmentProfile(*json);
    if (!enrolment) {
        const auto& field = enrolment.error().detail();
        if (field == "password" || field == "credentials")
            return out.failWith(kExitBadInput, "cli.secret_in_profile",
                                "the profile holds a \"" + field +
                                    "\": secrets never go into a file. Remove it and give the password with "
                                    "--password-stdin",
                                {{"field", field}});
        return out.failWith(kExitBadInput, "cli.bad_profile",
                            "the profile's \"" + field + "\" is missing or not acceptable", {{"field", field}});
    }
    if (device.enrolled() && !options.replace)
        return out.failWith(kExitBadInput, "cli.already_enrolled",
                            "this device is already enrolled (" + device.profilePath().string() +
                                "); use --replace to change its profile");

    std::optional<sync::Credentials> credentials;
    if (!enrolment->user.empty()) {
        if (!options.passwordStdin && !env.inputIsTerminal)
            return out.failWith(kExitBadInput, "cli.no_password",
                                "the profile names the user \"" + enrolment->user +
                                    "\": give the password with --password-stdin");
        auto password = readSecretLine(env, "Password of " + enrolment->user + " on the central service");
        if (!password || password->empty())
            return out.failWith(kExitBadInput, "cli.no_password", "no password was given on standard input");
        credentials.emplace();
        credentials->scheme = sync::Credentials::Scheme::Session;
        credentials->user = enrolment->user;
        credentials->password = std::move(*password);
    } else if (options.passwordStdin) {
        return out.failWith(kExitBadInput, "cli.no_user", "--password-stdin needs a \"user\" in the profile");
    }

    auto done = device::enrol(enrolment->profile, credentials, env.keys, env.dataDir, options.replace);
    if (credentials)
        OPENSSL_cleanse(credentials->password.data(), credentials->password.size());
    if (!done)
        return out.fail(done.error(), "enrolling the device");
    // Opening the session makes the vaults, so a key that does not work
    // shows now and not at the kiosk's first visitor.
    auto session = device.session();
    if (!session)
        return out.fail(session.error(), "opening the new device's vaults");
    const auto& profile = (*session)->profile();

    // The config the device has now (the seed until its first pull) may
    // not know a new site yet: a warning, not a refusal.
    nlohmann::json warnings = nlohmann::json::array();
    if (profile.role == device::Role::Kiosk || profile.role == device::Role::Reception) {
        const Site* site = (*session)->config().site(profile.site);
        if (!site)
            warnings.push_back("the site \"" + profile.site + "\" is not in this device's config yet");
        else if (profile.ticketSlot > site->ticketIssuers)
            warnings.push_back("ticket slot " + std::to_string(profile.ticketSlot) + " is above the site's " +
                               std::to_string(site->ticketIssuers) + " ticket issuers: tickets will be refused");
    }
    for (const auto& warning : warnings)
        out.note("intake: warning: " + warning.get<std::string>());
    nlohmann::json vaults = nlohmann::json::array();
    std::ostringstream text_out;
    text_out << "Enrolled " << profile.deviceId << " as " << device::roleName(profile.role) << " in "
             << env.dataDir.string() << ".\n";
    for (const auto& name : device::DeviceSession::vaultNames(profile.role)) {
        vaults.push_back(name);
        text_out << "  vault " << name << ": " << (*session)->vaultPath(name).string() << "\n";
    }
    if (profile.role == device::Role::Outreach)
        text_out << "  The team vault is made when staff choose their PIN in the app.\n";
    text_out << "  keys made: " << done->keysMade.size() << "; central credentials "
             << (done->credentialsStored ? "stored in the key store" : "none") << "\n";
    out.answer({{"enrolled", true},
                {"device_id", profile.deviceId},
                {"role", device::roleName(profile.role)},
                {"data", env.dataDir.string()},
                {"vaults", vaults},
                {"keys_made", done->keysMade},
                {"credentials_stored", done->credentialsStored},
                {"warnings", warnings}},
               text_out.str());
    return kExitOk;
}

}  // namespace intake::cli
