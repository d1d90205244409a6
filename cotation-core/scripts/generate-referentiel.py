#!/usr/bin/env python3
"""Generate the national commune / EPCI registry of France (metropolitan and overseas).

What it does
    Fetches a pinned version of the npm package ``@etalab/decoupage-administratif``
    with ``npm pack``, extracts it in a temporary directory, reads
    ``data/communes.json`` and ``data/epci.json`` and writes, deterministically
    (sorted rows, UTF-8, LF line endings, RFC 4180 quoting through the csv module,
    gzip without time stamp or file name):

    * ``communes.csv.gz``  code_insee,nom,type,commune_parente,departement,region,epci_siren,population
        - every current commune (type COM) of France, metropolitan and overseas
          (DROM and the collectivités d'outre-mer the code officiel géographique lists);
        - every municipal arrondissement (ARM), delegated commune (COMD) and
          associated commune (COMA), with ``commune_parente`` = the parent's INSEE
          code and ``epci_siren`` = the parent's EPCI.
      ``epci_siren`` is empty for a commune in no EPCI, ``population`` is empty
      when the data gives none (always the case for COMD / COMA).
      NB: the chef-lieu of a "commune nouvelle" keeps its code, so a COMD row can
      share its ``code_insee`` with its parent COM row (e.g. 04033): the key of a
      row is (code_insee, type).
    * ``anciens-codes.csv``  ancien_code,commune_actuelle
        every former INSEE code the data lists for a current commune
        (``anciensCodes``: communes merged into a commune nouvelle, or renumbered)
        that is neither a current commune nor a COMD / COMA row, mapped to the
        current commune that took it over.
    * ``epci.csv``      siren,nom,nature,nombre_communes,population
        one row per EPCI à fiscalité propre; ``nature`` is the data's EPCI type
        (METRO, CA, CC, CU, MET69 for the Métropole de Lyon, ...); the count is over
        COM rows; ``population`` is the EPCI's ``populationMunicipale``.
    * ``communes.colonnes.gz`` the same registry as the three files above, in the
      column layout the library reads (the CSV files stay the readable source):
      big-endian, gzip without time stamp, after the 8-byte magic ``COTCOL1\n``:
        int n, then for the n current communes and arrondissements (COM, ARM) in
        code order: int[n] code (the INSEE code read in base 36), int[n]
        population (-1 when none), short[n] EPCI index (-1 when none), short[n]
        département index, int[n+1] offsets of the names in a UTF-8 block, int
        length and the block;
        int e, then int[e] SIREN of each EPCI, int[e+1] offsets of the EPCI names,
        int length and the block;
        short d, then d times (byte length, ASCII code of the département);
        int m, then int[m] former codes (COMD, COMA, then old codes not listed,
        first mapping kept, current communes left out) sorted, int[m] the current
        commune of each.
      Loading it is decompressing and copying arrays: no line to cut, no object
      per row (a commune's record is made when it is first looked up).
    * ``source.properties`` package, version, millésime of the code officiel
      géographique, licence, generator, counts.

    The EPCI of a commune is taken from the ``membres`` lists of epci.json (the
    6.x communes.json carries no ``codeEpci`` field); if a ``codeEpci`` field is
    present it is cross-checked against ``membres``.

    This registry replaced the PACA-only one the same script wrote into
    cotation-rules-paca until December 2026 (same source, same columns but
    ``nombre_communes_paca``).

Source
    npm package @etalab/decoupage-administratif
    (https://github.com/datagouv/decoupage-administratif), built from the INSEE
    Code officiel géographique, the DGCL list of EPCI à fiscalité propre and the
    INSEE populations légales.

Licence
    The package is published under the MIT licence (package.json ``license``);
    its README states the data itself is under the Licence Ouverte / Open
    Licence (Etalab) and the code under MIT. Both allow redistribution with
    attribution.

How to run (from the repository root, needs python3 >= 3.8 and npm on PATH)
    python3 cotation-core/scripts/generate-referentiel.py
    python3 cotation-core/scripts/generate-referentiel.py --version 6.0.0 --millesime 2026
    python3 cotation-core/scripts/generate-referentiel.py --tarball path/to/etalab-decoupage-administratif-6.0.0.tgz
    python3 cotation-core/scripts/generate-referentiel.py --colonnes-depuis-csv
        (only communes.colonnes.gz, from the committed CSV files, without npm)
    Options: --output-dir DIR (default: cotation-core's
    src/main/resources/cotation/referentiel/france), --check (compare with the
    files on disk, write nothing, exit 1 if they differ).
"""

import argparse
import base64
import csv
import gzip
import hashlib
import io
import json
import os
import subprocess
import struct
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict

PACKAGE = "@etalab/decoupage-administratif"
# Newest version on the npm registry when this script was written
# (`npm view @etalab/decoupage-administratif version`, millésime 2026).
DEFAULT_VERSION = "6.0.0"
# dist.integrity of the pinned version; checked when that version is used.
PINNED_INTEGRITY = {
    "6.0.0": "sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ==",
}
# Millésime of the code officiel géographique of each package version (the package README's table
# "Millésimes et versions de package").
MILLESIMES = {"6.0.0": "2026", "5.3.0": "2025", "4.1.0": "2024", "3.1.1": "2023"}
LICENCE = "MIT"
DATA_LICENCE = "Licence Ouverte / Open Licence (Etalab)"
PERIMETRE = "france"
GENERATED_BY = "cotation-core/scripts/generate-referentiel.py"

TYPE_MAP = {
    "commune-actuelle": "COM",
    "arrondissement-municipal": "ARM",
    "commune-deleguee": "COMD",
    "commune-associee": "COMA",
}
TYPE_ORDER = {"COM": 0, "ARM": 1, "COMD": 2, "COMA": 3}

COMMUNES_HEADER = ["code_insee", "nom", "type", "commune_parente", "departement",
                   "region", "epci_siren", "population"]
EPCI_HEADER = ["siren", "nom", "nature", "nombre_communes", "population"]
ANCIENS_HEADER = ["ancien_code", "commune_actuelle"]

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(os.path.dirname(SCRIPT_DIR), "src", "main", "resources",
                              "cotation", "referentiel", "france")


def fail(message):
    sys.exit("generate-referentiel: " + message)


def sri_sha512(path):
    digest = hashlib.sha512()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return "sha512-" + base64.b64encode(digest.digest()).decode("ascii")


def npm_pack(version, workdir):
    """Download the package tarball with `npm pack`; return its path."""
    spec = "%s@%s" % (PACKAGE, version)
    result = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", workdir],
        check=False, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        fail("npm pack %s failed:\n%s" % (spec, result.stderr))
    info = json.loads(result.stdout)[0]
    return os.path.join(workdir, info["filename"])


def read_package(tarball, workdir):
    """Extract the tarball; return (package.json, communes, epci)."""
    extract_dir = os.path.join(workdir, "extract")
    os.makedirs(extract_dir)
    with tarfile.open(tarball, "r:gz") as archive:
        members = [m for m in archive.getmembers()
                   if m.name in ("package/package.json", "package/data/communes.json",
                                 "package/data/epci.json")]
        for member in members:
            if not member.isfile():
                fail("unexpected tar entry " + member.name)
        if hasattr(tarfile, "data_filter"):
            archive.extractall(extract_dir, members=members, filter="data")
        else:
            archive.extractall(extract_dir, members=members)

    def load(name):
        with open(os.path.join(extract_dir, "package", name), encoding="utf-8") as handle:
            return json.load(handle)

    return load("package.json"), load("data/communes.json"), load("data/epci.json")


def build(communes, epcis):
    """Return (commune rows, old-code rows, epci rows, number of COM rows)."""
    unknown = sorted({c.get("type") for c in communes} - set(TYPE_MAP))
    if unknown:
        fail("unknown commune types in communes.json: %r" % unknown)

    current = {}
    for c in communes:
        if c["type"] == "commune-actuelle":
            if c["code"] in current:
                fail("duplicate current commune " + c["code"])
            current[c["code"]] = c

    epci_by_siren = {}
    epci_of = {}
    for e in epcis:
        epci_by_siren[e["code"]] = e
        for m in e["membres"]:
            if m["code"] not in current:
                fail("EPCI %s lists %s, which is not a current commune" % (e["code"], m["code"]))
            if m["code"] in epci_of:
                fail("commune %s is in two EPCI (%s, %s)" % (m["code"], epci_of[m["code"]], e["code"]))
            epci_of[m["code"]] = e["code"]
    for code, c in current.items():
        if c.get("codeEpci") and c["codeEpci"] != epci_of.get(code):
            fail("codeEpci of %s (%s) disagrees with epci.json membres (%s)"
                 % (code, c["codeEpci"], epci_of.get(code)))

    def text(value):
        return "" if value is None else str(value)

    rows = []
    for c in communes:
        kind = TYPE_MAP[c["type"]]
        if kind == "COM":
            parent, owner = "", c["code"]
        else:
            parent = c.get("commune") if kind == "ARM" else c.get("chefLieu")
            if not parent:
                fail("%s %s has no parent" % (kind, c["code"]))
            if parent not in current:
                fail("%s %s: parent %s is not a current commune" % (kind, c["code"], parent))
            owner = parent
        rows.append([c["code"], c["nom"], kind, parent, c["departement"], c["region"],
                     epci_of.get(owner, ""), text(c.get("population"))])
    rows.sort(key=lambda r: (r[0], TYPE_ORDER[r[2]], r[3], r[1]))
    keys = Counter((r[0], r[2]) for r in rows)
    duplicated = [k for k, n in keys.items() if n > 1]
    if duplicated:
        fail("duplicate (code_insee, type) rows: %r" % duplicated[:10])

    listed = {r[0] for r in rows}
    anciens = {}
    for code, c in current.items():
        for old in c.get("anciensCodes") or []:
            if old in listed:
                continue  # a current commune, or a COMD / COMA row that already names its parent
            if old in anciens and anciens[old] != code:
                fail("old code %s claimed by %s and %s" % (old, anciens[old], code))
            anciens[old] = code
    ancien_rows = [[old, anciens[old]] for old in sorted(anciens)]

    total = Counter(r[6] for r in rows if r[2] == "COM")
    epci_rows = []
    for siren in sorted(epci_by_siren):
        e = epci_by_siren[siren]
        if total[siren] != len(e["membres"]):
            fail("EPCI %s: %d COM rows but %d membres" % (siren, total[siren], len(e["membres"])))
        epci_rows.append([siren, e["nom"], e["type"], str(total[siren]),
                          text(e.get("populationMunicipale"))])
    com = sum(1 for r in rows if r[2] == "COM")
    return rows, ancien_rows, epci_rows, com


def to_csv(header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def gzipped(text):
    """The text, UTF-8, gzip-compressed without name or time stamp: the same bytes on every run."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as archive:
        archive.write(text.encode("utf-8"))
    return buffer.getvalue()


def code36(code):
    """An INSEE code (digits, 2A / 2B) as the int its base-36 reading gives: same order as the codes."""
    if len(code) != 5 or any(ch not in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" for ch in code):
        fail("code INSEE %r not of the form the column layout stores" % code)
    return int(code, 36)


def to_colonnes(rows, ancien_rows, epci_rows):
    """The registry in the column layout described in the module doc, gzipped deterministically."""
    out = io.BytesIO()

    def ints(fmt, values):
        out.write(struct.pack(">%d%s" % (len(values), fmt), *values))

    def block(texts):
        data = [t.encode("utf-8") for t in texts]
        offsets = [0]
        for d in data:
            offsets.append(offsets[-1] + len(d))
        ints("i", offsets)
        joined = b"".join(data)
        ints("i", [len(joined)])
        out.write(joined)

    current = [r for r in rows if r[2] in ("COM", "ARM")]
    current.sort(key=lambda r: code36(r[0]))
    sirens = [r[0] for r in epci_rows]
    epci_index = {siren: i for i, siren in enumerate(sirens)}
    for r in current:
        if r[6] and r[6] not in epci_index:
            fail("commune %s: EPCI %s not in epci.csv" % (r[0], r[6]))
    departements = sorted({r[4] for r in rows})
    dep_index = {d: i for i, d in enumerate(departements)}
    out.write(b"COTCOL1\n")
    ints("i", [len(current)])
    ints("i", [code36(r[0]) for r in current])
    ints("i", [int(r[7]) if r[7] else -1 for r in current])
    ints("h", [epci_index[r[6]] if r[6] else -1 for r in current])
    ints("h", [dep_index[r[4]] for r in current])
    block([r[1] for r in current])
    ints("i", [len(sirens)])
    ints("i", [int(x) for x in sirens])
    block([r[1] for r in epci_rows])
    ints("h", [len(departements)])
    for d in departements:
        out.write(bytes([len(d)]) + d.encode("ascii"))
    fusion = {}
    for r in rows:
        if r[2] in ("COMD", "COMA"):
            fusion.setdefault(r[0], r[3])
    for old, parent in ancien_rows:
        fusion.setdefault(old, parent)
    for r in current:
        fusion.pop(r[0], None)
    olds = sorted(fusion, key=code36)
    ints("i", [len(olds)])
    ints("i", [code36(o) for o in olds])
    ints("i", [code36(fusion[o]) for o in olds])
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as archive:
        archive.write(out.getvalue())
    return buffer.getvalue()


def read_committed(directory):
    """The rows of the CSV files already written in ``directory`` (for --colonnes-depuis-csv)."""
    with gzip.open(os.path.join(directory, "communes.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))[1:]
    with open(os.path.join(directory, "anciens-codes.csv"), encoding="utf-8", newline="") as f:
        ancien_rows = list(csv.reader(f))[1:]
    with open(os.path.join(directory, "epci.csv"), encoding="utf-8", newline="") as f:
        epci_rows = list(csv.reader(f))[1:]
    return rows, ancien_rows, epci_rows


def to_properties(version, millesime, com, rows, anciens, epci_count):
    # Values are ASCII only, so no escaping is needed in the .properties file.
    lines = [
        "# Generated by %s - do not edit by hand." % GENERATED_BY,
        "package=%s" % PACKAGE,
        "version=%s" % version,
        "millesime=%s" % millesime,
        "licence=%s" % LICENCE,
        "data-licence=%s" % DATA_LICENCE,
        "generated-by=%s" % GENERATED_BY,
        "perimetre=%s" % PERIMETRE,
        "communes=%d" % com,
        "lignes=%d" % rows,
        "anciens-codes=%d" % anciens,
        "epci=%d" % epci_count,
    ]
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--version", default=DEFAULT_VERSION,
                        help="package version to fetch with npm pack (default %(default)s)")
    parser.add_argument("--tarball", help="use this local .tgz instead of running npm pack")
    parser.add_argument("--millesime", help="millésime of the code officiel géographique (default: the"
                        " known one of the package version)")
    parser.add_argument("--output-dir", default=DEFAULT_OUTPUT,
                        help="where to write the files (default: the module's resources)")
    parser.add_argument("--check", action="store_true",
                        help="compare with the files on disk instead of writing them")
    parser.add_argument("--colonnes-depuis-csv", action="store_true",
                        help="write only communes.colonnes.gz, from the CSV files already in --output-dir (no npm)")
    args = parser.parse_args(argv)

    if args.colonnes_depuis_csv:
        rows, ancien_rows, epci_rows = read_committed(args.output_dir)
        with open(os.path.join(args.output_dir, "communes.colonnes.gz"), "wb") as handle:
            handle.write(to_colonnes(rows, ancien_rows, epci_rows))
        print("communes.colonnes.gz written from the CSV files of %s" % args.output_dir)
        return 0

    with tempfile.TemporaryDirectory(prefix="referentiel-france-") as workdir:
        tarball = args.tarball or npm_pack(args.version, workdir)
        package, communes, epcis = read_package(tarball, workdir)
        if package.get("name") != PACKAGE:
            fail("tarball holds %r, not %s" % (package.get("name"), PACKAGE))
        version = package["version"]
        if not args.tarball and version != args.version:
            fail("asked for %s, npm gave %s" % (args.version, version))
        expected = PINNED_INTEGRITY.get(version)
        if expected and sri_sha512(tarball) != expected:
            fail("integrity of %s does not match the pinned %s" % (tarball, expected))

    millesime = args.millesime or MILLESIMES.get(version)
    if not millesime:
        fail("millésime of version %s unknown: give --millesime" % version)
    rows, ancien_rows, epci_rows, com = build(communes, epcis)
    outputs = {
        "communes.csv.gz": gzipped(to_csv(COMMUNES_HEADER, rows)),
        "communes.colonnes.gz": to_colonnes(rows, ancien_rows, epci_rows),
        "anciens-codes.csv": to_csv(ANCIENS_HEADER, ancien_rows).encode("utf-8"),
        "epci.csv": to_csv(EPCI_HEADER, epci_rows).encode("utf-8"),
        "source.properties": to_properties(version, millesime, com, len(rows), len(ancien_rows),
                                           len(epci_rows)).encode("utf-8"),
    }

    if args.check:
        stale = []
        for name, content in outputs.items():
            path = os.path.join(args.output_dir, name)
            try:
                with open(path, "rb") as handle:
                    if handle.read() != content:
                        stale.append(name)
            except FileNotFoundError:
                stale.append(name)
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("up to date (%s %s)" % (PACKAGE, version))
        return 0

    os.makedirs(args.output_dir, exist_ok=True)
    for name, content in outputs.items():
        with open(os.path.join(args.output_dir, name), "wb") as handle:
            handle.write(content)
    print("%s %s (COG %s): %d rows in communes.csv.gz (%d COM), %d old codes, %d EPCI -> %s"
          % (PACKAGE, version, millesime, len(rows), com, len(ancien_rows), len(epci_rows),
             args.output_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
