-- wrk script: POST a GraphQL request body and count GraphQL-level errors.
--   wrk -t1 -c16 -d20s --latency -s post.lua URL -- BODY_FILE [MAX_ID [TYPE]]
-- BODY_FILE: JSON body ({"query":...,"variables":...}).
-- MAX_ID: if given, the literal "__ID__" (with quotes) in the body is replaced per request by a
--         random id in 1..MAX_ID (deterministic seed per thread), as a JSON string.
-- TYPE:   if given, that id is sent as the server's opaque global ID: base64url without padding
--         of "TYPE:<id>" (Parley's ID scheme); otherwise as the plain number in a string.
local threads = {}
local counter = 0

function setup(thread)          -- runs in the main Lua state, once per wrk thread
  counter = counter + 1
  thread:set("tid", counter)    -- becomes the global "tid" in that thread's Lua state
  table.insert(threads, thread)
end

local B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

local function base64url(s)     -- RFC 4648 section 5, no padding
  local out, n = {}, #s
  for i = 1, n, 3 do
    local a, b, c = s:byte(i, i + 2)
    local v = a * 65536 + (b or 0) * 256 + (c or 0)
    local chars = (b == nil) and 2 or ((c == nil) and 3 or 4)
    for k = 1, chars do
      local idx = math.floor(v / 2 ^ (18 - 6 * (k - 1))) % 64
      out[#out + 1] = B64:sub(idx + 1, idx + 1)
    end
  end
  return table.concat(out)
end

local prefix, suffix, ids

function init(args)
  local f = assert(io.open(args[1], "rb"))
  local body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  wrk.body = body
  responses, errors, bad_status, bytes = 0, 0, 0, 0
  local max_id = tonumber(args[2])
  if max_id then
    local s, e = body:find('"__ID__"', 1, true)
    assert(s, "MAX_ID given but body has no \"__ID__\" placeholder")
    prefix, suffix = body:sub(1, s - 1), body:sub(e + 1)
    ids = {}                    -- precomputed, so a request costs a table lookup
    for i = 1, max_id do
      ids[i] = '"' .. (args[3] and base64url(args[3] .. ":" .. i) or tostring(i)) .. '"'
    end
    math.randomseed(12345 + (tid or 0))
    request = function()
      return wrk.format(nil, nil, nil, prefix .. ids[math.random(1, max_id)] .. suffix)
    end
  end
end

function response(status, headers, body)
  responses = responses + 1
  bytes = bytes + #body
  if status ~= 200 then
    bad_status = bad_status + 1
    errors = errors + 1
  elseif body:find('"errors":', 1, true) or not body:find('"data":', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local r, e, b, by = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    r = r + (t:get("responses") or 0)
    e = e + (t:get("errors") or 0)
    b = b + (t:get("bad_status") or 0)
    by = by + (t:get("bytes") or 0)
  end
  io.write(string.format("RESULT responses=%d graphql_errors=%d bad_status=%d body_bytes=%d\n", r, e, b, by))
  io.write(string.format("RESULT requests=%d duration_us=%d socket_errors=%d\n", summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("RESULT p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.1f\n",
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
