-- wrk script for GETs as members (./dev bench: GET /api/v1/perks): each request carries the next member's bearer
-- token, as the member app sends it. env BENCH_TOKENS: a file with one member JWT a line. The path is wrk's URL.
local tokens = {}
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  counter = (id or 1) * 7919
end

function request()
  counter = counter + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1], ["Accept"] = "application/json" })
end
