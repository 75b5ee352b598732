#!/usr/bin/env python3
"""Generates N napcheck assessments for the benchmark, 5% of them invalid.

usage: generate.py SET_JSON N OUT_DIR [ANSWERED]

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


def assessment(rng, index, criteria_set, answered):
    period = criteria_set["source"]["period"]
    start = datetime.date.fromisoformat(period["start"])
    end = datetime.date.fromisoformat(period["end"])
    checked = day(rng, start + datetime.timedelta(days=60), end)
    kind = rng.choice(["local_executive", "central_executive"])
    answers = []
    applicable = [c for c in criteria_set["criteria"] if kind in c["applies_to"].get("kinds", [])]
    if answered is not None and answered < len(applicable):
        keep = set(rng.sample(range(len(applicable)), answered))
        applicable = [c for i, c in enumerate(applicable) if i in keep]
    for criterion in applicable:
        answer = {
            "criterion": criterion["id"],
            "observation": observation(rng, criterion, start, checked),
        }
        if rng.random() < 0.3:
            answer["evidence"] = [f"https://site{index}.gov.az/page/{rng.randint(1, 99)}"]
        if rng.random() < 0.2:
            answer["note"] = "Yoxlanıldı; bölmə menyuda tapıldı."
        answers.append(answer)
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
    set_path, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    answered = int(sys.argv[4]) if len(sys.argv) > 4 else None
    with open(set_path, encoding="utf-8") as f:
        criteria_set = json.load(f)
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20180817)
    invalid = []
    width = len(str(count))
    for index in range(count):
        doc = assessment(rng, index, criteria_set, answered)
        name = f"assessment-{index:0{width}d}.json"
        if index % 20 == 7:
            break_it(doc, (index // 20) % 4)
            invalid.append(name)
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(out, "invalid.txt"), "w", encoding="utf-8") as f:
        f.write("".join(f"{n}\n" for n in invalid))


if __name__ == "__main__":
    main()
