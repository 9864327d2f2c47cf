// The central side opening sealed family-counselling applications
// (intake-open-sealed, counselling.h's openApplication, sealed_envelope.h),
// with the seed's DEMO unit key (tests/support/demo_counselling_key.pem).
// The first byte picks the mode (low five bits; 0x60 both set: deep nesting,
// see fuzz::expandNesting):
//   0: a document line as intake-open-sealed reads it (JSON, parsed as the
//      tool parses it), opened when it is a sealed application;
//   1: the rest sealed as the plaintext of an application's envelope (as a
//      device, or a malicious one, could seal anything), then opened;
//   2: an envelope alone: checkShape and open.

#include "fuzz_support.h"

#include "intake/core/counselling.h"
#include "intake/core/sealed_envelope.h"

#include <fstream>
#include <iterator>
#include <span>

using namespace intake;
using nlohmann::json;

namespace {

const char* const kId = "application:01KAQ3J8X4TTB6M0W0ZG3V2Q5N";

std::string privateKey;
std::string publicKey;

void openDocument(const json& document) {
    // As the tool: only sealed applications with an _id are opened.
    if (!document.is_object())
        return;
    const auto type = document.find("type");
    const auto id = document.find("_id");
    if (type == document.end() || *type != records::Application::kType || !document.contains("sealed") ||
        id == document.end() || !id->is_string())
        return;
    auto opened = openApplication(privateKey, document, id->get<std::string>());
    if (!opened) {
        const auto& error = opened.error();
        INTAKE_FUZZ_CHECK(error.domain() == ErrorDomain::Seal || error.is(VaultError::InvalidDocument));
        return;
    }
    // The full application: nothing sealed left, every clear member kept.
    INTAKE_FUZZ_CHECK(opened->is_object() && !opened->contains("sealed"));
    for (const auto& [name, value] : document.items()) {
        if (name == "sealed" || name == "adults")
            continue;
        INTAKE_FUZZ_CHECK(opened->contains(name) && (*opened)[name] == value);
    }
    INTAKE_FUZZ_CHECK(records::fromJson<records::Application>(*opened).ok());
    (void)opened->dump(-1, ' ', false, json::error_handler_t::replace);
}

void sealAndOpen(std::string_view plaintext) {
    const std::span<const unsigned char> bytes(reinterpret_cast<const unsigned char*>(plaintext.data()),
                                               plaintext.size());
    auto envelope = sealed::seal(publicKey, bytes, kId, records::Application::kType);
    INTAKE_FUZZ_CHECK(envelope.ok());
    INTAKE_FUZZ_CHECK(sealed::checkShape(*envelope).ok());
    // What was sealed opens to the same bytes, and only for its record.
    auto opened = sealed::open(privateKey, *envelope, kId, records::Application::kType);
    INTAKE_FUZZ_CHECK(opened.ok() && std::equal(opened->begin(), opened->end(), bytes.begin(), bytes.end()));
    INTAKE_FUZZ_CHECK(!sealed::open(privateKey, *envelope, kId, "booking_request").ok());
    const json document = {{"_id", kId},
                           {"_rev", "1-0123456789abcdef0123456789abcdef"},
                           {"type", "application"},
                           {"received_at", "2026-11-23T08:00:00Z"},
                           {"adults", json::array()},
                           {"contact", "phone"},
                           {"language", "fa"},
                           {"consent", true},
                           {"reference", "K7QH3MZP"},
                           {"status", "received"},
                           {"sealed", *envelope}};
    openDocument(document);
}

void envelopeAlone(const json& envelope) {
    const auto shape = sealed::checkShape(envelope);
    auto opened = sealed::open(privateKey, envelope, kId, records::Application::kType);
    if (opened)
        INTAKE_FUZZ_CHECK(shape.ok());
    else
        INTAKE_FUZZ_CHECK(opened.error().domain() == ErrorDomain::Seal);
    if (!shape)
        INTAKE_FUZZ_CHECK(shape.error().is(SealError::Malformed) || shape.error().is(SealError::Unsupported));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::ifstream in(INTAKE_FUZZ_DEMO_KEY_FILE, std::ios::binary);
    privateKey.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    auto derived = sealed::publicKeyOf(privateKey);
    INTAKE_FUZZ_CHECK(derived.ok());
    publicKey = *derived;
    // The seed config's unit key is this key's public half.
    const auto& sealing = fuzz::gothenburg().counsellingSealing();
    INTAKE_FUZZ_CHECK(sealing && sealed::keyId(publicKey).ok() && *sealed::keyId(publicKey) == sealing->keyId);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    std::string_view rest = fuzz::asText(data + 1, size - 1);
    std::optional<std::string> expanded;
    if ((data[0] & 0x60) == 0x60) {
        expanded = fuzz::expandNesting(rest);
        if (!expanded)
            return 0;
        rest = *expanded;
    }
    switch ((data[0] & 0x1f) % 3) {
    case 0: {
        // intake-open-sealed reads lines with nlohmann's parser, no limits.
        if (rest.find('\n') != std::string_view::npos)
            return 0;
        const auto document = json::parse(rest.begin(), rest.end(), nullptr, false);
        if (!document.is_discarded())
            openDocument(document);
        break;
    }
    case 1:
        sealAndOpen(rest);
        break;
    default: {
        const auto envelope = json::parse(rest.begin(), rest.end(), nullptr, false);
        if (!envelope.is_discarded())
            envelopeAlone(envelope);
        break;
    }
    }
    return 0;
}
