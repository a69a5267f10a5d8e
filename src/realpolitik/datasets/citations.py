"""Whom to cite for numbers computed from each dataset: shown by ``data list`` and reports."""

from __future__ import annotations

CITATIONS: dict[str, str] = {
    "undl": "United Nations Digital Library, voting data of the General Assembly and the Security"
    " Council (https://digitallibrary.un.org).",
    "unvotes": "Voeten, Erik; Strezhnev, Anton; Bailey, Michael (2009). United Nations General"
    " Assembly Voting Data. Harvard Dataverse, https://doi.org/10.7910/DVN/LEJUQZ.",
    "atop": "Leeds, Brett Ashley; Ritter, Jeffrey M.; Mitchell, Sara McLaughlin; Long, Andrew G."
    " (2002). Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions"
    " 28: 237-260 (ATOP data, http://www.atopdata.org).",
    "sipri": "SIPRI Arms Transfers Database, Stockholm International Peace Research Institute"
    " (https://www.sipri.org/databases/armstransfers).",
    "baci": "Gaulier, Guillaume; Zignago, Soledad (2010). BACI: International Trade Database at"
    " the Product-Level. The 1994-2007 Version. CEPII Working Paper 2010-23.",
    "dots": "International Monetary Fund, Direction of Trade Statistics (DOTS)"
    " (https://data.imf.org).",
    "comtrade": "United Nations Comtrade Database (https://comtradeplus.un.org).",
    "trade": "Bilateral trade data as loaded; cite the producer of the file.",
    "gdelt": "Leetaru, Kalev; Schrodt, Philip A. (2013). GDELT: Global Data on Events, Location"
    " and Tone, 1979-2012. Paper presented at the ISA Annual Convention.",
    "icews": "Boschee, Elizabeth; Lautenschlager, Jennifer; O'Brien, Sean; Shellman, Steve;"
    " Starz, James; Ward, Michael (2015). ICEWS Coded Event Data. Harvard Dataverse,"
    " https://doi.org/10.7910/DVN/28075.",
    "cow": "Correlates of War Project (2017). State System Membership List, v2016"
    " (https://correlatesofwar.org).",
    "cow-nmc": "Singer, J. David; Bremer, Stuart; Stuckey, John (1972). Capability Distribution,"
    " Uncertainty, and Major Power War, 1820-1965. In Bruce Russett (ed.), Peace, War, and"
    " Numbers, 19-48. Sage (COW National Material Capabilities data, https://correlatesofwar.org).",
    "cow-trade": "Barbieri, Katherine; Keshk, Omar M. G.; Pollins, Brian (2009). Trading Data:"
    " Evaluating our Assumptions and Coding Rules. Conflict Management and Peace Science 26(5):"
    " 471-491 (COW Trade data, https://correlatesofwar.org).",
    "cow-igo": "Pevehouse, Jon C. W.; Nordstrom, Timothy; McManus, Roseanne W.; Jamison, Anne"
    " Spencer (2020). Tracking Organizations in the World: The Correlates of War IGO Version 3.0"
    " datasets. Journal of Peace Research 57(3): 492-503.",
    "cow-distance": "Minimum distance between states per year, as loaded; cite the producer of"
    " the file (e.g. CShapes 2.0: Schvitz, Guy et al. (2022). Mapping the International System,"
    " 1886-2019: The CShapes 2.0 Dataset. Journal of Conflict Resolution 66(1): 144-161).",
    "gw": "Gleditsch, Kristian S.; Ward, Michael D. (1999). A Revised List of Independent States"
    " since the Congress of Vienna. International Interactions 25(4): 393-413"
    " (http://ksgleditsch.com/data-4.html).",
}
