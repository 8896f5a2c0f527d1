"""banmian: Chinese newspaper page text -> structured articles and entities."""

from banmian.model import Article, Byline, Event, Organization, Page, Person, Place
from banmian.pipeline import parse, parse_file

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Byline",
    "Event",
    "Organization",
    "Page",
    "Person",
    "Place",
    "__version__",
    "parse",
    "parse_file",
]
