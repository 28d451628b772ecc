"""The layout of a long post: which lines are sentences of their own, which are someone else's.

People paste forum posts: a title line with no full stop ("Googled ALS all night"), paragraphs,
"UPDATE:" and "EDIT:" sections, a sign-off, and lines quoted from another poster ("> my arm
went weak"). spaCy's sentencizer splits on punctuation only, so a title ran into the first
sentence of the body and its fear words ("googled", "terrified it's") hid the body's signs;
and a quoted post was read as the writer's own. Both are layout, not words: `line_sentences`
starts a sentence at a line break, and `unquote` blanks quoted lines and a reply's "Re:" title
(``context.yaml: posts``).
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["line_sentences", "unquote"]


def line_sentences(doc: Any) -> Any:
    """A spaCy component after the sentencizer: a line break starts a sentence when a blank
    line follows it or the next line opens with a capital letter or a symbol (a title, a new
    paragraph, a bullet, "EDIT:"). A lower-case word after a single break is a hard-wrapped
    sentence going on ("twitching for\\nthree weeks") and is left alone."""
    for token in doc:
        if not token.is_space or "\n" not in token.text or token.i + 1 >= len(doc):
            continue
        nxt = doc[token.i + 1]
        first = nxt.text[0]
        if token.text.count("\n") > 1 or first.isupper() or not first.isalnum():
            nxt.is_sent_start = True
    return doc


@functools.cache
def _quote_rules() -> tuple[
    re.Pattern[str] | None, tuple[re.Pattern[str], ...], re.Pattern[str] | None
]:
    from ._text import load_parse_data

    posts = load_parse_data("context").get("posts") or {}
    prefixes = [re.escape(str(p)) for p in posts.get("quote_line_prefixes", ())]
    line = re.compile(rf"(?m)^[ \t]*(?:{'|'.join(prefixes)})[^\n]*") if prefixes else None
    blocks = tuple(
        re.compile(rf"(?is){re.escape(str(a))}.*?(?:{re.escape(str(b))}|\Z)")
        for a, b in posts.get("quote_blocks", ())
    )
    titles = [re.escape(str(p)) for p in posts.get("reply_title_prefixes", ())]
    # only the first line that has words: a later "Re: the coffee, ..." is the writer's own
    title = re.compile(rf"(?i)\A\s*(?:{'|'.join(titles)})[^\n]*") if titles else None
    return line, blocks, title


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match[0])


def unquote(text: str) -> str:
    """The text with another poster's quoted lines ("> ...", "[quote]...[/quote]") and a
    reply's thread title ("Re: ..." as the first line) blanked, the same length (offsets
    hold). A text that is all quote is kept whole: there is nothing else to read, and a sign
    in it may be the writer's."""
    line, blocks, title = _quote_rules()
    out = text if title is None else title.sub(_blank, text, count=1)
    for rx in blocks:
        out = rx.sub(_blank, out)
    if line is not None:
        out = line.sub(_blank, out)
    if out == text or not re.search(r"[A-Za-z]{2}", out):
        return text
    return out
