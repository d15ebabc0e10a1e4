#!/bin/sh
# Regenerates the pprof outputs beside this folder from the case descriptions (*.txt).
# Needs Go (1.19 was used: Debian's golang-go); builds offline against the copy of pprof's
# `profile` package that Go vendors for `go tool pprof` itself.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cases=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/main.go" "$here/go.mod" "$work/"
mkdir "$work/profile"
cp "$(go env GOROOT)"/src/cmd/vendor/github.com/google/pprof/profile/*.go "$work/profile/"
sed -i 's#"github.com/google/pprof/profile"#"pprofgen/profile"#' "$work"/profile/*.go
(cd "$work" && GOFLAGS=-mod=mod GOPROXY=off go build -o pprofgen .)
(cd "$cases" && python3 "$here/cases.py")   # rewrites the generated *.txt (reference.txt is by hand)
for f in "$cases"/*.txt; do
  b=${f%.txt}
  "$work/pprofgen" < "$f" > "$work/p.pb.gz"
  TZ=UTC go tool pprof -top "$work/p.pb.gz" > "$b.top" 2>/dev/null
  TZ=UTC go tool pprof -top -cum "$work/p.pb.gz" > "$b.topcum" 2>/dev/null
done
"$work/pprofgen" < "$cases/hot.txt" > "$work/p.pb.gz"
TZ=UTC go tool pprof -top -nodecount=5 "$work/p.pb.gz" > "$cases/hot.top5" 2>/dev/null
TZ=UTC go tool pprof -top -cum -nodecount=5 "$work/p.pb.gz" > "$cases/hot.topcum5" 2>/dev/null
