package wordfreq

import (
	"reflect"
	"testing"
)

func TestWords(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"punctuation", "Hello, world!", []string{"hello", "world"}},
		{"digits", "route 66", []string{"route", "66"}},
		{"empty", "", []string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Words(c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Words(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestTop(t *testing.T) {
	got := Top("b a b c a b", 2)
	want := []Count{{"b", 3}, {"a", 2}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Top = %v, want %v", got, want)
	}
}

func TestTopOfNothing(t *testing.T) {
	if got := Top("", 3); len(got) != 0 {
		t.Fatalf("Top of nothing = %v", got)
	}
}
