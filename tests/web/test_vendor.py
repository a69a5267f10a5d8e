"""The vendored JavaScript is exactly what the lock file pins, with its licences, and the pages
load nothing from outside the package."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "src" / "realpolitik" / "web" / "static" / "vendor"
TEMPLATES = ROOT / "src" / "realpolitik" / "web" / "templates"
STATIC = ROOT / "src" / "realpolitik" / "web" / "static"


def _manifest() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads((VENDOR / "MANIFEST.json").read_text())
    return data


def test_vendored_files_match_their_checksums() -> None:
    manifest = _manifest()
    on_disk = {p.name for p in VENDOR.iterdir() if p.is_file()} - {"MANIFEST.json"}
    assert on_disk == set(manifest)
    for name, entry in manifest.items():
        data = (VENDOR / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], name
        assert len(data) == entry["bytes"]


def test_versions_are_the_locked_ones_and_licences_ship() -> None:
    lock = json.loads((ROOT / "js" / "package-lock.json").read_text())["packages"]
    pinned = json.loads((ROOT / "js" / "package.json").read_text())["dependencies"]
    for entry in _manifest().values():
        package = str(entry["package"])
        assert lock[f"node_modules/{package}"]["version"] == entry["version"] == pinned[package]
        licence = (VENDOR / "licenses" / f"{package}.txt").read_text()
        assert "Copyright" in licence or "copyright" in licence, package
        assert entry["license"] in ("MIT", "ISC", "BSD-3-Clause"), package


def test_vendored_bundle_stays_small() -> None:
    total = sum(int(str(e["bytes"])) for e in _manifest().values())
    assert total < 800_000


def test_pages_load_scripts_and_styles_only_from_this_server() -> None:
    texts = [p.read_text() for p in TEMPLATES.glob("*.html")]
    texts += [p.read_text() for p in STATIC.glob("*.js")]
    refs = [m for t in texts for m in re.findall(r'(?:src|href)="([^"{]+)"', t)]
    assert refs and all(r.startswith(("/", "#")) for r in refs), refs
    scripts = [m for t in texts for m in re.findall(r"<script[^>]*>", t)]
    assert scripts and all('src="/static/' in s for s in scripts)  # nothing inline (CSP)
    assert not [t for t in texts if re.search(r"\.innerHTML\s*=|insertAdjacentHTML|eval\(", t)]
