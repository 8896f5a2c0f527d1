"""Readable renderings of a parsed page (the JSON contract lives in `model.Page.to_dict`)."""

from __future__ import annotations

from banmian.model import Article, Page


def _article_markdown(art: Article) -> list[str]:
    out: list[str] = []
    if art.kicker:
        out.append(f"*{art.kicker}*")
        out.append("")
    out.append(f"## {art.headline or '（无标题）'}")
    if art.subheadline:
        out += ["", f"### {art.subheadline}"]
    if art.highlights:
        out += [""] + [f"> ● {h}" for h in art.highlights]
    if art.byline:
        credits = "，".join(f"{name}（{role}）" for name, role in art.byline.credits)
        out += ["", f"**{'　'.join(x for x in (art.byline.source, credits) if x)}**"]
    for p in art.paragraphs:
        out += ["", p]
    for c in art.captions:
        out += ["", f"*图片说明：{c}*"]
    return out


def page_markdown(page: Page) -> str:
    """The page as Markdown: one section per article, furniture in a header line."""
    head = [f"# {page.source or '版面'}"]
    meta = [x for x in (page.publication, page.publication_date, page.page_number and f"第{page.page_number}版",
                        page.edition) if x]
    if meta:
        head += ["", " · ".join(meta)]
    lines = head
    for art in page.articles:
        lines += ["", "---", "", *_article_markdown(art)]
    if page.unassigned:
        lines += ["", "---", "", "未归属文字："] + [f"- {u}" for u in page.unassigned]
    return "\n".join(lines) + "\n"
