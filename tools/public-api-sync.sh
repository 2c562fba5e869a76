#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# and drops declared symbols that no longer exist (RS0017). Review the diff: every line is a public API change.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/WildTrace.Detection/WildTrace.Detection.csproj
file=src/WildTrace.Detection/PublicAPI.Unshipped.txt
log=$(dotnet build "$project" --no-incremental -nologo 2>&1 || true)
grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" <<<"$log" | sort -u >>"$file" || true
grep -oP "error RS0017: Symbol '\K.*(?=' is part of the declared API, but)" <<<"$log" | sort -u | while IFS= read -r gone; do
  grep -vxF -- "$gone" "$file" >"$file.tmp" || true
  mv "$file.tmp" "$file"
done
{ head -n 1 "$file"; tail -n +2 "$file" | sort -u; } >"$file.tmp" && mv "$file.tmp" "$file"
dotnet build "$project" -nologo 2>&1 | grep -E "error|Build succeeded" | sort -u | head -20
