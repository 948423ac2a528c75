#!/usr/bin/env python3
"""Check a Regioverkenner bodies registry (docs/registry-format.md, version 1).

Usage:
    check_registry.py [REGISTRY.json] [--data DIR] [--coverage CODE ...] [--quiet]

REGISTRY defaults to resources/data/registry-default.json; DIR (the CBS 2025 TopoJSON
files gemeente/provincie/coropgebied/arbeidsmarktregio_2025.topojson) defaults to
../shared/data/cbs-2025 beside the repository.

What is checked (errors make the exit status 1):
  * the file is UTF-8 JSON without duplicate object keys;
  * top level: format "regioverkenner-register", version 1, title, description,
    regionsYear 2025, bodies; no unknown keys;
  * every body: required keys present, no unknown keys, types and enums exactly as in
    docs/registry-format.md, unique ids matching [a-z0-9-]+, no duplicates in the
    enum arrays;
  * territory: only the keys national/municipalities/divisions/abroad; every code
    exists in the 2025 TopoJSON of its level (GMnnnn, PVnn, CRnn, AMnn); the territory
    holds at least one Dutch municipality or is national;
  * every arbeidsmarktregio is covered by exactly one body of type
    regionaal-werkbedrijf, whose territory is exactly that one AM code.
Warnings (exit status unaffected): national territories that also list codes, a
municipality listed next to a division that already contains it, duplicate names,
implausible founding years.

It prints counts per type, confidence and scale.  --coverage GM0160 lists the bodies
whose territory holds that municipality (membership of municipalities in divisions is
derived from the TopoJSON geometry: an interior point of each municipality is located
in the division polygons).
"""
import argparse
import json
import os
import re
import signal
import sys
from collections import Counter, defaultdict

TYPES = ["economic-board", "gespecialiseerde-board", "strategische-agenda", "rom", "provinciale-ser",
         "regionaal-werkbedrijf", "onderwijssamenwerking", "metropoolregio", "city-deal", "proeftuin",
         "grensoverschrijdend", "programma"]
DOMAINS = ["economie", "onderwijs", "arbeidsmarkt"]
ACTORS = ["gemeenten", "provincie", "rijk", "uwv", "bedrijfsleven", "kennisinstellingen",
          "onderwijsinstellingen", "werkgeversorganisaties", "werknemersorganisaties",
          "maatschappelijke-organisaties"]
ROLES = ["adviserend", "agenderend", "uitvoerend", "financierend"]
STATUS = ["actief", "beëindigd", "onbekend"]
SCALES = ["gemeente", "subregio", "regio", "provincie", "landsdeel", "nationaal", "grensoverschrijdend"]
CONFIDENCE = ["hoog", "middel", "laag"]

TOP_KEYS = {"format", "version", "title", "description", "regionsYear", "bodies"}
REQUIRED = ["id", "name", "type", "domains", "actors", "roles", "status", "territory",
            "territoryBasis", "scale", "source", "confidence"]
OPTIONAL = ["shortName", "subtype", "funding", "fundingPerInhabitant", "founded", "website", "notes"]
TERRITORY_KEYS = {"national", "municipalities", "divisions", "abroad"}
ID_RE = re.compile(r"^[a-z0-9-]+$")
LEVELS = {"GM": "gemeente", "PV": "provincie", "CR": "coropgebied", "AM": "arbeidsmarktregio"}
CODE_RE = {"GM": re.compile(r"^GM\d{4}$"), "PV": re.compile(r"^PV\d{2}$"),
           "CR": re.compile(r"^CR\d{2}$"), "AM": re.compile(r"^AM\d{2}$")}


# ------------------------------------------------------------------ TopoJSON
def load_topo(path):
    """Return {statcode: (statnaam, [rings])} with rings in RD metres."""
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    sc, tr = d["transform"]["scale"], d["transform"]["translate"]
    arcs = []
    for a in d["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in a:
            x += dx
            y += dy
            pts.append((x * sc[0] + tr[0], y * sc[1] + tr[1]))
        arcs.append(pts)

    def ring(idx):
        out = []
        for i in idx:
            p = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(p if not out else p[1:])
        return out

    obj = next(iter(d["objects"].values()))
    feats = {}
    for g in obj["geometries"]:
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        feats[g["properties"]["statcode"]] = (g["properties"]["statnaam"],
                                              [ring(r) for poly in polys for r in poly])
    return feats


def _crossings(rings, y):
    xs = []
    for r in rings:
        n = len(r)
        for i in range(n):
            (x1, y1), (x2, y2) = r[i], r[(i + 1) % n]
            if (y1 > y) != (y2 > y):
                xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    return sorted(xs)


def interior_point(rings):
    """Midpoint of the widest inside-interval over a few horizontal scan lines."""
    ys = [p[1] for r in rings for p in r]
    lo, hi = min(ys), max(ys)
    best = None
    for k in range(1, 10):
        y = lo + (hi - lo) * k / 10 + 0.5
        xs = _crossings(rings, y)
        for i in range(0, len(xs) - 1, 2):
            w = xs[i + 1] - xs[i]
            if best is None or w > best[0]:
                best = (w, ((xs[i] + xs[i + 1]) / 2, y))
    return best[1]


def inside(pt, rings):
    x, y = pt
    c = False
    for r in rings:
        n = len(r)
        for i in range(n):
            (x1, y1), (x2, y2) = r[i], r[(i + 1) % n]
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                c = not c
    return c


class Regions:
    def __init__(self, data_dir):
        self.dir = data_dir
        self.names = {}
        self.geo = {}
        for prefix, lvl in LEVELS.items():
            path = os.path.join(data_dir, lvl + "_2025.topojson")
            feats = load_topo(path)
            self.geo[prefix] = feats
            for code, (name, _) in feats.items():
                self.names[code] = name
        self._members = None

    def exists(self, code):
        return code in self.names

    def members(self):
        """{division code: set of GM codes}, derived from geometry (computed once)."""
        if self._members is None:
            m = defaultdict(set)
            for gm, (_, rings) in self.geo["GM"].items():
                p = interior_point(rings)
                for prefix in ("PV", "CR", "AM"):
                    hits = [c for c, (_, rr) in self.geo[prefix].items() if inside(p, rr)]
                    if len(hits) == 1:
                        m[hits[0]].add(gm)
            self._members = m
        return self._members

    def territory(self, t):
        if t.get("national"):
            return set(self.geo["GM"])
        out = set(t.get("municipalities", []))
        for d in t.get("divisions", []):
            out |= self.members().get(d, set())
        return out


# ------------------------------------------------------------------ checks
class Report:
    def __init__(self, path):
        self.path = path
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append(f"{self.path}: {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{self.path}: {where}: waarschuwing: {msg}")


def no_dup_pairs(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise ValueError(f"dubbele sleutel '{k}'")
        d[k] = v
    return d


def is_str(v, nonempty=True):
    return isinstance(v, str) and (not nonempty or v.strip() != "")


def check_enum_array(rep, where, key, v, allowed, required):
    if not isinstance(v, list):
        rep.err(where, f"'{key}' moet een array zijn")
        return
    if required and len(v) < 1:
        rep.err(where, f"'{key}' moet minstens één waarde hebben")
    for x in v:
        if x not in allowed:
            rep.err(where, f"'{key}' bevat onbekende waarde {x!r} (toegestaan: {', '.join(allowed)})")
    dup = [x for x, n in Counter(v).items() if n > 1 and isinstance(x, str)]
    if dup:
        rep.err(where, f"'{key}' bevat dubbele waarden: {', '.join(dup)}")


def check_territory(rep, where, t, regions):
    if not isinstance(t, dict):
        rep.err(where, "'territory' moet een object zijn")
        return
    for k in t:
        if k not in TERRITORY_KEYS:
            rep.err(where, f"territory: onbekende sleutel '{k}'")
    national = t.get("national", False)
    if not isinstance(national, bool):
        rep.err(where, "territory.national moet true of false zijn")
        national = False
    lists = {}
    for k in ("municipalities", "divisions", "abroad"):
        v = t.get(k, [])
        if not isinstance(v, list) or not all(is_str(x) for x in v):
            rep.err(where, f"territory.{k} moet een array van niet-lege strings zijn")
            v = []
        dup = [x for x, n in Counter(v).items() if n > 1]
        if dup:
            rep.err(where, f"territory.{k} bevat dubbele waarden: {', '.join(dup)}")
        lists[k] = v
    for code in lists["municipalities"]:
        if not CODE_RE["GM"].match(code):
            rep.err(where, f"territory.municipalities: {code!r} is geen gemeentecode GMnnnn")
        elif not regions.exists(code):
            rep.err(where, f"territory.municipalities: {code} bestaat niet in de CBS-indeling 2025")
    for code in lists["divisions"]:
        prefix = code[:2]
        if prefix not in ("PV", "CR", "AM") or not CODE_RE[prefix].match(code):
            rep.err(where, f"territory.divisions: {code!r} is geen PVnn/CRnn/AMnn-code")
        elif not regions.exists(code):
            rep.err(where, f"territory.divisions: {code} bestaat niet in de CBS-indeling 2025")
    if not national and not lists["municipalities"] and not lists["divisions"]:
        rep.err(where, "territory bevat geen Nederlandse gemeente en is niet nationaal")
    if national and (lists["municipalities"] or lists["divisions"]):
        rep.warn(where, "territory is nationaal maar noemt ook gemeenten/indelingen")


def check(path, regions, rep):
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        rep.err("bestand", f"niet te lezen als UTF-8: {e}")
        return None
    try:
        doc = json.loads(text, object_pairs_hook=no_dup_pairs)
    except json.JSONDecodeError as e:
        rep.err(f"regel {e.lineno}, kolom {e.colno}", f"ongeldige JSON: {e.msg}")
        return None
    except ValueError as e:
        rep.err("bestand", str(e))
        return None
    if not isinstance(doc, dict):
        rep.err("top", "het bestand moet een JSON-object zijn")
        return None
    for k in doc:
        if k not in TOP_KEYS:
            rep.err("top", f"onbekende sleutel '{k}'")
    for k in TOP_KEYS:
        if k not in doc:
            rep.err("top", f"sleutel '{k}' ontbreekt")
    if doc.get("format") != "regioverkenner-register":
        rep.err("top", "format moet 'regioverkenner-register' zijn")
    if doc.get("version") != 1 or isinstance(doc.get("version"), bool):
        rep.err("top", "version moet 1 zijn")
    if doc.get("regionsYear") != 2025 or isinstance(doc.get("regionsYear"), bool):
        rep.err("top", "regionsYear moet 2025 zijn (de codes worden gecontroleerd tegen CBS 2025)")
    for k in ("title", "description"):
        if k in doc and not is_str(doc[k]):
            rep.err("top", f"'{k}' moet een niet-lege string zijn")
    bodies = doc.get("bodies")
    if not isinstance(bodies, list):
        rep.err("top", "'bodies' moet een array zijn")
        return None

    ids = Counter()
    names = Counter()
    for i, b in enumerate(bodies):
        where = f"bodies[{i}]"
        if not isinstance(b, dict):
            rep.err(where, "body moet een object zijn")
            continue
        if is_str(b.get("id")):
            where = f"bodies[{i}] ({b['id']})"
        for k in b:
            if k not in REQUIRED and k not in OPTIONAL:
                rep.err(where, f"onbekende sleutel '{k}'")
        for k in REQUIRED:
            if k not in b:
                rep.err(where, f"verplichte sleutel '{k}' ontbreekt")
        if "id" in b:
            if not is_str(b["id"]) or not ID_RE.match(b["id"]):
                rep.err(where, f"id {b['id']!r} voldoet niet aan [a-z0-9-]+")
            else:
                ids[b["id"]] += 1
        for k in ("name", "territoryBasis", "source"):
            if k in b and not is_str(b[k]):
                rep.err(where, f"'{k}' moet een niet-lege string zijn")
        if is_str(b.get("name")):
            names[b["name"]] += 1
        for k in ("shortName", "subtype", "funding", "website", "notes"):
            if k in b and not is_str(b[k]):
                rep.err(where, f"'{k}' moet een niet-lege string zijn als hij voorkomt")
        if "type" in b and b["type"] not in TYPES:
            rep.err(where, f"type {b['type']!r} onbekend (toegestaan: {', '.join(TYPES)})")
        if "status" in b and b["status"] not in STATUS:
            rep.err(where, f"status {b['status']!r} onbekend (toegestaan: {', '.join(STATUS)})")
        if "scale" in b and b["scale"] not in SCALES:
            rep.err(where, f"scale {b['scale']!r} onbekend (toegestaan: {', '.join(SCALES)})")
        if "confidence" in b and b["confidence"] not in CONFIDENCE:
            rep.err(where, f"confidence {b['confidence']!r} onbekend (toegestaan: {', '.join(CONFIDENCE)})")
        if "domains" in b:
            check_enum_array(rep, where, "domains", b["domains"], DOMAINS, True)
        if "actors" in b:
            check_enum_array(rep, where, "actors", b["actors"], ACTORS, True)
        if "roles" in b:
            check_enum_array(rep, where, "roles", b["roles"], ROLES, True)
        if "fundingPerInhabitant" in b:
            v = b["fundingPerInhabitant"]
            if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0):
                rep.err(where, "fundingPerInhabitant moet een niet-negatief getal of null zijn")
        if "founded" in b:
            v = b["founded"]
            if v is not None and (isinstance(v, bool) or not isinstance(v, int)):
                rep.err(where, "founded moet een geheel jaartal of null zijn")
            elif isinstance(v, int) and not 1800 <= v <= 2100:
                rep.warn(where, f"founded {v} is onwaarschijnlijk")
        if "territory" in b:
            check_territory(rep, where, b["territory"], regions)

    for i, n in ids.items():
        if n > 1:
            rep.err("bodies", f"id '{i}' komt {n} keer voor")
    for nm, n in names.items():
        if n > 1:
            rep.warn("bodies", f"naam '{nm}' komt {n} keer voor")

    # every arbeidsmarktregio exactly one regionaal werkbedrijf, with exactly that territory
    am_codes = sorted(c for c in regions.names if c.startswith("AM"))
    cover = defaultdict(list)
    for b in bodies:
        if not isinstance(b, dict) or b.get("type") != "regionaal-werkbedrijf":
            continue
        t = b.get("territory") if isinstance(b.get("territory"), dict) else {}
        divs = t.get("divisions", []) if isinstance(t.get("divisions", []), list) else []
        where = f"body {b.get('id')}"
        if t.get("national") or t.get("municipalities") or len(divs) != 1 or not str(divs[0]).startswith("AM"):
            rep.err(where, "een regionaal-werkbedrijf moet als territory precies één arbeidsmarktregio (AMnn) hebben")
        for d in divs:
            if isinstance(d, str) and d.startswith("AM"):
                cover[d].append(b.get("id"))
    for am in am_codes:
        n = len(cover.get(am, []))
        if n != 1:
            rep.err("werkbedrijven", f"{am} {regions.names[am]} wordt door {n} regionale werkbedrijven gedekt "
                                     f"(verwacht: precies 1){': ' + ', '.join(cover[am]) if n else ''}")
    return doc


def redundancy_warnings(doc, regions, rep):
    m = regions.members()
    for b in doc["bodies"]:
        t = b.get("territory")
        if not isinstance(t, dict) or t.get("national"):
            continue
        inside_div = set()
        for d in t.get("divisions", []):
            inside_div |= m.get(d, set())
        red = sorted(set(t.get("municipalities", [])) & inside_div)
        if red:
            rep.warn(f"body {b.get('id')}", "gemeenten die al in een genoemde indeling liggen: " + ", ".join(red))


def main(argv=None):
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # allow piping into head
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description="Controleer een Regioverkenner-register (registry JSON, versie 1).")
    ap.add_argument("registry", nargs="?", default=os.path.join(repo, "resources", "data", "registry-default.json"))
    ap.add_argument("--data", default=os.path.normpath(os.path.join(repo, "..", "shared", "data", "cbs-2025")),
                    help="map met de CBS-2025 TopoJSON-bestanden")
    ap.add_argument("--coverage", nargs="*", default=[], metavar="CODE",
                    help="toon de samenwerkingsverbanden die deze gemeente(n) dekken")
    ap.add_argument("--quiet", action="store_true", help="geen tellingen, alleen fouten en waarschuwingen")
    args = ap.parse_args(argv)

    try:
        regions = Regions(args.data)
    except (OSError, ValueError, KeyError) as e:
        print(f"check_registry: kan de CBS-2025-indelingen niet lezen uit {args.data}: {e}", file=sys.stderr)
        return 2
    rep = Report(args.registry)
    doc = check(args.registry, regions, rep)
    if doc is not None and not rep.errors:
        redundancy_warnings(doc, regions, rep)

    for w in rep.warnings:
        print(w, file=sys.stderr)
    for e in rep.errors:
        print(e, file=sys.stderr)

    if doc is not None and isinstance(doc.get("bodies"), list) and not args.quiet:
        bodies = [b for b in doc["bodies"] if isinstance(b, dict)]
        print(f"{len(bodies)} samenwerkingsverbanden")
        for title, key, order in (("per type", "type", TYPES), ("per betrouwbaarheid", "confidence", CONFIDENCE),
                                  ("per schaal", "scale", SCALES), ("per status", "status", STATUS)):
            c = Counter(b.get(key) for b in bodies)
            print(f"  {title}: " + ", ".join(f"{k} {c[k]}" for k in order if c[k]))
        nat = sum(1 for b in bodies if isinstance(b.get("territory"), dict) and b["territory"].get("national"))
        abroad = sum(1 for b in bodies if isinstance(b.get("territory"), dict) and b["territory"].get("abroad"))
        print(f"  nationaal: {nat}, met buitenlands deel: {abroad}")

    if doc is not None and args.coverage:
        for code in args.coverage:
            if not code.startswith("GM") or not regions.exists(code):
                print(f"{code}: geen gemeentecode uit de CBS-indeling 2025", file=sys.stderr)
                continue
            hits = [b for b in doc["bodies"] if isinstance(b, dict) and isinstance(b.get("territory"), dict)
                    and code in regions.territory(b["territory"])]
            print(f"{code} {regions.names[code]}: {len(hits)} samenwerkingsverbanden")
            for b in sorted(hits, key=lambda b: (SCALES.index(b["scale"]) if b.get("scale") in SCALES else 99, b["id"])):
                ab = b["territory"].get("abroad") or []
                print(f"  [{b.get('scale')}] {b.get('type')}: {b.get('name')} "
                      f"({'/'.join(b.get('domains', []))}{'; + ' + ', '.join(ab) if ab else ''})")

    if rep.errors:
        print(f"{len(rep.errors)} fout(en), {len(rep.warnings)} waarschuwing(en)", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"in orde ({len(rep.warnings)} waarschuwing(en))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
