"""pytest tests of textstats.counting."""

import pytest

from textstats import reading_minutes, word_count


def test_counts_words():
    assert word_count("one two  three") == 3


def test_counts_contractions_as_one_word():
    assert word_count("don't stop") == 2


def test_reading_time_rounds_up():
    assert reading_minutes("word " * 201) == 2


def test_empty_text_takes_no_time():
    assert reading_minutes("") == 0


def test_rejects_a_zero_speed():
    with pytest.raises(ValueError):
        reading_minutes("a", words_per_minute=0)


@pytest.mark.skip(reason="hyphenated words are not split yet")
def test_splits_hyphenated_words():
    assert word_count("well-known") == 2
