"""Page furniture: masthead, date line, page/edition line, editor credits, hotlines.

These are not article text. The masthead date becomes `publication_date` (the year for
dates written without one); editors go to `editors`; anything else recognised but without a
field goes to `unassigned`. Masthead-like patterns (paper name, date, page) are only trusted
near the top or bottom of the page, where furniture sits; editor credits anywhere.
"""

from __future__ import annotations

import re

from banmian.layout.patterns import has, has_any, matches, precheck
from banmian.model import Line, Page

# A contact value cut at the line end, and the bare rest of it on the next line.
_CUT_VALUE = re.compile(r"[A-Za-z0-9@._\-]$")
_WRAPPED_VALUE = re.compile(r"^[A-Za-z0-9@._\-/:]+$")

#: How many non-blank lines at each end of the page may hold masthead lines.
EDGE_LINES = 8
_EDITOR_ITEM = re.compile(
    r"(本版)?(责任编辑|责编|编辑|美编|美术编辑|校对|组版|终审|值班编辑|审读)\s*[:：]\s*"
    r"([^\s:：]+(?:\s+[^\s:：]+)*?)(?=\s+(?:本版)?[\u4e00-\u9fff]{2,4}\s*[:：]|$)"
)


def _editors(text: str, page: Page) -> bool:
    found = False
    for m in _EDITOR_ITEM.finditer(text):
        names = [n for n in re.split(r"[\s、，,]+", m.group(3)) if n]
        page.editors.setdefault(m.group(2), []).extend(names)
        found = True
    return found


def find_furniture(lines: list[Line], page: Page) -> set[int]:
    """Indices of furniture lines; fills the page-level fields they carry."""
    nonblank = [i for i, ln in enumerate(lines) if not ln.blank]
    edges = set(nonblank[:EDGE_LINES] + nonblank[-EDGE_LINES:])
    out: set[int] = set()
    # Few lines could be an editor's or a hotline's (four searches each): one precheck spares the rest.
    maybe_listed = precheck(("editor", "hotline"))
    for i in nonblank:
        text = lines[i].text
        listed = maybe_listed(text) and has_any(("editor", "hotline"), text)
        if listed and has("editor", text):
            out.add(i)
            if not _editors(text, page):
                page.unassigned.append(text)
        elif listed and has("hotline", text):
            out.add(i)
            nxt = i + 1
            while nxt < len(lines) and _WRAPPED_VALUE.match(lines[nxt].text) and _CUT_VALUE.search(text):
                # an address or number cut at the column edge (…@ / 163.com) goes on below
                out.add(nxt)
                text += lines[nxt].text
                nxt += 1
            page.unassigned.append(text)
        elif i not in edges:
            continue
        elif m := (matches("pubdate", text) or matches("masthead", text)):
            if m.group(4) is None and i > 0 and not lines[i - 1].blank and i - 1 not in out:
                # a bare date right under article text closes a letter or an order: not the masthead
                continue
            out.add(i)
            y, mo, d = (int(g) for g in m.groups()[:3])
            if 1 <= mo <= 12 and 1 <= d <= 31 and page.publication_date is None:
                page.publication_date = f"{y:04d}-{mo:02d}-{d:02d}"
            pm = re.search(r"第\s*([0-9A-Z]{1,3})\s*版\s*([\u4e00-\u9fff]{2,8})?", text)
            if pm and page.page_number is None:
                page.page_number, page.edition = pm.group(1), pm.group(2)
            if (paper := re.match(r"([\u4e00-\u9fff]{2,8}报)\s", text)) and page.publication is None:
                page.publication = paper.group(1)
        elif has("page", text):
            out.add(i)
            pm = re.search(r"([A-Z]?\d{1,3})\s*版?\s*[:：]?\s*([\u4e00-\u9fff]{2,8})?$", text)
            if pm:
                page.page_number = page.page_number or pm.group(1)
                page.edition = page.edition or pm.group(2)
        elif has("paper", text) and lines[i].width <= 8:
            out.add(i)
            page.publication = page.publication or text
    return out
