"""Universal parts of speech as the integers ``Token.pos`` holds (spaCy's ``spacy.symbols``).

``Token.pos_`` turns the integer into its name on every read (a lookup per read, some 20,000 per
30,000 words in the stages that test a part of speech for each word of a sentence); the
integer is read as it is. The values are spaCy's symbol table's (the same in every spaCy 3;
``tests/extract/test_speed18.py`` checks them against ``spacy.symbols``), written here so that
reading them imports no spaCy.
"""

from __future__ import annotations

ADJ = 84
ADP = 85
AUX = 87
NOUN = 92
PRON = 95
PROPN = 96
VERB = 100

VERBAL = frozenset({VERB, AUX})
NOMINAL = frozenset({NOUN, PROPN})
