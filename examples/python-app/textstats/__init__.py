"""Small text statistics: word counts and reading time."""

from textstats.counting import reading_minutes, word_count

__all__ = ["reading_minutes", "word_count"]
