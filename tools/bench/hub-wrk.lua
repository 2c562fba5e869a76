-- POST one listing per request, authenticated with the key in WILDTRACE_KEY, and print one machine-readable line.
-- Used by tools/bench/hub-wrk.sh for both /api/v1/scan and the /api/v1/echo baseline, so both carry the same body.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("WILDTRACE_KEY")
wrk.body = os.getenv("WILDTRACE_BODY")

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, errors))
end
