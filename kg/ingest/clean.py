"""Turn PDF-extracted text into clean prose while remembering where every character came from.

PDF text carries page furniture (running heads, page numbers, URLs), words hyphenated across
line breaks, tables and figure captions interleaved with the prose. Cleaning removes or sets
these aside, and keeps, for each character of the clean text, its offset in the original file,
so evidence can always point back into the source document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

URL_LINE = re.compile(r"^\s*(?:\S*:)?\s*(?:https?://|www\.|mailto:|doi:\s*10\.)\S*\s*$", re.I)
PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
JOURNAL_RUNNING_LINE = re.compile(r"^\s*[A-Z][\w .&-]{2,60},\s*(?:19|20)\d\d;\s*\d+\(\d+\):\s*\d+\s*[-–]\s*\d+\s*$")
CAPTION_START = re.compile(r"^\s*(?:Figure|Fig\.)\s*\d+[.:]")
TABLE_START = re.compile(r"^\s*Table\s+\d+[.:]")
TABLE_END = re.compile(r"^\s*(?:Abbreviations?|Notes?)\s*:")
SENTENCE_END = re.compile(r"[.!?:;][\"')\]]*\s*$")
HEADING = re.compile(r"^\s*[A-Z][^.!?]{0,70}$")
# "6·9 months": the Lancet writes the decimal point as a raised (middle) dot between digits
DECIMAL_DOT = re.compile(r"(?<=\d)[\u00b7\u2219\u22c5](?=\d)")


@dataclass
class Line:
    """One physical line of the original file."""

    text: str
    start: int

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class CleanText:
    """Clean prose, its map back to the original file, and the blocks set aside."""

    text: str = ""
    offsets: list[int] = field(default_factory=list)
    breaks: set[int] = field(default_factory=set)
    blocks: list[tuple[str, int, int, str]] = field(default_factory=list)

    def append(self, piece: str, origin: int | list[int]) -> None:
        """Add ``piece``; ``origin`` is its start offset in the original, or one offset per character."""
        self.text += piece
        if isinstance(origin, int):
            self.offsets.extend(range(origin, origin + len(piece)))
        else:
            self.offsets.extend(origin)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets covering clean characters ``start..end``."""
        return self.offsets[start], self.offsets[end - 1] + 1


def decimal_points(text: str) -> str:
    """Middle-dot decimals as full stops, one character for one, so every offset still holds."""
    return DECIMAL_DOT.sub(".", text)


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        lines.append(Line(raw.rstrip("\r\n"), pos))
        pos += len(raw)
    return lines


def is_furniture(line: Line, title: str | None, seen_title_lines: int) -> bool:
    """Page furniture: URLs, page numbers, journal running lines, repeated running titles."""
    s = line.stripped
    if not s:
        return False
    if URL_LINE.match(s) or PAGE_NUMBER.match(s) or JOURNAL_RUNNING_LINE.match(s):
        return True
    if title and seen_title_lines and len(s) >= 20 and normalise(s) in normalise(title):
        return True
    return False


def normalise(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


COMPOUND_HEADS = frozenset({
    "open", "non", "platelet", "dose", "time", "well", "long", "short", "first", "second", "third",
    "multi", "single", "double", "self", "cross", "high", "low", "drug", "treatment", "tumor", "cell",
})
"""Words that usually head a hyphenated compound ("open-label", "non-clinical", "dose-dependent")."""

WORD = re.compile(r"[\w\u0370-\u03ff]+(?:-[\w\u0370-\u03ff]+)*")


def join_hyphenated(left: str, right: str, lexicon: frozenset[str] | set[str]) -> bool:
    """Whether a line-final hyphen in ``left`` is a break inside one word (to drop) or part of a name.

    ``VEGFR-`` + ``2`` keeps its hyphen; ``che-`` + ``motherapy`` joins; ``CY-`` + ``P2D6`` joins
    only because ``CYP2D6`` is a known name.
    """
    head = re.search(r"([\w\u0370-\u03ff]+)-$", left)
    tail = re.match(r"([\w\u0370-\u03ff/]+)", right)
    if not head or not tail:
        return False
    a, b = head.group(1), tail.group(1)
    if (a + b).lower() in lexicon:
        return True
    if f"{a}-{b}".lower() in lexicon:
        return False
    if b[0].isdigit() or b[0].isupper() or not b[0].isalpha() or a.lower() in COMPOUND_HEADS:
        return False
    return a[-1].islower()


def clean(text: str, title: str | None = None, lexicon: frozenset[str] = frozenset()) -> CleanText:
    """Clean ``text``; tables and captions go to ``blocks`` rather than into the prose."""
    lines = split_lines(decimal_points(text))
    known = set(lexicon) | {w for w in WORD.findall(text.lower()) if not w.endswith("-")}
    out = CleanText()
    seen_title_lines = 0
    i = 0
    pending_break = False
    while i < len(lines):
        line = lines[i]
        s = line.stripped
        if TABLE_START.match(s) or CAPTION_START.match(s):
            i = _take_block(lines, i, out)
            continue
        if not s:
            first_paragraph = bool(out.text) and not out.breaks
            pending_break = pending_break or first_paragraph or _ends_paragraph(out.text)
            i += 1
            continue
        if is_furniture(line, title, seen_title_lines):
            i += 1
            continue
        if title and normalise(s) and normalise(s) in normalise(title):
            seen_title_lines += 1
        lead = len(line.text) - len(line.text.lstrip())
        body = line.text.strip()
        if out.text:
            if pending_break or _is_heading(out, lines, i):
                out.breaks.add(len(out.text) + 1)
                out.append("\n", line.start - 1 if line.start else 0)
            elif out.text.endswith("-") and join_hyphenated(out.text, body, known):
                out.text, out.offsets = out.text[:-1], out.offsets[:-1]
            elif not re.search(r"(?:\w-|/)$", out.text):
                out.append(" ", line.start - 1 if line.start else 0)
        pending_break = False
        out.append(body, line.start + lead)
        i += 1
    return out


def _ends_paragraph(text: str) -> bool:
    return bool(SENTENCE_END.search(text)) or _last_line_is_heading(text)


FUNCTION_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"})


def _last_line_is_heading(text: str) -> bool:
    """A short capitalised line that does not end mid-phrase (comma, hyphen or a function word)."""
    last = text.rsplit("\n", 1)[-1].rstrip()
    words = last.split()
    if not words or not HEADING.match(last) or len(words) > 10 or last.endswith((",", "-")):
        return False
    return words[-1].lower() not in FUNCTION_WORDS


def _is_heading(out: CleanText, lines: list[Line], i: int) -> bool:
    """A short capitalised line standing alone before this one is a heading, not part of a sentence."""
    if i == 0 or lines[i - 1].stripped:
        return False
    return _last_line_is_heading(out.text)


def _take_block(lines: list[Line], i: int, out: CleanText) -> int:
    """Set aside a table (to its Abbreviations note) or a caption (one line); return the next index."""
    first = lines[i]
    kind = "table" if TABLE_START.match(first.stripped) else "caption"
    j = i + 1
    if kind == "table":
        limit = min(len(lines), i + 120)
        while j < limit and not TABLE_END.match(lines[j].stripped):
            if _pipe_table_ended(lines, i, j):
                return _close_block(lines, i, j, kind, out)
            j += 1
        while j < len(lines) and lines[j].stripped and not SENTENCE_END.search(lines[j].stripped):
            j += 1
        j = min(j + 1, len(lines))
    return _close_block(lines, i, j, kind, out)


def _pipe_table_ended(lines: list[Line], i: int, j: int) -> bool:
    """A table of ' | ' columns with no closing note ends at the first blank line after its rows that is not
    followed by another row."""
    if lines[j].stripped or not any(" | " in line.stripped for line in lines[i + 1:j]):
        return False
    after = next((line.stripped for line in lines[j + 1:] if line.stripped), "")
    return " | " not in after and not TABLE_END.match(after)


def _close_block(lines: list[Line], i: int, j: int, kind: str, out: CleanText) -> int:
    """Record lines i to j (exclusive) as a block set aside from the prose; return j."""
    first = lines[i]
    end_line = lines[j - 1]
    start, end = first.start, end_line.start + len(end_line.text)
    block_text = "\n".join(line.text for line in lines[i:j])
    out.blocks.append((kind, start, end, block_text))
    return j
