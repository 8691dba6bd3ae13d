-- wrk script: POST claims (or GET with method=GET), rotating member tokens from tokens.txt.
-- env: BENCH_TOKENS (file), BENCH_PATH, BENCH_METHOD (POST|GET)
local tokens = {}
local path = os.getenv("BENCH_PATH")
local method = os.getenv("BENCH_METHOD") or "POST"
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  counter = (id or 1) * 7919
end

function request()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  return wrk.format(method, path, { ["Authorization"] = "Bearer " .. token, ["Content-Length"] = (method == "POST") and "0" or nil })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p99_ms=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
