#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB) and an install tree (cmake
# --install --prefix) from a configured and built build folder into a
# temporary folder, and checks both: exactly the expected files (nothing from
# the build or test trees), their modes, no build paths in the programs, the
# control fields and the maintainer scripts. Prints the package's listing.
#
#   check_package.sh --build DIR --source DIR --version X.Y.Z \
#                    [--cpack CPACK] [--cmake CMAKE] [--expect-cli 0|1]
# Each check prints ok/FAIL itself; pass() cannot fail, so "a && pass || fail" is safe.
# shellcheck disable=SC2015
set -u -o pipefail

build=""
source=""
version=""
cpack=cpack
cmake=cmake
expect_cli=1
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=$2; shift 2 ;;
    --source) source=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --cpack) cpack=$2; shift 2 ;;
    --cmake) cmake=$2; shift 2 ;;
    --expect-cli) expect_cli=$2; shift 2 ;;
    *) echo "check_package.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [ -z "$build" ] || [ -z "$source" ] || [ -z "$version" ]; then
    echo "check_package.sh: --build, --source and --version are needed" >&2
    exit 2
fi
for tool in dpkg-deb tar readelf; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is not installed (Debian: dpkg, tar, binutils)"
        exit 1
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/intake-package-XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

# What a package or install tree must hold, relative to the prefix, and
# nothing else.
expected=(
    bin/intake-app
    lib/systemd/system/intake-kiosk.service
    share/doc/intake/README.md
    share/doc/intake/deploy.md
    share/doc/intake/reporting-columns.md
    share/intake/examples/counselling.json
    share/intake/examples/kiosk.json
    share/intake/examples/outreach.json
    share/intake/examples/reception.json
)
[ "$expect_cli" = 1 ] && expected+=(bin/intake)
[ -f "$source/docs/reporting.md" ] && expected+=(share/doc/intake/reporting.md)
printf '%s\n' "${expected[@]}" | sort >"$work/expected.txt"

# Compares a list of files (relative to the prefix) with the expected one.
check_file_list() { # what list-file
    local what=$1 list=$2
    sort "$list" >"$list.sorted"
    if diff -u "$work/expected.txt" "$list.sorted" >"$work/diff.txt"; then
        pass "$what holds exactly the ${#expected[@]} expected files"
    else
        fail "$what does not hold exactly the expected files (- missing, + unexpected):"
        sed -n '3,$p' "$work/diff.txt" | grep '^[-+]'
    fi
    # Build or test leftovers, named even if the list above were widened.
    if grep -E '(^|/)(tests?|CMakeFiles|_CPack_Packages|build[^/]*)(/|$)|\.(o|a|cmake)$|intake-.*-tests$' "$list"; then
        fail "$what holds files from the build or test trees (above)"
    fi
}

# Checks an unpacked tree below its prefix folder.
check_tree() { # what root
    local what=$1 root=$2
    local programs=("$root/bin/intake-app")
    [ "$expect_cli" = 1 ] && programs+=("$root/bin/intake")
    for program in "${programs[@]}"; do
        [ -x "$program" ] || { fail "$what: $program is not executable"; continue; }
        # A RUNPATH into the build folder would load the build's libraries.
        if readelf -d "$program" | grep -E 'R(UN)?PATH' | grep -F -e "$build" -e "$source"; then
            fail "$what: $(basename "$program") keeps a run path into the build or source tree"
        else
            pass "$what: $(basename "$program") has no run path into the build or source tree"
        fi
    done
    if cmp -s "$root/lib/systemd/system/intake-kiosk.service" "$source/packaging/systemd/intake-kiosk.service"; then
        pass "$what: the unit is packaging/systemd/intake-kiosk.service"
    else
        fail "$what: the unit differs from packaging/systemd/intake-kiosk.service"
    fi
    if grep -rlF -e "$build" -e "$source" "$root/share" "$root/lib"; then
        fail "$what: the files above name the build or source folder"
    fi
}

# --- The Debian package ----------------------------------------------------
echo "== cpack -G DEB (from $build)"
start=$(date +%s)
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G DEB failed"
    exit 1
fi
echo "cpack took $(($(date +%s) - start)) s"
debs=("$work"/cpack/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    cat "$work/cpack.log"
    fail "cpack made ${#debs[@]} packages, not one"
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "intake_${version}_${arch}.deb" ] &&
    pass "package file $(basename "$deb")" ||
    fail "package file is $(basename "$deb"), not intake_${version}_${arch}.deb"

echo "== dpkg-deb --info"
dpkg-deb --info "$deb"
echo "== dpkg-deb --contents"
dpkg-deb --contents "$deb" | tee "$work/contents.txt"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = intake ] && pass "Package: intake" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$arch" ] && pass "Architecture: $arch" || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] && pass "Maintainer: $(field Maintainer)" || fail "no Maintainer"
depends=$(field Depends)
for needed in libsqlcipher0 libcurl4 libssl3 qml6-module-qtquick qml6-module-qtquick-controls \
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript qt6-wayland libqt6svg6 fonts-noto-core adduser; do
    # A whole package name in the comma-separated list, with or without a version.
    if printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$needed"; then
        pass "Depends: $needed"
    else
        fail "Depends lacks $needed: $depends"
    fi
done
# cage for the kiosk unit; Debian 12's cage does not start without Xwayland.
for wanted in cage xwayland; do
    if field Recommends | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$wanted"; then
        pass "Recommends: $wanted"
    else
        fail "Recommends lacks $wanted: $(field Recommends)"
    fi
done

# Every entry: directories and regular files only, owned by root.
awk '{print $1, $2}' "$work/contents.txt" | sort -u >"$work/kinds.txt"
if grep -v -E '^[d-][rwx-]{9} root/root$' "$work/kinds.txt"; then
    fail "entries that are not root-owned directories or files (above)"
fi
awk '$1 ~ /^-/ {print $NF}' "$work/contents.txt" | sed 's#^\./usr/##' >"$work/deb-files.txt"
outside=$(awk '{print $NF}' "$work/contents.txt" | grep -v -x './' | grep -v '^\./usr/')
[ -z "$outside" ] && pass "every entry is under /usr" || fail "entries outside /usr: $outside"
check_file_list "the package" "$work/deb-files.txt"
mode_of() { awk -v path="./usr/$1" '$NF == path {print $1}' "$work/contents.txt"; }
[ "$(mode_of bin/intake-app)" = "-rwxr-xr-x" ] && pass "intake-app is 0755" || fail "intake-app is $(mode_of bin/intake-app)"
[ "$(mode_of lib/systemd/system/intake-kiosk.service)" = "-rw-r--r--" ] &&
    pass "the unit is 0644" || fail "the unit is $(mode_of lib/systemd/system/intake-kiosk.service)"

mkdir -p "$work/deb-root" "$work/control"
dpkg-deb --extract "$deb" "$work/deb-root"
check_tree "the package" "$work/deb-root/usr"
if readelf -S "$work/deb-root/usr/bin/intake-app" | grep -q '\.debug_info'; then
    fail "intake-app in the package is not stripped"
else
    pass "intake-app in the package is stripped"
fi

# The unit as systemd would load it (missing programs would be named here).
if command -v systemd-analyze >/dev/null; then
    if verify=$(systemd-analyze verify "$work/deb-root/usr/lib/systemd/system/intake-kiosk.service" 2>&1) &&
        [ -z "$verify" ]; then
        pass "systemd-analyze verify: the unit is clean"
    else
        fail "systemd-analyze verify: $verify"
    fi
else
    echo "note: systemd-analyze is not installed; the unit was not verified"
fi

dpkg-deb --ctrl-tarfile "$deb" | tar -x -C "$work/control"
for script in postinst prerm postrm; do
    file="$work/control/$script"
    if [ ! -f "$file" ]; then
        fail "no $script in the package"
        continue
    fi
    [ "$(stat -c %a "$file")" = 755 ] && pass "$script is 0755" || fail "$script is $(stat -c %a "$file")"
    sh -n "$file" && pass "$script passes sh -n" || fail "$script does not parse (sh -n)"
    cmp -s "$file" "$source/packaging/debian/$script" || fail "$script differs from packaging/debian/$script"
done
grep -q 'adduser --system' "$work/control/postinst" && grep -q 'chmod 0700 /var/lib/intake' "$work/control/postinst" &&
    pass "postinst makes the system user and /var/lib/intake 0700" ||
    fail "postinst does not make the user intake and /var/lib/intake 0700"
grep -q 'rm -rf /var/lib/intake' "$work/control/postrm" && grep -q 'deluser --system intake' "$work/control/postrm" &&
    pass "postrm purge removes /var/lib/intake and the user" ||
    fail "postrm does not remove /var/lib/intake and the user"

# --- cmake --install ---------------------------------------------------------
echo "== cmake --install $build --prefix <temporary>"
if ! "$cmake" --install "$build" --prefix "$work/install" >"$work/install.log" 2>&1; then
    cat "$work/install.log"
    fail "cmake --install failed"
else
    (cd "$work/install" && find . -type f -o -type l | sed 's#^\./##') >"$work/install-files.txt"
    check_file_list "the install tree" "$work/install-files.txt"
    check_tree "the install tree" "$work/install"
    # The examples are real profiles: the installed CLI enrols a throwaway
    # device from each (development keys in the temporary folder).
    if [ "$expect_cli" = 1 ] && [ -x "$work/install/bin/intake" ]; then
        for example in "$work"/install/share/intake/examples/*.json; do
            role=$(basename "$example" .json)
            if printf 'not-a-real-password\n' | "$work/install/bin/intake" --data "$work/devices/$role" \
                --development-keys "$work/devices/$role-keys" enrol --profile "$example" --password-stdin \
                >"$work/enrol-$role.log" 2>&1 && [ -f "$work/devices/$role/profile.json" ]; then
                pass "the installed intake enrols a device from examples/$role.json"
            else
                cat "$work/enrol-$role.log"
                fail "the installed intake does not enrol a device from examples/$role.json"
            fi
        done
    fi
fi

echo
if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all packaging checks passed"
