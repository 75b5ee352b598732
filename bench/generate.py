#!/usr/bin/env python3
"""Generates N napcheck assessments for the benchmark, 5% of them invalid.

usage: generate.py SET_JSON N OUT_DIR [ANSWERED] [--bodies B]

SET_JSON is a criteria set (`napcheck criteria export az-nap-2020-2022`).
Every valid file answers every criterion that applies to its body (or, with
ANSWERED, that many of them, chosen at random in the set's order, as
volunteers do: the rest are unanswered, a warning), with an observation of
the criterion's type, dates inside the plan and before the check: valid for
the schema *and* the semantic checks. Every 20th file
(index % 20 == 7) gets one schema-level defect, cycling through a bad date
format, a string where a boolean belongs, an unknown field and a missing
required field, so that every schema validator (formats on) and napcheck
flag exactly the same files. OUT_DIR/invalid.txt lists them.
Deterministic: the same arguments give the same files.

With --bodies B (the consensus benchmark, bench/consensus.sh) the N files
assess B bodies, file i the body i % B (about N / B assessments each): one
kind and one site per body, written in varying forms (`www.`, a default
port, upper case, a path) that all normalise to the same host, and a named
assessor per file. Each body has one "true" observation per criterion that
an assessor reports with probability 0.75, else a random one, so that
assessors mostly agree; on two contested criteria per body assessors split
between two observations (0.45 each), so that some are disputed. The invalid files
are then every file of one round in 20 (file i is in round i // B), so
that every body keeps valid assessments.
"""

import datetime
import json
import os
import random
import sys


def day(rng, start, end):
    span = (end - start).days
    return start + datetime.timedelta(days=rng.randint(0, max(span, 0)))


def observation(rng, criterion, start, checked):
    spec = criterion["observation"]
    kind = spec["type"]
    if kind == "yes_no":
        return {"type": "yes_no", "value": rng.random() < 0.6}
    if kind == "choice":
        return {"type": "choice", "value": rng.choice(spec["options"])["id"]}
    if kind == "choices":
        ids = [o["id"] for o in spec["options"]]
        return {"type": "choices", "value": rng.sample(ids, rng.randint(0, len(ids)))}
    if kind == "count":
        top = spec.get("max") or 20
        return {"type": "count", "value": rng.randint(0, top)}
    if kind == "date":
        return {"type": "date", "value": day(rng, start, checked).isoformat()}
    if kind == "urls":
        n = rng.randint(0, 3)
        return {"type": "urls", "value": [f"https://example.gov.az/doc/{i}" for i in range(n)]}
    return {"type": "not_assessable"}


def assessment(rng, index, criteria_set, body=None, answered=None):
    period = criteria_set["source"]["period"]
    start = datetime.date.fromisoformat(period["start"])
    end = datetime.date.fromisoformat(period["end"])
    checked = day(rng, start + datetime.timedelta(days=60), end)
    kind = rng.choice(["local_executive", "central_executive"])
    if body is not None:
        # One body's truth: its kind and one observation per criterion,
        # from a generator seeded by the body alone.
        truth_rng = random.Random(f"body-{body}")
        kind = truth_rng.choice(["local_executive", "central_executive"])
        checked_truth = end
        # Two contested criteria per body: assessors split between two
        # observations (45% each, 10% something else), so some tie.
        contested = set(truth_rng.sample(range(len(criteria_set["criteria"])), 2))
    answers = []
    applicable = [(n, c) for n, c in enumerate(criteria_set["criteria"])
                  if kind in c["applies_to"].get("kinds", [])]
    if answered is not None and answered < len(applicable):
        keep = set(rng.sample(range(len(applicable)), answered))
        applicable = [a for i, a in enumerate(applicable) if i in keep]
    for number, criterion in applicable:
        if body is None:
            seen = observation(rng, criterion, start, checked)
        else:
            truth = observation(truth_rng, criterion, start, checked_truth)
            other = observation(truth_rng, criterion, start, checked_truth)
            for o in (truth, other):
                if o["type"] == "date" and o["value"] > checked.isoformat():
                    o["value"] = checked.isoformat()
            draw = rng.random()
            if number in contested:
                seen = truth if draw < 0.45 else other if draw < 0.9 else observation(rng, criterion, start, checked)
            else:
                seen = truth if draw < 0.75 else observation(rng, criterion, start, checked)
        answer = {
            "criterion": criterion["id"],
            "observation": seen,
        }
        if rng.random() < 0.3:
            answer["evidence"] = [f"https://site{index}.gov.az/page/{rng.randint(1, 99)}"]
        if rng.random() < 0.2:
            answer["note"] = "Yoxlanıldı; bölmə menyuda tapıldı."
        answers.append(answer)
    if body is not None:
        forms = ["https://site{}.gov.az", "https://www.site{}.gov.az/",
                 "http://SITE{}.gov.az:80/index.php", "https://site{}.gov.az:443/az"]
        return {
            "criteria_set": {"id": criteria_set["id"], "version": criteria_set["version"]},
            "site": {
                "url": forms[index % len(forms)].format(body),
                "name": f"Rayon İcra Hakimiyyəti {body}",
                "body_kind": kind,
            },
            "checked_on": checked.isoformat(),
            "language": rng.choice(["az", "en", "ru"]),
            "assessor": {"name": f"Könüllü {index}", "organisation": "Economic Research Center"},
            "answers": answers,
        }
    return {
        "$schema": "https://napcheck.github.io/schemas/assessment.schema.json",
        "criteria_set": {"id": criteria_set["id"], "version": criteria_set["version"]},
        "site": {
            "url": f"https://site{index}.gov.az",
            "name": f"Rayon İcra Hakimiyyəti {index}",
            "body_kind": kind,
            "region": "Bakı",
        },
        "checked_on": checked.isoformat(),
        "language": rng.choice(["az", "en", "ru"]),
        "assessor": {"organisation": "Economic Research Center"},
        "answers": answers,
    }


def break_it(doc, defect):
    if defect == 0:
        d = datetime.date.fromisoformat(doc["checked_on"])
        doc["checked_on"] = d.strftime("%d.%m.%Y")
    elif defect == 1:
        for answer in doc["answers"]:
            if answer["observation"]["type"] == "yes_no":
                answer["observation"]["value"] = "yes"
                break
        else:
            doc["site"]["colour"] = "blue"
    elif defect == 2:
        doc["site"]["colour"] = "blue"
    else:
        del doc["language"]


def main():
    args = sys.argv[1:]
    bodies = None
    if "--bodies" in args:
        at = args.index("--bodies")
        bodies = int(args[at + 1])
        del args[at : at + 2]
    set_path, count, out = args[0], int(args[1]), args[2]
    answered = int(args[3]) if len(args) > 3 else None
    with open(set_path, encoding="utf-8") as f:
        criteria_set = json.load(f)
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20180817)
    invalid = []
    width = len(str(count))
    for index in range(count):
        body = None if bodies is None else index % bodies
        doc = assessment(rng, index, criteria_set, body, answered)
        name = f"assessment-{index:0{width}d}.json"
        # With --bodies, whole rounds of assessments are the invalid ones
        # (file i is in round i // bodies), so that every body keeps some.
        if (index if bodies is None else index // bodies) % 20 == 7:
            break_it(doc, (index // 20) % 4)
            invalid.append(name)
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(out, "invalid.txt"), "w", encoding="utf-8") as f:
        f.write("".join(f"{n}\n" for n in invalid))


if __name__ == "__main__":
    main()
