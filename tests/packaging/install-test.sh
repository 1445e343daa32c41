#!/usr/bin/env bash
# Install test (ctest label "packaging"): builds the .deb, .rpm and NSIS packages from BUILD_DIR, checks them with
# lintian, desktop-file-validate and appstreamcli, installs both .debs with apt, runs the installed wallet
# (--version, --help in Chinese, a window on Xvfb that opens on the Help tab in Chinese) and the installed server
# unit's command on a free port (/healthz), then purges both packages and checks that no file is left behind.
# Needs root (or password-less sudo): it installs into this machine. Exits 77 (skipped) otherwise, and when okpay
# packages are already installed (unless OKPAY_INSTALL_TEST_FORCE=1).
#   tests/packaging/install-test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
    echo "install-test: skipped: needs root or password-less sudo to install packages" >&2
    exit 77
  fi
fi
# Packages from elsewhere (a developer's real installation) are not replaced and purged behind their back.
statuses=$(dpkg-query -W -f='${db:Status-Status}\n' okpay-wallet okpay-server 2>/dev/null || true)
if [ -z "${OKPAY_INSTALL_TEST_FORCE:-}" ] && grep -qx installed <<<"$statuses"; then
  echo "install-test: skipped: okpay-wallet or okpay-server is installed here and would be replaced and purged" \
       "(OKPAY_INSTALL_TEST_FORCE=1 runs it anyway)" >&2
  exit 77
fi
work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq okpay-wallet okpay-server >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "install-test: FAIL: $*" >&2; exit 1; }
step() { echo "install-test: $*"; }
artifacts="$build/packaging-test"
rm -rf "$artifacts" && mkdir -p "$artifacts"

step "building packages"
(cd "$build" && cpack -G "DEB;RPM" -B "$work/cpack" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack DEB/RPM"; }
wallet_deb=$(ls "$work"/cpack/okpay-wallet_*.deb)
server_deb=$(ls "$work"/cpack/okpay-server_*.deb)
cp "$wallet_deb" "$server_deb" "$artifacts/"

step "lintian"
lintian --fail-on error --tag-display-limit 0 "$wallet_deb" "$server_deb" | tee "$artifacts/lintian.txt" \
  || fail "lintian reports errors"

step "rpm metadata"
wallet_rpm=$(ls "$work"/cpack/okpay-wallet-*.rpm)
server_rpm=$(ls "$work"/cpack/okpay-server-*.rpm)
rpm -qp --configfiles "$server_rpm" 2>/dev/null | grep -qx /etc/okpay-server/config.json || fail "rpm: config.json is not a config file"
rpm -qpl "$wallet_rpm" 2>/dev/null | grep -qx /usr/bin/okpay-wallet || fail "rpm: no /usr/bin/okpay-wallet"
rpm -qp --changelog "$wallet_rpm" 2>/dev/null | grep -q "First release" || fail "rpm: no changelog"
rpm -qp --scripts "$server_rpm" 2>/dev/null | grep -q useradd || fail "rpm: no user for the service"

if command -v makensis >/dev/null; then
  step "NSIS installer script"
  (cd "$build" && cpack -G NSIS -B "$work/nsis" >"$work/nsis.log" 2>&1) || { tail -40 "$work/nsis.log"; fail "cpack NSIS"; }
  ls "$work"/nsis/OKPay-Wallet-*.exe >/dev/null || fail "no NSIS installer"
  nsi=$(find "$work/nsis/_CPack_Packages" -name project.nsi | head -1)
  grep -q "Software\\\\Classes\\\\okpay" "$nsi" || fail "NSIS: the okpay: link handler is not registered"
fi
step "macOS Info.plist"
xmllint --noout "$(dirname "$0")/../../packaging/macos/Info.plist.in" || fail "Info.plist.in is not well-formed"

step "installing with apt"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "$wallet_deb" "$server_deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
dpkg -L okpay-wallet okpay-server | sort -u >"$work/files"
for f in /usr/bin/okpay-wallet /usr/bin/okpay-server /usr/sbin/okpay-server-admin /etc/okpay-server/config.json \
         /lib/systemd/system/okpay-server.service /usr/share/applications/com.okpay.Wallet.desktop \
         /usr/share/metainfo/com.okpay.Wallet.metainfo.xml /usr/share/icons/hicolor/scalable/apps/com.okpay.Wallet.svg \
         /usr/share/man/man1/okpay-wallet.1.gz /usr/share/man/man1/okpay-server.1.gz; do
  [ -e "$f" ] || fail "not installed: $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/com.okpay.Wallet.png
  [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || fail "$png is not ${size}x${size}"
done
desktop-file-validate /usr/share/applications/com.okpay.Wallet.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/com.okpay.Wallet.metainfo.xml || fail "appstreamcli validate"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify --man=no /lib/systemd/system/okpay-server.service >"$work/unit.txt" 2>&1 || true
  if grep -q okpay-server "$work/unit.txt"; then cat "$work/unit.txt"; fail "systemd-analyze verify okpay-server.service"; fi
fi
getent passwd okpay-server >/dev/null || fail "no okpay-server user"
[ "$(stat -c %U /var/lib/okpay-server)" = okpay-server ] || fail "/var/lib/okpay-server is not the service's"

step "installed okpay-wallet"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -m 700 "$HOME" "$XDG_RUNTIME_DIR"
version=$(env -u DISPLAY -u QT_QPA_PLATFORM /usr/bin/okpay-wallet --version)
[ "$version" = "OKPay Wallet $(dpkg-query -W -f='${Version}' okpay-wallet)" ] || fail "okpay-wallet --version said \"$version\""
env -u DISPLAY /usr/bin/okpay-wallet --help >"$work/help-en.txt"
env -u DISPLAY /usr/bin/okpay-wallet --lang zh_CN --help >"$work/help-zh.txt"
grep -q "帮助" "$work/help-zh.txt" || { cat "$work/help-zh.txt"; fail "--lang zh_CN --help is not in Chinese"; }
# Every option of --help is documented in the man page (troff writes "-" as "\-").
documents_every_option() {  # PROGRAM HELP_TEXT_FILE
  zcat "/usr/share/man/man1/$1.1.gz" | sed 's/\\-/-/g; s/\\f[BIRP]//g' >"$work/$1.man.txt"
  grep -oE -- '--[a-z][a-z-]+' "$2" | sort -u >"$work/$1.options.txt"
  [ -s "$work/$1.options.txt" ] || fail "$1 --help lists no option"
  while read -r option; do
    grep -q -- "$option" "$work/$1.man.txt" || fail "$1(1) does not document $option"
  done <"$work/$1.options.txt"
}
documents_every_option okpay-wallet "$work/help-en.txt"
/usr/bin/okpay-server --help >"$work/server-help.txt"
/usr/bin/okpay-server admin --help >>"$work/server-help.txt"
documents_every_option okpay-server "$work/server-help.txt"
[ "$(/usr/bin/okpay-server --version)" = "okpay-server $(dpkg-query -W -f='${Version}' okpay-server)" ] \
  || fail "okpay-server --version"
set +e
env -u DISPLAY /usr/bin/okpay-wallet --lang fr --version >/dev/null 2>"$work/bad-option.txt"
rc=$?
set -e
if [ "$rc" -ne 2 ] || ! grep -q zh_CN "$work/bad-option.txt"; then fail "a bad --lang gave exit code $rc"; fi

# A real window on Xvfb, from the installed files only: it opens on the Help tab, in Chinese.
cat >"$work/window.sh" <<'INNER'
set -eu
/usr/bin/okpay-wallet --lang zh_CN --open help --server http://127.0.0.1:9 >"$1/wallet.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  for id in $(xwininfo -root -children 2>/dev/null | awk '/^ +0x/ {print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable" || continue
    title=$(xprop -id "$id" _NET_WM_NAME 2>/dev/null | sed -n 's/^_NET_WM_NAME(UTF8_STRING) = "\(.*\)"$/\1/p')
    if [ -n "$title" ]; then
      sleep 2  # let it finish painting
      import -window "$id" "$1/help_zh_CN.png"
      printf '%s\n' "$title" >"$1/title.txt"
      xprop -id "$id" WM_CLASS >"$1/wmclass.txt"
      # A second launch (the desktop's actions, a clicked okpay: link) hands its place to this window and exits.
      timeout 20 /usr/bin/okpay-wallet okpay:security >>"$1/wallet.log" 2>&1 || echo "second launch failed" >>"$1/wallet.log"
      for _ in $(seq 1 50); do
        xprop -id "$id" _NET_WM_NAME | grep -q '"安全 – OKPay 钱包"' && { echo yes >"$1/forwarded.txt"; break; }
        sleep 0.2
      done
      kill "$pid"; wait "$pid" || true
      exit 0
    fi
  done
  sleep 0.2
done
kill "$pid" || true
exit 1
INNER
env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- bash "$work/window.sh" "$work" \
  || { cat "$work/wallet.log" 2>/dev/null; fail "the installed wallet showed no window"; }
cp "$work/help_zh_CN.png" "$artifacts/"
title=$(cat "$work/title.txt")
[ "$title" = "帮助 – OKPay 钱包" ] || fail "window title \"$title\", expected the Help tab in Chinese"
grep -q '"okpay-wallet"' "$work/wmclass.txt" || fail "WM_CLASS $(cat "$work/wmclass.txt") does not match StartupWMClass"
[ -f "$work/forwarded.txt" ] || { cat "$work/wallet.log"; fail "a second launch did not reach the running wallet"; }
colours=$(convert "$work/help_zh_CN.png" -format '%k' info:)
[ "$colours" -gt 50 ] || fail "the window looks empty ($colours colours)"

step "installed okpay-server unit command"
exec_start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/okpay-server.service)
service_user=$(sed -n 's/^User=//p' /lib/systemd/system/okpay-server.service)
# setpriv execs the command itself (runuser would stay in between and turn SIGTERM into its own exit status).
# shellcheck disable=SC2086  # ExecStart is a command line
"${SUDO[@]}" setpriv --reuid="$service_user" --regid="$service_user" --clear-groups -- \
  $exec_start --listen 127.0.0.1:0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=
for _ in $(seq 1 100); do
  url=$(sed -n 's/^listening on \(http[^ ]*\)$/\1/p' "$work/server.out")
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/server.err"; fail "the installed server did not start"; }
curl -fsS "$url/healthz" >"$work/healthz" || fail "GET $url/healthz"
[ "$(stat -c %U /var/lib/okpay-server/okpay.sqlite)" = okpay-server ] || fail "the database is not the service's"
okpay-server-admin --help | grep -q create-agent || fail "okpay-server-admin --help"
kill -TERM "$server_pid"
wait "$server_pid" || fail "the server did not stop cleanly on SIGTERM"
server_pid=

step "purging"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq okpay-wallet okpay-server >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get purge"; }
left=()
while read -r f; do
  # Shared directories (/usr, /usr/share/icons/hicolor/…) belong to other packages too.
  if [ -f "$f" ] || { [ -L "$f" ] && [ ! -d "$f" ]; }; then left+=("$f"); fi
  case "$f" in /etc/okpay-server|/var/lib/okpay-server|/usr/share/doc/okpay-*) [ -e "$f" ] && left+=("$f") ;; esac
done <"$work/files"
[ -e /var/lib/okpay-server ] && left+=(/var/lib/okpay-server)
[ -e /etc/okpay-server ] && left+=(/etc/okpay-server)
[ ${#left[@]} -eq 0 ] || fail "left behind after purge: ${left[*]}"
step "passed (packages, lintian output and the window's screenshot in $artifacts)"
