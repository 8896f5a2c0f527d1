"""List candidate articles for a new extraction test split (docs/extraction.md, test4 and test5).

Candidates are the articles of `../shared/corpus/rmrb/rmrb-2019-10.pages.jsonl.gz` with 200-2,200
characters of body text, a day date (`N日`), a post word and a company or meeting word, minus the
articles already in `bench/data/extract_gold.jsonl` and reprints of them or of an earlier
candidate (same first paragraph: the paper runs some reports on two pages), in the order of the SHA-1 of their reference
`"YYYY-MM-DD pN #N"`. The script prints headline and first sentence of each candidate; articles
reported abroad, commentaries, essays, profiles, obituaries, discipline notices, speech texts and
reports led by the head of state are skipped by hand on these until enough are taken. It never
runs banmian, so a split can be annotated before any output is seen.

    python bench/select_extract.py --limit 60
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "shared" / "corpus" / "rmrb" / "rmrb-2019-10.pages.jsonl.gz"
GOLD = HERE / "data" / "extract_gold.jsonl"
POST = re.compile(
    r"书记|主任|董事长|总经理|部长|局长|厅长|市长|县长|区长|省长|主席|院长|负责人|总裁|会长|理事长|镇长|村长"
)
COMPANY_OR_MEETING = re.compile(r"公司|集团|银行|会议|座谈会|论坛|大会|发布会|峰会|仪式|调研|视察|检查")
DAY = re.compile(r"\d{1,2}日")


def reference(date: str, page: int, no: int) -> str:
    return f"{date} p{page} #{no}"


def candidates(corpus: Path = CORPUS, gold: Path = GOLD) -> list[tuple[str, int, int, dict]]:
    used: set = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            used.add((row["date"], row["page"], row["no"]))
    pages = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            pages += [(page["date"], page["page"], a["no"], a) for a in page["articles"]]
    seen = {_lead(a) for *key, a in pages if tuple(key) in used}
    out = []
    for *key, a in pages:
        text = "".join(a.get("paragraphs") or [])
        if tuple(key) in used or not 200 <= len(text) <= 2200:
            continue
        if DAY.search(text) and POST.search(text) and COMPANY_OR_MEETING.search(text):
            out.append((*key, a))
    out.sort(key=lambda c: hashlib.sha1(reference(*c[:3]).encode()).hexdigest())
    unique = []
    for c in out:
        if _lead(c[3]) not in seen:
            seen.add(_lead(c[3]))
            unique.append(c)
    return unique


def _lead(article: dict) -> str:
    paragraphs = article.get("paragraphs") or [""]
    return re.sub(r"\s+", "", paragraphs[0])[:80]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=60)
    args = ap.parse_args()
    for date, page, no, a in candidates()[: args.limit]:
        first = re.split(r"(?<=[。！？])", (a.get("paragraphs") or [""])[0])[0]
        print(f"{reference(date, page, no)} | {a.get('headline')} | {first[:110]}")


if __name__ == "__main__":
    main()
