#!/usr/bin/env bash
# Draws the web app's icons (service/Resources/WebApp/) from their SVG sources in build/icons/ with headless
# Chromium, at the sizes the web app manifest names: 192 and 512 pixels, each as an ordinary and a maskable icon.
# Run it after changing an SVG; the PNGs are committed, so neither a build nor the tests need a browser for them.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo_root/service/Resources/WebApp"
chromium="${CHROMIUM_PATH:-chromium}"
command -v "$chromium" >/dev/null || { echo "render-app-icons: $chromium not found (apt-get install chromium)" >&2; exit 1; }
mkdir -p "$out"
for source in app-icon app-icon-maskable; do
  for size in 192 512; do
    # An SVG shown on its own fills the window, so the window's size is the icon's.
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
      --window-size="$size,$size" --screenshot="$out/$source-$size.png" "file://$repo_root/build/icons/$source.svg" >/dev/null 2>&1
    [[ -s "$out/$source-$size.png" ]] || { echo "render-app-icons: $source-$size.png was not written" >&2; exit 1; }
  done
done
ls -l "$out"
