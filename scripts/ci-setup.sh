#!/usr/bin/env bash
# Machine set-up the tests need beyond npm: Debian's Chromium (the HTML report test drives it
# through playwright-core) and CJK fonts so pages render Chinese text. Idempotent: does nothing
# when both are already installed. Called by .ci/run before `npm ci`.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then
  echo "ci-setup: chromium and fonts-noto-cjk already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
echo "ci-setup: installing ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
/usr/bin/chromium --version
