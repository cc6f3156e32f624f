#!/usr/bin/env bash
# Packages the extension for every browser from the one source tree (manifest.json, extension/ and,
# once translated, _locales/), into dist/ or the directory given as the only argument:
#   cool-papers-redirector-<version>-chrome.zip    Chrome, Edge and other Chromium browsers
#   cool-papers-redirector-<version>-firefox.xpi   Firefox
#   extension-unpacked/                            the Chrome zip unpacked, which the Chromium tests load
# Both archives hold the same files, manifest included: one manifest that both browsers accept.
# They are reproducible: the same sources give the same bytes on any machine (see build/write-zip.py).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist_dir="${1:-$repo_root/dist}"
unpacked_dir="$dist_dir/extension-unpacked"

fail() { echo "package-extension: $*" >&2; exit 1; }

[[ -f "$repo_root/manifest.json" ]] || fail "manifest.json not found at the repository root"
[[ -d "$repo_root/extension" ]] || fail "extension/ not found"
# One archiver everywhere, so that every machine writes the same bytes; Debian installs python3 by default.
command -v python3 >/dev/null 2>&1 || fail "python3 is needed (apt-get install python3)"

version="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["version"])' "$repo_root/manifest.json")"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,3}$ ]] || fail "manifest.json has no usable version: '$version'"
chrome_zip="$dist_dir/cool-papers-redirector-$version-chrome.zip"
firefox_xpi="$dist_dir/cool-papers-redirector-$version-firefox.xpi"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# Only what the browser runs: extension/package.json exists for the unit tests' module loading,
# and editor or OS leftovers have no place in a published archive.
cp "$repo_root/manifest.json" "$stage/"
(
  cd "$repo_root"
  source_dirs=(extension)
  [[ -d _locales ]] && source_dirs+=(_locales)
  find "${source_dirs[@]}" -type f \
    ! -path 'extension/package.json' ! -name '.*' ! -name '*~' ! -name '*.swp' -print0 |
    while IFS= read -r -d '' file; do
      mkdir -p "$stage/$(dirname "$file")"
      cp "$file" "$stage/$file"
    done
)

mkdir -p "$dist_dir"
# Archives of earlier versions would otherwise sit next to the new ones and be mistaken for them.
rm -f "$dist_dir"/cool-papers-redirector-*-chrome.zip "$dist_dir"/cool-papers-redirector-*-firefox.xpi \
  "$dist_dir/cool-papers-redirector.zip"
python3 "$repo_root/build/write-zip.py" "$chrome_zip" "$stage"
python3 "$repo_root/build/write-zip.py" "$firefox_xpi" "$stage"
[[ -s "$chrome_zip" && -s "$firefox_xpi" ]] || fail "no archive was written"

rm -rf "$unpacked_dir"
mkdir -p "$unpacked_dir"
python3 -m zipfile -e "$chrome_zip" "$unpacked_dir"
[[ -f "$unpacked_dir/manifest.json" ]] || fail "unpacked copy has no manifest.json"

(cd "$dist_dir" && sha256sum "$(basename "$chrome_zip")" "$(basename "$firefox_xpi")")
echo "Wrote $chrome_zip and $firefox_xpi"
echo "Unpacked the Chrome zip into $unpacked_dir"
