"""Small datasets for claim checking, written by the project in each publisher's file format
(a CEPII BACI release folder, an IMF DOTS-style export, a SIPRI "all transfers" export, the UN
Digital Library's two voting files, ATOP directed dyad-years) and loaded through the real
loaders into a real DuckDB file. The figures are invented for the tests; the claims corpus
(``claims_corpus.jsonl``) states what each claim should come out as against them.

Variants: ``full`` (every layer), ``empty`` (no dataset loaded), ``products`` (only HS 2601 rows
of the BACI release: a product subset, not total trade).
"""

from __future__ import annotations

from pathlib import Path

from realpolitik.datasets import load
from realpolitik.store import Store

# -- trade: BACI year files (values in thousands of USD), exporter -> importer ----------------
BN = 1_000_000.0  # one billion USD in kUSD
TRADE: dict[int, dict[tuple[str, str], float]] = {
    2021: {
        ("CHN", "PRK"): 600_000.0, ("PRK", "CHN"): 280_000.0, ("RUS", "PRK"): 80_000.0,
        ("PRK", "RUS"): 20_000.0, ("VNM", "PRK"): 20_000.0,
        ("CHN", "RUS"): 68 * BN, ("RUS", "CHN"): 79 * BN,
    },
    2022: {
        ("CHN", "PRK"): 700_000.0, ("PRK", "CHN"): 250_000.0, ("RUS", "PRK"): 30_000.0,
        ("PRK", "RUS"): 10_000.0, ("VNM", "PRK"): 10_000.0,
        ("CHN", "RUS"): 76 * BN, ("RUS", "CHN"): 114 * BN,
    },
    2023: {
        ("CHN", "PRK"): 740_000.0, ("PRK", "CHN"): 220_000.0, ("RUS", "PRK"): 25_000.0,
        ("PRK", "RUS"): 5_000.0, ("VNM", "PRK"): 10_000.0,
        ("CHN", "RUS"): 110 * BN, ("RUS", "CHN"): 130 * BN, ("RUS", "IND"): 60 * BN,
        ("IND", "RUS"): 5 * BN, ("RUS", "VNM"): 3 * BN, ("VNM", "RUS"): 2 * BN,
        ("RUS", "KOR"): 6 * BN, ("KOR", "RUS"): 4 * BN,
        ("CHN", "VNM"): 140 * BN, ("VNM", "CHN"): 60 * BN, ("KOR", "VNM"): 60 * BN,
        ("VNM", "KOR"): 25 * BN, ("JPN", "VNM"): 20 * BN, ("VNM", "JPN"): 25 * BN,
        ("USA", "VNM"): 15 * BN, ("VNM", "USA"): 100 * BN,
        ("CHN", "USA"): 500 * BN, ("USA", "CHN"): 150 * BN, ("CHN", "KOR"): 160 * BN,
        ("KOR", "CHN"): 140 * BN, ("CHN", "IND"): 100 * BN, ("IND", "CHN"): 20 * BN,
        ("CHN", "JPN"): 170 * BN, ("JPN", "CHN"): 150 * BN,
    },
}  # fmt: skip
NUMERIC = {
    "CHN": 156, "PRK": 408, "RUS": 643, "VNM": 704, "KOR": 410, "JPN": 392, "USA": 842,
    "IND": 699,
}  # fmt: skip
# Each flow is split over two HS6 products: iron ore (260111) and crude oil (270900).
PRODUCTS = (("260111", 0.25), ("270900", 0.75))

# -- trade: a reporter-based DOTS-style export for 2019 (USD); North Korea reports nothing, so
#    its imports and exports come from its partners' mirror reports
DOTS_2019 = """Reporter,Partner,Year,Flow,Value
China,North Korea,2019,Exports,2500000
China,North Korea,2019,Imports,200000
Russia,North Korea,2019,Exports,100000
"""

# -- arms: SIPRI deliveries (supplier, recipient, delivery year, TIV in millions) ------------
ARMS = [
    ("Russia", "Viet Nam", 2010, 200), ("Russia", "Viet Nam", 2011, 250),
    ("Russia", "Viet Nam", 2012, 200), ("Russia", "Viet Nam", 2013, 100),
    ("Russia", "Viet Nam", 2014, 100), ("Belarus", "Viet Nam", 2012, 50),
    ("Ukraine", "Viet Nam", 2013, 100),
    ("Israel", "Viet Nam", 2019, 80), ("Russia", "Viet Nam", 2020, 100),
    ("Russia", "Viet Nam", 2021, 60), ("United States", "Viet Nam", 2021, 60),
    ("Israel", "Viet Nam", 2022, 40), ("South Korea", "Viet Nam", 2023, 60),
    ("Russia", "India", 2015, 600), ("France", "India", 2016, 100),
    ("United States", "India", 2017, 300),
    ("Russia", "India", 2019, 300), ("France", "India", 2020, 300),
    ("Russia", "India", 2021, 200), ("United States", "India", 2022, 150),
    ("Israel", "India", 2023, 50),
    ("Russia", "China", 2018, 400), ("France", "China", 2018, 100),
]  # fmt: skip
SIPRI_HEAD = (
    "Transfers of major conventional arms from All countries  to All countries .\n"
    "A '?' in a column indicates uncertain data.\n\n"
    "Source: SIPRI Arms Transfers Database (c) SIPRI.\n"
    "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,"
    "Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,"
    "Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,"
    "TIV delivery values,Local production\n"
)

# -- UN General Assembly votes: 2016 and 2023, ten roll calls each -------------------------
# Russia's line, then each state's votes; "Y"/"A"/"N" per roll call, "X" not voting.
VOTES = {
    2016: {
        "RUS": "YYYYYNNNYY",
        "CHN": "YYYYYNNNYA",  # 0.95
        "PRK": "YYYYYNNNNN",  # 0.80
        "BLR": "YYYYYNNNNY",  # 0.90
        "USA": "NNNNNYYYYN",  # 0.10
        "VNM": "YYYYYNNAAY",  # 0.90
    },
    2023: {
        "RUS": "YYYYYYNNNN",
        "PRK": "YYYYYYNNNN",  # 1.00
        "BLR": "YYYYYYNNNY",  # 0.90
        "CHN": "YYYYAAANNN",  # 0.85
        "VNM": "YYYYYAANNN",  # 0.90
        "USA": "NNNNNNYYYY",  # 0.00
        "IND": "AAAAAAAAAA",  # 0.50
        "GIN": "YXXXXXXXXX",  # 1.00 on one shared roll call: too few to be anyone's closest
    },
}
UNDL_NAMES = {
    "RUS": "RUSSIAN FEDERATION", "CHN": "CHINA", "PRK": "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
    "BLR": "BELARUS", "USA": "UNITED STATES", "VNM": "VIET NAM", "IND": "INDIA",
    "GIN": "GUINEA",
}  # fmt: skip

# -- ATOP directed dyad-years (COW codes): (a, b, first, last, defense, consultation) ------
COW = {"CHN": 710, "PRK": 731, "RUS": 365, "USA": 2, "JPN": 740, "PHL": 840, "KOR": 732,
       "VNM": 816, "FRA": 220, "BLR": 370}  # fmt: skip
ALLIANCES = [
    ("CHN", "PRK", 1961, 2018, 1, 0),
    ("RUS", "PRK", 1961, 1995, 1, 1),
    ("RUS", "PRK", 2000, 2018, 0, 1),
    ("USA", "JPN", 1952, 2018, 1, 1),
    ("USA", "PHL", 1952, 2018, 1, 1),
    ("USA", "KOR", 1954, 2018, 1, 1),
    ("USA", "FRA", 1949, 2018, 1, 1),
    ("RUS", "BLR", 1992, 2018, 1, 1),
    ("RUS", "VNM", 1978, 1991, 1, 1),
]


def write_baci(folder: Path, years: tuple[int, ...] = (2021, 2022, 2023)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for year in years:
        lines = ["t,i,j,k,v,q"]
        for (exporter, importer), value in sorted(TRADE[year].items()):
            for code, part in PRODUCTS:
                lines.append(
                    f"{year},{NUMERIC[exporter]},{NUMERIC[importer]},{code},{value * part:.3f},1"
                )
        (folder / f"BACI_HS92_Y{year}_V202401.csv").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    return folder


def write_sipri(path: Path) -> Path:
    rows = [
        f"{i},{supplier},{recipient},X-{i},equipment,Aircraft,{year - 1},No,1,No,{year},No,"
        f"New,,{tiv},{tiv},No"
        for i, (supplier, recipient, year, tiv) in enumerate(ARMS, start=1)
    ]
    path.write_text(SIPRI_HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def write_undl(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    votes = ["undl_id,country_name,vote,iso3"]
    resolutions = ["undl_id,symbol,date,title,meeting,agenda,recorded"]
    for year, lines in VOTES.items():
        for k in range(10):
            rid = year * 100 + k
            session = year - 1945
            resolutions.append(
                f"{rid},A/RES/{session}/{k + 1},{year}-11-{k + 10:02d},Item {k},A/PV.{rid},"
                f"Item {k},True"
            )
            for iso3, line in lines.items():
                votes.append(f'{rid},"{UNDL_NAMES[iso3]}",{line[k]},{iso3}')
    vpath, rpath = folder / "undl_votes.csv", folder / "undl_resolutions.csv"
    vpath.write_text("\n".join(votes) + "\n", encoding="utf-8")
    rpath.write_text("\n".join(resolutions) + "\n", encoding="utf-8")
    return vpath, rpath


def write_atop(path: Path) -> Path:
    lines = ["ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul"]
    for a, b, first, last, defense, consult in ALLIANCES:
        for year in range(first, last + 1):
            for x, y in ((a, b), (b, a)):
                lines.append(f"{COW[x]},{COW[y]},{year},{defense},0,0,0,{consult}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build_store(folder: Path, variant: str = "full") -> Path:
    """Write the files under ``folder`` and load them into ``folder/<variant>.duckdb``."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"{variant}.duckdb"
    with Store(db) as store:
        if variant == "empty":
            return db
        baci = write_baci(folder / "baci")
        if variant == "products":
            load(store, "trade", [baci], products="2601")
            return db
        load(store, "trade", [baci])
        dots = folder / "dots_2019.csv"
        dots.write_text(DOTS_2019, encoding="utf-8")
        load(store, "trade", [dots], origin="dots")
        load(store, "sipri", [write_sipri(folder / "sipri_transfers.csv")])
        load(store, "unga-votes", list(write_undl(folder / "undl")))
        load(store, "atop", [write_atop(folder / "atop_dyad_years.csv")])
    return db
