"""Repairs of OCR damage, each one recorded.

Only damage whose repair is certain from the text itself is repaired: `I’homme`
(no French word is spelt `I’`), `ceuvre` (always `œuvre`), `&` and `a` read for
`à` where the next word shows that `a` is not the verb, and words split by a
stray space (`ha rcèlement`) when the joined word occurs elsewhere in the document
and a part does not. Everything else is left for the QA checks to report.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

Record = Callable[[str, str, str], None]  # (original, repaired, reason)

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")

_FR_FIXED: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"\|\s*['’]"), "l’", "ocr-l-apostrophe"),
    (re.compile(r"(?<![\w’'])I[’'](?=\s?[^\W\d_])"), "l’", "ocr-l-apostrophe"),
    (re.compile(r"(?<=\b[ldnsjcmLDNSJCM]’) (?=[^\W\d_])"), "", "ocr-apostrophe-space"),
    (re.compile(r"(?<=l’)(?:l?hn|lh|n)omme\b"), "homme", "ocr-homme"),
    (re.compile(r"\bceuvr(?=\w*)"), "œuvr", "ocr-oe"),
    (re.compile(r"\bCeuvr(?=\w*)"), "Œuvr", "ocr-oe"),
    (re.compile(r"(?<= )&(?= )"), "à", "ocr-a-grave"),
]

# After `a`, these show the verb avoir (`a adopté`, `a été`): everything else takes `à`.
_PARTICIPLE = re.compile(r"^[^\W\d_]+(?:é|ée|és|ées|i|is|it|u|us|ue|ues)$")
_AVOIR_NEXT = {"été", "eu", "fait", "pris", "mis", "dit", "affirme", "lieu", "droit", "trait", "pour", "besoin"}
_A_GRAVE_NEXT = {"tous", "toutes", "tout", "plus", "nous", "vous", "sous", "jamais", "titre", "cet", "cette", "ce", "ces"}
_AVOIR_BEFORE = {"il", "elle", "on", "qui", "y", "ce", "cela", "qu’il", "qu’elle", "n’"}


def _repair_a(text: str, record: Record, next_word: str) -> str:
    def fix(m: re.Match[str]) -> str:
        before = text[: m.start()].split()
        after = text[m.end():].split() or [next_word]
        previous = before[-1].lower() if before else ""
        following = after[0].lower().strip(",;.") if after else ""
        if not following or previous in _AVOIR_BEFORE or following in _AVOIR_NEXT:
            return m.group(0)
        if _PARTICIPLE.match(following) and following not in _A_GRAVE_NEXT:
            return m.group(0)
        record("a", "à", "ocr-a-grave")
        return "à"

    return re.sub(r"(?<!\S)a(?= |$)", fix, text)


def shows_ocr_damage(texts: list[str]) -> bool:
    """Whether a French text bears the marks of OCR (`I’homme`, `ceuvre`, `| 'homme`).

    `a` for `à` is only repaired in such a text: in clean French `a` is the verb
    (`Chacun a le droit`), and no rule on the next word tells the two apart as
    surely as the presence of other OCR damage does.
    """
    evidence = [pattern for pattern, _, reason in _FR_FIXED if reason in {"ocr-l-apostrophe", "ocr-oe"}]
    return sum(len(pattern.findall(text)) for text in texts for pattern in evidence) >= 3


def repair_french(text: str, record: Record, next_word: str = "", *, ocr: bool = True) -> str:
    """Repair the OCR misreadings of French text the corpus shows; `next_word` starts the next line.

    With ``ocr=False`` (a text without OCR damage) only the repairs that cannot
    touch correct French are made, and `a` is left alone.
    """
    for pattern, replacement, reason in _FR_FIXED:

        def sub(m: re.Match[str], replacement: str = replacement, reason: str = reason) -> str:
            if m.group(0) != replacement:
                # record the whole damaged word, so that the repair reads as the word it was
                start = m.start() - len(re.search(r"\w*$", text[: m.start()]).group(0))
                end = m.end() + len(re.match(r"\w*", text[m.end():]).group(0))
                word = text[start:end]
                record(word, word.replace(m.group(0), replacement, 1), reason)
            return replacement

        text = pattern.sub(sub, text)
    return _repair_a(text, record, next_word) if ocr else text


def vocabulary(texts: list[str]) -> Counter[str]:
    """Word counts of a document, case-folded: the evidence for joining split words."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w.casefold() for w in _WORD.findall(text))
    return counts


def join_split_words(text: str, vocab: Counter[str], record: Record) -> str:
    """`ha rcèlement` -> `harcèlement` when the document spells the joined word elsewhere.

    A pair is joined only when at least one part occurs nowhere else in the
    document, so two real words (`la paix`) are never glued together.
    """
    words = [m for m in _WORD.finditer(text) if "’" not in m.group(0) and "'" not in m.group(0)]
    out: list[str] = []
    last = 0
    skip_until = -1
    for left, right in zip(words, words[1:]):
        if left.start() < skip_until or text[left.end():right.start()] != " ":
            continue
        joined = (left.group(0) + right.group(0)).casefold()
        if len(joined) < 4 or vocab[joined] < 1:
            continue
        if vocab[left.group(0).casefold()] > 1 and vocab[right.group(0).casefold()] > 1:
            continue
        original = text[left.start():right.end()]
        record(original, left.group(0) + right.group(0), "split-word")
        out.append(text[last:left.start()] + left.group(0) + right.group(0))
        last = right.end()
        skip_until = right.end()
    out.append(text[last:])
    return "".join(out)
