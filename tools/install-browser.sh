#!/bin/sh
# Installs what the browser tests need: Debian's chromium and chromium-driver (/usr/bin/chromium,
# /usr/bin/chromedriver) and a CJK font (fonts-wqy-microhei) so Chinese renders in screenshots. Idempotent and quiet: does nothing when both are present. Nothing downloads a browser
# at test time; without root it only says what to run.
set -eu
FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -f "$FONT" ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: no apt-get here; install Chromium and its matching chromedriver, then set"
    echo "  LEDGERLM_CHROMIUM=/path/to/chromium LEDGERLM_CHROMEDRIVER=/path/to/chromedriver (browser tests skip otherwise)"
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "install-browser: the browser tests need chromium and chromium-driver; as root run:"
    echo "  apt-get update && apt-get install -y chromium chromium-driver fonts-wqy-microhei"
    echo "(without them tests/server/test_browser.py is skipped; everything else runs)"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-wqy-microhei >/dev/null
echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
