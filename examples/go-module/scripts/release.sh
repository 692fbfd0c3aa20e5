#!/usr/bin/env bash
# Builds the wordfreq binary into dist/ for the version given as $1.
set -euo pipefail

version="${1:?usage: release.sh VERSION}"
mkdir -p dist
go build -ldflags "-X main.version=${version}" -o "dist/wordfreq-${version}" ./cmd/wordfreq
echo "built dist/wordfreq-${version}"
