#!/usr/bin/env bash
# Installs what Intake needs to build and test on Debian 12, then the npm test
# peer (pouchdb-server, pinned by tests/package-lock.json). Safe to run again:
# it only installs what is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libsqlcipher-dev sqlcipher          # the encrypted store
  libssl-dev libcurl4-openssl-dev     # crypto and HTTP
  nlohmann-json3-dev libcli11-dev     # JSON, command lines
  libphonenumber-dev                  # phone number validation
  catch2                              # tests
  clang-14 libclang-rt-14-dev         # libFuzzer and its sanitizers (tools/run-fuzz.sh)
  stunnel4                            # the TLS test peer (tests/support/tls_tunnel.h)
  systemd                             # systemd-creds and systemd-analyze: the kiosk's key store and unit (tests/packaging)
  dpkg-dev file                       # cpack's .deb (dpkg-shlibdeps) and its test
  libxml2-utils                       # xmllint: the statistics SVG is checked as XML
  qt6-base-dev qtkeychain-qt6-dev libsecret-1-0  # the QtKeychain key store (libsecret: Secret Service)
  dbus gnome-keyring                  # a headless Secret Service for the keychain test
  # The Qt Quick app (qml/) and its offscreen tests
  qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libqt6svg6 libqt6quicktest6
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-window qml6-module-qttest
  # Fonts for every script the kiosk shows: Latin, Arabic (ar, fa, prs),
  # Cyrillic (uk) and Ethiopic (ti), so that no visitor sees a box for a letter.
  fonts-noto-core
)
# Node.js runs the test peer. A machine that already has node and npm (from
# Debian or elsewhere) keeps them; otherwise Debian's are installed.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm ci only when the lock file changed since the last install.
stamp="$root/tests/node_modules/.intake-lock-sha256"
want="$(sha256sum "$root/tests/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing the test peer with npm ci"
  # --ignore-scripts: leveldown ships prebuilt binaries in its tarball; the
  # optional sqlite3 adapter (unused) would otherwise try to download or compile.
  (cd "$root/tests" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi
echo "setup: done"
