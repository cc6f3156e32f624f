#!/usr/bin/env bash
# Builds the service's container image with podman, offline (no registry is asked for anything):
#
#   deploy/container/build.sh [image name]     default localhost/cool-papers-redirector:latest
#
# It publishes the service as a Native AOT binary (dotnet publish -r linux-x64; clang is needed), or takes the one
# named in REDIRECTOR_NATIVE_BINARY (tests/run publishes once for every suite), and builds deploy/container/Containerfile
# on an empty root with only the shared libraries the binary loads. Run it from anywhere in the checkout.
set -euo pipefail
# Whatever stops the script says so: without this a failing command that prints nothing ends it without a word.
trap 'status=$?; echo "build.sh: failed (exit $status) at line $LINENO: $BASH_COMMAND" >&2; exit $status' ERR
cd "$(dirname "$0")/../.."
image=${1:-localhost/cool-papers-redirector:latest}
command -v podman >/dev/null || { echo "build.sh: podman is required (apt-get install podman runc)" >&2; exit 1; }

context=$(mktemp -d "${TMPDIR:-/tmp}/redirector-image.XXXXXX")
trap 'rm -rf "$context"' EXIT
binary=${REDIRECTOR_NATIVE_BINARY:-}
if [[ -z $binary ]]; then
  dotnet publish service -c Release -r linux-x64 -o "$context/publish" --nologo -v quiet >"$context/publish.log" 2>&1 \
    || { cat "$context/publish.log" >&2; echo "build.sh: dotnet publish failed" >&2; exit 1; }
  binary=$context/publish/Redirector.Service
fi
[[ -x $binary ]] || { echo "build.sh: no Native AOT binary at $binary" >&2; exit 1; }

# The program alone (its defaults are built in); not the .dbg symbols (twice the binary's size) or the other publish leftovers.
mkdir -p "$context/app"
cp "$binary" "$context/app/"

root=$context/base
mkdir -p "$root/etc/ssl/certs" "$root/tmp"
chmod 1777 "$root/tmp"
# Loaded by name with dlopen, so ldd cannot see them: TLS (to the site, to Redis) and ICU's normaliser, which the
# grammar loads on the first full-width input (service/PaperIds/CompatibilityNormalisation.cs). The runtime itself runs
# without culture data (service/Globalization.props), so ICU's collation and locale library is not needed.
# The loader's cache is read whole, once: a pipe into a reader that stops at the first match (awk's exit) would end
# ldconfig with SIGPIPE on a long cache, and pipefail would end the script with it (status 141, no message).
cache=$(ldconfig -p)
opened=()
for name in libssl.so.3 libcrypto.so.3 libicuuc.so.72 libicudata.so.72; do
  path=$(awk -v n="$name" '$1 == n && /x86-64/ { print $NF; exit }' <<<"$cache")
  [[ -n $path ]] || { echo "build.sh: $name is not installed (apt-get install libssl3 libicu72)" >&2; exit 1; }
  opened+=("$path")
done
# Every library the binary and those name, with the paths the loader will look for them at.
mapfile -t libraries < <(
  { printf '%s\n' "${opened[@]}"; ldd "$binary" "${opened[@]}" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $1 !~ /:$/ { print $1 }'; } | sort -u)
for library in "${libraries[@]}"; do
  mkdir -p "$root$(dirname "$library")"
  cp -L "$library" "$root$library"
done
[[ -f /etc/ssl/certs/ca-certificates.crt ]] && cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:10001:10001:app:/app:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' >"$root/etc/group"

podman build --quiet -f deploy/container/Containerfile -t "$image" "$context" >/dev/null
echo "$image"
