package psl

import (
	"slices"
	"strings"
)

// Suggest returns the candidate closest to word (by edit distance, ignoring
// case) when it is close enough to be a typo of it, else "". Hints use it:
// `Did you mean "String"?`. Candidates are compared in sorted order so that
// ties resolve the same way every time; the slice is not modified.
func Suggest(word string, candidates []string) string {
	// Suggestions are for typos in names a person wrote; long strings
	// would only make the quadratic distance slow.
	if len(word) > 64 {
		return ""
	}
	cands := slices.Clone(candidates)
	slices.Sort(cands)
	best, bestD := "", 1<<30
	lw := strings.ToLower(word)
	for _, c := range cands {
		if len(c) > 64 || abs(len(c)-len(word)) > len(word)/3+1 {
			continue
		}
		if d := editDistance(lw, strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	if bestD <= max(1, len(word)/3) {
		return best
	}
	return ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
