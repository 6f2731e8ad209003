#!/usr/bin/env bash
# Runs every LcPeers test on a fresh machine: installs what the tests need, builds, checks formatting,
# runs all test projects, and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log_dir="artifacts/test-logs"
mkdir -p "$log_dir"

install_apt_packages() {
  # Browser tests drive Debian's Chromium; install it when missing (apt's lock can be held briefly: retry).
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "apt-get not found: install ${missing[*]} by hand" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  for attempt in 1 2 3 4 5; do
    if $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; then
      return 0
    fi
    echo "apt-get failed (attempt $attempt), retrying..." >&2
    sleep 3
  done
  return 1
}

extra_failed=0
# The web UI's browser tests (tests/LcPeers.Web.Tests) drive Debian's Chromium through Playwright; Liberation fonts
# give its screenshots readable text. LCPEERS_APT_PACKAGES adds more packages when a test needs them.
install_apt_packages chromium fonts-liberation ${LCPEERS_APT_PACKAGES:-} || extra_failed=$((extra_failed + 1))

dotnet tool restore >/dev/null || { echo "0 passed, 1 failed"; exit 1; }

if ! dotnet build LcPeers.sln -c Release >"$log_dir/build.log" 2>&1; then
  grep -E "error" "$log_dir/build.log" | sort -u | head -40
  echo "Build failed; see $log_dir/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi

# Formatting is part of the build's hygiene: a change that 'dotnet format' would rewrite counts as one failure.
if dotnet format LcPeers.sln --verify-no-changes --no-restore >"$log_dir/format.log" 2>&1; then
  format_passed=1
else
  echo "dotnet format found changes to make; see $log_dir/format.log"
  format_passed=0
  extra_failed=$((extra_failed + 1))
fi

dotnet test --solution LcPeers.sln -c Release --no-build 2>&1 | tee "$log_dir/test.log"
test_status=${PIPESTATUS[0]}

# The release artefact: publish once and start the published app as App Service would (no SDK, no 'dotnet run'),
# in Production, against a temporary SQLite file; it must answer /health/ready and its own --health-check.
smoke_passed=0
smoke() {
  local publish_dir="artifacts/publish" tmp pid url port
  dotnet publish src/LcPeers.Api/LcPeers.Api.csproj -c Release --no-build -o "$publish_dir" >"$log_dir/publish.log" 2>&1 || { echo "publish failed"; return 1; }
  tmp=$(mktemp -d)
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:0 \
    Auth__Mode=AzureAd AzureAd__TenantId=smoke.onmicrosoft.com AzureAd__ClientId=00000000-0000-0000-0000-000000000001 \
    Database__Provider=Sqlite Database__SqlitePath="$tmp/smoke.db" Email__PickupDirectory="$tmp/mail" Email__Smtp__Host=127.0.0.1 \
    bash -c "cd '$publish_dir' && exec dotnet LcPeers.Api.dll" >"$log_dir/smoke.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log_dir/smoke.log" | head -1)
    [ -n "$url" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  local ok=1
  if [ -n "$url" ]; then
    port=${url##*:}
    for _ in $(seq 1 20); do
      if [ "$(curl -fsS "$url/health/ready" 2>/dev/null)" = "Healthy" ]; then ok=0; break; fi
      sleep 0.5
    done
    if [ $ok -eq 0 ]; then
      (cd "$publish_dir" && ASPNETCORE_HTTP_PORTS=$port dotnet LcPeers.Api.dll --health-check) || ok=1
    fi
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  rm -rf "$tmp"
  [ $ok -eq 0 ] && echo "release smoke test: the published app served /health/ready" || { echo "release smoke test failed; see $log_dir/smoke.log"; tail -20 "$log_dir/smoke.log"; }
  return $ok
}
if smoke; then smoke_passed=1; else extra_failed=$((extra_failed + 1)); fi

succeeded=$(grep -E '^\s*succeeded: [0-9]+' "$log_dir/test.log" | tail -1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s*failed: [0-9]+' "$log_dir/test.log" | tail -1 | grep -oE '[0-9]+')
succeeded=${succeeded:-0}
failed=${failed:-0}
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the runner failed without counting a failed test (a crash, no tests found)
fi

passed=$((succeeded + format_passed + smoke_passed))
failed=$((failed + extra_failed))
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
