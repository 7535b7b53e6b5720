package migrate

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// Reset empties the database as Prisma's migrate reset does and applies
// every migration of the folder again: each of namespaces (the schemas the
// project uses, with the URL's schema) is dropped with everything in it,
// including the migration history, and created again; then Deploy runs,
// holding the migration lock. Seeding is the caller's business.
func Reset(ctx context.Context, conn *pgx.Conn, schema string, namespaces []string, f *Folder, opts DeployOptions) (*DeployResult, error) {
	if opts.Provider != "" {
		if err := f.CheckProvider(opts.Provider); err != nil {
			return nil, err
		}
	}
	release, err := AcquireLock(ctx, conn, opts.LockTimeout)
	if err != nil {
		return nil, err
	}
	err = ResetNamespaces(ctx, conn, withNamespace(namespaces, schema))
	if rerr := release(context.WithoutCancel(ctx)); err == nil && rerr != nil {
		err = rerr
	}
	if err != nil {
		return nil, err
	}
	return Deploy(ctx, conn, schema, f, opts)
}
