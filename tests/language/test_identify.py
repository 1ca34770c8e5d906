"""Language identification: foreign documents are recorded as EM012 failures, English ones pass."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from eventmill.language.identify import (
    MIN_CONFIDENCE,
    EnglishFilter,
    LanguageGuess,
    LanguageIdentifier,
    load_identifier,
)
from eventmill.model import Article, Document

FOREIGN = [
    ("fr", "Le ministre de la Défense a rencontré mardi le président de l'autorité pour parler de la sécurité à la frontière."),
    ("es", "El ministro de Defensa se reunió el martes con el presidente para hablar de la seguridad en la frontera norte."),
    ("de", "Der Verteidigungsminister traf sich am Dienstag mit dem Präsidenten, um über die Sicherheit an der Grenze zu sprechen."),
    ("ar", "التقى وزير الدفاع يوم الثلاثاء برئيس السلطة لبحث الأوضاع الأمنية على الحدود الشمالية للبلاد."),
    ("ru", "Министр обороны во вторник встретился с президентом, чтобы обсудить безопасность на границе."),
    ("zh", "国防部长星期二与总统会面，讨论了边境地区的安全局势和双方今后的合作计划以及经济发展问题。"),
]
ENGLISH = [
    "The defence minister met the president on Tuesday to discuss security along the northern border.",
    "RIVERTON, MARCH 4 (WIRE) -- SOLDIERS OF THE FIFTH BRIGADE CLASHED WITH REBELS NEAR THE DAM, "
    "KILLING SEVEN, A MILITARY SPOKESMAN SAID ON MONDAY.",
    "Ould Abdelaziz and Nkosazana Dlamini-Zuma met Tshisekedi in Kinshasa, aides to Mbeki said.",
    "Minister Oyelaran condemned the raid pic.twitter.com/AbCdEf12 — Ngozi Oyelaran (@ngozi_o) May 3, 2022 "
    "and asked the council to act https://t.co/XyZ123 www.example.org/news/2022/05/03/raid.html",
]
UNDECIDED = ["", "   \n\t ", "Talks resumed.", "12 34 56 2021-12-29 100,000 3.5% 7/8", "Rebels took Goma."]


@pytest.fixture(scope="module")
def identify() -> LanguageIdentifier:
    return load_identifier()


def _article(text: str) -> Article:
    return Article(document=Document("doc-1", text, dt.date(2024, 3, 5)))


@pytest.mark.parametrize(("code", "text"), FOREIGN, ids=[code for code, _ in FOREIGN])
def test_identify_recognises_foreign_news(identify: LanguageIdentifier, code: str, text: str) -> None:
    guess = identify(text)
    assert guess is not None and guess.code == code and guess.confidence >= 0.9


@pytest.mark.parametrize("text", ENGLISH, ids=["plain", "all-caps wire", "foreign names", "links and handles"])
def test_identify_english_news_is_never_confidently_foreign(identify: LanguageIdentifier, text: str) -> None:
    guess = identify(text)
    assert guess is not None and (guess.code == "en" or guess.confidence < MIN_CONFIDENCE)


@pytest.mark.parametrize("text", UNDECIDED)
def test_identify_too_few_letters_is_undecided(identify: LanguageIdentifier, text: str) -> None:
    assert identify(text) is None


@pytest.mark.parametrize(("opening", "body", "code"), [
    (ENGLISH[0], FOREIGN[0][1], "fr"),
    (FOREIGN[0][1], ENGLISH[0], "en"),
])
def test_identify_long_document_is_judged_on_windows_spread_over_it(
    identify: LanguageIdentifier, opening: str, body: str, code: str
) -> None:
    text = opening * 100 + body * 20_000
    guess = identify(text)
    assert guess is not None and guess.code == code


@pytest.mark.parametrize(("code", "name"), [("fr", "French"), ("sw", "Swahili"), ("zz", "zz")])
def test_identify_guess_names_the_language(code: str, name: str) -> None:
    assert LanguageGuess(code, 0.99).name == name


@pytest.mark.parametrize(("code", "text"), FOREIGN, ids=[code for code, _ in FOREIGN])
def test_identify_filter_records_foreign_document_as_em012(identify: LanguageIdentifier, code: str, text: str) -> None:
    article = EnglishFilter(identify)(_article(text))
    [failure] = article.failures
    assert (failure.doc_id, failure.stage, failure.code) == ("doc-1", "language_id", "EM012")
    assert failure.reason.startswith("EM012: not English (detected ")
    assert failure.raw == text.encode("utf-8")


@pytest.mark.parametrize("text", ENGLISH + UNDECIDED)
def test_identify_filter_passes_english_and_undecided_text(identify: LanguageIdentifier, text: str) -> None:
    assert not EnglishFilter(identify)(_article(text)).failures


def test_identify_filter_reason_names_language_and_confidence(identify: LanguageIdentifier) -> None:
    [failure] = EnglishFilter(identify)(_article(FOREIGN[0][1])).failures
    assert re.fullmatch(r"EM012: not English \(detected French, (0\.9\d|1\.00)\)", failure.reason)


def test_identify_filter_threshold_is_an_option(identify: LanguageIdentifier) -> None:
    assert not EnglishFilter(identify, min_confidence=1.01)(_article(FOREIGN[0][1])).failures


@pytest.mark.model
def test_identify_pipeline_skips_a_foreign_article_before_parsing() -> None:
    from eventmill.api import extract

    article = extract(FOREIGN[1][1] + "\n\n" + FOREIGN[1][1], date="2024-03-05", doc_id="foreign")
    [failure] = article.failures
    assert (failure.stage, failure.code) == ("language_id", "EM012")
    assert not article.events and not article.quotes and not article.sentences


@pytest.mark.model
def test_identify_pipeline_codes_an_all_caps_english_wire() -> None:
    from eventmill.api import extract

    article = extract(ENGLISH[1], date="2024-03-05", doc_id="wire")
    assert not article.failures and article.sentences
