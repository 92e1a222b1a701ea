"""What the benchmark's scripts share: the questions, their variables, GraphQL posts, ID formats,
and the normal form in which answers of Parley, PostGraphile and the raw SQL are compared."""
import base64, glob, ipaddress, json, os, socket, sys, urllib.error, urllib.parse, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))

# The benchmark's questions.
QUESTIONS = {
    "a": "official by ID",
    "b": "50 latest meetings + participants",
    "c": "20 officials x 10 statements + articles",
    "d": "meetings between 2 countries + count",
    "e": "search: 10 best statements + speaker",
    "f": "country > officials > meetings > statements",
    "g": "(b) + days since the previous meeting",
    "h": "topic page: 20 statements + speakers + articles",
    "i": "article page: mentions + forums + topics",
    "j": "network of countries",
    "k": "statements per topic",
}
DEFAULT_QUESTIONS = "abcdefghijk"

# Which variable of a question holds an ID of which type: (a) a random official per request.
ID_VARS = {"a": {"id": "Official"}, "d": {"a": "Country", "b": "Country"}, "f": {"id": "Country"}}


def die(msg):
    print("ERROR: " + msg, file=sys.stderr)
    sys.exit(2)


def assert_loopback(host):
    try:
        addrs = {ai[4][0] for ai in socket.getaddrinfo(host, None)}
    except socket.gaierror as e:
        die(f"cannot resolve {host}: {e}")
    for a in addrs:
        if not ipaddress.ip_address(a.split("%")[0]).is_loopback:
            die(f"refusing to target non-loopback address {a} ({host})")


def gid(type_, n):
    """Parley's opaque ID: base64url without padding of 'Type:<db id>' (org.parley.graphql.GlobalId)."""
    return base64.urlsafe_b64encode(f"{type_}:{n}".encode()).decode().rstrip("=")


def id_style(server):
    """How a server takes IDs: Parley's global IDs, or PostGraphile's rowId (BigInt, as a string)."""
    return "plain" if server.startswith("postgraphile") else "global"


def encode_id(style, type_, n):
    return gid(type_, n) if style == "global" else str(n)


def variables(letter, style, values):
    """GraphQL variables of a question; values: db ids, e.g. {'id': 5} or {'a': 2, 'b': 3}."""
    return {k: encode_id(style, ID_VARS[letter][k], v) for k, v in values.items()} or None


def question_file(directory, letter, ext):
    found = glob.glob(os.path.join(directory, f"{letter}_*.{ext}"))
    return found[0] if len(found) == 1 else None


def post(url, body, timeout=30):
    req = urllib.request.Request(url, data=body.encode() if isinstance(body, str) else body, method="POST",
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, OSError) as e:   # refused, reset, timed out: no HTTP answer
        return 0, f"no answer: {e}".encode()


# PostGraphile's field names -> Parley's, for the normal form.
RENAMES = {
    "rowId": "id", "officialByRowId": "official", "countryByRowId": "country",
    "countryByCountryId": "country", "forumByForumId": "forum", "officialByOfficialId": "official",
    "meetingsNewestFirst": "meetings", "meetingsBetween": "meetings", "allOfficials": "officials",
    "meetingParticipantsByMeetingId": "participants", "statementArticlesByStatementId": "articles",
    "officialsByCountryId": "officials", "searchStatements": "search", "officialBySpeakerId": "speaker",
}
# a junction row of PostGraphile stands for the row it points to; a search hit of Parley with only its
# node selected stands for that node
UNWRAP = {"articleByArticleId", "node"}


def canon(x, key=None):
    """Normal form: connections {nodes: [...]} become lists, PostGraphile's names become Parley's,
    IDs (Parley's opaque ones and PostGraphile's BigInt strings) become database ids."""
    if isinstance(x, dict):
        if set(x) == {"nodes"}:
            return canon(x["nodes"])
        if len(x) == 1 and next(iter(x)) in UNWRAP:
            return canon(next(iter(x.values())))
        return {RENAMES.get(k, k): canon(v, RENAMES.get(k, k)) for k, v in x.items()}
    if isinstance(x, list):
        return [canon(v) for v in x]
    if key == "id" and isinstance(x, str):
        if x.isdigit():
            return int(x)
        try:
            raw = base64.urlsafe_b64decode(x + "=" * (-len(x) % 4)).decode()
            return int(raw.split(":", 1)[1])
        except (ValueError, IndexError, UnicodeDecodeError):
            return x
    return x


def first_diff(a, b, path="$"):
    """Where two normal forms differ first (for a readable failure)."""
    if type(a) != type(b):
        return f"{path}: {json.dumps(a)[:200]} vs {json.dumps(b)[:200]}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: missing on one side"
            d = first_diff(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        for i, (u, v) in enumerate(zip(a, b)):
            d = first_diff(u, v, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {json.dumps(a)[:200]} vs {json.dumps(b)[:200]}"
