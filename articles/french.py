"""French words as the search index sees them: folded, stemmed, stop words left out.

The same function turns an article's text and a reader's query into index terms,
so that both databases (SQLite and PostgreSQL) index and look up exactly the
same words: "Écologie", "écologie" and "ecologie" are all `ecolog`;
"investissements" and "investissement" are both `invest` (Snowball's French
stemmer, the algorithm PostgreSQL's `french` configuration also uses).

Accents are folded *before* stemming, so that a query typed without accents
("elysee") finds the accented word ("Élysée") — readers on phones often skip them.
"""

import functools
import re
import unicodedata
from html import escape

import snowballstemmer
from django.utils.safestring import mark_safe

WORD_RE = re.compile(r"[^\W_]+")
# Ligatures NFKD leaves alone.
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})

# Folded French stop words (the common part of Snowball's and PostgreSQL's lists),
# and the elided forms ("l’", "qu’") that the tokenizer splits off.
_STOP_WORDS = """
    a ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions
    aurons auront aux avaient avais avait avec avez aviez avions avons ayant ayez ayons c ce ceci
    cela ces cet cette d dans de des du elle elles en es est et etaient etais etait etant etes
    etiez etions eu eue eues eurent eus eut eux il ils j je l la le les leur leurs lui m ma mais
    me meme mes moi mon n ne nos notre nous on ont ou par pas pour qu que qui s sa se ses si son
    sont sur t ta te tes toi ton tu un une vos votre vous y
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())

_stemmer = snowballstemmer.stemmer("french")


def fold(word):
    """`word` in lower case, without accents or ligatures: "Écœuré" -> "ecoeure"."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.lru_cache(maxsize=200_000)
def term(word):
    """The index term of one word ("" for a stop word); `word` is already in lower case."""
    folded = fold(word)
    if folded in STOP_WORDS or (len(folded) < 2 and not folded.isdigit()):
        return ""
    # Only [a-z0-9] from here: safe inside an FTS5 or tsquery literal.
    folded = "".join(char for char in folded if char.isascii() and char.isalnum())
    return _stemmer.stemWord(folded) if folded.isalpha() else folded


def words(text):
    """The words of `text`, as written (NFC first: "e" + combining accent is one letter)."""
    return WORD_RE.findall(unicodedata.normalize("NFC", text or ""))


def terms(text):
    """The set of index terms of `text`."""
    # Split on white space first and cache each distinct token's terms: at 100,000
    # articles this is three times faster than running the word pattern over the text.
    return frozenset().union(*map(_token_terms, set((text or "").lower().split())))


@functools.lru_cache(maxsize=300_000)
def _token_terms(token):
    return frozenset(filter(None, map(term, words(token))))


def query_terms(query, limit=10):
    """The distinct index terms of a reader's query, in the order typed, `limit` at most."""
    found = []
    for word in words(query.lower()):
        word_term = term(word)
        if word_term and word_term not in found:
            found.append(word_term)
    return found[:limit]


def highlight(text, query, length=None, context=8):
    """`text`, HTML-escaped, with the words that match `query` (a list of terms) in <mark>.

    With `length` (a number of words), only a passage of that many words is kept,
    starting a few words before the first match, with "…" where text was cut.
    """
    text = unicodedata.normalize("NFC", text or "")
    matches = list(WORD_RE.finditer(text))
    wanted = set(query)
    hits = [n for n, match in enumerate(matches) if term(match.group().lower()) in wanted]
    start_char, end_char, prefix, suffix = 0, len(text), "", ""
    if length and len(matches) > length:
        first = max(0, hits[0] - context) if hits else 0
        first = min(first, len(matches) - length)
        last = first + length - 1
        if first > 0:
            start_char, prefix = matches[first].start(), "… "
        if last < len(matches) - 1:
            end_char, suffix = matches[last].end(), " …"
    parts, position = [], start_char
    for n in hits:
        match = matches[n]
        if match.start() < start_char or match.end() > end_char:
            continue
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:end_char]))
    return mark_safe(prefix + "".join(parts) + suffix)


def contains(text, query):
    """True when a word of `text` matches one of the terms `query`."""
    return not terms(text).isdisjoint(query)
