"""parties51's two parse repairs (fresh25's classes B and F): "CAPITAL, for its part, ...: it
V-ed" keeps "it" in its own sentence, and a past-tense conjunct of a demand's bare clause is
the demanding side's own act."""

from __future__ import annotations

from extract_helpers import Extract, country_roots


def test_for_its_part_subject_is_its_sentences(extract: Extract) -> None:
    ex = extract(
        "Ghana's aid to Togo is a fraction of what Nigeria provides. Lome, for its part, has "
        "kept calm: it freed the Ghanaian traders last week."
    )
    freed = {(s, t) for s, t, r in country_roots(ex) if r == "08"}
    assert freed == {("TGO", "GHA")}


def test_asked_after_a_demanded_clause_is_the_demanders(extract: Extract) -> None:
    ex = extract(
        "Ghana's foreign ministry summoned Togo's ambassador and demanded that Lome free the "
        "traders and asked for a list of those held."
    )
    roots = country_roots(ex)
    assert ("GHA", "TGO", "02") in roots and ("GHA", "TGO", "10") in roots
