"""The QA framework: registry, ordering, fingerprints, ignore files."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_qa_corpus import alignment_72247, text_72247

from align.model import Section, Severity
from align.qa.base import SEVERITY_RANK, QAContext
from align.qa.parallel import aligned_unit, alignment_of, section_of
from align.qa.registry import CHECKS, CheckError, read_ignore_file, run_checks, select


def test_every_check_is_registered_with_a_description() -> None:
    assert list(CHECKS) == ["structure", "header", "numbers", "untranslated", "meaning", "polarity", "acts", "form", "terminology", "consistency", "false-friends", "prepositions", "grammar", "possessive", "typography", "damage", "markup"]
    assert all(cls.description and cls.name == name for name, cls in CHECKS.items())


def test_findings_come_worst_first_then_in_reading_order() -> None:
    findings = run_checks(alignment_72247())
    ranks = [SEVERITY_RANK[f.severity] for f in findings]
    assert ranks == sorted(ranks)
    errors = [f.unit for f in findings if f.severity is Severity.ERROR]
    assert errors == ["pp12", "op13", "fn3", "fn4", "fn4", "fn5", "fn5"]


def test_fingerprints_survive_edits_elsewhere() -> None:
    """Inserting a preambular paragraph renumbers the `pp` ids, not the fingerprints."""
    ids = ["pp11", "pp12", "op13", "fn4"]
    before = {(f.check, f.excerpt): f.id for f in run_checks(alignment_72247(*ids))}
    units = [
        aligned_unit("pp1", {"en": "Recalling also its resolution 70/1,", "nl": "Herinnerend eveneens aan zijn resolutie 70/1,"}),
        *[aligned_unit(f"pp{int(u[2:]) + 1}" if u.startswith("pp") else u, {"en": text_72247(u, "en"), "nl": text_72247(u, "nl")}) for u in ids],
    ]
    after = {(f.check, f.excerpt): f.id for f in run_checks(alignment_of(units, ["en", "nl"]))}
    assert after == before
    assert len(set(before.values())) == len(before)


def test_same_excerpt_twice_in_a_unit_gets_distinct_ids() -> None:
    alignment = alignment_of([aligned_unit("fn3", {"en": "chap. IV, sect. A; chap. V, sect. A.", "nl": "hfst. IV, sekte. EEN; hfst. V, sekte. EEN."})], ["en", "nl"])
    ids = [f.id for f in run_checks(alignment, ["damage"])]
    assert len(ids) == 2 and ids[1] == f"{ids[0]}-2"


def test_ignore_file_drops_accepted_findings(tmp_path: Path) -> None:
    findings = run_checks(alignment_72247("fn4"))
    accepted = findings[0].id
    path = tmp_path / "accepted.txt"
    path.write_text(f"# accepted by the reviser\n\n{accepted}  # sekte is a known MT slip\n", encoding="utf-8")
    ignored = read_ignore_file(path)
    assert ignored == {accepted}
    assert [f.id for f in run_checks(alignment_72247("fn4"), ignore=ignored)] == [f.id for f in findings[1:]]


def test_ignore_file_that_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(CheckError, match="cannot read the ignore file"):
        read_ignore_file(tmp_path / "missing.txt")


def test_unknown_check_is_a_user_error() -> None:
    with pytest.raises(CheckError, match="unknown check.*sense.*available: structure, header"):
        run_checks(alignment_72247("fn4"), ["numbers", "sense"])


def test_an_empty_list_of_checks_is_a_user_error_not_a_clean_run() -> None:
    with pytest.raises(CheckError, match="no check named; available: structure, header"):
        run_checks(alignment_72247("fn4"), [])


def test_checks_that_need_an_embedder_wait_for_one(monkeypatch: pytest.MonkeyPatch) -> None:
    class NeedsEmbedder(CHECKS["numbers"]):
        name = "needy"
        needs = frozenset({"embedder"})

    monkeypatch.setitem(CHECKS, "needy", NeedsEmbedder)
    assert "needy" not in [c.name for c in select(None)]
    assert [c.name for c in select(["needy"], QAContext(embedder=object()))] == ["needy"]
    with pytest.raises(CheckError, match="needs embedder"):
        select(["needy"])


class _NoEmbedding:
    signature = "never-called"

    def embed(self, texts, role="passage"):  # pragma: no cover - the test fails if it is called
        raise AssertionError("a version alone has nothing to compare: nothing should be embedded")


def test_a_version_alone_is_checked_without_embedding_even_when_given_an_embedder() -> None:
    """`align.check` on :func:`align.one_version` leaves the meaning check out: given the batch
    worker's embedder, it embedded every part of the text for nothing (68 s on 76/170)."""
    import align

    alone = align.one_version(align.read(Path(__file__).resolve().parents[1] / "corpus" / "hrc-53-intl-cooperation.fr.ocr.txt")[0])
    findings = align.check(alone, embedder=_NoEmbedding())
    assert findings and {f.check for f in findings} == {"damage"}
    with pytest.raises(CheckError, match="check 'meaning' compares versions, and fr is the only one here"):
        align.check(alone, ["meaning"], embedder=_NoEmbedding())
    with pytest.raises(CheckError, match="check 'polarity' compares versions"):  # no embedder, and yet it compares
        align.check(alone, ["damage", "polarity"])
    assert {f.check for f in align.check(alone, ["damage", "structure"])} == {"damage"}


def test_unit_ids_give_section_and_number() -> None:
    assert [section_of(i) for i in ("pp3", "op10", "fn12", "pp16+pp17", "title")] == [
        (Section.PREAMBLE, None), (Section.OPERATIVE, "10"), (Section.FOOTNOTE, "12"), (Section.PREAMBLE, None), (Section.TITLE, None),
    ]
    with pytest.raises(ValueError, match="section prefix"):
        section_of("line12")


@pytest.mark.parametrize(
    ("unit", "cause", "check"),
    [
        ("pp12", "Rights Council", "untranslated"),  # 'Human Rights Council' rendered `mens Rights Council`
        ("op13", "Office of the United Nations High Commissaris", "untranslated"),
        ("title", "promoten", "false-friends"),  # the Declaration's name, 'promote' made `promoten`
    ],
)
def test_a_term_not_rendered_because_of_a_fault_reported_on_its_own_is_information(unit: str, cause: str, check: str) -> None:
    """One fault, one warning: the term's finding still says what the glossary expects, as information."""
    alone = [f for f in run_checks(alignment_72247(unit), ["terminology"]) if cause in f.excerpt]
    together = [f for f in run_checks(alignment_72247(unit)) if f.check == "terminology" and cause in f.excerpt]
    assert alone and all(f.severity is Severity.WARNING for f in alone)
    assert [f.id for f in together] == [f.id for f in alone]
    assert all(f.severity is Severity.INFO and f"its {cause!r} is reported by the {check} check" in f.message for f in together)
    assert any(f.check == check and f.excerpt == cause and f.severity is not Severity.INFO for f in run_checks(alignment_72247(unit)))


@pytest.mark.parametrize("check", ["form", "typography", "header", "untranslated"])
@pytest.mark.parametrize("name", ["a-res-76-170.fr.md", "hrc-49-draft-defenders-conflict.fr.txt", "hrc-53-intl-cooperation.fr.ocr.txt"])
def test_official_french_alone_keeps_quiet(name: str, check: str) -> None:
    """The French resolution and drafts of the corpus, each alone, against the checks that judge a version by
    its own habits, header or word lists: their openings follow the convention, a space before `;` and `:`
    is French typography, their sessions agree with their numbers, and the names they keep in English are
    whole English names."""
    import align

    [document] = align.read_versions([Path(__file__).resolve().parents[1] / "corpus" / name])
    found = align.check(align.one_version(document), [check])
    if (name, check) == ("a-res-76-170.fr.md", "form"):  # its one slip: a preambular `Se félicite` (test_qa_form)
        found = [f for f in found if (f.unit, f.excerpt) != ("pp25", "Se félicite")]
    assert found == []
