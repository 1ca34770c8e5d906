"""Give a document without an id of its own a stable id made from its content.

Re-ingesting the same article must give the same id, so that stores upsert instead of
duplicating. The id depends on the text only, not on where it was found: the same article read
from a file, from stdin or from another folder is the same document.
"""

from __future__ import annotations

import hashlib
import unicodedata

ID_PREFIX = "doc-"
HASH_HEX_DIGITS = 16  # 64 bits: collisions stay unlikely far beyond a billion documents.


def document_id(text: str) -> str:
    """A content-hash id such as "doc-3f2a9c0e11d4b7a2".

    The text is put in Unicode NFC form, its line endings made "\\n" and its surrounding
    whitespace stripped before hashing, so that copies differing only in those invisible ways
    (an editor's line endings, a composed "é" against "e" + accent) get the same id.

    Args:
        text: the document's text.

    Returns:
        "doc-" followed by the first 16 hex digits of the SHA-256 of the normalised text.
    """
    canonical = unicodedata.normalize("NFC", text).replace("\r\n", "\n").strip()
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return ID_PREFIX + digest[:HASH_HEX_DIGITS]
