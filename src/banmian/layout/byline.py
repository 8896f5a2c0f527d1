"""Split a byline (本报讯（刘钦赐 文 郑文典 图）, 新华社北京9月30日电（记者朱基钗）…) off a paragraph.

The credits inside the parentheses name people with role words either before the names
(记者 张三 通讯员 李四) or after them (刘钦赐 文 郑文典 图); both orders occur in the same paper.
"""

from __future__ import annotations

import re

from banmian.model import Byline

_SOURCE = re.compile(
    r"^\s*(?P<src>本报讯|本报(?!记者)(?:[^，。、“”（）()\s]|\s(?=\d)|(?<=\d)\s){0,20}电|"
    r"(?:新华社|中新社|中通社|人民网|新华网|央视网|央广网|光明网|中国新闻网)"
    r"(?:[^，。、“”（）()\s]|\s(?=\d)|(?<=\d)\s){0,22}(?:电|讯|消息)|"
    r"据(?:新华社|人民日报|中央广播电视总台)[^，。]{0,10}(?:报道|消息)|"
    r"据(?:新华社|中新社|人民网|新华网|央视网)[^，。、“”（）()\s]{0,16}电)[:：，,]?\s*"
)
# `本报讯 记者 陈晓云 通讯员 林一帆 3月3日…`: unbracketed credits, each name closed by a space.
_CREDITS_AFTER_SOURCE = re.compile(
    r"^\s*(?P<credits>(?:(?:本报|本刊)?(?:特约|融媒体|见习)?(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff·]{2,4}\s+)+)"
)
_PAREN = re.compile(r"^\s*[（(](?P<credits>[^（）()]{2,60})[）)]\s*")
_BARE = re.compile(
    r"^\s*[□■◇◆]?\s*(?P<credits>(?:本报|本刊)?(?:特约|融媒体|见习)?(?:记者|通讯员)\s*[^\s，。：:（）()]{2,4}"
    r"(?:\s+(?:(?:本报|本刊)?(?:特约|融媒体|见习)?(?:记者|通讯员|实习生)\s*)?(?!报道)[^\s，。：:（）()]{2,4}){0,5})"
    r"(?:\s+报道|\s*$)\s*"
)
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])\s+([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_JUMP = re.compile(r"(上接|下转|转)第?[0-9０-９一二三四五六七八九十]+版")
_PAREN_CREDIT_HINT = re.compile(
    r"记者|通讯员|实习生|文|图|摄|^[\u4e00-\u9fff·]{2,5}(?:[\s、，,][\u4e00-\u9fff·]{2,5})*$"
)

_PREFIX_ROLE = re.compile(
    r"^(本报记者|本刊记者|特约记者|融媒体记者|见习记者|摄影记者|记者|通讯员|实习生|摄影|作者|文字|图片)"
)
_SUFFIX_ROLES = ("文/图", "文／图", "图/文", "图／文", "摄影", "文", "图", "摄")
_PHOTO = {"图", "摄", "摄影", "摄影记者", "图片"}
_BOTH = {"文/图", "文／图", "图/文", "图／文"}
_NAME = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·]{1,5}$")


def _role_kind(role: str) -> str:
    if role in _BOTH:
        return "both"
    return "photo" if role in _PHOTO else "text"


def parse_credits(credits: str) -> list[tuple[str, str]]:
    """(name, role) pairs from the inside of a byline's parentheses."""
    tokens: list[str] = []
    for raw in re.split(r"[\s、，,；;]+", credits.strip()):
        while raw:
            if m := _PREFIX_ROLE.match(raw):
                tokens.append(m.group(1))
                raw = raw[m.end():]
                continue
            tokens.append(raw)
            break
    # A role glued to the end of a name (`郑文典图`, after a line join) is split off.
    # `文` glued to a name is only a role when the credits also name a photographer
    # (`刘一文文 郑二典图`); otherwise it is part of the name (`记者李中文`).
    # A name already followed by its own role word keeps its last character (`刘一文 文`).
    photo_credit = any(t.endswith(("图", "摄")) for t in tokens)
    split: list[str] = []
    for i, tok in enumerate(tokens):
        suffix = None if tok in _SUFFIX_ROLES else next((r for r in _SUFFIX_ROLES if tok.endswith(r)), None)
        role_follows = i + 1 < len(tokens) and tokens[i + 1] in _SUFFIX_ROLES
        if suffix and len(tok) - len(suffix) >= 2 and not role_follows and (suffix != "文" or photo_credit):
            split.extend([tok[: -len(suffix)], suffix])
        else:
            split.append(tok)
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    prefix_role: str | None = None
    for tok in split:
        if tok in _SUFFIX_ROLES and pending:
            out.extend((name, tok) for name in pending)
            pending = []
        elif _PREFIX_ROLE.fullmatch(tok):
            out.extend((name, prefix_role or "记者") for name in pending)
            pending, prefix_role = [], tok
        elif _NAME.match(tok):
            pending.append(tok)
    out.extend((name, prefix_role or "记者") for name in pending)
    return out


def _to_byline(source: str | None, credits: list[tuple[str, str]], raw: str) -> Byline:
    by = Byline(source=source, credits=credits, raw=raw.strip())
    for name, role in credits:
        kind = _role_kind(role)
        if kind in ("text", "both") and name not in by.reporters:
            by.reporters.append(name)
        if kind in ("photo", "both") and name not in by.photographers:
            by.photographers.append(name)
    return by


def split_byline(text: str) -> tuple[Byline | None, str]:
    """Return the byline at the start of `text` (if any) and the text that follows it.

    A dateline may carry the spaces justification puts around numbers (`本报北京 10 月 6 日电`);
    a two-character name padded to three cells (`本报记者  王  亮`) is closed up first.
    """
    text = _PADDED_NAME.sub(r"\1\2", text)
    source = None
    rest = text
    if m := _SOURCE.match(rest):
        source = re.sub(r"\s+", "", m.group("src"))
        rest = rest[m.end():]
    credits: list[tuple[str, str]] = []
    pm = _PAREN.match(rest)
    am = _CREDITS_AFTER_SOURCE.match(rest) if source else None
    if am:
        credits = parse_credits(am.group("credits"))
        rest = rest[am.end():]
    elif pm and not _JUMP.match(pm.group("credits")) and (source or _PAREN_CREDIT_HINT.search(pm.group("credits"))):
        credits = parse_credits(pm.group("credits"))
        if credits or source:
            rest = rest[pm.end():]
    elif not source and (bm := _BARE.match(rest)):
        credits = parse_credits(bm.group("credits"))
        rest = rest[bm.end():] if credits else rest
    if source is None and not credits:
        return None, text
    return _to_byline(source, credits, text[: len(text) - len(rest)]), rest
