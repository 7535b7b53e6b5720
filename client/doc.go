// Package client is the runtime of strata's generated Go client: it owns
// building SQL from compiled arguments, running it on pgx (pool,
// transactions, statement cache), scanning rows into generated structs
// through their codecs, loading includes in batches, client-side defaults,
// the mapping of PostgreSQL errors to Prisma's codes, tracing, and the
// filter, sort and update-operation types the generated arguments use.
//
// Generated code (package gen writes it, one package per generator block
// with provider "strata-client-go" or "prisma-client-go") is thin: per
// model a struct, typed argument structs, a metadata value (table,
// columns, relations) and a codec. Every query goes through this package.
//
// # Opening a client
//
//	c, err := db.Open(ctx, os.Getenv("DATABASE_URL")) // Prisma's URL parameters work
//	defer c.Close()
//	// or over an existing pool: c := db.New(pool, client.WithTracer(t))
//
// # Reading
//
// Arguments mirror Prisma's: a struct per operation, zero fields unset.
//
//	users, err := c.User.FindMany(ctx, db.UserFindMany{
//		Where: db.UserWhere{
//			Email: client.StringFilter{Contains: client.Ptr("@example.com"), Mode: client.Insensitive},
//			Posts: &db.PostListRelationFilter{Some: &db.PostWhere{Published: client.BoolFilter{Equals: client.Ptr(true)}}},
//		},
//		OrderBy: []db.UserOrderBy{{CreatedAt: client.Desc}},
//		Take:    client.Ptr(10),
//		Include: &db.UserInclude{Posts: &db.PostFindMany{Take: client.Ptr(3), OrderBy: []db.PostOrderBy{{ID: client.Desc}}}},
//	})
//	u, err := c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{Email: client.Ptr("a@b.c")}})
//	// u == nil when there is no such user; FindUniqueOrThrow returns client.ErrNotFound instead.
//	n, err := c.User.Count(ctx, db.UserCount{Where: db.UserWhere{Role: client.EnumFilter[db.Role]{In: []db.Role{db.RoleAdmin}}}})
//
// Filters: client.StringFilter and client.Filter[T] (aliases IntFilter,
// DateTimeFilter, EnumFilter[E], ...) offer Equals, Not, In, NotIn, Lt, Lte,
// Gt, Gte and IsNull; strings add Contains, StartsWith, EndsWith (matched
// literally: % and _ are not wildcards) and Mode: client.Insensitive. A
// Where combines its set fields with AND; AND, OR and NOT take lists of
// Wheres as in Prisma (OR of an empty list matches nothing). Relation
// filters: Some/Every/None on to-many relations, Is/IsNot/IsNull on to-one.
//
// # Types
//
// String string, Int int, BigInt int64, Float float64, Boolean bool,
// DateTime time.Time (sent in UTC; TIMESTAMP(3) keeps milliseconds),
// Decimal client.Decimal (the exact decimal text, no float loss), Json
// json.RawMessage, Bytes []byte, enums a generated string type with
// constants and Valid, lists slices. Optional fields are pointers (nil is
// NULL), except Bytes and Json, whose nil slice is NULL: a pointer keeps
// "absent" and "zero" apart without a wrapper type, and it is what
// hand-written pgx code scans into. Enum constants hold the database
// value (@map of the value, when given).
//
// # Relations
//
// Include loads relations: each level (every included relation of every
// parent row) is one statement, whatever the number of parents: the target
// rows are joined with unnest of the parents' keys, which stays fast with
// PostgreSQL's cached generic plans (a plain "= ANY($1)" does not), and
// per-parent take/skip use ROW_NUMBER(). A relation that was not included
// is nil; an included to-many relation is a non-nil slice (maybe empty);
// m.Loaded("field") tells an included to-one relation that is absent from
// one not loaded. JSON output omits relations that were not loaded.
//
// # Writing
//
//	u, err := c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "a@b.c", Name: client.Ptr("Ann")}})
//	n, err := c.Post.CreateMany(ctx, db.PostCreateMany{Data: rows, SkipDuplicates: true})
//	u, err = c.User.Update(ctx, db.UserUpdate{
//		Where: db.UserWhereUnique{ID: &u.ID},
//		Data:  db.UserUpdateInput{Name: client.Set("Ann B."), Visits: client.Increment[int64](1), Age: client.SetNull[int]()},
//	})
//	u, err = c.User.Upsert(ctx, db.UserUpsert{Where: ..., Create: ..., Update: ...})
//	_, err = c.User.Delete(ctx, db.UserDelete{Where: db.UserWhereUnique{ID: &u.ID}})
//
// Create fills cuid(), cuid(2), uuid(), uuid(7), nanoid(), ulid(), now()
// and @updatedAt in the client as Prisma does (see GenerateID); Update and
// UpdateMany set @updatedAt fields to the request time unless the data
// sets them. CreateMany uses COPY for batches of CopyThreshold rows or
// more when the rows allow it, else multi-row INSERTs. Upsert is one INSERT
// ... ON CONFLICT DO UPDATE when its where names one unique criterion with
// the same values as the create data.
//
// CreateManyAndReturn is CreateMany returning the rows (multi-row INSERT
// ... RETURNING, never COPY), with Include; rows skipped by SkipDuplicates
// are not returned.
//
// # Nested writes
//
// Create and update inputs have a field per relation, as Prisma's data:
//
//	u, err := c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{
//		Email:   "a@b.c",
//		Profile: &db.ProfileCreateNestedOne{Create: &db.ProfileCreateInput{Bio: client.Ptr("hi")}},
//		Posts: &db.PostCreateNestedMany{Create: []db.PostCreateInput{{
//			Title: "Hello",
//			Tags:  &db.TagCreateNestedMany{ConnectOrCreate: []db.TagConnectOrCreate{{Where: db.TagWhereUnique{Name: client.Ptr("go")}, Create: db.TagCreateInput{Name: "go"}}}},
//		}}},
//	}})
//	p, err := c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{Title: "x", Author: &db.UserCreateNestedOne{Connect: &db.UserWhereUnique{ID: &u.ID}}}})
//	_, err = c.User.Update(ctx, db.UserUpdate{Where: ..., Data: db.UserUpdateInput{Posts: &db.PostUpdateNestedMany{
//		UpdateMany: []db.PostNestedUpdateMany{{Where: db.PostWhere{...}, Data: db.PostUpdateInput{Published: client.Set(true)}}},
//		Delete:     []db.PostWhereUnique{{ID: &id}},
//	}}})
//
// In a create: Create, CreateMany (to-many, not m-n), Connect and
// ConnectOrCreate. In an update also Set, Disconnect, Delete, Update,
// UpdateMany, DeleteMany and Upsert on to-many relations (lists; an empty
// non-nil Set disconnects every row), and Upsert, Disconnect, Delete and
// Update on to-one relations. A nested create reuses the target's
// CreateInput: the foreign key fields that point back at the parent are
// filled by the runtime (leave them zero), and a to-one relation field
// (Author) overrides its scalar foreign key (AuthorID). Implicit m-n
// relations write their join table (column A refers to the model whose
// name sorts first, for a self-relation to the field whose name sorts
// first), from either side.
//
// The whole write, with every level, is one transaction (a savepoint in
// the caller's Tx): a failing step rolls back the others. Errors carry
// Prisma's codes: P2025 (ErrNotFound) to connect, update or delete a row
// that is missing or not related, P2014 (*RelationViolation) to disconnect
// a required relation or replace the related row of a required one-to-one
// (including Set and Disconnect of a to-many relation whose foreign key is
// required, which Prisma's types do not offer), and ErrNestedWrite for an
// operation the relation does not offer (createMany on an m-n relation,
// nested writes inside CreateMany). Order within one relation: set,
// disconnect, delete, deleteMany, update, updateMany, upsert, create,
// createMany, connect, connectOrCreate. An Upsert with nested writes is a
// locked read followed by the update or the create.
//
// # Raw SQL
//
//	n, err := c.ExecuteRaw(ctx, `UPDATE users SET name = $1 WHERE id = $2`, name, id)
//	users, err := c.User.QueryRaw(ctx, `SELECT * FROM users WHERE email LIKE $1`, pattern)
//	rows, err := client.QueryRaw[struct {
//		Email string `db:"email"`
//		Posts int64
//	}](ctx, c.Engine(), `SELECT u.email, COUNT(p.id) AS posts FROM users u JOIN "Post" p ON p."authorId" = u.id GROUP BY 1`)
//
// Values are always arguments, bound as $1, $2, ...: a value cannot change
// the statement. The statement has type client.SQL: a constant converts
// implicitly, a string variable only with an explicit client.SQL(s), which
// marks SQL built from data in review (Prisma's $queryRawUnsafe). A
// model's QueryRaw scans through the generated codec by column name
// (other columns are skipped; cast enum lists to text[]). client.QueryRaw
// scans into any type the caller names and is the client's one use of
// reflection: a struct's fields take the columns named by their `db` tag,
// else whose name equals the field's ignoring case and underscores; a
// non-struct type takes the single column. Raw statements run in the
// caller's Tx, are traced, and their errors map to Prisma's codes.
//
// # Transactions
//
//	err := c.Tx(ctx, func(tx *db.Client) error {
//		if _, err := tx.User.Update(ctx, ...); err != nil {
//			return err // rolls back
//		}
//		_, err := tx.Post.Create(ctx, ...)
//		return err
//	}, client.TxOptions{Isolation: client.Serializable, Timeout: 5 * time.Second})
//
// Retry re-runs a function (typically a whole Tx) on write conflicts.
//
// # Errors
//
// ErrNotFound (P2025, as *NotFound), *UniqueViolation (P2002, with the
// fields), *ForeignKeyViolation (P2003), ErrWriteConflict (P2034, as
// *WriteConflict), ErrPoolTimeout (P2024, as *PoolTimeout) and
// ErrTxTimeout (P2028) work with errors.Is and errors.As; the typed
// errors wrap the *pgconn.PgError. Code(err) returns the Prisma code.
//
// # Tracing
//
// WithTracer installs a Tracer (pgx's QueryTracer shape): each statement's
// model, operation, SQL, arguments (hidden with WithRedactedArgs),
// duration, rows and error. TraceFunc makes a slow-query log three lines.
package client
