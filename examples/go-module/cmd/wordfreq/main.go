// Command wordfreq prints the most frequent words of its standard input.
package main

import (
	"fmt"
	"io"
	"os"

	"example.com/wordfreq"
)

func main() {
	text, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, count := range wordfreq.Top(string(text), 10) {
		fmt.Printf("%6d %s\n", count.Times, count.Word)
	}
}
