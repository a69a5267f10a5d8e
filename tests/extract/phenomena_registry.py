"""Where the phenomenon suite's constructions are registered: one ``SUITE.add`` line per module.

A new phenomena module registers its builders here, once, by kind:
``over_acts`` (name -> (builder(scene, act), which acts it takes)), ``one_scene``
(builder(scene)), ``with_others`` (builder(scene, three other states)) and ``root_rows``
(name -> the act key a CAMEO root row draws), with its floors (name -> (fewest right of 24,
most false assertions)) for tests/extract/test_phenomena.py. A name registered twice, in one
kind or in two, stops the import (a merge once registered a module three times).
``CONSTRUCTIONS`` keeps the order of the ``add`` lines: the order of bench/phenomena.py's table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import phenomena_actors7
import phenomena_actors8
import phenomena_args8
import phenomena_args9
import phenomena_claims
import phenomena_clause10
import phenomena_clause11
import phenomena_clause12
import phenomena_clauses20
import phenomena_clauses30
import phenomena_clauses31
import phenomena_clauses32
import phenomena_clauses33
import phenomena_clauses34
import phenomena_clauses35
import phenomena_clauses36
import phenomena_clauses37
import phenomena_clauses38
import phenomena_clauses39
import phenomena_clauses40
import phenomena_clauses41
import phenomena_clauses42
import phenomena_clauses43
import phenomena_clauses44
import phenomena_codes
import phenomena_codes26
import phenomena_codes27
import phenomena_context10
import phenomena_context11
import phenomena_context12
import phenomena_context13
import phenomena_context14
import phenomena_context15
import phenomena_context16
import phenomena_context17
import phenomena_context22
import phenomena_coref10
import phenomena_coref11
import phenomena_dateline13
import phenomena_dates
import phenomena_eye8
import phenomena_fact8
import phenomena_fact9
import phenomena_fact24
import phenomena_fact26
import phenomena_fact27
import phenomena_fact28
import phenomena_fact29
import phenomena_fut25
import phenomena_issue as issue
import phenomena_leftovers16
import phenomena_leftovers17
import phenomena_leftovers18
import phenomena_leftovers19
import phenomena_leftovers20
import phenomena_leftovers21
import phenomena_leftovers22
import phenomena_leftovers23
import phenomena_leftovers24
import phenomena_leftovers25
import phenomena_leftovers26
import phenomena_leftovers27
import phenomena_leftovers28
import phenomena_leftovers29
import phenomena_leftovers30
import phenomena_leftovers31
import phenomena_leftovers32
import phenomena_leftovers33
import phenomena_leftovers34
import phenomena_leftovers35
import phenomena_leftovers36
import phenomena_leftovers37
import phenomena_leftovers38
import phenomena_leftovers39
import phenomena_leftovers40
import phenomena_leftovers41
import phenomena_leftovers42
import phenomena_leftovers43
import phenomena_leftovers44
import phenomena_leftovers45
import phenomena_leftovers46
import phenomena_leftovers47
import phenomena_leftovers48
import phenomena_leftovers49
import phenomena_leftovers50
import phenomena_leftovers51
import phenomena_leftovers52
import phenomena_leftovers53
import phenomena_leftovers54
import phenomena_leftovers55
import phenomena_leftovers56
import phenomena_leftovers57
import phenomena_leftovers58
import phenomena_leftovers59
import phenomena_leftovers60
import phenomena_leftovers61
import phenomena_leftovers63
import phenomena_leftovers65
import phenomena_leftovers67
import phenomena_lex7
import phenomena_lex8
import phenomena_lex9
import phenomena_lex10
import phenomena_lex11
import phenomena_lex12
import phenomena_lex13
import phenomena_lex14
import phenomena_lex15
import phenomena_lex16
import phenomena_lex17
import phenomena_lex18
import phenomena_lex19
import phenomena_lex20
import phenomena_lex21
import phenomena_lex22
import phenomena_lex23
import phenomena_lex25
import phenomena_lex27
import phenomena_lex28
import phenomena_lex29
import phenomena_lex30
import phenomena_lex31
import phenomena_lex32
import phenomena_lex33
import phenomena_lexfact6
import phenomena_lexicon62
import phenomena_lexicon64
import phenomena_lexicon66
import phenomena_lexmine
import phenomena_names12
import phenomena_names13
import phenomena_names14
import phenomena_names15
import phenomena_names16
import phenomena_names17
import phenomena_names18
import phenomena_names19
import phenomena_names20
import phenomena_pairs22
import phenomena_pairs23
import phenomena_parties6
import phenomena_parties21
import phenomena_parties25
import phenomena_parties27
import phenomena_parties28
import phenomena_parties29
import phenomena_parties30
import phenomena_parties31
import phenomena_parties32
import phenomena_parties33
import phenomena_parties34
import phenomena_parties35
import phenomena_parties36
import phenomena_parties37
import phenomena_parties38
import phenomena_parties39
import phenomena_parties40
import phenomena_parties41
import phenomena_parties42
import phenomena_parties43
import phenomena_parties44
import phenomena_parties45
import phenomena_parties46
import phenomena_parties47
import phenomena_parties48
import phenomena_parties49
import phenomena_parties51
import phenomena_parties52
import phenomena_parties53
import phenomena_parties54
import phenomena_parties55
import phenomena_parties56
import phenomena_parties57
import phenomena_parties58
import phenomena_practice1
import phenomena_practice2
import phenomena_practice3
import phenomena_practice4
import phenomena_practice5
import phenomena_practice6
import phenomena_practice7
import phenomena_practice8
import phenomena_practice10
import phenomena_practice11
import phenomena_practice13
import phenomena_practice15
import phenomena_practice18
import phenomena_practice20
import phenomena_practice22
import phenomena_practice24
import phenomena_practice26
import phenomena_practice28
import phenomena_recur1
import phenomena_review as review
import phenomena_roles11
import phenomena_seeds40
import phenomena_seeds41
import phenomena_suite13
import phenomena_suite14
import phenomena_suite15
import phenomena_suite16
import phenomena_suite17
import phenomena_suite18
import phenomena_targets9
import phenomena_wire1
import phenomena_wire2
import phenomena_wire3
import phenomena_wire4
import phenomena_wire5
import phenomena_wire6
import phenomena_wire7
import phenomena_wire8
import phenomena_wire9
import phenomena_wire10
import phenomena_wire11
import phenomena_wire12
import phenomena_wire13
import phenomena_xsent7
import phenomena_xsent8
from phenomena_acts import OVER_ACTS, ActBuilder, ActFilter
from phenomena_tables import State
from phenomena_words import Built, Scene

SceneBuilder = Callable[[Scene], Built]
OthersBuilder = Callable[[Scene, list[State]], Built]
Floor = tuple[int, int]


@dataclass
class Suite:
    """The registered constructions by kind, their order, and their floors."""

    order: list[str] = field(default_factory=list)
    over_acts: dict[str, tuple[ActBuilder, ActFilter]] = field(default_factory=dict)
    root_rows: dict[str, str] = field(default_factory=dict)
    one_scene: dict[str, SceneBuilder] = field(default_factory=dict)
    with_others: dict[str, OthersBuilder] = field(default_factory=dict)
    floors: dict[str, Floor] = field(default_factory=dict)

    def add(
        self,
        *,
        over_acts: Mapping[str, tuple[ActBuilder, ActFilter]] | None = None,
        root_rows: Mapping[str, str] | None = None,
        one_scene: Mapping[str, SceneBuilder] | None = None,
        with_others: Mapping[str, OthersBuilder] | None = None,
        floors: Mapping[str, Floor] | None = None,
    ) -> None:
        """Register constructions (in the order given: over acts, root rows, one scene, with
        others); a name already registered is an error, and so is a floor for no construction
        of this call."""
        parts: list[tuple[Mapping[str, Any] | None, dict[str, Any]]] = [
            (over_acts, self.over_acts),
            (root_rows, self.root_rows),
            (one_scene, self.one_scene),
            (with_others, self.with_others),
        ]
        names: list[str] = []
        for given, kind in parts:
            for name, value in (given or {}).items():
                if name in self.order or name in names:
                    raise ValueError(f"construction {name!r} is registered twice")
                kind[name] = value
                names.append(name)
        stray = set(floors or {}) - set(names)
        if stray:
            raise ValueError(f"floors for constructions this call does not add: {sorted(stray)}")
        self.order += names
        self.floors.update(floors or {})


SUITE = Suite()
SUITE.add(over_acts=OVER_ACTS)
SUITE.add(
    one_scene={
        "p1_party": issue.p1_party,
        "p3_spurious": issue.p3_spurious,
        "p4_scope": issue.p4_scope,
    },
    with_others={"p7_arguments": issue.p7_arguments, "p8_diplomatic": issue.p8_diplomatic},
)
SUITE.add(one_scene={"p9_venue": review.p9_venue})
SUITE.add(with_others={"p10_joint_pledge": review.p10_joint_pledge})
SUITE.add(one_scene={"p11_relative_owner": review.p11_relative_owner,
                     "p12_complaint_aim": review.p12_complaint_aim,
                     "p13_crowd_violence": review.p13_crowd_violence,
                     "p14_scene_clause": review.p14_scene_clause,
                     "p15_refused_permission": review.p15_refused_permission,
                     "p16_called_off_list": review.p16_called_off_list})  # fmt: skip
SUITE.add(over_acts=phenomena_lexfact6.ACT_CONSTRUCTIONS,
          one_scene=phenomena_lexfact6.SCENE_CONSTRUCTIONS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties6.ONE_SCENE, with_others=phenomena_parties6.WITH_OTHERS,
          floors=phenomena_parties6.FLOORS)  # fmt: skip
SUITE.add(over_acts=phenomena_dates.DATE_CONSTRUCTIONS)
SUITE.add(one_scene=phenomena_claims.CLAIM_CONSTRUCTIONS)
SUITE.add(root_rows=phenomena_codes.ROOT_ROWS, with_others=phenomena_codes.CODE_CONSTRUCTIONS)
SUITE.add(one_scene=phenomena_wire6.WIRE6_CONSTRUCTIONS,
          with_others=phenomena_wire6.WIRE6_WITH_OTHERS)  # fmt: skip
SUITE.add(one_scene=phenomena_actors7.ACTORS7_CONSTRUCTIONS, floors=phenomena_actors7.FLOORS)
SUITE.add(one_scene=phenomena_lex7.SCENE_CONSTRUCTIONS, floors=phenomena_lex7.FLOORS)
SUITE.add(one_scene=phenomena_lex8.SCENE_CONSTRUCTIONS, floors=phenomena_lex8.FLOORS)
SUITE.add(one_scene=phenomena_lex9.SCENE_CONSTRUCTIONS, floors=phenomena_lex9.FLOORS)
SUITE.add(one_scene=phenomena_xsent7.XSENT7_CONSTRUCTIONS,
          with_others=phenomena_xsent7.XSENT7_WITH_OTHERS, floors=phenomena_xsent7.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_xsent8.XSENT8_CONSTRUCTIONS,
          with_others=phenomena_xsent8.XSENT8_WITH_OTHERS, floors=phenomena_xsent8.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_eye8.EYE8_CONSTRUCTIONS, floors=phenomena_eye8.FLOORS)
SUITE.add(one_scene=phenomena_args8.ARGS8_CONSTRUCTIONS, floors=phenomena_args8.FLOORS)
SUITE.add(one_scene=phenomena_actors8.ACTORS8_CONSTRUCTIONS, floors=phenomena_actors8.FLOORS)
SUITE.add(one_scene=phenomena_wire7.WIRE7_CONSTRUCTIONS, floors=phenomena_wire7.FLOORS)
SUITE.add(one_scene=phenomena_targets9.TARGETS9_CONSTRUCTIONS, floors=phenomena_targets9.FLOORS)
SUITE.add(one_scene=phenomena_lex10.SCENE_CONSTRUCTIONS, floors=phenomena_lex10.FLOORS)
SUITE.add(one_scene=phenomena_args9.ARGS9_CONSTRUCTIONS,
          with_others=phenomena_args9.ARGS9_WITH_OTHERS, floors=phenomena_args9.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_fact9.FACT9_CONSTRUCTIONS,
          with_others=phenomena_fact9.FACT9_WITH_OTHERS, floors=phenomena_fact9.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_coref10.COREF10_CONSTRUCTIONS,
          with_others=phenomena_coref10.COREF10_WITH_OTHERS, floors=phenomena_coref10.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_context10.CONTEXT10_CONSTRUCTIONS,
          with_others=phenomena_context10.CONTEXT10_WITH_OTHERS,
          floors=phenomena_context10.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clause10.CLAUSE10_CONSTRUCTIONS, floors=phenomena_clause10.FLOORS)
SUITE.add(one_scene=phenomena_roles11.ROLES11_CONSTRUCTIONS,
          with_others=phenomena_roles11.ROLES11_WITH_OTHERS, floors=phenomena_roles11.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_context11.CONTEXT11_CONSTRUCTIONS,
          with_others=phenomena_context11.CONTEXT11_WITH_OTHERS,
          floors=phenomena_context11.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_coref11.COREF11_CONSTRUCTIONS,
          with_others=phenomena_coref11.COREF11_WITH_OTHERS, floors=phenomena_coref11.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex11.SCENE_CONSTRUCTIONS, floors=phenomena_lex11.FLOORS)
SUITE.add(one_scene=phenomena_lex12.SCENE_CONSTRUCTIONS, floors=phenomena_lex12.FLOORS)
SUITE.add(one_scene=phenomena_lex13.SCENE_CONSTRUCTIONS, floors=phenomena_lex13.FLOORS)
SUITE.add(one_scene=phenomena_lex14.SCENE_CONSTRUCTIONS, floors=phenomena_lex14.FLOORS)
SUITE.add(one_scene=phenomena_lex15.SCENE_CONSTRUCTIONS, floors=phenomena_lex15.FLOORS)
SUITE.add(one_scene=phenomena_lex16.SCENE_CONSTRUCTIONS, floors=phenomena_lex16.FLOORS)
SUITE.add(one_scene=phenomena_lex17.SCENE_CONSTRUCTIONS, floors=phenomena_lex17.FLOORS)
SUITE.add(one_scene=phenomena_clause11.CLAUSE11_CONSTRUCTIONS, floors=phenomena_clause11.FLOORS)
SUITE.add(one_scene=phenomena_names12.SCENE_CONSTRUCTIONS, floors=phenomena_names12.FLOORS)
SUITE.add(one_scene=phenomena_context12.CONTEXT12_CONSTRUCTIONS,
          with_others=phenomena_context12.CONTEXT12_WITH_OTHERS,
          floors=phenomena_context12.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_names13.NAMES13_CONSTRUCTIONS, floors=phenomena_names13.FLOORS)
SUITE.add(one_scene=phenomena_clause12.CLAUSE12_CONSTRUCTIONS, floors=phenomena_clause12.FLOORS)
SUITE.add(one_scene=phenomena_dateline13.DATELINE13_CONSTRUCTIONS, floors=phenomena_dateline13.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_suite13.SUITE13_CONSTRUCTIONS, floors=phenomena_suite13.FLOORS)
SUITE.add(one_scene=phenomena_names14.NAMES14_CONSTRUCTIONS, floors=phenomena_names14.FLOORS)
SUITE.add(one_scene=phenomena_context13.CONTEXT13_CONSTRUCTIONS, floors=phenomena_context13.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_suite14.SUITE14_CONSTRUCTIONS, with_others=phenomena_suite14.SUITE14_WITH_OTHERS, floors=phenomena_suite14.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_names15.NAMES15_CONSTRUCTIONS, floors=phenomena_names15.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_context14.CONTEXT14_CONSTRUCTIONS, floors=phenomena_context14.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_names16.NAMES16_CONSTRUCTIONS, floors=phenomena_names16.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_names17.NAMES17_CONSTRUCTIONS, floors=phenomena_names17.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_names18.NAMES18_CONSTRUCTIONS, floors=phenomena_names18.FLOORS)  # fmt: skip
SUITE.add(over_acts=phenomena_suite15.SUITE15_OVER_ACTS, one_scene=phenomena_suite15.SUITE15_CONSTRUCTIONS, floors=phenomena_suite15.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_context15.CONTEXT15_CONSTRUCTIONS, floors=phenomena_context15.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_context16.CONTEXT16_CONSTRUCTIONS, floors=phenomena_context16.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex18.SCENE_CONSTRUCTIONS, floors=phenomena_lex18.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_suite16.SUITE16_CONSTRUCTIONS, with_others=phenomena_suite16.SUITE16_WITH_OTHERS, floors=phenomena_suite16.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex19.SCENE_CONSTRUCTIONS, floors=phenomena_lex19.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex20.SCENE_CONSTRUCTIONS, floors=phenomena_lex20.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_fact8.FACT8_CONSTRUCTIONS, floors=phenomena_fact8.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_context17.CONTEXT17_CONSTRUCTIONS, floors=phenomena_context17.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_names19.NAMES19_CONSTRUCTIONS, floors=phenomena_names19.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice3.PRACTICE3_CONSTRUCTIONS, floors=phenomena_practice3.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice1.SCENE_CONSTRUCTIONS, with_others=phenomena_practice1.OTHERS_CONSTRUCTIONS, floors=phenomena_practice1.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice2.PRACTICE2_CONSTRUCTIONS, floors=phenomena_practice2.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers16.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers16.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses20.CLAUSES20_CONSTRUCTIONS, floors=phenomena_clauses20.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_names20.NAMES20_CONSTRUCTIONS, floors=phenomena_names20.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties21.PARTIES21_CONSTRUCTIONS, with_others=phenomena_parties21.OTHERS_CONSTRUCTIONS, floors=phenomena_parties21.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex21.SCENE_CONSTRUCTIONS, floors=phenomena_lex21.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_suite17.SUITE17_CONSTRUCTIONS, floors=phenomena_suite17.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers17.SCENE_CONSTRUCTIONS, with_others=phenomena_leftovers17.OTHERS_CONSTRUCTIONS, floors=phenomena_leftovers17.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lexmine.LEXMINE_CONSTRUCTIONS, floors=phenomena_lexmine.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex22.SCENE_CONSTRUCTIONS, floors=phenomena_lex22.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_pairs22.PAIRS22_CONSTRUCTIONS, with_others=phenomena_pairs22.OTHERS_CONSTRUCTIONS, floors=phenomena_pairs22.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_context22.CONTEXT22_CONSTRUCTIONS, floors=phenomena_context22.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_suite18.SUITE18_CONSTRUCTIONS, floors=phenomena_suite18.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers18.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers18.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_recur1.RECUR1_CONSTRUCTIONS, floors=phenomena_recur1.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex23.SCENE_CONSTRUCTIONS, floors=phenomena_lex23.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_pairs23.PAIRS23_CONSTRUCTIONS, floors=phenomena_pairs23.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers19.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers19.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers20.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers20.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers21.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers21.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_fact24.FACT24_CONSTRUCTIONS, floors=phenomena_fact24.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex25.SCENE_CONSTRUCTIONS, floors=phenomena_lex25.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_fut25.FUT25_CONSTRUCTIONS, floors=phenomena_fut25.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties25.SCENE_CONSTRUCTIONS, floors=phenomena_parties25.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers22.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers22.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_codes26.CODES26_CONSTRUCTIONS, floors=phenomena_codes26.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers23.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers23.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex27.SCENE_CONSTRUCTIONS, floors=phenomena_lex27.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties27.SCENE_CONSTRUCTIONS, floors=phenomena_parties27.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_fact26.FACT26_CONSTRUCTIONS, floors=phenomena_fact26.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers24.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers24.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_codes27.CODES27_CONSTRUCTIONS, floors=phenomena_codes27.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers25.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers25.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties28.SCENE_CONSTRUCTIONS, floors=phenomena_parties28.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_fact27.FACT27_CONSTRUCTIONS, floors=phenomena_fact27.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex28.SCENE_CONSTRUCTIONS, floors=phenomena_lex28.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties29.SCENE_CONSTRUCTIONS, floors=phenomena_parties29.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers26.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers26.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties31.SCENE_CONSTRUCTIONS, floors=phenomena_parties31.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex29.SCENE_CONSTRUCTIONS, floors=phenomena_lex29.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties30.SCENE_CONSTRUCTIONS, floors=phenomena_parties30.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers27.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers27.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_fact28.FACT28_CONSTRUCTIONS, floors=phenomena_fact28.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties33.SCENE_CONSTRUCTIONS, floors=phenomena_parties33.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers28.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers28.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties32.SCENE_CONSTRUCTIONS, floors=phenomena_parties32.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_fact29.SCENE_CONSTRUCTIONS, floors=phenomena_fact29.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers29.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers29.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex30.SCENE_CONSTRUCTIONS, floors=phenomena_lex30.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers30.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers30.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties34.SCENE_CONSTRUCTIONS, floors=phenomena_parties34.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties35.SCENE_CONSTRUCTIONS, floors=phenomena_parties35.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice4.SCENE_CONSTRUCTIONS, floors=phenomena_practice4.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses30.SCENE_CONSTRUCTIONS, floors=phenomena_clauses30.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex31.SCENE_CONSTRUCTIONS, floors=phenomena_lex31.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers31.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers31.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers32.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers32.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses31.SCENE_CONSTRUCTIONS, floors=phenomena_clauses31.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex32.SCENE_CONSTRUCTIONS, floors=phenomena_lex32.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties37.SCENE_CONSTRUCTIONS, floors=phenomena_parties37.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers33.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers33.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties36.SCENE_CONSTRUCTIONS, floors=phenomena_parties36.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice5.SCENE_CONSTRUCTIONS, floors=phenomena_practice5.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties38.SCENE_CONSTRUCTIONS, floors=phenomena_parties38.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers34.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers34.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice6.SCENE_CONSTRUCTIONS, floors=phenomena_practice6.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties39.SCENE_CONSTRUCTIONS, floors=phenomena_parties39.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers35.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers35.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lex33.SCENE_CONSTRUCTIONS, floors=phenomena_lex33.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties40.SCENE_CONSTRUCTIONS, floors=phenomena_parties40.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses32.SCENE_CONSTRUCTIONS, floors=phenomena_clauses32.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers36.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers36.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers37.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers37.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice8.SCENE_CONSTRUCTIONS, floors=phenomena_practice8.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice7.SCENE_CONSTRUCTIONS, floors=phenomena_practice7.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses33.SCENE_CONSTRUCTIONS, floors=phenomena_clauses33.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties41.SCENE_CONSTRUCTIONS, floors=phenomena_parties41.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties42.SCENE_CONSTRUCTIONS, floors=phenomena_parties42.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties43.SCENE_CONSTRUCTIONS, floors=phenomena_parties43.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers38.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers38.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_seeds40.SCENE_CONSTRUCTIONS, floors=phenomena_seeds40.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_wire1.SCENE_CONSTRUCTIONS, floors=phenomena_wire1.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice10.SCENE_CONSTRUCTIONS, floors=phenomena_practice10.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties44.SCENE_CONSTRUCTIONS, floors=phenomena_parties44.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers39.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers39.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses34.SCENE_CONSTRUCTIONS, floors=phenomena_clauses34.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties45.SCENE_CONSTRUCTIONS, floors=phenomena_parties45.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers40.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers40.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_seeds41.SCENE_CONSTRUCTIONS, floors=phenomena_seeds41.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers41.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers41.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_wire2.SCENE_CONSTRUCTIONS, floors=phenomena_wire2.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice11.SCENE_CONSTRUCTIONS, floors=phenomena_practice11.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties46.SCENE_CONSTRUCTIONS, floors=phenomena_parties46.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties47.SCENE_CONSTRUCTIONS, floors=phenomena_parties47.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses35.SCENE_CONSTRUCTIONS, floors=phenomena_clauses35.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers42.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers42.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice13.SCENE_CONSTRUCTIONS, floors=phenomena_practice13.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_wire3.SCENE_CONSTRUCTIONS, floors=phenomena_wire3.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers43.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers43.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties48.SCENE_CONSTRUCTIONS, floors=phenomena_parties48.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties49.SCENE_CONSTRUCTIONS, floors=phenomena_parties49.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses36.SCENE_CONSTRUCTIONS, floors=phenomena_clauses36.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers44.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers44.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers45.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers45.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice15.SCENE_CONSTRUCTIONS, floors=phenomena_practice15.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers46.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers46.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_wire4.SCENE_CONSTRUCTIONS, floors=phenomena_wire4.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_wire5.SCENE_CONSTRUCTIONS, floors=phenomena_wire5.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses37.SCENE_CONSTRUCTIONS, floors=phenomena_clauses37.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers47.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers47.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties51.SCENE_CONSTRUCTIONS, floors=phenomena_parties51.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers48.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers48.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_wire6.W6_ERA_CONSTRUCTIONS, floors=phenomena_wire6.W6_ERA_FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers49.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers49.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice18.SCENE_CONSTRUCTIONS, floors=phenomena_practice18.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers50.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers50.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties52.SCENE_CONSTRUCTIONS, floors=phenomena_parties52.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses38.SCENE_CONSTRUCTIONS, floors=phenomena_clauses38.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers52.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers52.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers53.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers53.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers51.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers51.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice20.SCENE_CONSTRUCTIONS, floors=phenomena_practice20.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers55.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers55.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_wire7.W7_ERA_CONSTRUCTIONS, floors=phenomena_wire7.W7_ERA_FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers54.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers54.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses39.SCENE_CONSTRUCTIONS, floors=phenomena_clauses39.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties53.SCENE_CONSTRUCTIONS, floors=phenomena_parties53.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers56.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers56.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers57.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers57.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice22.SCENE_CONSTRUCTIONS, floors=phenomena_practice22.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers59.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers59.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_wire8.W8_CONSTRUCTIONS, floors=phenomena_wire8.W8_FLOORS)
SUITE.add(one_scene=phenomena_wire9.W9_CONSTRUCTIONS, floors=phenomena_wire9.W9_FLOORS)
SUITE.add(one_scene=phenomena_wire10.W10_CONSTRUCTIONS, floors=phenomena_wire10.W10_FLOORS)
SUITE.add(one_scene=phenomena_wire11.W11_CONSTRUCTIONS, floors=phenomena_wire11.W11_FLOORS)
SUITE.add(one_scene=phenomena_wire12.W12_CONSTRUCTIONS, floors=phenomena_wire12.W12_FLOORS)
SUITE.add(one_scene=phenomena_wire13.W13_CONSTRUCTIONS, floors=phenomena_wire13.W13_FLOORS)
SUITE.add(one_scene=phenomena_leftovers58.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers58.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties54.SCENE_CONSTRUCTIONS, floors=phenomena_parties54.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses40.SCENE_CONSTRUCTIONS, floors=phenomena_clauses40.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses41.SCENE_CONSTRUCTIONS, floors=phenomena_clauses41.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses42.SCENE_CONSTRUCTIONS, floors=phenomena_clauses42.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses43.SCENE_CONSTRUCTIONS, floors=phenomena_clauses43.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_clauses44.SCENE_CONSTRUCTIONS, floors=phenomena_clauses44.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers60.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers60.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers61.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers61.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers63.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers63.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lexicon62.SCENE_CONSTRUCTIONS, floors=phenomena_lexicon62.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lexicon64.SCENE_CONSTRUCTIONS, floors=phenomena_lexicon64.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice24.SCENE_CONSTRUCTIONS, floors=phenomena_practice24.FLOORS)  # fmt: skip
SUITE.add(with_others=phenomena_practice24.OTHERS_CONSTRUCTIONS, floors=phenomena_practice24.OTHERS_FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice26.SCENE_CONSTRUCTIONS, floors=phenomena_practice26.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties55.SCENE_CONSTRUCTIONS, with_others=phenomena_parties55.OTHERS_CONSTRUCTIONS, floors=phenomena_parties55.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties56.SCENE_CONSTRUCTIONS, floors=phenomena_parties56.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties57.SCENE_CONSTRUCTIONS, floors=phenomena_parties57.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_practice28.SCENE_CONSTRUCTIONS, floors=phenomena_practice28.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers65.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers65.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_parties58.SCENE_CONSTRUCTIONS, floors=phenomena_parties58.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_lexicon66.SCENE_CONSTRUCTIONS, floors=phenomena_lexicon66.FLOORS)  # fmt: skip
SUITE.add(one_scene=phenomena_leftovers67.SCENE_CONSTRUCTIONS, floors=phenomena_leftovers67.FLOORS)  # fmt: skip
# New phenomena modules: one line here, e.g.
# SUITE.add(one_scene=phenomena_NAME.CONSTRUCTIONS, with_others=..., floors=phenomena_NAME.FLOORS)
CONSTRUCTIONS = tuple(SUITE.order)
