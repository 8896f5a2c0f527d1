"""Every error a user can see, with a stable code (spaCy-style) so it can be searched and tested."""

from __future__ import annotations


class BanmianError(Exception):
    """An input problem reported as one line, `BMnnn message`, never as a traceback."""

    code = "BM100"

    def __init__(self, message: str, *, name: str | None = None) -> None:
        self.name = name
        super().__init__(message)

    def __str__(self) -> str:
        where = f"{self.name}: " if self.name else ""
        return f"{where}{self.code} {self.args[0]}"


class EmptyInput(BanmianError):
    code = "BM101"


class BinaryInput(BanmianError):
    code = "BM102"


class UndecodableInput(BanmianError):
    code = "BM103"


class InputTooLarge(BanmianError):
    code = "BM104"


class UnreadableInput(BanmianError):
    code = "BM105"
