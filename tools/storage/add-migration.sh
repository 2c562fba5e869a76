#!/usr/bin/env bash
# Adds a migration to BOTH providers (SQLite and PostgreSQL) from the current model: tools/storage/add-migration.sh NAME
# Until the first release, a conflicting merge of migrations is resolved by regenerating them:
#   rm -r src/WildTrace.Storage/Migrations && tools/storage/add-migration.sh Initial
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?usage: add-migration.sh NAME}
dotnet tool restore >/dev/null
dotnet build src/WildTrace.Storage -nologo -v q >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/WildTrace.Storage \
    --context "${provider}WildTraceDb" --output-dir "Migrations/${provider}"
done
