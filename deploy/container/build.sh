#!/usr/bin/env bash
# Builds the service's container image with podman, offline (no registry is asked for anything):
#
#   deploy/container/build.sh [image name]     default localhost/cool-papers-redirector:latest
#
# It publishes the service (framework-dependent, Release), builds the base image if podman does not have it
# (build-base.sh) and builds deploy/container/Containerfile on it. Run it from anywhere in the checkout.
set -euo pipefail
cd "$(dirname "$0")/../.."
image=${1:-localhost/cool-papers-redirector:latest}
command -v podman >/dev/null || { echo "build.sh: podman is required (apt-get install podman runc)" >&2; exit 1; }

base=$(bash deploy/container/build-base.sh)
context=$(mktemp -d "${TMPDIR:-/tmp}/redirector-image.XXXXXX")
trap 'rm -rf "$context"' EXIT
dotnet publish service -c Release -o "$context/app" --nologo -v quiet -p:UseAppHost=false >"$context/publish.log" 2>&1 \
  || { cat "$context/publish.log" >&2; echo "build.sh: dotnet publish failed" >&2; exit 1; }
rm -f "$context/app/"*.pdb
podman build --quiet --build-arg "BASE=$base" -f deploy/container/Containerfile -t "$image" "$context" >/dev/null
echo "$image"
