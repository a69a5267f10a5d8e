"""Valid inputs the fuzz suite starts from: one small file per reader format and dataset layout.

Written by the project for this suite. Every document of a reader seed carries ``{m}``, which
becomes a marker word unique to the file and record, so that a lost document can be named.
"""

from __future__ import annotations

import json

TEXT = (
    "Seoul and Tokyo agreed on a plan {m}.\nDate: 2024-03-01\n\nThe two sides met in {m} talks.\n"
)
MARKDOWN = (
    "# Kim meets Putin {m}\nDate: 2024-06-19\n\nRussia and **North Korea** signed a *treaty* {m}.\n"
)
HTML = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Veto {m}</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Russia vetoes a resolution {m}</h1>"
    "<p>Russia vetoed a Security Council resolution on Thursday, diplomats said in {m} talks."
    "</p><p>Thirteen members voted in favour and China abstained after a long debate.</p>"
    "</article></body></html>"
)
RSS = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
    "<link>https://wire.example.org/</link><description>d</description>"
    "<item><title>Xi hosts Putin</title><link>https://wire.example.org/{m}-1</link>"
    "<guid>{m}-1</guid><pubDate>Thu, 16 May 2024 08:00:00 GMT</pubDate>"
    "<description>Xi Jinping hosted Vladimir Putin in Beijing {m}1.</description></item>"
    "<item><title>Talks</title><guid>{m}-2</guid>"
    "<description><![CDATA[<p>Japan and China held talks {m}2.</p>]]></description></item>"
    "</channel></rss>"
)
ATOM = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
    "<title>Desk</title><id>urn:desk</id><updated>2024-05-01T00:00:00Z</updated>"
    "<entry><title>Summit</title><id>urn:{m}</id><updated>2024-05-01T00:00:00Z</updated>"
    "<summary>India and Pakistan agreed to talks {m}.</summary></entry></feed>"
)


def jsonl(marker: str) -> str:
    records = [
        {"id": f"{marker}-a", "text": f"France recalled its ambassador {marker}a.", "date": "2024-01-02"},
        {"text": f"Turkey hosted talks {marker}b.", "title": "Talks", "url": "https://e.example.org/b"},
        {"id": 7, "text": f"Brazil and Chile signed a deal {marker}c."},
    ]  # fmt: skip
    return "\n".join(json.dumps(r) for r in records) + "\n"


# suffix -> (template, number of documents)
READER_SEEDS: dict[str, tuple[str, int]] = {
    ".txt": (TEXT, 1),
    ".md": (MARKDOWN, 1),
    ".html": (HTML, 1),
    ".rss": (RSS, 2),
    ".atom": (ATOM, 1),
    ".jsonl": ("", 3),
}


def reader_seed(suffix: str, marker: str) -> tuple[str, list[str]]:
    """The text of a valid file and the markers of the documents it must give."""
    template, count = READER_SEEDS[suffix]
    if suffix == ".jsonl":
        return jsonl(marker), [marker + c for c in "abc"]
    if suffix == ".rss":
        return template.replace("{m}", marker), [marker + "1", marker + "2"]
    return template.replace("{m}", marker), [marker] * count


# Dataset layouts, one small valid file each: kind -> [(file name, text)]. unga-votes loads
# its votes and roll-call files together.
LOADER_SEEDS: dict[str, list[tuple[str, str]]] = {
    "unga-votes": [
        ("votes.csv", "rcid,country,country_code,vote\n3.0,United States,US,yes\n3.0,Russia,RU,no\n"
         "9.0,Russia,RU,yes\n9.0,North Korea,KP,abstain\n"),
        ("roll_calls.csv", "rcid,session,importantvote,date,unres,amend,para,short,descr\n"
         '3,1.0,0,1946-01-01,R/1/66,1,0,"RULES, PROCEDURE",TO ADOPT\n'
         "9,74.0,1,2019-12-01,R/74/1,0,0,HUMAN RIGHTS,ON DPRK\n"),
    ],
    "atop": [
        ("atop_dyads.csv", "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,"
         "atop_consul\n365.0,731.0,1980.0,1.0,0.0,0.0,0.0,1.0\n260.0,2.0,1970.0,1.0,0.0,0.0,0.0,0.0\n"),
    ],
    "sipri": [
        ("sipri.csv", "Source: SIPRI Arms Transfers Database.\nSIPRI AT Database ID,Supplier,Recipient,"
         "Designation,Description,Armament category,Order date,Order date is estimate,Numbers"
         " delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,"
         "SIPRI estimate,TIV deal unit,TIV delivery values,Local production\n"
         "1,Russia,India,Su-30MK,FGA aircraft,Aircraft,2009,No,4,No,2011,No,New,,37.5,150,No\n"
         "2,France,Egypt*,Rafale,FGA aircraft,Aircraft,2015,No,6,No,2016,No,New,,50,300,No\n"),
    ],
    "trade": [
        ("trade.csv", "year,exporter_iso3,importer_iso3,value_kusd\n2020,CHN,PRK,100.5\n"
         "2021,RUS,PRK,2.0\n"),
        ("BACI_HS92_Y2021_V202601.csv", "t,i,j,k,v,q\n2021,156,408,260111,100.5,20.0\n"
         "2021,842,251,854231,9,3\n"),
    ],
    "gdelt": [
        ("reduced.tsv", "Date\tSource\tTarget\tCAMEOCode\tNumEvents\tNumArts\tQuadClass\tGoldstein\t"
         "SourceGeoType\n19790101\tRUSGOV\tPRK\t043\t2\t4\t1\t2.8\t\n"
         "19790102\tAFR\tFRA\t190\t1\t1\t4\t-10.0\t\n"),
    ],
    "icews": [
        ("icews.tab", "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t"
         "CAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\n"
         "1\t2014-01-01\tRussia\tGovernment\tRussian Federation\tMake statement\t010\t0.0\t"
         "North Korea\tGovernment\tNorth Korea\t5\n"
         "2\t2014-01-02\tChina\tGovernment\tChina\tThreaten\t138\t-7.0\tJapan\tGovernment\tJapan\t6\n"),
    ],
    "icews-counts": [
        ("icews_counts.csv", "i,j,year,id,verbCoop,matlCoop,verbConf,matlConf\n"
         "United States,China,2010.0,US_CN_2010,4937.0,65.0,791.0,94.0\n"
         "Japan,China,2012.0,JP_CN_2012,0.0,0.0,0.0,0.0\n"),
    ],
}  # fmt: skip
