"""unittest tests of textstats (run by `python3 -m unittest` and by pytest)."""

import unittest

from textstats import reading_minutes, word_count


class WordCountTest(unittest.TestCase):
    def test_ignores_punctuation(self):
        self.assertEqual(word_count("Hello, world!"), 2)

    def test_one_word_takes_a_minute(self):
        self.assertEqual(reading_minutes("hello"), 1)


if __name__ == "__main__":
    unittest.main()
