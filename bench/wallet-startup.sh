#!/usr/bin/env bash
# Prints how soon okpay-wallet shows its window and how much memory it holds when idle (targets: first paint
# within 150 ms of process start, idle memory <= 90 MB), on Xvfb with a throwaway home. Signed out: the first start
# includes putting the bundled FAQ into a new help cache; the later ones open it.
#   bench/wallet-startup.sh [path/to/okpay-wallet]      (run by scripts/bench)
set -euo pipefail
bin=${1:-$(cd "$(dirname "$0")/.." && pwd)/build/release/bin/okpay-wallet}
if [ -z "${OKPAY_STARTUP_INNER:-}" ]; then
  export OKPAY_STARTUP_INNER=1
  exec env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- "$0" "$bin" 2>/dev/null
fi
HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
export HOME XDG_RUNTIME_DIR LANG=C.UTF-8
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME" "$XDG_RUNTIME_DIR"' EXIT

mapped_window() {
  for id in $(xwininfo -root -children 2>/dev/null | awk '/^ +0x/ {print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q IsViewable && return 0
  done
  return 1
}

for run in first second third; do
  start=$(date +%s%N)
  "$bin" --server http://127.0.0.1:9 >/dev/null 2>&1 &
  pid=$!
  until mapped_window; do sleep 0.002; done
  end=$(date +%s%N)
  sleep 5
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
  printf 'wallet %-6s start (signed out): window shown after %d ms, idle memory %d MB\n' "$run" \
    $(((end - start) / 1000000)) "$rss"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
