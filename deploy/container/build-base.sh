#!/usr/bin/env bash
# Builds the image the service's image starts FROM, offline: the .NET and ASP.NET Core runtimes of this machine's
# `dotnet` and exactly the shared libraries they load (what ldd names, plus OpenSSL and ICU, which the runtime opens
# by name at run time), on an empty root file system with an unprivileged user. No registry is asked for anything.
#
#   deploy/container/build-base.sh            prints the base image's name; builds it when podman does not have it
#
# The name carries the runtime version, so a machine with a newer runtime builds a new base.
set -euo pipefail

dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" { v = $2 } END { print v }')
[[ -n $runtime ]] || { echo "build-base.sh: no Microsoft.AspNetCore.App runtime in $dotnet_root" >&2; exit 1; }
netcore=$(dotnet --list-runtimes | awk -v v="$runtime" '$1 == "Microsoft.NETCore.App" && $2 == v { print $2 }')
[[ -n $netcore ]] || { echo "build-base.sh: no Microsoft.NETCore.App $runtime beside ASP.NET Core's" >&2; exit 1; }
image=localhost/cool-papers-redirector-base:$runtime
if podman image exists "$image"; then
  echo "$image"
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/redirector-base.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root/usr/share/dotnet/host/fxr" "$root/usr/share/dotnet/shared" "$root/etc/ssl/certs" "$root/tmp" "$root/app"
chmod 1777 "$root/tmp"

cp -a "$dotnet_root/dotnet" "$root/usr/share/dotnet/"
cp -a "$dotnet_root/host/fxr/$runtime" "$root/usr/share/dotnet/host/fxr/"
for framework in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
  mkdir -p "$root/usr/share/dotnet/shared/$framework"
  cp -a "$dotnet_root/shared/$framework/$runtime" "$root/usr/share/dotnet/shared/$framework/"
done

# Loaded by name with dlopen, so ldd cannot see them: TLS (to the site, to Redis) and globalisation (the pages'
# languages).
opened=()
for name in libssl.so.3 libcrypto.so.3 libicuuc.so.72 libicui18n.so.72 libicudata.so.72; do
  path=$(ldconfig -p | awk -v n="$name" '$1 == n && /x86-64/ { print $NF; exit }')
  [[ -n $path ]] || { echo "build-base.sh: $name is not installed (apt-get install libssl3 libicu72)" >&2; exit 1; }
  opened+=("$path")
done

# Every library the runtime's binaries and those name, with the paths the loader will look for them at.
mapfile -t binaries < <(find "$root/usr/share/dotnet" -type f \( -name '*.so' -o -name dotnet \))
mapfile -t libraries < <(
  { printf '%s\n' "${opened[@]}"; ldd "${binaries[@]}" "${opened[@]}" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $1 !~ /:$/ { print $1 }'; } | sort -u)
for library in "${libraries[@]}"; do
  mkdir -p "$root$(dirname "$library")"
  cp -L "$library" "$root$library"
done

[[ -f /etc/ssl/certs/ca-certificates.crt ]] && cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:10001:10001:app:/app:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' >"$root/etc/group"

tar -C "$root" --numeric-owner -cf "$work/root.tar" .
podman import --quiet \
  --change 'ENV DOTNET_ROOT=/usr/share/dotnet' \
  --change 'ENV LD_LIBRARY_PATH=/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu' \
  --change 'USER 10001:10001' \
  "$work/root.tar" "$image" >/dev/null
echo "$image"
