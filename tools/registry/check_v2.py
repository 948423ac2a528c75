#!/usr/bin/env python3
"""Check a Regioverkenner registry of format version 2 and write a version-1 copy.

Usage:
    check_v2.py [REGISTRY.json] [--data DIR] [--v1-out FILE] [--quiet]

REGISTRY defaults to resources/data/registry-default.json; DIR (the CBS 2025 TopoJSON files)
defaults to ../shared/data/cbs-2025 beside the repository.

Version 2 = version 1 plus optional keys (docs/registry-format.md, "versie 2"):
  body:       ended, legalForm + legalFormSource, oversight + oversightSource,
              fundingSources + fundingSourcesSource
  territory:  kind ("gebied" | "locaties"); a body may have no Dutch municipality when
              "abroad" is non-empty.
Absent or null = unknown.

What is checked (errors make the exit status 1):
  * everything check_registry.py checks for version 1 (enums, required keys, unique ids,
    codes that exist in the 2025 TopoJSON, one werkbedrijf per arbeidsmarktregio), except that
    version 2 and the keys above are allowed;
  * the new keys: allowed values, no repeats, "geen" alone, a non-empty *Source string
    whenever the value is set (and no *Source without a value), "ended" only with status
    "beëindigd" and not before "founded";
  * every "source" free of the word "seed"; "national": true with "kind": "locaties" is
    allowed, "locaties" with confidence "hoog" is not;
  * with --seeds DIR (default ../shared/seeds beside the repository, when it exists): every
    fragment between single quotes in name, territoryBasis, notes, source, funding and the
    *Source fields occurs word for word in one of the source texts (a paraphrase is never
    quoted).

--regio BIN runs `BIN coverage --registry <v1 copy> --region GM0160` so the existing program
loads the copy too (exit status 0 required).

--v1-out FILE writes a version-1 copy for the existing loader: the new keys stripped, bodies
without a Dutch municipality (abroad only) dropped, "version": 1. That copy is then checked with
check_registry.py's version-1 rules as well.
"""
import argparse
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_registry as v1  # noqa: E402

LEGAL_FORMS = ["gemeenschappelijke-regeling", "stichting", "vereniging", "bv", "nv", "zbo", "egts",
               "convenant", "informeel-netwerk"]
OVERSIGHT = ["gemeenteraden", "provinciale-staten", "geen"]
FUNDING = ["gemeenten", "provincie", "rijk", "efro", "esf", "bedrijven", "onderwijsinstellingen", "overig"]
KINDS = ["gebied", "locaties"]
NEW_BODY_KEYS = ["ended", "legalForm", "legalFormSource", "oversight", "oversightSource",
                 "fundingSources", "fundingSourcesSource"]


def check_v2(doc, rep):
    bodies = doc.get("bodies", [])
    for i, b in enumerate(bodies):
        where = f"$.bodies[{i}]"
        bid = b.get("id", "?")

        def err(msg):
            rep.err(f"{where} ({bid})", msg)

        if "seed" in str(b.get("source", "")).lower():
            err("'source' noemt 'seed'; schrijf de bron zoals een gebruiker die citeert")
        ended = b.get("ended")
        if ended is not None:
            if not isinstance(ended, int) or isinstance(ended, bool) or not 1800 <= ended <= 2100:
                err(f"'ended' is geen plausibel jaar: {ended!r}")
            elif b.get("status") != "beëindigd":
                err("'ended' gezet maar status is niet 'beëindigd'")
            elif isinstance(b.get("founded"), int) and ended < b["founded"]:
                err("'ended' ligt voor 'founded'")

        def pair(key, allowed, is_list):
            val = b.get(key)
            src = b.get(key + "Source")
            if val is None:
                if src not in (None, ""):
                    err(f"'{key}Source' zonder '{key}'")
                return
            if is_list:
                if not isinstance(val, list) or not val:
                    err(f"'{key}' moet een niet-lege lijst zijn")
                    return
                for v in val:
                    if v not in allowed:
                        err(f"onbekende waarde in '{key}': {v!r}")
                if len(set(val)) != len(val):
                    err(f"herhaalde waarde in '{key}'")
                if key == "oversight" and "geen" in val and len(val) > 1:
                    err("'geen' in 'oversight' mag niet met andere waarden samen")
            elif val not in allowed:
                err(f"onbekende '{key}': {val!r}")
            if not isinstance(src, str) or not src.strip():
                err(f"'{key}' gezet zonder '{key}Source'")
            elif "seed" in src.lower():
                err(f"'{key}Source' noemt 'seed'")

        pair("legalForm", LEGAL_FORMS, False)
        pair("oversight", OVERSIGHT, True)
        pair("fundingSources", FUNDING, True)

        t = b.get("territory", {})
        kind = t.get("kind")
        if kind is not None and kind not in KINDS:
            err(f"onbekende territory.kind {kind!r}")
        if kind == "locaties" and b.get("confidence") == "hoog":
            err("een gebied dat alleen vestigingsplaatsen aangeeft kan geen betrouwbaarheid 'hoog' hebben")


QUOTED_KEYS = ("name", "shortName", "subtype", "territoryBasis", "notes", "source", "funding",
               "legalFormSource", "oversightSource", "fundingSourcesSource")
QUOTE_RE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\())'([^']{4,}?)'(?=[\s,.;:)]|$)")


def _norm(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"-\s*\n\s*", "", text)  # words hyphenated over a line break
    return re.sub(r"\s+", " ", text).lower()


def check_quotes(doc, seeds_dir, rep):
    texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(seeds_dir, "*.txt")))]
    if not texts:
        return
    corpus = _norm(" ".join(texts))
    corpus_nohyphen = corpus.replace("-", "")
    for i, b in enumerate(doc.get("bodies", [])):
        for key in QUOTED_KEYS:
            value = b.get(key)
            if not isinstance(value, str):
                continue
            for q in QUOTE_RE.findall(value):
                n = _norm(q)
                if n not in corpus and n.replace("-", "") not in corpus_nohyphen:
                    rep.err(f"$.bodies[{i}].{key} ({b.get('id', '?')})",
                            f"citaat '{q}' staat niet letterlijk in de bronteksten")


def to_v1(doc):
    out = dict(doc)
    out["version"] = 1
    bodies = []
    for b in doc["bodies"]:
        t = b["territory"]
        if not t.get("national") and not t.get("municipalities") and not t.get("divisions"):
            continue  # abroad only: version 1 cannot hold it
        c = {k: v for k, v in b.items() if k not in NEW_BODY_KEYS}
        c["territory"] = {k: v for k, v in t.items() if k != "kind"}
        bodies.append(c)
    out["bodies"] = bodies
    return out


def main(argv=None):
    repo = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    ap = argparse.ArgumentParser(description="Controleer een register van formaatversie 2.")
    ap.add_argument("registry", nargs="?", default=os.path.join(repo, "resources", "data", "registry-default.json"))
    ap.add_argument("--data", default=os.path.normpath(os.path.join(repo, "..", "shared", "data", "cbs-2025")))
    ap.add_argument("--v1-out", default=None)
    ap.add_argument("--seeds", default=os.path.normpath(os.path.join(repo, "..", "shared", "seeds")))
    ap.add_argument("--regio", default=None, help="the regio binary: let it load the version-1 copy")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    with open(args.registry, encoding="utf-8") as f:
        doc = json.load(f, object_pairs_hook=v1.no_dup_pairs)
    rep = v1.Report(args.registry)
    if doc.get("version") != 2:
        rep.err("$.version", f"verwacht 2, gevonden {doc.get('version')!r}")
    check_v2(doc, rep)
    if os.path.isdir(args.seeds):
        check_quotes(doc, args.seeds, rep)

    # Version-1 rules on a stripped copy (abroad-only bodies kept out: v1 cannot hold them).
    v1doc = to_v1(doc)
    v1path = args.v1_out or os.path.join("/tmp", "registry-v1-check.json")
    with open(v1path, "w", encoding="utf-8") as f:
        json.dump(v1doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    regions = v1.Regions(args.data)
    rep1 = v1.Report(v1path)
    v1.check(v1path, regions, rep1)

    if args.regio:
        import subprocess
        run = subprocess.run([args.regio, "coverage", "--registry", v1path, "--region", "GM0160", "--format", "json"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            rep.err("regio", f"{args.regio} coverage weigert de versie-1-kopie: {run.stderr.strip()}")
        elif not args.quiet:
            print(f"regio coverage --registry {v1path}: gelukt")

    dropped = len(doc["bodies"]) - len(v1doc["bodies"])
    for e in rep.errors + rep1.errors:
        print("FOUT:", e)
    for w in rep1.warnings:
        if not args.quiet:
            print("waarschuwing:", w)
    if not args.quiet:
        print(f"{len(doc['bodies'])} verbanden (versie 2); versie-1-kopie {v1path}: "
              f"{len(v1doc['bodies'])} verbanden ({dropped} alleen buitenland weggelaten)")
        from collections import Counter
        for key in ("legalForm",):
            print(key + ":", dict(Counter(b.get(key) or "onbekend" for b in doc["bodies"])))
        print("oversight:", dict(Counter(",".join(b["oversight"]) if b.get("oversight") else "onbekend"
                                          for b in doc["bodies"])))
        print("fundingSources bekend:", sum(1 for b in doc["bodies"] if b.get("fundingSources")))
        print("kind locaties:", [b["id"] for b in doc["bodies"] if b["territory"].get("kind") == "locaties"])
    return 1 if rep.errors or rep1.errors else 0


if __name__ == "__main__":
    sys.exit(main())
