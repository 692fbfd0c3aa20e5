"""Counting words and estimating reading time."""

import math
import re

WORD = re.compile(r"[\w'-]+")


def word_count(text: str) -> int:
    """The number of words in `text`."""
    return len(WORD.findall(text))


def reading_minutes(text: str, words_per_minute: int = 200) -> int:
    """Whole minutes needed to read `text`, at least 1 for any text with words."""
    if words_per_minute <= 0:
        raise ValueError("words_per_minute must be positive")
    words = word_count(text)
    if words == 0:
        return 0
    return max(1, math.ceil(words / words_per_minute))
