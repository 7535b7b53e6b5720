// Package postgres owns everything that speaks PostgreSQL: catalog
// inspection (Inspect reads a live database into a *sqlschema.Schema),
// DDL rendering of schema changes in Prisma's migration layout, identifier
// and literal quoting, type names, error codes and connection URLs.
//
// Inspect issues a fixed number of catalog queries per object kind,
// whatever the number of tables, and normalises what it reads into
// sqlschema's conventions so that an inspected schema compares equal to
// one built from a Prisma data model describing the same objects.
package postgres
