"""A visiting guest without an article (issue 9, wire6): "Xi met visiting German Chancellor
Scholz" is a meeting with Germany; the parser's reading "met while visiting Scholz" lost the
meeting and made the host the visitor."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo) for e in ex.events}


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "South Korean President Yoon Suk Yeol met visiting Japanese Foreign Minister Yoko"
            " Kamikawa on Tuesday.",
            "KOR",
            "JPN",
        ),
        ("Chinese President Xi Jinping met visiting German Chancellor Olaf Scholz.", "CHN", "DEU"),
        ("Ramaphosa met visiting Brazilian President Lula on Friday.", "ZAF", "BRA"),
        ("Macron received visiting Nigerian President Bola Tinubu at the Elysee.", "FRA", "NGA"),
    ],
)
def test_the_host_is_no_visitor(extract: Extract, text: str, host: str, guest: str) -> None:
    got = _events(extract(text))
    assert {(host, guest, "040"), (host, guest, "043")} & got, got  # met or hosted the guest
    assert (host, guest, "042") not in got, got  # the host never visits its own guest
