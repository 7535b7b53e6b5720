package client_test

import (
	"testing"

	"github.com/stratadb/strata/internal/pgtest"
)

// TestMain runs the package's tests against one throwaway PostgreSQL
// cluster (see internal/pgtest).
func TestMain(m *testing.M) { pgtest.Main(m) }
