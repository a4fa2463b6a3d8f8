"""OCR damage put into clean official French: how much of it the damage check's word list finds.

    python benchmarks/ocr_damage.py [--trials 8] [--seed 7]

The HRC 53 draft in the corpus is the only OCR text at hand, and its damage was read by
hand once (``tests/test_qa_damage.py``). This measures the same rule on damage of the
kinds that draft shows, put into official French that has none: the UDHR (parsed from
``../shared/corpus/extra/udhr``) and the 169 SDG targets. Each trial damages one word of
every paragraph (a word of five letters or more, not capitalised: the rule leaves names
alone) in one of these ways, and marks the version as OCR text, as the parser would:

| damage | what is done to the word | seen in HRC 53 |
|---|---|---|
| accent-lost | an accented letter loses its accent | `soixantieme`, `volonte` |
| accent-confused | `è`, `ê` or `à` read as `é`, `é` as `è` | `systéme`, `intérét` |
| shape | a letter read as another of like shape: `m` as `rn`, `d` as `cl`, `ç` as `g`, `ô` as `d`, `û` as `l`, `l` as `i` | `renforgant`, `rdle`, `aolt` |
| extra-letter | an `e` put before an `é` or `è`, an `a` after an `o` | `veéritable`, `promouvaoir` |

A damage is found when the damage check reports the damaged word (the excerpt) in its
unit; ``false alarms / unit`` is the share of units with a finding of the word list
(``OCR damage: 'word' is no fr word``) on an undamaged word, over the trials and the clean texts read as OCR
text. A damage that makes another French word (`a` for `à`) cannot be found by a word
list and is not made: the word must be one the list lacks or holds as rare.
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import align
from align.aligner.evaluate import sdg_targets
from align.model import Document
from align.qa.base import QAContext, pieces
from align.qa.damage import DamageCheck
from align.qa.wordlist import frequency

EXTRA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "extra"
_WORD = re.compile(r"(?<![\w’'-])[a-zà-ÿœ]{5,}(?![\w’'-])")

#: Each damage: the damaged word, or None when the word offers no place for it.
Damage = Callable[[random.Random, str], "str | None"]


def accent_lost(rng: random.Random, word: str) -> str | None:
    return _swap(rng, word, {"é": "e", "è": "e", "ê": "e", "à": "a", "â": "a", "î": "i", "ô": "o", "û": "u", "ç": "c"})


def accent_confused(rng: random.Random, word: str) -> str | None:
    return _swap(rng, word, {"è": "é", "ê": "é", "é": "è", "à": "á"})


def shape(rng: random.Random, word: str) -> str | None:
    return _swap(rng, word, {"m": "rn", "d": "cl", "ç": "g", "ô": "d", "û": "l", "l": "i"})


def extra_letter(rng: random.Random, word: str) -> str | None:
    places = [m.start() for m in re.finditer("[éè]", word)] + [m.end() for m in re.finditer("o", word[:-1])]
    if not places:
        return None
    at = rng.choice(places)
    return word[:at] + ("a" if word[at - 1: at] == "o" else "e") + word[at:]


DAMAGES: dict[str, Damage] = {
    "accent-lost": accent_lost, "accent-confused": accent_confused, "shape": shape, "extra-letter": extra_letter,
}


def _swap(rng: random.Random, word: str, table: dict[str, str]) -> str | None:
    places = [i for i, c in enumerate(word) if c in table]
    if not places:
        return None
    at = rng.choice(places)
    return word[:at] + table[word[at]] + word[at + 1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=8, help="damaged copies per damage kind and corpus")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not EXTRA.is_dir():
        raise SystemExit(f"{EXTRA} is absent: no official French to damage")
    corpora = {
        "UDHR fr": align.read(EXTRA / "udhr" / "udhr.fr.html")[0],
        "SDG targets fr": sdg_targets(EXTRA / "sdg-targets" / "targets.fr.yml", "fr"),
    }
    for document in corpora.values():
        for piece in pieces(document).values():  # the SDG file decomposes its accents; the parser composes them
            piece.text = unicodedata.normalize("NFC", piece.text)
    found: Counter[tuple[str, str]] = Counter()
    made: Counter[tuple[str, str]] = Counter()
    alarms, units = Counter(), Counter()
    for name, clean in corpora.items():
        alarmed, total = _alarms(clean)
        alarms["clean"] += alarmed
        units["clean"] += total
        for kind, damage in DAMAGES.items():
            rng = random.Random(f"{args.seed}:{name}:{kind}")
            for _ in range(args.trials):
                document = copy.deepcopy(clean)
                damaged = _damage(document, damage, rng)
                findings = _word_findings(document)
                for pid, word in damaged.items():
                    made[(kind, name)] += 1
                    found[(kind, name)] += any(f.unit == pid and f.excerpt == word for f in findings)
                wrong = {f.unit for f in findings if (f.unit, f.excerpt) not in damaged.items()}
                alarms[kind] += len(wrong)
                units[kind] += len(pieces(document))
    _print(found, made, alarms, units, list(corpora), args)


def _damage(document: Document, damage: Damage, rng: random.Random) -> dict[str, str]:
    """One damaged word in every piece of ``document`` that offers one, by unit id: the word as damaged."""
    damaged = {}
    for pid, piece in pieces(document).items():
        words = list(_WORD.finditer(piece.text))
        rng.shuffle(words)
        for m in words:
            new = damage(rng, m.group())
            if new is not None and frequency(new, "fr") < 1e-7:  # not another word in use
                piece.text = piece.text[: m.start()] + new + piece.text[m.end():]
                damaged[pid] = new
                break
    document.ocr = True
    return damaged


def _word_findings(document: Document) -> list:
    document.ocr = True  # read as OCR text, as the parser would read a scanned copy
    return [f for f in DamageCheck().run(align.one_version(document), QAContext()) if "OCR damage: '" in f.message]


def _alarms(document: Document) -> tuple[int, int]:
    clean = copy.deepcopy(document)
    return len({f.unit for f in _word_findings(clean)}), len(pieces(clean))


def _print(found: Counter, made: Counter, alarms: Counter, units: Counter, names: list[str], args: argparse.Namespace) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"OCR damage in official French read as OCR text (seed {args.seed}, {args.trials} trials, one word a paragraph)")
    for column in ("damage", *names, "recall", "false alarms / unit"):
        table.add_column(column, justify="left" if column == "damage" else "right")
    for kind in DAMAGES:
        hit, total = sum(found[(kind, n)] for n in names), sum(made[(kind, n)] for n in names)
        table.add_row(
            kind, *(f"{found[(kind, n)]}/{made[(kind, n)]}" for n in names),
            f"{hit / total:.3f}" if total else "", f"{alarms[kind] / max(units[kind], 1):.2%}",
        )
    table.add_row("clean", *("" for _ in names), "", f"{alarms['clean'] / max(units['clean'], 1):.2%}")
    Console(width=140).print(table)


if __name__ == "__main__":
    main()
