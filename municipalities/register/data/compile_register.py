#!/usr/bin/env python3
"""Compiles the national municipality register resource from the transcribed classification lists.

Inputs (this folder): k2019.txt, k2020.txt, k2026.txt, before2018.txt, changes-manual.txt,
crosscheck-2016-to-2024.txt. Output: ../src/main/resources/no/rusomsorg/register/internal/municipalities.tsv

Run: python3 compile_register.py   (fails with a message when the inputs disagree)
See docs/adr/0014-national-municipality-register.md for the update procedure.
"""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "no", "rusomsorg", "register", "internal",
                   "municipalities.tsv")
D = dt.date.fromisoformat
START = D("2018-01-01")
SPLIT_COUNTIES_2024 = {"30": ("31", "32", "33"), "38": ("39", "40"), "54": ("55", "56")}


def fail(msg):
    sys.exit("compile_register: " + msg)


def rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.rstrip("\n").split("|") for l in f if l.strip() and not l.startswith("#")]


def norm(name):
    import unicodedata
    s = name.lower()
    for a, b in (("ø", "o"), ("æ", "ae"), ("đ", "d"), ("ŋ", "n"), ("ŧ", "t")):
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    if "(" in s:
        s = s[:s.index("(")]
    return s.strip()


def parts(name):
    return {norm(p) for p in name.split(" - ")}


k2019 = {r[0]: (r[1], r[2].split(",")) for r in rows("k2019.txt")}
k2020 = {r[0]: r[1] for r in rows("k2020.txt")}
k2026 = {r[0]: r[1] for r in rows("k2026.txt")}
before = rows("before2018.txt")
manual = [(D(r[0]), r[1], r[2], r[3].split(",")) for r in rows("changes-manual.txt")]
for label, data, n in (("k2019", k2019, 422), ("k2020", k2020, 356), ("k2026", k2026, 357)):
    if len(data) != n:
        fail(f"{label} has {len(data)} rows, the classification has {n}")

# period: dict(number, start, end, names[list oldest first], kind, succ)
periods = []


def new_period(number, start, name):
    p = {"number": number, "start": start, "end": None, "names": [name], "kind": "", "succ": []}
    periods.append(p)
    return p


def add_name(p, name):
    """Records a later official name of the period; the last one is the period's current name."""
    if name in p["names"]:
        p["names"].remove(name)
    p["names"].append(name)


def fuller_2019_form(number, name):
    """The 2020 list (a KOSTRA form list) gives some names only in their Norwegian form where the 2019
    list gives the full official name with Sami or Kven forms (Nordreisa - Raisa - Raisi). The fuller
    2019 form is kept for the single predecessor of the same municipality."""
    preds = targets.get(number, [])
    if len(preds) == 1 and len(k2019[preds[0]][1]) == 1:
        old = k2019[preds[0]][0]
        if " - " in old and " - " not in name and norm(name) in parts(old):
            return old
    return name


open_by_number = {}
# 2018-01-01: the 2019 list with the 2019 manual changes undone
m2019 = [m for m in manual if m[0].year == 2019]
renamed_in_2019 = {}
for date, kind, old, new in m2019:
    for n in new:
        if n not in k2019:
            fail(f"manual change {old}->{n}: {n} not in the 2019 list")
        renamed_in_2019[n] = (old, date, kind)
for number, (name, _) in k2019.items():
    if number in renamed_in_2019:
        old, date, kind = renamed_in_2019[number]
        if old not in open_by_number:
            po = new_period(old, START, name)
            po["end"] = date - dt.timedelta(days=1)
            po["kind"] = kind
            po["succ"] = [number]
        open_by_number[number] = new_period(number, date, name)
    else:
        open_by_number[number] = new_period(number, START, name)

# 2020-01-01
targets = {}
for number, (name, succ) in k2019.items():
    for s in succ:
        if s not in k2020:
            fail(f"2019 {number} -> {s}: {s} is not in the 2020 list")
        targets.setdefault(s, []).append(number)
new_open = {}
for number, (name, succ) in k2019.items():
    p = open_by_number[number]
    if succ == [number]:
        if targets[number] != [number] and len(targets[number]) < 1:
            fail("impossible")
        new_open[number] = p
        continue
    p["end"] = D("2019-12-31")
    if len(succ) > 1:
        p["kind"] = "SPLIT"
    elif len(targets[succ[0]]) == 1:
        p["kind"] = "RENUMBERED"
    else:
        p["kind"] = "MERGED"
    p["succ"] = succ
for number, name in k2020.items():
    name = fuller_2019_form(number, name)
    if number in new_open:
        add_name(new_open[number], name)
    else:
        new_open[number] = new_period(number, D("2020-01-01"), name)
open_by_number = new_open

# 2024-01-01: county splits (renumbering matched by name inside the new counties) and manual changes
m2024 = {m[2]: m for m in manual if m[0].year == 2024}
by_county_2026 = {}
for number, name in k2026.items():
    by_county_2026.setdefault(number[:2], []).append(number)
new_open = {}
claimed = set()
for number, p in open_by_number.items():
    county = number[:2]
    if number in m2024:
        date, kind, _, new = m2024[number]
        p["end"], p["kind"], p["succ"] = date - dt.timedelta(days=1), kind, new
        claimed.update(new)
        continue
    if county in SPLIT_COUNTIES_2024:
        cands = [n for c in SPLIT_COUNTIES_2024[county] for n in by_county_2026.get(c, [])
                 if parts(k2026[n]) & parts(p["names"][-1])]
        if len(cands) != 1:
            fail(f"{number} {p['names'][-1]}: {len(cands)} name matches in the 2024 counties: {cands}")
        p["end"], p["kind"], p["succ"] = D("2023-12-31"), "RENUMBERED", cands
        claimed.add(cands[0])
        continue
    if number not in k2026:
        fail(f"{number} continues after 2023 but is not in the 2026 list")
    add_name(p, k2026[number])
    new_open[number] = p
for number, name in k2026.items():
    if number not in new_open:
        if number not in claimed:
            fail(f"2026 {number} {name} has no predecessor")
        new_open[number] = new_period(number, D("2024-01-01"), name)

# numbers that ended before the register starts
pre = []
for old, name, new in before:
    pre.append({"number": old, "start": None, "end": D("2017-12-31"), "names": [name], "kind": "", "succ": [new]})
into = {}
for p in pre:
    into.setdefault(p["succ"][0], []).append(p)
for p in pre:
    p["kind"] = "RENUMBERED" if len(into[p["succ"][0]]) == 1 else "MERGED"
    if not any(q["number"] == p["succ"][0] and q["start"] == START for q in periods):
        fail(f"before2018 {p['number']} -> {p['succ'][0]}: no period of {p['succ'][0]} starts 2018-01-01")

allp = pre + periods


def valid_on(date):
    return [p for p in periods if p["start"] <= date and (p["end"] is None or date <= p["end"])]


def at(number, date):
    hits = [p for p in allp if p["number"] == number and (p["start"] is None or p["start"] <= date)
            and (p["end"] is None or date <= p["end"])]
    return hits


# checks: totals, uniqueness, successor continuity, second source
expected = {"2018-01-01": 422, "2019-01-01": 422, "2020-01-01": 356, "2021-01-01": 356, "2022-01-01": 356,
            "2023-01-01": 356, "2024-01-01": 357, "2025-01-01": 357, "2026-01-01": 357}
for day, n in expected.items():
    got = valid_on(D(day))
    if len(got) != n:
        fail(f"{day}: {len(got)} municipalities, expected {n}")
    nums = [p["number"] for p in got]
    if len(set(nums)) != len(nums):
        fail(f"{day}: a number is used twice")
if {p["number"] for p in valid_on(D("2020-01-01"))} != set(k2020):
    fail("2020-01-01 differs from the 2020 list")
if {p["number"] for p in valid_on(D("2026-01-01"))} != set(k2026):
    fail("2026-01-01 differs from the 2026 list")
for p in allp:
    if p["end"] is not None:
        if not p["succ"]:
            fail(f"{p['number']} ends {p['end']} without a change record")
        nxt = p["end"] + dt.timedelta(days=1)
        for s in p["succ"]:
            hits = [q for q in periods if q["number"] == s and q["start"] <= nxt
                    and (q["end"] is None or nxt <= q["end"])]
            if len(hits) != 1:
                fail(f"{p['number']} -> {s}: successor not valid on {nxt}")


def follow(number, date, target):
    """Numbers the municipality with this number on this date has on the target date."""
    out = set()
    for p in at(number, date):
        if p["end"] is None or target <= p["end"]:
            out.add(p["number"])
        else:
            for s in p["succ"]:
                out |= follow(s, p["end"] + dt.timedelta(days=1), target)
    return out


checked = 0
for line in open(os.path.join(HERE, "crosscheck-2016-to-2024.txt"), encoding="utf-8"):
    if line.startswith("#"):
        continue
    for pair in line.split():
        old, new = pair.split(">")
        day = D("2017-12-31") if any(p["number"] == old for p in pre) else START
        if not at(old, day):
            if old == "1567":
                day = START
            else:
                fail(f"crosscheck: {old} unknown")
        got = follow(old, day, D("2024-01-01"))
        if new not in got:
            fail(f"crosscheck: {old} leads to {sorted(got)} on 2024-01-01, second source says {new}")
        checked += 1

allp.sort(key=lambda p: (p["number"], p["start"] or D("1900-01-01")))
with open(OUT, "w", encoding="utf-8") as f:
    f.write("# Generated by municipalities/register/data/compile_register.py - do not edit by hand.\n")
    f.write("# number\tvalid from (- = before 2018)\tvalid to (empty = open)\tofficial name\tearlier official"
            " names in the same period (|)\tchange at the end\tsuccessor numbers (,)\n")
    for p in allp:
        f.write("\t".join([p["number"], p["start"].isoformat() if p["start"] else "-",
                           p["end"].isoformat() if p["end"] else "", p["names"][-1], "|".join(p["names"][:-1]),
                           p["kind"], ",".join(p["succ"])]) + "\n")
print(f"wrote {len(allp)} periods ({len(pre)} before 2018); second source agreed on {checked} numbers")
