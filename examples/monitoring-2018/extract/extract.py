#!/usr/bin/env python3
"""Writes the 103 assessments of examples/monitoring-2018 from the appendix
tables of the Economic Research Center's 2018 monitoring report.

Reads (all under ../source, copied verbatim from the seed documents):
  appendix-en.md  Appendix 1 (80 local) and Appendix 2 (23 central executive
                  authorities), markdown tables split across page breaks;
  text-en.md      the report's own per-body lists for 2.4: the LECs with a
                  site search, and its table of social-network activity.
Also reads crates/core/criteria/bodies.json for the bodies' ids, names and
websites (the appendix rows are in the register's order).

Writes local/NN-<body>.json and central/NN-<body>.json beside ../source.
Every reading of a cell is a rule below, each quoting the phrases it covers;
a cell that no rule reads stops the program instead of being guessed.
The README of the dataset explains every rule and choice.

Usage: extract.py [--out DIR]   (default: the dataset folder)
Python 3.11 standard library only; the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATASET = HERE.parent
SOURCE = DATASET / "source"
REPO = DATASET.parent.parent
BODIES = REPO / "crates" / "core" / "criteria" / "bodies.json"

SET_REF = {"id": "az-nap-2016-2018", "version": "1.0.0"}
SCHEMA = "../../../schemas/assessment.schema.json"
ASSESSOR = {"organisation": "Economic Research Center (monitoring report, Baku, December 2018)"}
# The check dates the notes give run from 16.08.2018 to 28.08.2018. A row
# that gives none was checked by the last of them.
CHECKED_BY = "2018-08-28"
# Columns of both appendix tables, after the row number and the name.
COLUMNS = ("c24", "c421", "c422", "c56", "notes")

# ---------------------------------------------------------------- tables


def clean(text: str) -> str:
    """Cell text: HTML tags stripped, entities unescaped, spaces collapsed."""
    text = re.sub(r"</?(p|b|i|a)( [^>]*)?>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


URL_PART = re.compile(r"^[A-Za-z0-9%._~/?&=+#-]*[/%][A-Za-z0-9%._~/?&=+#-]*$")


def join(previous: str, fragment: str) -> str:
    """Appends a fragment continued after a page break. A URL cut by the
    break ("…/1061-" + "ekologiya-…") is joined without a space."""
    if not previous:
        return fragment
    last = previous.split(" ")[-1]
    first = fragment.split(" ")[0]
    if last.startswith("http") and (last.endswith("-") or URL_PART.match(first)):
        return previous + fragment
    return previous + " " + fragment


def mend_urls(text: str) -> str:
    """Rejoins a URL the extraction split with a space inside one cell
    ("…/Sat%C4%B1nmal ar/T%C9%99…", "…/bildirish 30032018/29043")."""
    words = text.split(" ")
    out: list[str] = []
    for word in words:
        if out and out[-1].startswith("http") and "/" in word and URL_PART.match(word):
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)


def rows(lines: list[str]) -> list[dict]:
    """The data rows of one appendix table, page-break fragments merged."""
    out: list[dict] = []
    for line in lines:
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 7 or all(re.fullmatch(r"-*", c) for c in cells):
            continue
        number, name, *rest = cells
        if number.isdigit():
            out.append({"n": int(number), "name": clean(name), **{k: clean(v) for k, v in zip(COLUMNS, rest)}})
        elif out and not number and not name.startswith(("Local Executive", "Name of")):
            for key, value in zip(COLUMNS, rest):
                if value:
                    out[-1][key] = join(out[-1][key], clean(value))
    for row in out:
        for key in COLUMNS:
            row[key] = mend_urls(row[key])
    return out


def appendices() -> tuple[list[dict], list[dict]]:
    text = (SOURCE / "appendix-en.md").read_text(encoding="utf-8").splitlines()
    split = text.index("Appendix 2")
    local, central = rows(text[:split]), rows(text[split:])
    for table, size in ((local, 80), (central, 23)):
        if [r["n"] for r in table] != list(range(1, size + 1)):
            sys.exit(f"expected rows 1..{size}, found {[r['n'] for r in table]}")
    return local, central


# ------------------------------------------------------- the report's lists


def report_lists(names: dict[str, str]) -> tuple[set[str], dict[str, str]]:
    """The LECs with a site search, and each LEC's social-network tier."""
    text = (SOURCE / "text-en.md").read_text(encoding="utf-8")
    listed = re.search(r"except official websites of (.+?) LECs\.", text)
    if not listed:
        sys.exit("text-en.md: the site-search sentence is missing")
    search = {resolve(n, names) for n in re.split(r", | and ", listed.group(1))}
    tiers: dict[str, str] = {}
    for line in text.splitlines():
        tier = "weekly" if "(several news per week)" in line else "monthly" if "(several news per month)" in line else None
        if tier:
            for cell in line.strip("|").split("|")[1:]:
                if cell.strip():
                    tiers[resolve(cell.strip(), names)] = tier
    return search, tiers


# The report's text spells some names otherwise than the appendix and the register.
ALIASES = {
    "aghcabadi": "aghjabadi", "khocavand": "khojavend", "cabrail": "jabrayil",
    "khocali": "khojaly", "khetai": "khatai", "beylagan": "baylagan",
    "gazakh": "qazakh", "aghsu": "agsu", "jabayil": "jabrayil",
}


def key(name: str) -> str:
    folded = name.lower().replace("ı", "i").replace("i̇", "i").replace("İ", "i")
    folded = re.sub(r"[^a-z]", "", folded)
    return ALIASES.get(folded, folded)


def resolve(name: str, names: dict[str, str]) -> str:
    found = names.get(key(name))
    if not found:
        sys.exit(f"no body in the register for the name {name!r}")
    return found


# ------------------------------------------------------------- readings

NEGATIVE = re.compile(r"^(no|there is not|there is no)\.?$", re.I)
URL = re.compile(r"https?://[^\s<>\"]+")


def urls(*cells: str) -> list[str]:
    found: list[str] = []
    for cell in cells:
        for url in URL.findall(cell):
            url = url.rstrip(".,;:)")
            if url not in found:
                found.append(url)
    return found


def negative(cell: str) -> bool:
    return not cell or bool(NEGATIVE.match(cell))


NETWORKS = re.compile(r"facebook|instagram|youtube|twitter|flickr", re.I)


def central_activity(cell: str) -> str | None:
    """Appendix 2's words for posting activity; None when the cell has none."""
    text = cell.lower()
    if "last post belong to may" in text:
        return "stopped"
    if re.search(r"weak|don't post actively", text):
        return "monthly"
    if re.search(r"active|continuously|consecutive", text):
        return "weekly"
    return None


def council_exists(row: dict, local: bool) -> bool:
    """Appendix 2's 4.2.1 column names the council (or says it is delayed).
    Appendix 1's column mostly describes the council *section*; a council is
    recorded only where a cell says so: "Yes", its members, its meetings."""
    if local:
        both = row["c421"] + " " + row["c422"]
        return bool(re.search(r"^Yes\b|information about its members|Council has held \d+ meetings|one meeting of the Public Council", both))
    return not negative(row["c421"]) and "delayed" not in row["c421"]


SECTION = re.compile(r"section|sub headline|subsection|meetings|/ictimai-sh?ura\b", re.I)


def council_section(row: dict, local: bool) -> tuple[str, str]:
    """The 4.2.2 reading and the cell text it rests on. In Appendix 1 the
    section is described in the 4.2.1 column for most rows, so both are read."""
    cell = " ".join(c for c in (row["c421"], row["c422"]) if not negative(c)) if local else row["c422"]
    if negative(cell):
        return "absent", row["c422"]
    if "No special section has been created" in cell:
        return "absent", cell
    if "by searching" in cell:
        return "search_only", cell
    if SECTION.search(cell):
        return "menu", cell
    return "absent", cell


def section_content(cell: str) -> str | None:
    text = cell.lower()
    if "no information inside" in text:
        return "empty"
    if re.search(r"unrelated|different topics|appeal committee", text):
        return "unrelated"
    if re.search(r"meetings?\b|members", text):
        return "council_info"
    if re.search(r"regulations|order|announcement", text):
        return "rules_only"
    return None


def procurement(cell: str) -> str:
    if negative(cell):
        return "none"
    if re.search(r"unsystematic|has not been created", cell, re.I):
        return "scattered"
    if re.search(r"systematic|section has been created", cell, re.I):
        return "systematic"
    return "scattered"


NO_ESERVICES = re.compile(r"Electronic services: There is (no|not)\b|Lack of information (regarding|about) electronic services|no information about electronic services", re.I)
ESERVICE_COUNT = re.compile(r"(\d+) (?:types|different electronic|different kinds|kinds) of (?:electronic )?services")

MONTHS = {"may": 5, "june": 6, "july": 7, "august": 8}
ORDINALS = {"second": 2}


def news_dates(notes: str) -> tuple[str | None, str | None]:
    """(last news item, day checked) as ISO dates, from the notes' wording."""
    checked = re.search(r"\((\d\d)\.(\d\d)\.(\d{4})\)", notes)
    last = re.search(r"(?:last information has been (?:given|posted) in|until) (\d\d) ?\.(\d\d)\.(\d{4})", notes)
    day = month = year = None
    if last:
        day, month, year = last.groups()
    else:
        spelled = re.search(r"until (?:the )?(second|\d+)(?:st|nd|rd|th)? of (\w+) (\d{4})", notes)
        if spelled:
            word, name, year = spelled.groups()
            day = f"{ORDINALS.get(word) or int(word):02d}"
            month = f"{MONTHS[name.lower()]:02d}"
    iso = f"{year}-{month}-{day}" if day else None
    return iso, (f"{checked.group(3)}-{checked.group(2)}-{checked.group(1)}" if checked else None)


# ------------------------------------------------------------- assessment


def answer(criterion: str, observation: dict, cell: str | None = None, evidence: list[str] | None = None) -> dict:
    out = {"criterion": criterion, "observation": observation}
    if evidence:
        out["evidence"] = evidence
    if cell:
        out["note"] = cell
    return out


def yes_no(value: bool) -> dict:
    return {"type": "yes_no", "value": value}


def choice(value: str) -> dict:
    return {"type": "choice", "value": value}


NOT_APPLICABLE = {"type": "not_applicable"}
NOT_ASSESSABLE = {"type": "not_assessable"}

# The criteria the 2018 method covered, in the set's order.
COVERED = [
    "1.1.eservices.section", "1.1.eservices.count", "2.4.site_reachable", "2.4.mobile",
    "2.4.social.accounts", "2.4.social.activity", "2.4.news.last_update", "2.4.search",
    "4.2.1.council_exists", "4.2.2.section", "4.2.2.relevant", "5.6.systematic",
]


def answers(row: dict, local: bool, search: set[str], tiers: dict[str, str], body: str) -> list[dict]:
    if row["c24"] == "DOESN'T WORK":
        note = "DOESN'T WORK (the report: the website was not functioning)"
        return [answer(c, NOT_ASSESSABLE, note) for c in COVERED if local or c != "2.4.search"]
    out: list[dict] = []
    notes = row["notes"]
    if notes:
        has = not NO_ESERVICES.search(notes)
        out.append(answer("1.1.eservices.section", yes_no(has), notes, urls(notes) if has else None))
        count = ESERVICE_COUNT.search(notes)
        if count:
            out.append(answer("1.1.eservices.count", {"type": "count", "value": int(count.group(1))}, notes, urls(notes)))
    out.append(answer("2.4.site_reachable", choice("works"), "The appendix records observations of the working site."))
    out.append(answer("2.4.mobile", yes_no(True), f"EN: {row['c24']} | AZ: Var"))
    networks = NETWORKS.findall(row["c24"])
    if not networks:
        out.append(answer("2.4.social.accounts", {"type": "urls", "value": []}, row["c24"]))
        out.append(answer("2.4.social.activity", NOT_APPLICABLE, row["c24"]))
    else:
        tier = tiers.get(body) if local else central_activity(row["c24"])
        if local and not tier:
            sys.exit(f"{body}: names social networks but is in neither tier of the report's table")
        if tier:
            out.append(answer("2.4.social.activity", choice(tier), row["c24"]))
    last, _ = news_dates(notes)
    if last:
        out.append(answer("2.4.news.last_update", {"type": "date", "value": last}, notes))
    if local:
        out.append(answer("2.4.search", choice("works" if body in search else "absent"),
                          "Report, 2.4: the search mode is lacking on the websites of LECs except those of "
                          "Jabrayil, Gobustan, Surakhani, Sabunchu, Pirallahi, Sabail, Khatai, Khazar, Nizami, "
                          "Narimanov, Yasamal, Binagadi and Nasimi."))
    out.append(answer("4.2.1.council_exists", yes_no(council_exists(row, local)), row["c421"] or None, urls(row["c421"])))
    section, cell = council_section(row, local)
    out.append(answer("4.2.2.section", choice(section), cell or None, urls(cell) if section != "absent" else None))
    if section == "absent":
        out.append(answer("4.2.2.relevant", NOT_APPLICABLE, cell or None))
    else:
        content = section_content(cell)
        if content:
            out.append(answer("4.2.2.relevant", choice(content), cell, urls(cell)))
    level = procurement(row["c56"])
    out.append(answer("5.6.systematic", choice(level), row["c56"], urls(row["c56"]) if level != "none" else None))
    return out


def site_url(body: dict, row: dict) -> str:
    if body.get("website"):
        return body["website"]
    for url in urls(row["c421"], row["c422"], row["c56"], row["notes"]):
        host = re.match(r"(https?://[^/]+)", url)
        if host and "-ih.gov.az" in host.group(1):
            return host.group(1)
    # The report gives no address for this body: a reserved .invalid host says so.
    return f"https://address-not-in-report.invalid/{body['id']}"


def assessment(row: dict, body: dict, local: bool, search: set[str], tiers: dict[str, str]) -> dict:
    _, checked = news_dates(row["notes"])
    site = {"url": site_url(body, row), "name": body["name"]["en"], "body_kind": body["kind"], "body": body["id"]}
    return {
        "$schema": SCHEMA,
        "criteria_set": SET_REF,
        "site": site,
        "checked_on": checked or CHECKED_BY,
        "language": "en",
        "assessor": ASSESSOR,
        "answers": answers(row, local, search, tiers, body["id"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATASET)
    out_dir: Path = parser.parse_args().out
    register = json.loads(BODIES.read_text(encoding="utf-8"))["bodies"]
    local_rows, central_rows = appendices()
    local_bodies = [b for b in register if b["kind"] == "local_executive"][:80]
    central_bodies = [b for b in register if b["kind"] == "central_executive"][:23]
    names = {key(r["name"]): b["id"] for r, b in zip(local_rows, local_bodies)}
    names.update({key(b["name"]["en"].split(" ")[0]): b["id"] for b in local_bodies if key(b["name"]["en"].split(" ")[0]) not in names})
    search, tiers = report_lists(names)
    for folder, table, bodies, local in (("local", local_rows, local_bodies, True), ("central", central_rows, central_bodies, False)):
        (out_dir / folder).mkdir(parents=True, exist_ok=True)
        for row, body in zip(table, bodies):
            document = assessment(row, body, local, search, tiers)
            path = out_dir / folder / f"{row['n']:02d}-{body['id']}.json"
            path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
