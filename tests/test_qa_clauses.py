"""Clauses: where the meaning check cuts a paragraph, in English, French and Dutch."""

from __future__ import annotations

from itertools import pairwise

import pytest
from test_qa_corpus import text_72247

from align.qa.clauses import MAX_REST_CHARACTERS, MIN_WORDS, clauses, parts, parts_and_rests, without
from align.qa.tokens import words


def texts(text: str, language: str) -> list[str]:
    return [c.text for c in clauses(text, language)]


def test_english_paragraph_of_72_247() -> None:
    """pp12: relative clauses, `including` appositions and coordinations each start a clause."""
    found = texts(text_72247("pp12", "en"), "en")
    assert found[0].startswith("Gravely concerned by the considerable and increasing number")
    assert found[1] == "including women human rights defenders, online and offline,"
    assert "where they face threats, harassment and attacks and suffer insecurity," in found
    assert found[-1].startswith("or acts of intimidation and reprisal intended to prevent their cooperation")


def test_dutch_paragraph_of_72_247() -> None:
    """pp3: `, waarmee` opens the relative clause, as `, by which` does in the English."""
    assert texts(text_72247("pp3", "nl"), "nl")[0] == "Herinnerend aan zijn resolutie 53/144 van 9 december 1998,"
    assert texts(text_72247("pp3", "en"), "en")[0] == "Recalling its resolution 53/144 of 9 December 1998,"


def test_french_boundaries() -> None:
    text = (
        "Prie le Secrétaire général de lui présenter un rapport sur la question, dans lequel il formulera des "
        "recommandations, y compris sur les moyens de renforcer la coopération ; décide de rester saisie de la question."
    )
    assert texts(text, "fr") == [
        "Prie le Secrétaire général de lui présenter un rapport sur la question,",
        "dans lequel il formulera des recommandations,",
        "y compris sur les moyens de renforcer la coopération ;",
        "décide de rester saisie de la question.",
    ]


def test_comma_before_a_footnote_call_still_cuts() -> None:
    """op13: `Freedoms,¹¹ as well as` in English, `Freedoms, 11 en ook` in the Dutch."""
    assert texts(text_72247("op13", "en"), "en")[1].startswith("as well as by the Office of the United Nations High Commissioner")
    assert texts(text_72247("op13", "nl"), "nl")[1].startswith("en ook door het Office of the United Nations High")


def test_a_semicolon_with_no_space_after_it_still_ends_a_clause() -> None:
    """The Dutch UDHR's art. 18 as published: `godsdienst;dit recht`."""
    text = (
        "Een ieder heeft recht op vrijheid van gedachte, geweten en godsdienst;dit recht omvat tevens de vrijheid "
        "om van godsdienst of overtuiging te veranderen."
    )
    assert texts(text, "nl") == [
        "Een ieder heeft recht op vrijheid van gedachte, geweten en godsdienst;",
        "dit recht omvat tevens de vrijheid om van godsdienst of overtuiging te veranderen.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "See www.ohchr.org/Documents/Issues;jsessionid=A1B2 for the text of the report of the Council.",
        "The Office for Science, Research &amp;development is funded by the States and by the organizations concerned.",
    ],
)
def test_a_semicolon_inside_an_address_or_an_entity_ends_nothing(text: str) -> None:
    assert texts(text, "en") == [text]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "See Official Records, Supplement No. 53 (A/68/53), chap. IV, sect. A. Ibid., Seventy-first Session."
    assert texts(text, "en") == [text]


def test_short_pieces_join_a_neighbour_and_nothing_is_lost() -> None:
    text = "Stressing, in this regard, that all human rights apply to all persons, who are entitled to them: the law is clear."
    found = clauses(text, "en")
    assert [c.text for c in found] == [
        "Stressing, in this regard, that all human rights apply to all persons,",
        "who are entitled to them:",
        "the law is clear.",
    ]
    assert all(c.size >= MIN_WORDS or len(found) == 1 for c in found[:-1])
    assert "".join(text[c.start:c.end] for c in found).replace(" ", "") == text.replace(" ", "")
    assert all(text[c.start:c.end] == c.text for c in found)


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("unit_id", ["pp2", "pp12", "pp16+pp17", "op7", "op15"])
def test_paragraphs_of_72_247_are_covered_in_order(unit_id: str, language: str) -> None:
    """Clauses follow each other, each has four words or more, and together they hold every word."""
    text = text_72247(unit_id, language)
    found = clauses(text, language)
    assert found and all(a.end <= b.start for a, b in pairwise(found))
    assert all(len(words(c.text)) >= MIN_WORDS for c in found)
    assert [w.text for c in found for w in words(c.text)] == [w.text for w in words(text)]


def test_text_shorter_than_a_clause_is_one_clause() -> None:
    assert texts("Now, therefore,", "en") == ["Now, therefore,"]
    assert texts("", "en") == []


def test_language_without_rules_is_cut_at_hard_boundaries_only() -> None:
    text = "Considérant que les peuples, dont la dignité est reconnue, ont proclamé leur foi; et qu’ils sont résolus à agir."
    assert texts(text, "de") == [
        "Considérant que les peuples, dont la dignité est reconnue, ont proclamé leur foi;",
        "et qu’ils sont résolus à agir.",
    ]


def test_without_a_clause_tidies_the_seam() -> None:
    text = "Welcoming the report, including its annexes, and requests the Secretary-General to act; decides to remain seized."
    first, middle, last = clauses(text, "en")
    assert without(text, first) == "and requests the Secretary-General to act; decides to remain seized."
    assert without(text, middle) == "Welcoming the report, including its annexes, decides to remain seized."
    assert without(text, last) == "Welcoming the report, including its annexes, and requests the Secretary-General to act;"


#: UDHR art. 18, where the comma pieces cut finer than the clauses.
ARTICLE_18 = (
    "Everyone has the right to freedom of thought, conscience and religion; this right includes freedom to change "
    "his religion or belief, and freedom, either alone or in community with others and in public or private, to "
    "manifest his religion or belief in teaching, practice, worship and observance."
)


def test_parts_are_the_clauses_and_the_pieces_between_commas() -> None:
    found = parts(ARTICLE_18, "en")
    assert {c.text for c in clauses(ARTICLE_18, "en")} <= {c.text for c in found}
    assert [c.text for c in found if c not in clauses(ARTICLE_18, "en")] == [
        "this right includes freedom to change his religion or belief, and freedom,",  # `and freedom,` is short: joined
        "either alone or in community with others and in public or private,",
    ]
    assert found == sorted(found, key=lambda c: (c.start, -c.end))
    assert len({(c.start, c.end) for c in found}) == len(found)
    assert all(ARTICLE_18[c.start:c.end] == c.text and c.size >= MIN_WORDS for c in found)


def test_each_part_but_the_whole_text_has_the_text_without_it() -> None:
    assert parts_and_rests("Now, therefore,", "en")[0][1] is None
    rests = dict((c.text, rest) for c, rest in parts_and_rests(ARTICLE_18, "en"))
    assert rests["either alone or in community with others and in public or private,"] == (
        "Everyone has the right to freedom of thought, conscience and religion; this right includes freedom to change "
        "his religion or belief, and freedom, to manifest his religion or belief in teaching, practice, worship and observance."
    )


def test_a_superscript_footnote_call_is_not_part_of_a_word() -> None:
    """72/247 pp2 keeps its calls in the text (`Covenants on Human Rights² and`); Python counts
    `²` as a letter, and a term ending before a call would not match. Subscripts stay letters (`CO₂`)."""
    assert [w.text for w in words("the International Covenants on Human Rights² and CO₂")] == [
        "the", "International", "Covenants", "on", "Human", "Rights", "and", "CO₂",
    ]


def test_texts_without_a_part_are_not_made_past_their_budget() -> None:
    """A run-on text (UDHR article 18 sixty times over) would make millions of characters to
    embed; its parts come without them (""), the whole text's part still with None."""
    assert all(rest for _, rest in parts_and_rests(ARTICLE_18, "en"))
    run_on = " ".join([ARTICLE_18] * 60)
    found = parts_and_rests(run_on, "en")
    assert len(run_on) * len(found) > MAX_REST_CHARACTERS
    assert [rest for _, rest in found] == [""] * len(found) and [p for p, _ in found] == parts(run_on, "en")
