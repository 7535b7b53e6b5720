package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary act as the strata command inside testscript
// scenarios.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"strata": func() { os.Exit(runMain()) },
	})
}

// TestScripts runs the end-to-end CLI scenarios in testdata/script: each is a
// txtar archive of files plus the commands run on them and what they print.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// Scenarios must not see a developer's database settings.
			env.Setenv("DATABASE_URL", "")
			env.Setenv("DIRECT_URL", "")
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}
