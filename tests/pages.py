"""Building blocks of the invented pages the layout tests parse."""

from __future__ import annotations


def wrap(text: str, width: int) -> list[str]:
    """Hard-wrap full-width text into column lines of `width` characters, a mark that may not
    open a line hung at the end of the line before."""
    lines: list[str] = []
    for i in range(0, len(text), width):
        part = text[i:i + width]
        if lines and part[0] in "，。、；：！？）”":
            lines[-1], part = lines[-1] + part[0], part[1:]
        if part:
            lines.append(part)
    return lines


def page(*chunks: list[str]) -> str:
    """A page's text from chunks of lines."""
    return "\n".join(line for chunk in chunks for line in chunk) + "\n"
