"""Generate a news-like soak corpus with faults injected at known counts, and its manifest.

The soak test needs many documents whose right outcome is known without coding them by hand:
every good document must end up stored exactly once, every fault must end up in the failures
table with its own code, and each good document's lead sentence was written to be coded as one
PLOVER type, so the events it yields can be checked for plausibility. The sentences are written
here from templates (varied actors, places, dates, casualty figures; ALL-CAPS wire copy;
embedded social-media posts), never copied from real articles.

Layout of a generated corpus (all under one folder, which `eventmill ingest` reads recursively):

- `news/part-NNNN.jsonl`: most good documents, one JSON object per line, with malformed lines,
  records with bad dates and non-English articles mixed in;
- `wire/NNNNNN.txt`: good documents as plain text with a `date YYYY-MM-DD` header;
- `faults/`: one file per file-level fault (empty, binary, undecodable, oversized, 200k tokens).

The manifest (`manifest.json` beside the corpus) lists every good document with its template
and every fault with the document id it will be recorded under and the code expected for it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from eventmill.read.ids import document_id
from eventmill.read.text import DEFAULT_MAX_BYTES

CORPUS_FOLDER = "corpus"
MANIFEST_FILE = "manifest.json"
RECORDS_PER_JSONL_FILE = 1000
# One good document in this many is written as its own plain-text file rather than a JSON line.
TEXT_FILE_EVERY = 20
# One good document in this many is an ALL-CAPS wire story, one in this many carries a post.
WIRE_EVERY = 7
POST_EVERY = 5
# Characters the pipeline analyses at most (Settings.max_chars); the long-document fault exceeds it.
LONG_DOCUMENT_TOKENS = 200_000


@dataclass(frozen=True)
class Place:
    country: str
    adjective: str
    capital: str
    city: str


PLACES: tuple[Place, ...] = (
    Place("Kenya", "Kenyan", "Nairobi", "Mombasa"),
    Place("Nigeria", "Nigerian", "Abuja", "Kano"),
    Place("Ethiopia", "Ethiopian", "Addis Ababa", "Mekelle"),
    Place("Sudan", "Sudanese", "Khartoum", "El Fasher"),
    Place("Mali", "Malian", "Bamako", "Gao"),
    Place("Colombia", "Colombian", "Bogota", "Cali"),
    Place("Peru", "Peruvian", "Lima", "Arequipa"),
    Place("Pakistan", "Pakistani", "Islamabad", "Peshawar"),
    Place("Bangladesh", "Bangladeshi", "Dhaka", "Chittagong"),
    Place("Myanmar", "Myanmar", "Naypyidaw", "Mandalay"),
    Place("Iraq", "Iraqi", "Baghdad", "Basra"),
    Place("Lebanon", "Lebanese", "Beirut", "Tripoli"),
    Place("Ukraine", "Ukrainian", "Kyiv", "Kharkiv"),
    Place("Georgia", "Georgian", "Tbilisi", "Batumi"),
    Place("Philippines", "Philippine", "Manila", "Davao"),
    Place("Indonesia", "Indonesian", "Jakarta", "Surabaya"),
    Place("Brazil", "Brazilian", "Brasilia", "Recife"),
    Place("France", "French", "Paris", "Marseille"),
    Place("Germany", "German", "Berlin", "Hamburg"),
    Place("Turkey", "Turkish", "Ankara", "Izmir"),
)
# Invented people: real names would tie generated claims to real persons.
GIVEN_NAMES = ("Amara", "Tomas", "Leila", "Victor", "Nadia", "Samuel", "Irina", "Omar", "Grace", "Daniel")
FAMILY_NAMES = ("Okonjo", "Ferreira", "Haddad", "Marchetti", "Volkova", "Mensah", "Quispe", "Rahimi", "Lindqvist")
GROUPS = ("teachers", "farmers", "students", "nurses", "taxi drivers", "factory workers", "pensioners")
GRIEVANCES = ("rising fuel prices", "a new land law", "unpaid wages", "cuts to pensions", "a tax on bread")
ARMED_GROUPS = ("Gunmen", "Suspected rebels", "Militants", "Armed men on motorcycles")
DONORS = ("The World Food Programme", "The Red Cross", "The European Union", "UNICEF")
RIGHTS_GROUPS = ("Amnesty International", "Human Rights Watch", "The United Nations")
TOPICS = ("border security", "trade", "a ceasefire", "energy supplies", "refugees")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FIRST_DAY = dt.date(2015, 1, 1)
DAYS_SPANNED = 3650


@dataclass(frozen=True)
class Template:
    """A lead sentence written so that it is coded as `expected_type`."""

    name: str
    expected_type: str
    write: Callable[[random.Random, Place, Place], str]


def _person(chance: random.Random) -> str:
    return f"{chance.choice(GIVEN_NAMES)} {chance.choice(FAMILY_NAMES)}"


def _other_place(chance: random.Random, place: Place) -> Place:
    return chance.choice([other for other in PLACES if other != place])


TEMPLATES: tuple[Template, ...] = (
    Template("protest", "PROTEST", lambda c, p, q: (
        f"Thousands of {c.choice(GROUPS)} protested in {p.city} on {c.choice(WEEKDAYS)} against "
        f"{c.choice(GRIEVANCES)}.")),
    Template("arrest", "COERCE", lambda c, p, q: (
        f"{p.adjective} police arrested {c.randint(2, 90)} {c.choice(GROUPS)} in {p.capital} on "
        f"{c.choice(WEEKDAYS)}, a police spokesman said.")),
    Template("attack", "ASSAULT", lambda c, p, q: (
        f"{c.choice(ARMED_GROUPS)} attacked a village near {p.city} on {c.choice(WEEKDAYS)}, killing "
        f"{c.randint(2, 60)} civilians and wounding {c.randint(1, 40)} others, local officials said.")),
    Template("meeting", "CONSULT", lambda c, p, q: (
        f"{p.adjective} President {_person(c)} met {q.adjective} Prime Minister {_person(c)} in {p.capital} "
        f"on {c.choice(WEEKDAYS)} to discuss {c.choice(TOPICS)}.")),
    Template("accusation", "ACCUSE", lambda c, p, q: (
        f"The government of {p.country} accused {q.country} of arming rebels in the north on "
        f"{c.choice(WEEKDAYS)}.")),
    Template("aid", "AID", lambda c, p, q: (
        f"{c.choice(DONORS)} delivered {c.randint(10, 900)} tonnes of food aid to families in {p.city} on "
        f"{c.choice(WEEKDAYS)}.")),
    Template("appeal", "REQUEST", lambda c, p, q: (
        f"{c.choice(RIGHTS_GROUPS)} urged the {p.adjective} government on {c.choice(WEEKDAYS)} to free "
        f"the journalists detained in {p.capital}.")),
    Template("release", "RETREAT", lambda c, p, q: (
        f"{p.adjective} authorities released {c.randint(5, 300)} political prisoners from a jail in "
        f"{p.city} on {c.choice(WEEKDAYS)}.")),
)


def _background(chance: random.Random, place: Place) -> str:
    return chance.choice((
        f"The region around {place.city} has seen repeated unrest in recent months.",
        f"{place.capital} has not commented on the figures, and independent verification was not possible.",
        f"Residents of {place.city} said shops stayed closed and traffic was light for most of the day.",
        f"Analysts in {place.capital} said the coming weeks would show whether the situation calms.",
    ))


def _quote(chance: random.Random) -> str:
    return chance.choice((
        f'"We will keep pushing until we are heard," said {_person(chance)}, a local organiser.',
        f'"The situation remains tense but calm," {_person(chance)}, a district official, told reporters.',
    ))


def _post(chance: random.Random, place: Place, published: dt.date) -> str:
    handle = f"@{place.city.replace(' ', '')[:8]}News"
    return (f"Crowds gathered outside the courthouse in {place.city} this morning "
            f"pic.twitter.com/{chance.getrandbits(40):010x} — {place.city} Desk ({handle}) "
            f"{MONTHS[published.month - 1]} {published.day}, {published.year}")


@dataclass(frozen=True)
class GoodDocument:
    doc_id: str
    template: str
    text: str
    date: dt.date
    wire: bool
    post: bool


def good_document(index: int, chance: random.Random) -> GoodDocument:
    """The index-th good document: a lead sentence from a template, then background and a quote."""
    template = TEMPLATES[index % len(TEMPLATES)]
    place = chance.choice(PLACES)
    published = FIRST_DAY + dt.timedelta(days=chance.randrange(DAYS_SPANNED))
    wire = index % WIRE_EVERY == 3
    post = index % POST_EVERY == 1
    lead = template.write(chance, place, _other_place(chance, place))
    paragraphs = [lead, _background(chance, place), _quote(chance)]
    if post:
        paragraphs.append(_post(chance, place, published))
    text = "\n\n".join(paragraphs)
    if wire:
        text = f"{place.capital.upper()}, {MONTHS[published.month - 1]} {published.day} (SOAK WIRE) - {text.upper()}"
    return GoodDocument(doc_id=f"soak-{index:07d}", template=template.name, text=text, date=published,
                        wire=wire, post=post)


@dataclass(frozen=True)
class ExpectedFailure:
    """A fault the corpus holds: the id it is recorded under and the code it must get."""

    kind: str
    doc_id: str
    code: str


# Non-English articles, written for the soak (EM012). Each is long enough for the identifier.
FOREIGN_TEXTS: tuple[str, ...] = (
    ("Des milliers de manifestants se sont rassemblés samedi dans le centre de la ville pour protester "
     "contre la hausse du prix du pain, selon les organisateurs de la marche."),
    ("Miles de agricultores bloquearon el lunes las principales carreteras del país para exigir al gobierno "
     "una reducción del precio del combustible, informaron las autoridades locales."),
    ("Tausende Menschen haben am Sonntag in der Hauptstadt gegen die geplante Rentenreform demonstriert, "
     "teilte die Polizei am Abend mit."),
)


@dataclass(frozen=True)
class FaultPlan:
    """How many of each fault a corpus of `documents` good documents holds."""

    empty: int
    binary: int
    undecodable: int
    oversized: int
    malformed_json: int
    bad_date: int
    no_text_field: int
    foreign: int
    long_document: int

    @classmethod
    def for_documents(cls, documents: int) -> FaultPlan:
        """About one fault per hundred documents, at least one of each kind; the big files stay few."""
        per_thousand = max(1, documents // 1000)
        return cls(empty=per_thousand, binary=per_thousand, undecodable=per_thousand,
                   oversized=max(1, documents // 50_000), malformed_json=2 * per_thousand,
                   bad_date=2 * per_thousand, no_text_field=per_thousand, foreign=per_thousand,
                   long_document=max(1, documents // 50_000))

    def total(self) -> int:
        return sum(asdict(self).values())


@dataclass(frozen=True)
class Manifest:
    """What a generated corpus holds, and so what the store must hold after ingesting it."""

    documents: int
    templates: dict[str, str]  # template name -> expected PLOVER type
    good: dict[str, str]  # doc_id -> template name
    failures: list[ExpectedFailure] = field(default_factory=list)
    wire: int = 0
    posts: int = 0

    def expected_codes(self) -> Counter[str]:
        return Counter(failure.code for failure in self.failures)

    def save(self, path: Path) -> None:
        data = asdict(self)
        path.write_text(json.dumps(data, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Manifest:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["failures"] = [ExpectedFailure(**failure) for failure in data["failures"]]
        return cls(**data)


def generate(workdir: Path, *, documents: int, seed: int = 9) -> Manifest:
    """Write a corpus of `documents` good documents plus its faults under `workdir`.

    Args:
        workdir: folder to write `corpus/` and `manifest.json` into (created if missing);
            ingest `workdir/corpus` by its absolute path, as failures of lines and files are
            recorded under the path the reader was given.
        documents: good documents to write.
        seed: the generator's seed: the same seed and size give the same bytes.

    Returns:
        The manifest, also saved as `workdir/manifest.json`.
    """
    chance = random.Random(seed)
    corpus = workdir.resolve() / CORPUS_FOLDER
    for folder in ("news", "wire", "faults"):
        (corpus / folder).mkdir(parents=True, exist_ok=True)
    plan = FaultPlan.for_documents(documents)
    written = [good_document(index, chance) for index in range(documents)]
    good: dict[str, str] = {}
    lines: list[Line] = []
    for index, document in enumerate(written):
        if index % TEXT_FILE_EVERY == 0:
            good[_write_text_file(corpus / "wire", document)] = document.template
        else:
            good[document.doc_id] = document.template
            lines.append(Line(_json_line({"id": document.doc_id, "date": document.date.isoformat(),
                                          "title": f"Soak {document.template}", "text": document.text})))
    for line in _bad_lines(plan, chance):
        lines.insert(chance.randrange(len(lines) + 1), line)
    failures = [*_write_jsonl_parts(corpus / "news", lines), *_write_fault_files(corpus / "faults", plan, chance)]
    manifest = Manifest(documents=documents, templates={t.name: t.expected_type for t in TEMPLATES},
                        good=good, failures=failures, wire=sum(d.wire for d in written),
                        posts=sum(d.post for d in written))
    manifest.save(workdir / MANIFEST_FILE)
    return manifest


@dataclass(frozen=True)
class Line:
    """One line of a JSON Lines part; a bad one says how it must fail.

    A failing line is recorded under its record's id when it has one, else as "path:line".
    """

    raw: bytes
    kind: str | None = None
    code: str | None = None
    record_id: str | None = None


def _json_line(record: dict[str, object]) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def _write_text_file(folder: Path, document: GoodDocument) -> str:
    """Write a good document as plain text with a date header; returns the id it is stored under."""
    text = f"date {document.date.isoformat()}\n{document.text}\n"
    (folder / f"{document.doc_id}.txt").write_text(text, encoding="utf-8")
    return document_id(text)  # plain text carries no id of its own: a content hash


def _bad_lines(plan: FaultPlan, chance: random.Random) -> Iterator[Line]:
    for number in range(plan.malformed_json):
        broken = _json_line({"id": f"malformed-{number}", "text": "Police arrested two men."})[: -chance.randint(3, 12)]
        yield Line(broken + b"\n", "malformed_json", "EM005")
    for number in range(plan.bad_date):
        record_id = f"bad-date-{number}"
        bad = chance.choice(("2021-13-45", "last Tuesday", "2019-02-30", "31/12/2020"))
        yield Line(_json_line({"id": record_id, "date": bad, "text": "Farmers protested in the capital on Monday."}),
                   "bad_date", "EM006", record_id)
    for number in range(plan.no_text_field):
        record_id = f"no-text-{number}"
        yield Line(_json_line({"id": record_id, "date": "2020-05-01", "body": "Troops crossed the river."}),
                   "no_text_field", "EM007", record_id)
    for number in range(plan.foreign):
        record_id = f"foreign-{number}"
        text = f"{FOREIGN_TEXTS[number % len(FOREIGN_TEXTS)]} ({number})"
        yield Line(_json_line({"id": record_id, "date": "2020-05-01", "text": text}), "foreign", "EM012", record_id)


def _write_jsonl_parts(folder: Path, lines: list[Line]) -> Iterator[ExpectedFailure]:
    """Write the lines in parts of `RECORDS_PER_JSONL_FILE`; yields the failures they hold."""
    for part, start in enumerate(range(0, len(lines), RECORDS_PER_JSONL_FILE)):
        path = folder / f"part-{part:04d}.jsonl"
        chunk = lines[start : start + RECORDS_PER_JSONL_FILE]
        path.write_bytes(b"".join(line.raw for line in chunk))
        for number, line in enumerate(chunk, start=1):
            if line.kind is not None and line.code is not None:
                yield ExpectedFailure(line.kind, line.record_id or f"{path}:{number}", line.code)


def _write_fault_files(folder: Path, plan: FaultPlan, chance: random.Random) -> Iterator[ExpectedFailure]:
    """Write one file per file-level fault; yields what each must be recorded as."""
    for number in range(plan.empty):
        path = folder / f"empty-{number}.txt"
        path.write_bytes(chance.choice((b"", b"   \n\n", b"date 2020-01-01\n")))
        yield ExpectedFailure("empty", str(path), "EM001")
    for number in range(plan.binary):
        path = folder / f"binary-{number}.txt"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + chance.randbytes(4096))
        yield ExpectedFailure("binary", str(path), "EM003")
    for number in range(plan.undecodable):
        path = folder / f"undecodable-{number}.txt"
        # Good UTF-8 ("é") next to a lone continuation byte: damaged UTF-8, not Windows-1252.
        path.write_bytes(f"Protesters in Bogot\u00e1 marched on Monday ({number}). ".encode() + b"\xc3\x28 \x80\x80")
        yield ExpectedFailure("undecodable", str(path), "EM002")
    for number in range(plan.oversized):
        path = folder / f"oversized-{number}.txt"
        sentence = f"Rebels shelled the town again on Monday ({number}).\n\n".encode()
        path.write_bytes(sentence * (DEFAULT_MAX_BYTES // len(sentence) + 2))
        yield ExpectedFailure("oversized", str(path), "EM004")
    for number in range(plan.long_document):
        path = folder / f"long-{number}.txt"
        text = " ".join(chance.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(LONG_DOCUMENT_TOKENS)) + "\n"
        path.write_text(text, encoding="utf-8")
        yield ExpectedFailure("long_document", document_id(text), "EM014")
