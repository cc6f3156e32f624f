#!/usr/bin/env bash
# Builds dist/cool-papers-redirector.zip (manifest.json and _locales/ at the root plus extension/**) and
# unpacks the very same archive into dist/extension-unpacked/, the directory browser tests load.
# Archiver: python3's zipfile module, found on a standard Debian install where `zip` usually is
# not; `zip` is used when python3 is missing.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist_dir="$repo_root/dist"
zip_path="$dist_dir/cool-papers-redirector.zip"
unpacked_dir="$dist_dir/extension-unpacked"

fail() { echo "package-extension: $*" >&2; exit 1; }

[[ -f "$repo_root/manifest.json" ]] || fail "manifest.json not found at the repository root"
[[ -d "$repo_root/extension" ]] || fail "extension/ not found"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# Only what the browser runs: extension/package.json exists for the unit tests' module loading,
# and editor or OS leftovers have no place in a published archive.
cp "$repo_root/manifest.json" "$stage/"
cp -R "$repo_root/_locales" "$stage/"
(
  cd "$repo_root"
  find extension -type f \
    ! -path 'extension/package.json' ! -name '.*' ! -name '*~' ! -name '*.swp' -print0 |
    while IFS= read -r -d '' file; do
      mkdir -p "$stage/$(dirname "$file")"
      cp "$file" "$stage/$file"
    done
)

mkdir -p "$dist_dir"
rm -f "$zip_path"
if command -v python3 >/dev/null 2>&1; then
  (cd "$stage" && python3 -m zipfile -c "$zip_path" manifest.json _locales extension)
elif command -v zip >/dev/null 2>&1; then
  (cd "$stage" && zip -qr -X "$zip_path" manifest.json _locales extension)
else
  fail "neither python3 nor zip is available"
fi
[[ -s "$zip_path" ]] || fail "no archive was written"

rm -rf "$unpacked_dir"
mkdir -p "$unpacked_dir"
if command -v python3 >/dev/null 2>&1; then
  python3 -m zipfile -e "$zip_path" "$unpacked_dir"
else
  command -v unzip >/dev/null 2>&1 || fail "unzip is needed to unpack the archive"
  unzip -q "$zip_path" -d "$unpacked_dir"
fi
[[ -f "$unpacked_dir/manifest.json" ]] || fail "unpacked copy has no manifest.json"

echo "Wrote $zip_path"
echo "Unpacked into $unpacked_dir"
