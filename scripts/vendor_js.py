"""Copy the dashboard's pinned JavaScript from npm into the package (run by hand, output committed).

    python scripts/vendor_js.py          # npm ci in js/, copy, write MANIFEST.json

js/package.json and js/package-lock.json pin every package; this script installs exactly the
locked versions (``npm ci --ignore-scripts``), copies the minified builds and the world-atlas
TopoJSON to ``src/realpolitik/web/static/vendor/``, each package's licence to ``vendor/licenses/``
and writes ``vendor/MANIFEST.json`` with version, licence, size and SHA-256 of every file. The test
``tests/web/test_vendor.py`` checks the committed files against that manifest and the lock file.
The dashboard loads nothing else from outside the package: no CDN, no request off the machine.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JS = ROOT / "js"
OUT = ROOT / "src" / "realpolitik" / "web" / "static" / "vendor"

# (npm package, file inside the package, name in vendor/)
FILES = [
    ("cytoscape", "dist/cytoscape.min.js", "cytoscape.min.js"),
    ("uplot", "dist/uPlot.iife.min.js", "uPlot.iife.min.js"),
    ("uplot", "dist/uPlot.min.css", "uPlot.min.css"),
    ("d3-array", "dist/d3-array.min.js", "d3-array.min.js"),
    ("d3-geo", "dist/d3-geo.min.js", "d3-geo.min.js"),
    ("topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"),
    ("world-atlas", "countries-110m.json", "countries-110m.json"),
]


def main() -> int:
    subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=JS, check=True)
    modules = JS / "node_modules"
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "licenses").mkdir(parents=True)
    manifest: dict[str, dict[str, object]] = {}
    for package, inside, name in FILES:
        meta = json.loads((modules / package / "package.json").read_text(encoding="utf-8"))
        target = OUT / name
        shutil.copyfile(modules / package / inside, target)
        data = target.read_bytes()
        manifest[name] = {
            "package": package,
            "version": meta["version"],
            "license": meta.get("license"),
            "from": inside,
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        licence = next(iter(sorted((modules / package).glob("LICENSE*"))), None)
        if licence is None:
            print(f"vendor_js: {package} ships no LICENSE file", file=sys.stderr)
            return 1
        shutil.copyfile(licence, OUT / "licenses" / f"{package}.txt")
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    total = sum(int(str(m["bytes"])) for m in manifest.values())
    for name, m in manifest.items():
        print(f"{name:28} {m['package']}@{m['version']:8} {m['bytes']:>8} bytes")
    print(f"{'total':28} {'':17} {total:>8} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
