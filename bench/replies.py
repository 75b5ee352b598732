#!/usr/bin/env python3
"""Bodies' replies for the consensus benchmark (bench/consensus.sh).

usage: replies.py SET_JSON BODIES R OUT_DIR

Writes R replies, one for each of the bodies 0 .. R-1 that
bench/generate.py --bodies BODIES assesses (site<b>.gov.az, the body's
kind drawn from the same seed), each about the first yes/no criterion that
applies to the body's kind, with statuses in turn open, upheld, corrected
and rejected (decided ones with a reason), so that a quarter of them
correct a rating: the report applies them and evaluates each contested
rating before and after.
"""

import json
import os
import random
import sys


def main():
    set_path, bodies, count, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    with open(set_path, encoding="utf-8") as f:
        criteria_set = json.load(f)
    os.makedirs(out, exist_ok=True)
    statuses = ["open", "upheld", "corrected", "rejected"]
    for body in range(min(count, bodies)):
        kind = random.Random(f"body-{body}").choice(["local_executive", "central_executive"])
        criterion = next(c for c in criteria_set["criteria"]
                         if kind in c["applies_to"].get("kinds", []) and c["observation"]["type"] == "yes_no")
        status = statuses[body % 4]
        reply = {
            "body": f"site{body}.gov.az",
            "criteria_set": {"id": criteria_set["id"], "version": criteria_set["version"]},
            "criterion": criterion["id"],
            "contested": criteria_set["scale"]["levels"][-1]["id"],
            "observation": {"type": "yes_no", "value": True},
            "evidence": [f"https://site{body}.gov.az/page/29.html"],
            "text": "Bölmə saytda var: ana səhifədəki menyudan açılır.",
            "language": "az",
            "made_on": "2029-12-10",
            "status": status,
        }
        if status != "open":
            reply["decision"] = {"reason": "Checked on the site by a reviewer.", "decided_on": "2029-12-20"}
        with open(os.path.join(out, f"site{body}.reply.json"), "w", encoding="utf-8") as f:
            json.dump(reply, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
