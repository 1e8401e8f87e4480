#!/usr/bin/env python3
"""Writes one brief per shipped scenario for people (or helpers) who write held-out
replies: the briefing, the customer, the knowledge base, and for every turn the customer's
lines and each expectation's id, kind, name, fact and the coach's tip - never its patterns
(`say`, `unless`, `and_say`, `negation_reach`), nor its `value` or `same_as`. Replies
written from these briefs measure what the patterns have not been shown
(Benchmarks/scenario-replies*.jsonl, docs/grading.md "Held-out scenarios").

    python3 Benchmarks/scenario-briefs.py OUT_DIR     # needs PyYAML (pip install pyyaml)
"""
import glob
import os
import sys

import yaml


def brief(scenario):
    out = [f"# {scenario['id']} ({scenario.get('language')}) - {scenario.get('title')}", "",
           "Briefing: " + (scenario.get("briefing") or "").strip(), "",
           "Customer: " + yaml.safe_dump(scenario.get("customer"), allow_unicode=True),
           "## Knowledge base (the facts the trainee may look up)"]
    for key, fact in (scenario.get("knowledge") or {}).items():
        out.append(f"- {key} ({fact.get('topic')}): {fact.get('text')}")
    out.append("")
    turns = scenario.get("turns") or {}
    by_id = {e["id"]: e for t in turns.values() for e in (t.get("expect") or [])}
    for turn_id, turn in turns.items():
        if not turn.get("expect"):
            continue
        out.append(f"## turn `{turn_id}`")
        for line in turn.get("customer") or []:
            out.append(f"- customer says: {line if isinstance(line, str) else line.get('line', line)}")
        out.append("Expectations:")
        for e in turn["expect"]:
            base = by_id.get(e.get("same_as"), {}) if e.get("same_as") else {}
            kind = e.get("kind") or base.get("kind") or "fact"
            critical = ", critical" if e.get("critical") else ""
            line = f"- `{e['id']}` [{kind}{critical}] {e.get('name') or base.get('name')}"
            if e.get("fact") or base.get("fact"):
                line += f" (fact: {e.get('fact') or base.get('fact')})"
            if e.get("tip") or base.get("tip"):
                line += f" - coach's tip: {e.get('tip') or base.get('tip')}"
            out.append(line)
        out.append("")
    return "\n".join(out)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Scenarios")
    for path in sorted(glob.glob(os.path.join(root, "*.yaml"))):
        if path.endswith((".walkthrough.yaml", ".track.yaml")):
            continue
        with open(path, encoding="utf-8") as f:
            scenario = yaml.safe_load(f)
        with open(os.path.join(out_dir, scenario["id"] + ".md"), "w", encoding="utf-8") as f:
            f.write(brief(scenario))
        print(os.path.join(out_dir, scenario["id"] + ".md"))


if __name__ == "__main__":
    main()
