# Sourced by ./dev: ./dev sdk, and the SDK types generator that the tests' drift check uses too.
# shellcheck shell=bash

# sdk_types URL [--check] : regenerates (or checks) clients/sdk/src/generated/api.d.ts from the API's OpenAPI document
sdk_types() {
  (cd "$ROOT/clients/sdk" && node scripts/generate.mjs --url "$1/swagger/v1/swagger.json" "${@:2}")
}

cmd_sdk() {
  ensure_tools; restore
  build_dotnet
  step "Regenerating clients/sdk/src/generated/error-codes.ts from the API's *Problems classes"
  UNIONHUB_WRITE_ERROR_CODES=1 dotnet test "$ROOT/tests/UnionHub.UnitTests/UnionHub.UnitTests.csproj" -c "$CONFIGURATION" --no-build \
    --filter "FullyQualifiedName~ErrorCodesTests" >/dev/null || die "writing error-codes.ts failed: dotnet test --filter ErrorCodesTests"
  if [[ -n "${UNIONHUB_API_URL:-}" ]]; then
    step "Regenerating the SDK types from $UNIONHUB_API_URL"
    sdk_types "$UNIONHUB_API_URL"; return 0
  fi
  test_db
  start_test_api unionhub_sdk || die "the API did not start (log above)"
  step "Regenerating clients/sdk/src/generated/api.d.ts from the OpenAPI document"
  sdk_types "$TEST_API_URL"
  info "commit clients/sdk/src/generated/api.d.ts with the API change that caused it"
}
