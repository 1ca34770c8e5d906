"""Generate src/eventmill/data/actors/countries.csv from pycountry plus hand-written tables.

pycountry supplies every ISO 3166 country (codes, names, official names); what no package
supplies is how news writes about a country: its demonyms and adjectives ("Burkinabe"), the
short names ("Britain", "the U.S.") and the capitals and seats of government that stand for
its government ("Tel Aviv", "the Kremlin", "Downing Street"). Those live in `HAND_TABLE` below,
maintained by hand. Run

    python scripts/make_countries.py [--output PATH]

after editing the table or upgrading pycountry; tests/actors/test_dictionary.py checks that the
committed file is what this script generates.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pycountry

OUTPUT = Path(__file__).resolve().parent.parent / "src/eventmill/data/actors/countries.csv"
COLUMNS = ("iso3", "name", "aliases", "demonyms", "capitals", "wikidata")

# iso3 ; name override ; extra aliases ; demonyms and adjectives ; capitals and seats ; Wikidata QID
# Lists are |-separated. An empty name keeps pycountry's common name. A row whose code pycountry
# lacks (XKX, Kosovo's user-assigned code) adds that country. An alias written "-Name" drops that
# pycountry name: wire style (Reuters, AP) writes plain "Congo" for the Democratic Republic, so
# the Republic of the Congo gives it up.
HAND_TABLE = """
AFG;;;Afghan|Afghans|Afghani;Kabul;Q889
AGO;;;Angolan|Angolans;Luanda;Q916
ALB;;;Albanian|Albanians;Tirana;Q222
ARE;;UAE|the UAE|the Emirates|Emirates;Emirati|Emiratis;Abu Dhabi;Q878
ARG;;;Argentine|Argentines|Argentinian|Argentinians|Argentinean;Buenos Aires|the Casa Rosada;Q414
ARM;;;Armenian|Armenians;Yerevan;Q399
AUS;;;Australian|Australians;Canberra;Q408
AUT;;;Austrian|Austrians;Vienna;Q40
AZE;;;Azerbaijani|Azerbaijanis|Azeri|Azeris;Baku;Q227
BDI;;;Burundian|Burundians;Gitega|Bujumbura;Q967
BEL;;;Belgian|Belgians;;Q31
BEN;;;Beninese;Porto-Novo|Cotonou;Q962
BFA;;Burkina;Burkinabe|Burkinabé|Burkinabes;Ouagadougou;Q965
BGD;;;Bangladeshi|Bangladeshis;Dhaka;Q902
BGR;;;Bulgarian|Bulgarians;Sofia;Q219
BHR;;;Bahraini|Bahrainis;Manama;Q398
BIH;;Bosnia;Bosnian|Bosnians;Sarajevo;Q225
BLR;;Byelorussia|Belorussia;Belarusian|Belarusians|Byelorussian;Minsk;Q184
BOL;;;Bolivian|Bolivians;La Paz|Sucre;Q750
BRA;;;Brazilian|Brazilians;Brasilia|Brasília|Planalto Palace;Q155
BRN;Brunei;Brunei Darussalam;Bruneian|Bruneians;Bandar Seri Begawan;Q921
BTN;;;Bhutanese;Thimphu;Q917
BWA;;;Motswana|Batswana|Botswanan;Gaborone;Q963
CAF;;CAR;Central African|Central Africans;Bangui;Q929
CAN;;;Canadian|Canadians;Ottawa;Q16
CHE;;;Swiss;Bern;Q39
CHL;;;Chilean|Chileans;Santiago|La Moneda;Q298
CHN;;mainland China|PRC|the PRC;Chinese;Beijing|Peking|Zhongnanhai;Q148
CIV;;Ivory Coast|Cote d'Ivoire;Ivorian|Ivorians;Yamoussoukro|Abidjan;Q1008
CMR;;;Cameroonian|Cameroonians;Yaounde|Yaoundé;Q1009
COD;Democratic Republic of the Congo;Democratic Republic of Congo|Congo|DR Congo|DRC|the DRC|Congo-Kinshasa|Zaire;Congolese;Kinshasa;Q974
COG;Republic of the Congo;-Congo|Republic of Congo|Congo Republic|Congo-Brazzaville;;Brazzaville;Q971
COL;;;Colombian|Colombians;Bogota|Bogotá|Casa de Nariño;Q739
CPV;;Cape Verde;Cape Verdean|Cape Verdeans;Praia;Q1011
CRI;;;Costa Rican|Costa Ricans;San Jose;Q800
CUB;;;Cuban|Cubans;Havana;Q241
CYP;;;Cypriot|Cypriots;Nicosia;Q229
CZE;;Czech Republic|Czechoslovakia;Czech|Czechs|Czechoslovak;Prague;Q213
DEU;;West Germany|East Germany|FRG|GDR;German|Germans|West German|East German;Berlin|Bonn;Q183
DJI;;;Djiboutian|Djiboutians;;Q977
DNK;;;Danish|Dane|Danes;Copenhagen;Q35
DOM;;;Dominican|Dominicans;Santo Domingo;Q786
DZA;;;Algerian|Algerians;Algiers;Q262
ECU;;;Ecuadorian|Ecuadorians|Ecuadoran;Quito;Q736
EGY;;;Egyptian|Egyptians;Cairo;Q79
ERI;;;Eritrean|Eritreans;Asmara;Q986
ESP;;;Spanish|Spaniard|Spaniards;Madrid|La Moncloa;Q29
EST;;;Estonian|Estonians;Tallinn;Q191
ETH;;;Ethiopian|Ethiopians;Addis Ababa;Q115
FIN;;;Finnish|Finn|Finns;Helsinki;Q33
FRA;;;French|Frenchman|Frenchmen;Paris|the Elysee|the Élysée|the Elysee Palace|the Élysée Palace|Matignon;Q142
GAB;;;Gabonese;Libreville;Q1000
GBR;;Britain|Great Britain|UK|U.K.|the UK|the U.K.|the United Kingdom;British|Briton|Britons;London|Downing Street|Number 10|No 10|Whitehall;Q145
GEO;;;Georgian|Georgians;Tbilisi;Q230
GHA;;;Ghanaian|Ghanaians;Accra;Q117
GIN;;Guinea-Conakry;Guinean|Guineans;Conakry;Q1006
GMB;;The Gambia;Gambian|Gambians;Banjul;Q1005
GNB;;;Bissau-Guinean|Bissau-Guineans;Bissau;Q1007
GRC;;;Greek|Greeks;Athens;Q41
GTM;;;Guatemalan|Guatemalans;Guatemala City;Q774
HND;;;Honduran|Hondurans;Tegucigalpa;Q783
HRV;;;Croatian|Croatians|Croat|Croats;Zagreb;Q224
HTI;;;Haitian|Haitians;Port-au-Prince;Q790
HUN;;;Hungarian|Hungarians;Budapest;Q28
IDN;;;Indonesian|Indonesians;Jakarta;Q252
IND;;;Indian|Indians;New Delhi;Q668
IRL;;Republic of Ireland|Eire;Irish|Irishman|Irishmen;Dublin;Q27
IRN;;Persia;Iranian|Iranians|Persian;Tehran|Teheran;Q794
IRQ;;;Iraqi|Iraqis;Baghdad;Q796
ISL;;;Icelandic|Icelander|Icelanders;Reykjavik;Q189
ISR;;the Jewish state;Israeli|Israelis;Tel Aviv|Jerusalem;Q801
ITA;;;Italian|Italians;Rome|Palazzo Chigi;Q38
JAM;;;Jamaican|Jamaicans;Kingston;Q766
JOR;;;Jordanian|Jordanians;Amman;Q810
JPN;;;Japanese;Tokyo;Q17
KAZ;;;Kazakh|Kazakhs|Kazakhstani;Astana|Nur-Sultan|Almaty;Q232
KEN;;;Kenyan|Kenyans;Nairobi;Q114
KGZ;;Kirghizia;Kyrgyz|Kirghiz;Bishkek;Q813
KHM;;Kampuchea;Cambodian|Cambodians|Kampuchean|Kampucheans;Phnom Penh;Q424
KOR;;Republic of Korea|ROK|the ROK;South Korean|South Koreans;Seoul;Q884
KWT;;;Kuwaiti|Kuwaitis;Kuwait City;Q817
LAO;;;Laotian|Laotians|Lao;Vientiane;Q819
LBN;;;Lebanese;Beirut;Q822
LBR;;;Liberian|Liberians;Monrovia;Q1014
LBY;;;Libyan|Libyans;Tripoli;Q1016
LKA;;Ceylon;Sri Lankan|Sri Lankans;Colombo;Q854
LTU;;;Lithuanian|Lithuanians;Vilnius;Q37
LVA;;;Latvian|Latvians;Riga;Q211
MAR;;;Moroccan|Moroccans;Rabat;Q1028
MDA;;Moldavia;Moldovan|Moldovans;Chisinau;Q217
MDG;;;Malagasy;Antananarivo;Q1019
MEX;;;Mexican|Mexicans;Mexico City;Q96
MKD;;Macedonia;Macedonian|Macedonians;Skopje;Q221
MLI;;;Malian|Malians;Bamako;Q912
MMR;;Burma;Burmese|Myanmarese;Naypyidaw|Naypyitaw|Rangoon|Yangon;Q836
MNE;;;Montenegrin|Montenegrins;Podgorica;Q236
MNG;;;Mongolian|Mongolians;Ulaanbaatar|Ulan Bator;Q711
MOZ;;;Mozambican|Mozambicans;Maputo;Q1029
MRT;;;Mauritanian|Mauritanians;Nouakchott;Q1025
MWI;;;Malawian|Malawians;Lilongwe;Q1020
MYS;;;Malaysian|Malaysians;Kuala Lumpur|Putrajaya;Q833
NAM;;;Namibian|Namibians;Windhoek;Q1030
NER;;;Nigerien|Nigeriens;Niamey;Q1032
NGA;;;Nigerian|Nigerians;Abuja;Q1033
NIC;;;Nicaraguan|Nicaraguans;Managua;Q811
NLD;;Holland|the Netherlands;Dutch|Dutchman|Netherlander;Amsterdam;Q55
NOR;;;Norwegian|Norwegians;Oslo;Q20
NPL;;;Nepali|Nepalese|Nepalis;Kathmandu;Q837
NZL;;;New Zealander|New Zealanders;Wellington;Q664
OMN;;;Omani|Omanis;Muscat;Q842
PAK;;;Pakistani|Pakistanis;Islamabad;Q843
PAN;;;Panamanian|Panamanians;Panama City;Q804
PER;;;Peruvian|Peruvians;Lima;Q419
PHL;;the Philippines;Filipino|Filipinos|Filipina|Filipinas|Philippine;Manila|Malacañang|Malacanang;Q928
POL;;;Polish|Pole|Poles;Warsaw;Q36
PRK;;DPRK|the DPRK|North Korea;North Korean|North Koreans;Pyongyang;Q423
PRT;;;Portuguese;Lisbon;Q45
PRY;;;Paraguayan|Paraguayans;Asuncion|Asunción;Q733
PSE;Palestine;State of Palestine|Palestinian territories|the Palestinian territories|occupied Palestinian territories;Palestinian|Palestinians;Ramallah;Q219060
QAT;;;Qatari|Qataris;Doha;Q846
ROU;;Rumania;Romanian|Romanians;Bucharest;Q218
RUS;Russia;Russian Federation|Soviet Union|USSR|the Soviet Union|the USSR|U.S.S.R.;Russian|Russians|Soviet|Soviets;Moscow|the Kremlin;Q159
RWA;;;Rwandan|Rwandans;Kigali;Q1037
SAU;;KSA;Saudi|Saudis|Saudi Arabian|Saudi Arabians;Riyadh;Q851
SDN;;the Sudan;Sudanese;Khartoum|Port Sudan;Q1049
SEN;;;Senegalese;Dakar;Q1041
SGP;;;Singaporean|Singaporeans;;Q334
SLE;;;Sierra Leonean|Sierra Leoneans;Freetown;Q1044
SLV;;;Salvadoran|Salvadorans|Salvadorean|Salvadoreans;San Salvador;Q792
SOM;;;Somali|Somalis|Somalian;Mogadishu|Villa Somalia;Q1045
SRB;;Yugoslavia|Serbia and Montenegro;Serbian|Serbians|Serb|Serbs|Yugoslav|Yugoslavs;Belgrade;Q403
SSD;;;South Sudanese;Juba;Q958
SVK;;;Slovak|Slovaks|Slovakian;Bratislava;Q214
SVN;;;Slovenian|Slovenians|Slovene|Slovenes;Ljubljana;Q215
SWE;;;Swedish|Swede|Swedes;Stockholm;Q34
SWZ;;Swaziland;Swazi|Swazis;Mbabane;Q1050
SYR;;;Syrian|Syrians;Damascus;Q858
TCD;;;Chadian|Chadians;N'Djamena|Ndjamena;Q657
TGO;;;Togolese;Lome|Lomé;Q945
THA;;Siam;Thai|Thais;Bangkok;Q869
TJK;;;Tajik|Tajiks|Tajikistani;Dushanbe;Q863
TKM;;;Turkmen|Turkmens;Ashgabat;Q874
TLS;;East Timor;Timorese|East Timorese;Dili;Q574
TUN;;;Tunisian|Tunisians;Tunis;Q948
TUR;Turkey;Türkiye|Turkiye;Turkish|Turk|Turks;Ankara;Q43
TWN;;Republic of China;Taiwanese;Taipei;Q865
TZA;;;Tanzanian|Tanzanians;Dodoma|Dar es Salaam;Q924
UGA;;;Ugandan|Ugandans;Kampala;Q1036
UKR;;the Ukraine;Ukrainian|Ukrainians;Kyiv|Kiev;Q212
URY;;;Uruguayan|Uruguayans;Montevideo;Q77
USA;;United States of America|the United States|U.S.|US|the U.S.|the US|U.S.A.|USA|America;American|Americans|U.S.;Washington|Washington D.C.|Washington, D.C.|the White House;Q30
UZB;;;Uzbek|Uzbeks|Uzbekistani;Tashkent;Q265
VAT;Vatican City;;;the Vatican|the Holy See;Q237
VEN;;;Venezuelan|Venezuelans;Caracas|Miraflores Palace;Q717
VNM;;;Vietnamese;Hanoi;Q881
XKX;Kosovo;Republic of Kosovo;Kosovar|Kosovars|Kosovan;Pristina|Prishtina;Q1246
YEM;;;Yemeni|Yemenis;Sanaa|Sana'a;Q805
ZAF;;;South African|South Africans;Pretoria;Q258
ZMB;;;Zambian|Zambians;Lusaka;Q953
ZWE;;Rhodesia;Zimbabwean|Zimbabweans;Harare;Q954
AND;;;Andorran|Andorrans;Andorra la Vella;
ATG;;;Antiguan|Antiguans;St. John's;
BHS;;the Bahamas;Bahamian|Bahamians;Nassau;
BLZ;;;Belizean|Belizeans;Belmopan;
BRB;;;Barbadian|Barbadians|Bajan;Bridgetown;
COM;;;Comorian|Comorians;Moroni;
DMA;;;;Roseau;
ESH;;;Sahrawi|Sahrawis|Saharawi;;
FJI;;;Fijian|Fijians;Suva;
GNQ;;;Equatoguinean|Equatorial Guinean;Malabo;
GRD;;;Grenadian|Grenadians;;
GRL;;;Greenlandic|Greenlanders;Nuuk;
GUY;;;Guyanese;;
HKG;;;Hong Konger|Hong Kongers;;
KIR;;;I-Kiribati;Tarawa;
KNA;;;Kittitian|Nevisian;Basseterre;
LCA;;;Saint Lucian|Saint Lucians;Castries;
LIE;;;Liechtensteiner|Liechtensteiners;Vaduz;
LSO;;;Basotho|Mosotho|Lesothan;Maseru;
LUX;;;Luxembourgish|Luxembourger|Luxembourgers;;
MCO;;;Monegasque|Monegasques;;
MDV;;;Maldivian|Maldivians;;
MHL;;;Marshallese;Majuro;
MLT;;;Maltese;Valletta;
MUS;;;Mauritian|Mauritians;Port Louis;
NRU;;;Nauruan|Nauruans;;
PLW;;;Palauan|Palauans;;
PNG;;;Papua New Guinean|Papua New Guineans;Port Moresby;
PRI;;;Puerto Rican|Puerto Ricans;;
SLB;;;Solomon Islander|Solomon Islanders;Honiara;
SMR;;;Sammarinese;;
STP;;;Santomean|Santomeans;;
SUR;;;Surinamese;Paramaribo;
SYC;;;Seychellois;;
TON;;;Tongan|Tongans;Nuku'alofa;
TTO;;;Trinidadian|Trinidadians|Tobagonian;Port of Spain;
TUV;;;Tuvaluan|Tuvaluans;Funafuti;
VCT;;;Vincentian|Vincentians;Kingstown;
VUT;;;Ni-Vanuatu;Port Vila;
WSM;;;Samoan|Samoans;Apia;
"""


@dataclass(frozen=True)
class HandRow:
    """What the hand table adds to one country."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    wikidata: str


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def parse_hand_table(text: str) -> dict[str, HandRow]:
    """Rows of `HAND_TABLE` keyed by ISO3; a malformed row stops generation with its line."""
    rows: dict[str, HandRow] = {}
    for number, line in enumerate(text.strip().splitlines(), start=1):
        cells = line.split(";")
        if len(cells) != 6 or cells[0] in rows:
            raise SystemExit(f"HAND_TABLE line {number}: bad or repeated row {line!r}")
        iso3, name, aliases, demonyms, capitals, wikidata = (cell.strip() for cell in cells)
        rows[iso3] = HandRow(name, _split(aliases), _split(demonyms), _split(capitals), wikidata)
    return rows


def _pycountry_names(country: object) -> tuple[str, list[str]]:
    """The common name and the other usable pycountry names (inverted 'X, Y of' forms skipped)."""
    name = getattr(country, "common_name", None) or getattr(country, "name")
    others = [getattr(country, "name"), getattr(country, "official_name", None)]
    return name, [other for other in others if other and other != name and ", " not in other]


def _unique(values: list[str], *, without: str) -> str:
    return "|".join(dict.fromkeys(value for value in values if value != without))


def country_rows() -> list[dict[str, str]]:
    """One output row per ISO country plus hand-only codes, sorted by ISO3."""
    hand = parse_hand_table(HAND_TABLE)
    rows = []
    for country in pycountry.countries:
        name, others = _pycountry_names(country)
        extra = hand.pop(country.alpha_3, None)
        if extra is None:
            rows.append(dict(zip(COLUMNS, (country.alpha_3, name, _unique(others, without=name), "", "", ""))))
            continue
        canonical = extra.name or name
        dropped = {alias[1:] for alias in extra.aliases if alias.startswith("-")}
        usable = [name] if ", " not in name else []
        kept = [alias for alias in [*usable, *others, *extra.aliases]
                if alias not in dropped and not alias.startswith("-")]
        aliases = _unique(kept, without=canonical)
        rows.append(dict(zip(COLUMNS, (country.alpha_3, canonical, aliases, "|".join(extra.demonyms),
                                        "|".join(extra.capitals), extra.wikidata))))
    for iso3, extra in hand.items():
        rows.append(dict(zip(COLUMNS, (iso3, extra.name, "|".join(extra.aliases), "|".join(extra.demonyms),
                                        "|".join(extra.capitals), extra.wikidata))))
    return sorted(rows, key=lambda row: row["iso3"])


def render() -> str:
    """The full text of countries.csv: a provenance comment, the header, the rows."""
    buffer = io.StringIO()
    buffer.write(f"# generated by scripts/make_countries.py from pycountry {metadata.version('pycountry')}"
                 " and its hand-written tables; edit the script, not this file\n")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(country_rows())
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write (default: the packaged file)")
    options = parser.parse_args(argv)
    options.output.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
