package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/stratadb/strata/internal/pgtest"
)

// TestMain lets the test binary act as the strata command inside testscript
// scenarios.
// Tests that need PostgreSQL share one pgtest cluster, stopped when the
// tests end.
func TestMain(m *testing.M) {
	testscript.Main(pgtestM{m}, map[string]func(){
		"strata": func() { os.Exit(runMain()) },
	})
}

// pgtestM runs the tests with pgtest's cluster cleanup.
type pgtestM struct{ m *testing.M }

func (p pgtestM) Run() int { return pgtest.Run(p.m) }

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
			// Scenarios named *_db.txtar or migrate_* get a fresh database
			// in $PGTEST_URL (dropped when the scenario ends).
			if name := filepath.Base(env.WorkDir); strings.HasPrefix(name, "script-migrate_") || strings.HasSuffix(name, "_db") {
				if tb, ok := env.T().(testing.TB); ok {
					env.Setenv("PGTEST_URL", pgtest.New(tb))
				}
			}
			return nil
		},
	})
}
