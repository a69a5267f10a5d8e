"""What a token of the bound paragraph resolves to, read once per sentence.

Party stages resolve the same argument heads again and again: each trigger of a sentence reads
its subject and object, a controller reads the roles of the act it controls, and coreference
resolves the same pronoun for every act it takes part in (about one call in four repeats one
already made in the sentence, per 10,000 dev words). What ``DocActors.resolve`` answers
depends on the token, the depth and the document's state: the paragraph's parse (repaired one
sentence at a time) and the story's pair (noted after each sentence's events), so the answers
are kept per sentence and forgotten when either may change (``forget``: at a new paragraph,
after a sentence's repair and after its events). Keys are token indexes of the bound parse,
never spaCy objects (a ``functools`` cache on a Token would outlive its document); a token of
another parse is resolved afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from realpolitik.extract._mention_parts import Arg


class ResolveMemo:
    """``resolve`` with the sentence's answers kept; subclasses resolve in ``_resolve_fresh``."""

    _doc: Doc | None
    _memo: dict[tuple[int, int], list[Arg]]

    def resolve(self, tok: Token, depth: int = 0) -> list[Arg]:
        """Actors that ``tok`` (an argument head) stands for; several for "A and B"."""
        if tok.doc is not self._doc:
            return self._resolve_fresh(tok, depth)
        key = (tok.i, depth)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = self._resolve_fresh(tok, depth)
        return list(got)  # (callers may extend what they get)

    def forget(self) -> None:
        """Drop the kept answers: the parse or the story's pair may have changed."""
        self._memo.clear()

    def _resolve_fresh(self, tok: Token, depth: int) -> list[Arg]:
        raise NotImplementedError
