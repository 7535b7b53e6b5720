// Package compat holds cross-checks of strata against Prisma's recorded
// outputs: the SQL that Prisma 7's `migrate diff --from-empty --script`
// printed for every PostgreSQL schema of the shared corpus, and a migrations
// folder with its _prisma_migrations rows written by Prisma's `migrate dev`.
// The recordings live in testdata/ and were made with the real Prisma CLI
// (record-prisma.sh, record-migrations.sh); the tests need no Node.js, only
// the PostgreSQL server of internal/pgtest.
//
// The package has no code of its own: it exists for its tests, which check
// that strata renders Prisma's SQL byte for byte, that the databases the two
// tools create have the same catalog, and that each tool accepts the other's
// migration history.
package compat
