"""banmian: Chinese newspaper page text -> structured articles and entities."""

from banmian.model import Article, Byline, Event, Organization, Page, Person, Place
from banmian.pipeline import parse, parse_file
from banmian.settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Byline",
    "Event",
    "Organization",
    "Page",
    "Person",
    "Place",
    "Settings",
    "__version__",
    "load_settings",
    "parse",
    "parse_file",
]
