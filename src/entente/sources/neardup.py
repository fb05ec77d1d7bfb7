"""Near-duplicate documents (the same wire story on several sites), by MinHash LSH.

A document whose word-shingle Jaccard similarity to an earlier one reaches the threshold
is linked to it (`Document.near_duplicate_of`), and its events carry `duplicate_of`, so
analysis counts the story once.
"""

from __future__ import annotations

import re

from datasketch import LeanMinHash, MinHash, MinHashLSH

__all__ = ["NearDuplicateIndex", "shingles"]

_WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 128
SHINGLE = 4


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Overlapping word n-grams of the lower-cased text."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def _minhash(text: str) -> LeanMinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7)
    m.update_batch([gram.encode("utf-8") for gram in sorted(shingles(text))])
    # the lean form keeps only the hash values: a full MinHash also carries its own copy
    # of the permutations (twice the size), for every original the index holds
    return LeanMinHash(m)


class NearDuplicateIndex:
    """Originals seen so far; `match(doc_id, text)` names the original a text copies."""

    def __init__(self, threshold: float = 0.7, min_words: int = 12) -> None:
        self.threshold = threshold
        self.min_words = min_words
        # LSH only proposes candidates: a lower threshold there keeps a true copy from
        # slipping through the bands; the estimated Jaccard then decides.
        self._lsh = MinHashLSH(threshold=max(0.3, threshold - 0.2), num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, doc_id: str, text: str) -> None:
        if doc_id in self._hashes or len(_WORD.findall(text)) < self.min_words:
            return
        m = _minhash(text)
        self._lsh.insert(doc_id, m)
        self._hashes[doc_id] = m

    def match(self, text: str) -> str | None:
        """The most similar original at or above the threshold (ties: smallest id)."""
        if len(_WORD.findall(text)) < self.min_words or not self._hashes:
            return None
        m = _minhash(text)
        scored = [(m.jaccard(self._hashes[key]), key) for key in self._lsh.query(m)]
        scored = [(s, k) for s, k in scored if s >= self.threshold]
        if not scored:
            return None
        return min(scored, key=lambda pair: (-pair[0], pair[1]))[1]
