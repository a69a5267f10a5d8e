"""Small dataset files written by the tests (never ../shared)."""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

UNDL_VOTES = """undl_id,country_name,vote,iso3
100,UNITED STATES,Y,USA
100,"GERMANY, FEDERAL REPUBLIC OF",N,DEU
100,USSR,A,USSR
100,CHINA,Y,CHN
200,UNITED STATES,N,USA
200,RUSSIAN FEDERATION,Y,RUS
200,DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA,Y,PRK
200,CHINA,NV,CHN
300,RUSSIAN FEDERATION,Y,RUS
"""

UNDL_RESOLUTIONS = """undl_id,symbol,date,title,meeting,agenda,recorded
100,A/RES/1000(XX),1965-12-01,Question of X,A/PV.1,Item 1,True
200,A/RES/77/1,2022-10-12,Territorial integrity,A/PV.2,Item 2,True
300,S/RES/2700(2023),2023-06-01,Council matter,S/PV.3,S1,True
"""

UNVOTES_VOTES = """rcid,country,country_code,vote
3.0,United States,US,yes
3.0,Russia,RU,no
3.0,Taiwan,TW,abstain
9.0,Russia,RU,yes
9.0,North Korea,KP,yes
9.0,Federal Republic of Germany,,no
"""

UNVOTES_ROLL_CALLS = """rcid,session,importantvote,date,unres,amend,para,short,descr
3,1.0,0,1946-01-01,R/1/66,1,0,"RULES, PROCEDURE",TO ADOPT
9,74.0,1,2019-12-01,R/74/1,0,0,HUMAN RIGHTS,ON DPRK
"""

UNVOTES_ISSUES = """rcid,short_name,issue
9,hr,Human rights
9,nu,Nuclear weapons
"""

ATOP_DYADS = """ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul
365.0,731.0,1980.0,1.0,0.0,0.0,0.0,1.0
365.0,731.0,2000.0,0.0,0.0,0.0,0.0,1.0
260.0,2.0,1970.0,1.0,0.0,0.0,0.0,0.0
816.0,365.0,1970.0,0.0,0.0,0.0,0.0,1.0
817.0,2.0,1970.0,1.0,0.0,0.0,0.0,0.0
"""

ATOP_MEMBERS = """atopid,cowid,cow4id,member,cowsys,yrent,yrexit,bilat,defense,offense,neutral,nonagg,consul
3440,,,365,0,1961,1996,1,1,0,0,0,1
3440,,,731,0,1961,1996,1,1,0,0,0,1
4940,,,731,0,2000,0,1,0,0,0,0,1
"""

ATOP_ALLIANCES = """atopid,begyr,endyr,bilat,defense,offense,neutral,nonagg,consul,mem1,mem2,mem3
3440,1961,1996,1,1,0,0,0,1,365,731,
3445,1961,0,1,1,0,0,0,0,731,710,
"""

SIPRI_ALL = """Transfers of major conventional arms from All countries  to All countries .
A '?' in a column indicates uncertain data.

Source: SIPRI Arms Transfers Database (c) SIPRI.
SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production
1,Russia,Viet Nam,Su-30MK,FGA aircraft,Aircraft,2009,No,4,No,2011,No,New,,37.5,150,No
1,Russia,Viet Nam,Su-30MK,FGA aircraft,Aircraft,2009,No,4,No,2012,No,New,,37.5,150,No
2,United States,Viet Nam,Hamilton,frigate,Ships,2016,No,1,No,2017,No,Second hand,,18,18,No
3,Iran,Hezbollah (Lebanon)*,Fajr-5,rocket,Artillery,2005,Yes,10,Yes,2006,Yes,New,,0.1,1,No
"""

SIPRI_REGISTER = (
    "Recipient,Supplier,Year of order,Number ordered,Weapon designation,Weapon description,"
    "Number delivered,Year(s) of delivery,status,Comments,SIPRI TIV per unit,"
    "SIPRI TIV for total order,SIPRI TIV of delivered weapons\n"
    "Brazil,Germany,2006,220,Leopard-1A5,tank,220,2009; 2010,Second hand,M\u00fcnchen deal,1.04,228.8,228.8\n"
    "Chile,Germany,2007,4,Type-209,submarine,4,2010,New,,100,400,400\n"
)

BACI = """year,exporter_iso3,importer_iso3,value_kusd
2020,CHN,PRK,100.5
2020,RUS,PRK,2.0
2021,CHN,PRK,50
"""

DOTS = """Reporter,Partner,Year,Flow,Value
China,North Korea,2019,Exports,1000000
China,North Korea,2019,Imports,200000
"""

ICEWS = (
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
    "Intensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\t"
    "Publisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n"
    "926685\t2014-01-01\tRussia\tGovernment\tRussian Federation\tMake statement\t010\t0.0\t"
    "North Korea\tGovernment\tNorth Korea\t28235825\t1\tAFP\t\t\t\tRussian Federation\t55.75\t37.6\n"
    "926686\t2014-01-02\tChina\tGovernment\tChina\tThreaten\t138\t-7.0\tJapan\tGovernment\t"
    "Japan\t28235826\t2\tAFP\t\t\t\tChina\t39.9\t116.4\n"
)

GDELT1_REDUCED = (
    "Date\tSource\tTarget\tCAMEOCode\tNumEvents\tNumArts\tQuadClass\tGoldstein\tSourceGeoType\n"
    "19790101\tRUSGOV\tPRK\t043\t2\t4\t1\t2.8\t\n"
    "19790102\tAFR\tFRA\t190\t1\t1\t4\t-10.0\t\n"
)


def gdelt2_row(event_id: int, date: str, a1: str, a2: str, code: str, url: str) -> str:
    cells = [""] * 61
    cells[0], cells[1], cells[3] = str(event_id), date, date[:4]
    cells[5], cells[6], cells[7] = a1 + "GOV", a1 + " government", a1
    cells[15], cells[16], cells[17] = a2, a2 + " name", a2
    cells[26], cells[27], cells[28] = code, code[:3], code[:2]
    cells[29], cells[30], cells[31] = "4", "-9.5", "12"
    cells[60] = url
    return "\t".join(cells) + "\n"


GDELT2 = gdelt2_row(1001, "20240105", "RUS", "UKR", "190", "https://example.org/a") + gdelt2_row(
    1002, "20240106", "CHN", "PRK", "042", "https://example.org/b"
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    data = text.encode(encoding)
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(data))
    elif path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(path.stem, data)
    else:
        path.write_bytes(data)
    return path


# ICEWS dyad-year QuadClass counts, netify layout (directed; covariates are ignored).
ICEWS_COUNTS = (
    "i,j,year,id,verbCoop,matlCoop,verbConf,matlConf,i_year,j_year,i_polity2,j_iso3c,i_iso3c\n"
    "United States,China,2010.0,US_CN_2010,4937.0,65.0,791.0,94.0,US_2010,CN_2010,10,CHN,USA\n"
    "China,United States,2010.0,CN_US_2010,4241.0,50.0,796.0,108.0,CN_2010,US_2010,-7,USA,CHN\n"
    "Russian Federation,North Korea,2011.0,RU_KP_2011,3.0,1.0,0.0,0.0,RU_2011,KP_2011,4,PRK,RUS\n"
    '"Congo, Republic Of",France,2012.0,CG_FR_2012,2.0,0.0,1.0,0.0,CG_2012,FR_2012,,FRA,COG\n'
    "Japan,China,2012.0,JP_CN_2012,0.0,0.0,0.0,0.0,JP_2012,CN_2012,10,CHN,JPN\n"
)
