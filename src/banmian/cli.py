"""Command line: thin click commands over the Python API."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from banmian.errors import BanmianError
from banmian.extract.lexicon import LexiconError, load_lexicon
from banmian.model import Page
from banmian.pipeline import parse
from banmian.render import page_markdown
from banmian.settings import load_settings
from banmian.sources.text import MAX_BYTES, read_page_file, read_page_stream


def _read(name: str, max_bytes: int) -> tuple[str, str]:
    """(source label, text) of a file name or `-` for stdin."""
    if name == "-":
        return "<stdin>", read_page_stream(sys.stdin.buffer, max_bytes=max_bytes)
    return Path(name).name, read_page_file(name, max_bytes=max_bytes)


def _emit(page: Page, fmt: str, count: int) -> None:
    if fmt == "markdown":
        click.echo(page_markdown(page))
    elif fmt == "jsonl" or count > 1:
        click.echo(json.dumps(page.to_dict(), ensure_ascii=False))
    else:
        click.echo(json.dumps(page.to_dict(), ensure_ascii=False, indent=1))


@click.group()
@click.version_option(package_name="banmian")
def main() -> None:
    """banmian: Chinese newspaper pages to structured articles and entities."""


@main.command("parse")
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "markdown"]), default="json",
              show_default=True, help="json: the page contract; jsonl: one page per line; markdown: readable.")
@click.option("--year", type=click.IntRange(1900, 2100), default=None,
              help="Year for dates written without one, when the page does not say.")
@click.option("--max-bytes", type=click.IntRange(1), default=MAX_BYTES, show_default=True,
              help="Refuse files larger than this (one page is far smaller).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(dir_okay=False),
              help="A lexicon file of your own, named like the list it extends (e.g. my/titles.txt). Repeatable.")
@click.option("--settings", "settings_file", type=click.Path(dir_okay=False), default=None,
              help="Layout thresholds overriding the package's settings.cfg (same INI format).")
def parse_cmd(
    files: tuple[str, ...], fmt: str, year: int | None, max_bytes: int, lexicons: tuple[str, ...],
    settings_file: str | None,
) -> None:
    """Parse page text files (or - for stdin) into articles.

    Example: banmian parse page.txt --format markdown

    Example: banmian parse page.txt --lexicon my/titles.txt

    Several files with --format json print one JSON object per line. A file that cannot be read
    is reported on stderr (BMnnn code) and the others still come out; the exit status is then 2.
    """
    try:
        lexicon = load_lexicon(lexicons) if lexicons else None
        settings = load_settings(settings_file) if settings_file else None
    except (LexiconError, BanmianError, OSError) as exc:
        click.echo(f"banmian: {exc}", err=True)
        sys.exit(2)
    failed = 0
    for name in files:
        try:
            source, text = _read(name, max_bytes)
            page = parse(text, source=source, year=year, lexicon=lexicon, settings=settings)
        except BanmianError as exc:
            failed += 1
            click.echo(f"banmian: {exc}", err=True)
            continue
        _emit(page, fmt, len(files))
    if failed:
        sys.exit(2)
