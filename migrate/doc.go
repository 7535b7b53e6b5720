// Package migrate owns schema migrations the way Prisma Migrate keeps them:
// diffing two SQL schemas into ordered changes with data-loss warnings
// (Diff), the migrations folder with its migration_lock.toml, the
// _prisma_migrations table with checksums, the advisory lock, the shadow
// database, drift detection, and the engine behind the migrate commands.
//
// Diff follows Prisma's schema engine: the same pairing rules (tables,
// columns, enums and constraints by name; indexes and foreign keys by
// definition, so that a changed name alone is a rename), the same step
// kinds and the same step order, so that the SQL package postgres renders
// from the changes is the migration Prisma would write. Tables and columns
// are never renamed: a renamed one is dropped and added again, and the drop
// comes with a Warning.
package migrate
