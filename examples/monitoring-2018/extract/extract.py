#!/usr/bin/env python3
"""Writes the 103 assessments of examples/monitoring-2018 from the appendix
tables of the Economic Research Center's 2018 monitoring report.

Reads (all under ../source, copied verbatim from the seed documents):
  appendix-en.md  Appendix 1 (80 local) and Appendix 2 (23 central executive
                  authorities), markdown tables split across page breaks;
  appendix-az.txt the same tables in Azerbaijani (tab-separated); every note
                  keeps the cell in both languages;
  text-en.md      the report's passages on single bodies: the LECs with a
                  site search, its table of social-network activity, the
                  stale sites, the public councils and their sections,
                  Nizami's procurement;
  text-az.md      the Azerbaijani text's sentences on central bodies' social
                  pages (not in the English text);
  agency-2016-en.md  the State Agency's own report on 2016 (seed 004): its
                  Facebook, Twitter, Instagram and YouTube pages.
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

SET_REF = {"id": "az-nap-2016-2018", "version": "1.1.0"}
SCHEMA = "../../../schemas/assessment.schema.json"
ASSESSOR = {"organisation": "Economic Research Center (monitoring report, Baku, December 2018)"}
# A row whose notes give no check day was checked, as far as the seeds say,
# between the first check day the notes give (16.08.2018) and the day the
# report was prepared ("October 15, 2018").
CHECK_PERIOD = ("2018-08-16", "2018-10-15")
SET_FILE = REPO / "crates" / "core" / "criteria" / "az-nap-2016-2018.json"
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


# ------------------------------------------------------- the Azerbaijani table


def az_rows(lines: list[str], size: int) -> list[dict]:
    """The data rows of one table of appendix-az.txt (tab-separated). A row
    number split over two lines ("1" then "6" for row 16) is joined; a line
    whose first cell is empty continues the row above."""
    out: list[dict] = []
    pending = ""
    for line in lines:
        cells = line.split("\t")
        if len(cells) < 6:
            continue
        number = cells[0].replace(" ", "").strip()
        expected = str(len(out) + 1)
        if number and number == expected:
            out.append({"n": len(out) + 1, "name": clean(cells[1]), **{k: clean(v) for k, v in zip(COLUMNS, cells[2:])}})
            pending = ""
            continue
        if number and expected.startswith(number) and not pending:
            out.append({"n": len(out) + 1, "name": clean(cells[1]), **{k: clean(v) for k, v in zip(COLUMNS, cells[2:])}})
            pending = expected[len(number):]
            continue
        if number and number != pending:
            continue  # a header line
        pending = ""
        if out:
            if cells[1].strip():
                out[-1]["name"] = (out[-1]["name"] + " " + clean(cells[1])).strip()
            for key, value in zip(COLUMNS, cells[2:]):
                if value.strip():
                    out[-1][key] = (out[-1][key] + " " + clean(value)).strip()
    if [r["n"] for r in out] != list(range(1, size + 1)):
        sys.exit(f"appendix-az.txt: expected rows 1..{size}, found {[r['n'] for r in out]}")
    return out


def az_appendices() -> tuple[list[dict], list[dict]]:
    text = (SOURCE / "appendix-az.txt").read_text(encoding="utf-8").splitlines()
    split = next(i for i, line in enumerate(text) if line.startswith("## Əlavə2"))
    return az_rows(text[:split], 80), az_rows(text[split:], 23)


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


def require(path: str, phrase: str) -> str:
    """A phrase the extraction relies on, checked to be in the source."""
    text = (SOURCE / path).read_text(encoding="utf-8")
    if phrase not in text:
        sys.exit(f"{path}: the passage {phrase!r} is missing")
    return phrase


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


def networks(cell: str) -> list[str]:
    """The networks a cell names, in order, each once."""
    out: list[str] = []
    for name in NETWORKS.findall(cell):
        if name.lower() not in out:
            out.append(name.lower())
    return out


def accounts(names: list[str]) -> dict:
    """Networks named without their links (the appendix gives none)."""
    return {"type": "accounts", "value": [{"network": n} for n in names]}


def activity(cell: str, tier: str | None) -> str | None:
    """Posting activity. The cell's own words decide first, the same words
    giving the same reading in both appendices: "last post belong to May",
    "no new post since may": stopped; "very rarely", "so less", "not
    enough", "weak", "don't post actively": rare. Otherwise the report's
    table (local) or the cell's "active", "continuously", "consecutive",
    "intensive" (central): several a week. None when nothing is said."""
    text = cell.lower()
    if re.search(r"last post belong to may|no new post since may", text):
        return "stopped"
    if re.search(r"very rarely|so less|not enough|weak|don't post actively", text):
        return "rare"
    if tier:
        return tier
    if re.search(r"active|continuously|consecutive|intensive", text):
        return "weekly"
    return None


def last_post(cell: str) -> str | None:
    """The month of the last post, where a cell gives it and both
    languages agree: "last post belong to May", "no new post since may"
    (the check was in 2018). Sumgayit's "The last post was in July" is
    "son paylaşım iyun ayında" (June) in Azerbaijani: not recorded."""
    if re.search(r"last post belong to may|no new post since may", cell, re.I):
        return "2018-05"
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


def council_section(row: dict, local: bool) -> tuple[str, str]:
    """The 4.2.2 reading and the cell text it rests on. In Appendix 1 the
    section is described in the 4.2.1 column for most rows, so both are read.
    A section that holds nothing about the council (empty, or unrelated
    documents) is `name_only`."""
    cell = " ".join(c for c in (row["c421"], row["c422"]) if not negative(c)) if local else row["c422"]
    if negative(cell):
        return "absent", row["c422"]
    if "No special section has been created" in cell:
        return "absent", cell
    if "by searching" in cell:
        return "search_only", cell
    if SECTION.search(cell):
        return ("name_only" if section_content(cell) in ("empty", "unrelated") else "menu"), cell
    return "absent", cell


def procurement(cell: str) -> str:
    if negative(cell):
        return "none"
    if re.search(r"unsystematic|has not been created", cell, re.I):
        return "scattered"
    if re.search(r"systematic|section has been created", cell, re.I):
        return "systematic"
    return "scattered"


def procurement_section(cell: str) -> bool | None:
    """A procurement section: "No" (none); "section has been created",
    "Systematically placed"; "section ... has not been created". None when
    the cell gives only announcements or a link."""
    if negative(cell):
        return False
    if re.search(r"has not been created", cell, re.I):
        return False
    if re.search(r"section has been created|systematically ?placed", cell, re.I):
        return True
    return None


NO_ESERVICES = re.compile(r"Electronic services: There is (no|not)\b|Lack of information (regarding|about) electronic services|no information about electronic services", re.I)
ESERVICE_COUNT = re.compile(r"(\d+) (?:types of |different kinds of |kinds of |different )?(?:electronic )?services")
NOT_WORKING = re.compile(r"these services are not active|during the monitoring they were not active", re.I)
PARTLY_WORKING = re.compile(r"not fully electronic|section was not active during monitoring", re.I)
PORTAL_PER_SERVICE = re.compile(r"Each of the services has their own link", re.I)
PORTAL_LINK = re.compile(r"(access|link)[^.]*(portal)", re.I)
# A central body's own e-service address: a host of its own for services
# (e-…, ex.…, az.e.…, e-xidmet.…, e-services.…, efhn.…) or a dedicated
# portal, as the notes cite them; not the national portal e-gov.az.
OWN_PORTAL = re.compile(r"https?://(?:www\.)?(?!e-gov\.az)(?:e-|ex\.|az\.e\.|efhn\.|e-xidmet\.|e-services\.)")
FORMS = re.compile(r"application forms", re.I)
EAPPEAL = re.compile(r"electronic application for admission|electron application \(for admission\)|submit their electronic appeal", re.I)

MONTHS = {"may": 5, "june": 6, "july": 7, "august": 8}
ORDINALS = {"second": 2}


def news_dates(notes: str) -> tuple[str | None, str | None]:
    """(last news item, day checked) from the notes' wording: the last item as
    an ISO day, or an ISO month where only the month is given ("Both
    information has uploaded in August of 2018")."""
    checked = re.search(r"\((\d\d)\.(\d\d)\.(\d{4})\)", notes)
    last = re.search(r"(?:last information has been (?:given|posted) in|until) (\d\d) ?\.(\d\d)\.(\d{4})", notes)
    iso = None
    if last:
        day, month, year = last.groups()
        iso = f"{year}-{month}-{day}"
    else:
        spelled = re.search(r"until (?:the )?(second|\d+)(?:st|nd|rd|th)? of (\w+) (\d{4})", notes)
        in_month = re.search(r"uploaded in (\w+) of (\d{4})", notes)
        if spelled:
            word, name, year = spelled.groups()
            iso = f"{year}-{MONTHS[name.lower()]:02d}-{ORDINALS.get(word) or int(word):02d}"
        elif in_month:
            name, year = in_month.groups()
            iso = f"{year}-{MONTHS[name.lower()]:02d}"
    return iso, (f"{checked.group(3)}-{checked.group(2)}-{checked.group(1)}" if checked else None)


def monthly_news(notes: str) -> int | None:
    """News items a month, the lower end of the range the notes give
    ("10-12 information is posted per month on average": 10; "sometimes
    10-12 news, in some other months 3-4": 3). "every day": 30; "one news in
    every two days": 15; "only 2 news ... since 2015": 0. None where no
    rate is given ("placed regularly")."""
    text = notes.split("Interval of updates", 1)[-1] if "nterval of updates" in notes else notes
    text = text.split("nterval of updates", 1)[-1]
    if re.search(r"only 2 news uploaded to the page since 2015", text):
        return 0
    if re.search(r"(one|1) news (?:has been given )?in every (two|2) days", text, re.I):
        return 15
    if re.search(r"every day", text, re.I):
        return 30
    ranges = [int(low) for low, _ in re.findall(r"(\d+)(?:-(\d+))? (?:news|information)", text)]
    ranges += [int(n) for n in re.findall(r"equal to (\d+)-\d+ news", text)]
    return min(ranges) if ranges else None


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


def count(value: int) -> dict:
    return {"type": "count", "value": value}


def date(value: str) -> dict:
    return {"type": "month" if len(value) == 7 else "date", "value": value}


NOT_APPLICABLE = {"type": "not_applicable"}
NOT_ASSESSABLE = {"type": "not_assessable"}

# The criteria the 2018 method covered, in the set's order.
COVERED = [
    "1.1.eservices.section", "1.1.eservices.count", "2.4.mobile", "2.4.social.accounts",
    "2.4.news.last_update", "2.4.news.interval", "2.4.search",
    "4.2.1.council_exists", "4.2.2.section", "5.6.section", "5.6.systematic",
]

# The facts the report's text gives about single bodies, each with the
# passage it rests on (checked to be in the source files).
SEARCH_NOTE = ("Report, 2.4: the search mode is lacking on the websites of LECs except those of "
               "Jabrayil, Gobustan, Surakhani, Sabunchu, Pirallahi, Sabail, Khatai, Khazar, Nizami, "
               "Narimanov, Yasamal, Binagadi and Nasimi.")
NOT_32 = "Report, 2.4: " + require("text-en.md", "There are 32 Local Executive Committees using social networks.") + " This body is not among them."
CEC_SOCIAL = "Report (AZ), 2.4: " + require("text-az.md", "Mərkəzi icra hakimiyyəti orqanlarının hamısının sosial şəbəkələrdə rəsmi səhifələri fəaliyyət göstərir.")
CEC_HOME_LINKS = "Report (AZ), 2.4: " + require("text-az.md", "Dövlət qurumları istifadə etdikləri sosial şəbəkələrin keçidlərini saytlarının ana səhifəsinə yerləşdiriblər.")
AGENCY_SOCIAL = ("State Agency's report on 2016 (004), 2.4: "
                 + require("agency-2016-en.md", "The Facebook page of the State Agency has more than 9570 followers.") + " "
                 + require("agency-2016-en.md", "About 100 tweets were posted on the Twitter page of \"ASAN service\"") + "; "
                 + require("agency-2016-en.md", "More than 160 posts were posted on the Instagram page of \"ASAN service\"") + "; "
                 + require("agency-2016-en.md", "the Youtube channel of \"ASAN service\"") + ". " + CEC_SOCIAL)
NIZAMI_PROCUREMENT = "Report, 5.6: " + require("text-en.md", "This section contains announcements on tenders relating to activities addressing 4 different directions. The latest announcement was published on May 5, 2018. It should be noted that the announcements were covering areas such as objectives of the tenders, tender application form (list of required documents), terms of the tender, funds required for participation in tender, information of responsible persons for tenders and other necessary information.")
COUNCIL_SUBSECTIONS = "Report, 4.2.2: " + require("text-en.md", "More specifically, the sub-sections on \"Council members\", \"Announcements\", \"Normative legal framework\" and \"Events\" under \"Public Council\" section have been opened on the websites of these executive authorities.")


def both(en: str, az: str) -> str:
    """A note with the cell in both languages."""
    return f"EN: {en or '(empty)'} | AZ: {az or '(empty)'}"


def answers(row: dict, az: dict, local: bool, search: set[str], tiers: dict[str, str], body: str) -> list[dict]:
    if row["c24"] == "DOESN'T WORK":
        note = both(row["c24"], az["c24"]) + " (the report: the website was not functioning)"
        out = [answer("2.4.site_reachable", choice("down"), note)]
        return out + [answer(c, NOT_ASSESSABLE, "The website did not work; " + c + " could not be checked.") for c in COVERED]
    out: list[dict] = []
    notes, az_notes = row["notes"], az["notes"]
    notes_note = both(notes, az_notes)
    if notes:
        has = not NO_ESERVICES.search(notes)
        out.append(answer("1.1.eservices.section", yes_no(has), notes_note, urls(notes) if has else None))
        found = ESERVICE_COUNT.search(notes)
        if found:
            out.append(answer("1.1.eservices.count", count(int(found.group(1))), notes_note, urls(notes)))
        if NOT_WORKING.search(notes):
            out.append(answer("1.1.eservices.working", choice("not_working"), notes_note, urls(notes)))
        elif PARTLY_WORKING.search(notes):
            out.append(answer("1.1.eservices.working", choice("partly"), notes_note, urls(notes)))
        if PORTAL_PER_SERVICE.search(notes):
            out.append(answer("1.1.eservices.portal_link", choice("per_service"), notes_note, urls(notes)))
        elif PORTAL_LINK.search(notes):
            out.append(answer("1.1.eservices.portal_link", choice("generic"), notes_note, urls(notes)))
        own = [u for u in urls(notes) if OWN_PORTAL.match(u)]
        if not local and own:
            out.append(answer("1.1.eservices.other_portal", yes_no(True), notes_note, own))
        if FORMS.search(notes):
            out.append(answer("1.1.eservices.forms", yes_no(True), notes_note, urls(notes)))
        if EAPPEAL.search(notes):
            out.append(answer("1.1.eappeal", yes_no(True), notes_note, urls(notes)))
    out.append(answer("2.4.site_reachable", choice("works"), "The appendix records observations of the working site."))
    out.append(answer("2.4.mobile", yes_no(True), both(row["c24"], az["c24"])))
    named = networks(row["c24"])
    social_note = both(row["c24"], az["c24"])
    if named:
        out.append(answer("2.4.social.accounts", accounts(named), social_note + " Links are not recorded in the appendix."))
    elif body == "state-agency-public-service-social-innovations":
        named = ["facebook", "twitter", "instagram", "youtube"]
        out.append(answer("2.4.social.accounts", accounts(named), AGENCY_SOCIAL))
    elif local:
        out.append(answer("2.4.social.accounts", {"type": "accounts", "value": []}, NOT_32))
    if not local:
        out.append(answer("2.4.social.home_links", yes_no(True), CEC_HOME_LINKS))
    if named:
        level = activity(row["c24"], tiers.get(body) if local else None)
        if local and body not in tiers:
            sys.exit(f"{body}: names social networks but is in neither tier of the report's table")
        if level:
            note = social_note + (" | Report, 2.4 table: " + ("several news per week" if tiers.get(body) == "weekly" else "several news per month") if local else "")
            out.append(answer("2.4.social.activity", choice(level), note))
        month = last_post(row["c24"])
        if month:
            out.append(answer("2.4.social.last_post", date(month), social_note))
    last, _ = news_dates(notes)
    if last:
        out.append(answer("2.4.news.last_update", date(last), notes_note))
    rate = monthly_news(notes)
    if rate is not None:
        out.append(answer("2.4.news.interval", count(rate), notes_note))
    if local:
        out.append(answer("2.4.search", choice("works" if body in search else "absent"), SEARCH_NOTE))
    council_note = both(row["c421"], az["c421"])
    exists = council_exists(row, local)
    out.append(answer("4.2.1.council_exists", yes_no(exists), council_note, urls(row["c421"])))
    both_cells = row["c421"] + " " + row["c422"]
    meetings = re.search(r"Council has held (\d+) meetings", both_cells)
    if exists and meetings:
        out.append(answer("4.2.1.meetings", count(int(meetings.group(1))), both(row["c422"], az["c422"])))
    elif exists and "only information about one meeting" in both_cells:
        out.append(answer("4.2.1.meetings", count(1), both(row["c422"], az["c422"])))
    held = re.search(r"The last one was held in (\d\d)\.(\d\d)\.(\d{4})", both_cells)
    held_month = re.search(r"The last meeting was held in (\w+) (\d{4})", both_cells)
    if exists and held:
        out.append(answer("4.2.1.last_meeting", date(f"{held.group(3)}-{held.group(2)}-{held.group(1)}"), both(row["c422"], az["c422"])))
    elif exists and held_month:
        months = {"november": 11}
        out.append(answer("4.2.1.last_meeting", date(f"{held_month.group(2)}-{months[held_month.group(1).lower()]:02d}"), both(row["c422"], az["c422"])))
    section, cell = council_section(row, local)
    section_note = both(row["c421"] + " " + row["c422"], az["c421"] + " " + az["c422"]) if local else both(row["c422"], az["c422"])
    out.append(answer("4.2.2.section", choice(section), section_note, urls(cell) if section != "absent" else None))
    if section != "absent":
        content = section_content(cell)
        if content:
            out.append(answer("4.2.2.relevant", choice(content), section_note, urls(cell)))
    if exists:
        members = both_cells.lower()
        if "detailed information about the members" in members:
            out.append(answer("4.2.2.members", choice("detailed"), council_note))
        elif "members' names have been placed" in members:
            out.append(answer("4.2.2.members", choice("names_only"), section_note))
        elif "(it is empty)" in members:
            out.append(answer("4.2.2.members", choice("absent"), section_note))
    if section in ("menu", "search_only") and body in ("binagadi-lec", "garadagh-lec"):
        out.append(answer("4.2.2.subsections", {"type": "choices", "value": ["members", "announcements", "legal_framework", "events"]}, COUNCIL_SUBSECTIONS))
    procurement_note = both(row["c56"], az["c56"])
    has_section = procurement_section(row["c56"])
    if has_section is not None:
        out.append(answer("5.6.section", yes_no(has_section), procurement_note, urls(row["c56"]) if has_section else None))
    if body == "nizami-lec":
        out.append(answer("5.6.announcements", count(4), NIZAMI_PROCUREMENT + " | " + procurement_note))
        out.append(answer("5.6.fresh", date("2018-05-05"), NIZAMI_PROCUREMENT))
        out.append(answer("5.6.details", {"type": "choices", "value": ["purpose", "application_form", "terms", "participation_fee", "contact"]}, NIZAMI_PROCUREMENT))
    stale = re.search(r"last news has been posted in (\d{4}) (\w+)", row["c56"])
    if stale:
        out.append(answer("5.6.fresh", date(f"{stale.group(1)}-{MONTHS[stale.group(2).lower()]:02d}"), procurement_note, urls(row["c56"])))
    level = procurement(row["c56"])
    out.append(answer("5.6.systematic", choice(level), procurement_note, urls(row["c56"]) if level != "none" else None))
    return order(out)


def order(found: list[dict]) -> list[dict]:
    """Answers in the criteria set's order."""
    ids = [c["id"] for c in json.loads(SET_FILE.read_text(encoding="utf-8"))["criteria"]]
    return sorted(found, key=lambda a: ids.index(a["criterion"]))


def site(body: dict, row: dict) -> dict:
    """The site: the register's address, else the `*-ih.gov.az` host the
    row cites, else none (the report gives no address)."""
    out = {"name": body["name"]["en"], "body_kind": body["kind"], "body": body["id"]}
    if body.get("website"):
        return {"url": body["website"], **out}
    for url in urls(row["c421"], row["c422"], row["c56"], row["notes"]):
        host = re.match(r"(https?://[^/]+)", url)
        if host and "-ih.gov.az" in host.group(1):
            return {"url": host.group(1), **out}
    return out


def assessment(row: dict, az: dict, body: dict, local: bool, search: set[str], tiers: dict[str, str]) -> dict:
    _, checked = news_dates(row["notes"])
    dates = {"checked_on": checked} if checked else {"checked_on": CHECK_PERIOD[0], "checked_until": CHECK_PERIOD[1]}
    return {
        "$schema": SCHEMA,
        "criteria_set": SET_REF,
        "site": site(body, row),
        **dates,
        "language": "en",
        "assessor": ASSESSOR,
        "answers": answers(row, az, local, search, tiers, body["id"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATASET)
    out_dir: Path = parser.parse_args().out
    register = json.loads(BODIES.read_text(encoding="utf-8"))["bodies"]
    local_rows, central_rows = appendices()
    local_az, central_az = az_appendices()
    local_bodies = [b for b in register if b["kind"] == "local_executive"][:80]
    central_bodies = [b for b in register if b["kind"] == "central_executive"][:23]
    names = {key(r["name"]): b["id"] for r, b in zip(local_rows, local_bodies)}
    names.update({key(b["name"]["en"].split(" ")[0]): b["id"] for b in local_bodies if key(b["name"]["en"].split(" ")[0]) not in names})
    search, tiers = report_lists(names)
    for folder, table, az_table, bodies, local in (("local", local_rows, local_az, local_bodies, True), ("central", central_rows, central_az, central_bodies, False)):
        (out_dir / folder).mkdir(parents=True, exist_ok=True)
        for row, az, body in zip(table, az_table, bodies):
            document = assessment(row, az, body, local, search, tiers)
            path = out_dir / folder / f"{row['n']:02d}-{body['id']}.json"
            path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
