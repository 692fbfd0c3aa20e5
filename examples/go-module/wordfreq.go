// Package wordfreq counts how often words occur in a text.
package wordfreq

import (
	"sort"
	"strings"
	"unicode"
)

// Count is one word and how often it occurs.
type Count struct {
	Word  string
	Times int
}

// Words splits text into lower-case words: runs of letters and digits.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Top returns the n most frequent words, most frequent first, ties in alphabetical order.
func Top(text string, n int) []Count {
	times := map[string]int{}
	for _, word := range Words(text) {
		times[word]++
	}
	counts := make([]Count, 0, len(times))
	for word, count := range times {
		counts = append(counts, Count{word, count})
	}
	sort.Slice(counts, func(i, j int) bool {
		if counts[i].Times != counts[j].Times {
			return counts[i].Times > counts[j].Times
		}
		return counts[i].Word < counts[j].Word
	})
	if n < len(counts) {
		counts = counts[:n]
	}
	return counts
}
