package psl

import (
	"runtime"
	"sync"
)

// Source is the text of one schema file and the name its spans carry.
type Source struct {
	Name string
	Src  []byte
}

// ParseAll parses the files of a multi-file schema, several at a time (one
// worker per CPU), and returns the trees in the order given with their
// diagnostics in file order. The result is the same as calling Parse on each
// file in turn.
func ParseAll(srcs []Source) ([]*File, Diagnostics) {
	files := make([]*File, len(srcs))
	diags := make([]Diagnostics, len(srcs))
	workers := min(runtime.GOMAXPROCS(0), len(srcs))
	if workers <= 1 {
		for i, s := range srcs {
			files[i], diags[i] = Parse(s.Name, s.Src)
		}
	} else {
		next := make(chan int)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					files[i], diags[i] = Parse(srcs[i].Name, srcs[i].Src)
				}
			}()
		}
		for i := range srcs {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	var all Diagnostics
	for _, d := range diags {
		all = append(all, d...)
	}
	return files, all
}
