"""Tunable thresholds of page reconstruction, kept in one documented file users can override.

The package ships `settings.cfg` with the values the evaluation was run with; a user file in
the same INI format overrides any subset of them.
"""

from __future__ import annotations

import configparser
import dataclasses
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from banmian.errors import BanmianError


class SettingsError(BanmianError):
    code = "BM106"


@dataclass(frozen=True, slots=True)
class Settings:
    window: int
    same_column: float
    tolerance: float
    over_share: float
    first_line_indent: float
    wrapped_credit_lines: int
    column_change: float
    similarity_override: float
    stack_echo: float
    split_echo: float
    echo_weight: float
    join_echo: float
    photo_story_chars: int
    caption_min_similarity: float


def _read(parser: configparser.ConfigParser, values: dict[str, float | int], name: str) -> None:
    types = {f.name: f.type for f in dataclasses.fields(Settings)}
    for section in parser.sections():
        for key, raw in parser.items(section):
            if key not in types:
                raise SettingsError(f"unknown setting [{section}] {key}", name=name)
            try:
                values[key] = int(raw) if types[key] == "int" else float(raw)
            except ValueError as exc:
                raise SettingsError(f"[{section}] {key} = {raw!r} is not a number", name=name) from exc


@cache
def default_settings() -> Settings:
    """The package's settings.cfg."""
    return load_settings()


def load_settings(path: str | Path | None = None) -> Settings:
    """The package settings, with a user file's values over them."""
    values: dict[str, float | int] = {}
    parser = configparser.ConfigParser()
    parser.read_string(resources.files("banmian").joinpath("settings.cfg").read_text(encoding="utf-8"))
    _read(parser, values, "settings.cfg")
    if path is not None:
        user = configparser.ConfigParser()
        try:
            user.read_string(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, configparser.Error) as exc:
            raise SettingsError(f"cannot read settings: {exc}", name=str(path)) from exc
        _read(user, values, str(path))
    return Settings(**values)  # type: ignore[arg-type]
