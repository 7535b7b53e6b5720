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
// Scalar lists take client.ListFilter[T]: Has, HasEvery, HasSome, IsEmpty
// and Equals (same elements, same order), as Prisma's. Json fields take
// client.JSONFilter, Prisma's PostgreSQL JSON filters: Path (keys, or array
// indexes as strings) with Equals, Not, StringContains, StringStartsWith,
// StringEndsWith (Mode: client.Insensitive), ArrayContains,
// ArrayStartsWith, ArrayEndsWith, Lt..Gte; values are JSON text.
//
//	c.User.FindMany(ctx, db.UserFindMany{Where: db.UserWhere{
//		Roles:    client.ListFilter[db.Role]{HasSome: []db.Role{db.RoleAdmin, db.RoleEditor}},
//		Settings: client.JSONFilter{Path: []string{"theme"}, Equals: client.Ptr(json.RawMessage(`"dark"`))},
//	}})
//
// # Select, distinct, cursor and relation orders
//
// Select reads only the chosen scalar fields; the others keep their Go zero
// value, so a caller tells "not selected" from its own Select (the columns
// an Include needs, the relation keys, are read as well). Distinct returns
// one row per combination of the chosen fields: the first in OrderBy, with
// Skip and Take applied after, as Prisma's; it is DISTINCT ON when OrderBy
// starts with those fields (or is empty, Prisma's nativeDistinct), else
// ROW_NUMBER() per group. Cursor starts the page at the row a unique
// criterion selects, included (Skip: 1 leaves it out); the primary key is
// appended to OrderBy to make it total, a missing cursor row gives no rows,
// and a negative Take reads the rows before it (or the last rows), in
// OrderBy's order. Select, Distinct and Cursor apply to FindMany and
// FindFirst (Select to FindUnique too), and inside an Include, per parent:
// the related rows' Distinct groups and Skip/Take are counted for each
// parent, and the Cursor is the same row for all of them, as Prisma's.
//
//	page, err := c.Post.FindMany(ctx, db.PostFindMany{
//		Cursor:  &db.PostWhereUnique{ID: &last}, Skip: client.Ptr(1), Take: client.Ptr(20),
//		OrderBy: []db.PostOrderBy{{Author: &db.UserOrderBy{Name: client.Asc}}, {Comments: &client.CountOrder{Count: client.Desc}}},
//		Select:  &db.PostSelect{ID: true, Title: true},
//	})
//
// OrderBy orders through to-one relations (the related row's fields; NULL
// when absent) and by the number of rows of a to-many relation, each a
// correlated subquery.
//
// # Aggregates and groups
//
// Aggregate computes Prisma's _count (All: the rows), _sum, _avg, _min and
// _max over the rows Where, OrderBy, Cursor, Skip and Take select; the
// result holds the selected ones (sums, averages, minimums and maximums are
// nil pointers when no value was aggregated). GroupBy groups by the fields
// set in By (a Select), filters groups with Having (per field: its value,
// or Count/Sum/Avg/Min/Max of it, combined with AND/OR/NOT) and orders them
// by grouped fields or aggregates.
//
//	r, err := c.User.Aggregate(ctx, db.UserAggregate{Where: ..., UserAggregateFields: db.UserAggregateFields{
//		Count: &db.UserCountAggregate{All: true}, Avg: &db.UserNumAggregate{Age: true}}})
//	// r.Count.All, *r.Avg.Age
//	gs, err := c.User.GroupBy(ctx, db.UserGroupBy{By: db.UserSelect{Role: true},
//		Having:              db.UserHaving{Age: client.Having[int]{Avg: &client.FloatFilter{Gt: client.Ptr(30.0)}}},
//		OrderBy:             []db.UserGroupByOrderBy{{Count: &db.UserOrderBy{ID: client.Desc}}},
//		UserAggregateFields: db.UserAggregateFields{Count: &db.UserCountAggregate{All: true}}})
//	// gs[i].By.Role, gs[i].Count.All
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
// Relation counts (Prisma's include: {_count: ...}) are one more
// statement for all parents, whatever their number:
//
//	us, err := c.User.FindMany(ctx, db.UserFindMany{Include: &db.UserInclude{Count: &db.UserCountInclude{Posts: true}}})
//	// us[i].Count.Posts; us[i].Count is nil when not included ("_count" in JSON)
//
// PostsWhere counts only the related rows that match it (Prisma's
// _count: {select: {posts: {where: ...}}}).
//
// The field is RelationCount when the model has a field named Count.
//
// # Relation load strategies
//
// As Prisma's relationLoadStrategy, an include is read one of two ways:
//
//   - Join: in the parents' own statement, each included relation a LEFT
//     JOIN LATERAL subquery aggregating the related rows (with their
//     where, orderBy, skip and take) into json_agg of arrays of the
//     columns as text, which the runtime decodes with pgx's text decoders
//     and no encoding/json. A read of one row with a single include (and
//     no include below it) joins the related rows as plain LEFT JOIN rows
//     instead, decoded in binary as hand-written code does. Includes of
//     included rows, includes with Select, Distinct or Cursor, and
//     relation counts, follow as Queries.
//   - Queries: the parents, then one statement per included relation for
//     all parents (the unnest join above).
//
// Measured on bench.ts's workloads (BENCHMARKS.md), Join halves the time
// of findUnique with an include (one round trip instead of two: about 2×
// faster), while for findMany of 1,000 parents one statement per relation
// is about 3× faster than 1,000 LATERAL aggregates. So the default
// (DefaultLoad) joins for reads of one row (findUnique, findFirst) and
// uses Queries for findMany. Choose per query, as in Prisma:
//
//	u, err := c.User.FindUnique(ctx, db.UserFindUnique{Where: ..., Include: ..., RelationLoadStrategy: client.Queries})
//
// or per client with client.WithRelationLoadStrategy(client.Join). A read
// with a negative take, or a relation keyed by a Decimal, always uses
// Queries.
//
// Rows are decoded with scan plans that the Engine keeps per connection
// and result shape, so a statement costs about what hand-written pgx
// code scanning into the same structs costs (BENCHMARKS.md, "Client vs
// pgx, GORM and Prisma 7").
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
// A batch transaction (Prisma's $transaction([...])) runs a list of
// operations in order, all or nothing, without a callback; client.Do
// turns a method call of the client into a step and stores its result:
//
//	var user *db.User
//	var n int64
//	err := c.Batch(ctx, []client.Step{
//		client.Do(&user, c.User.Create, db.UserCreate{Data: db.UserCreateInput{Email: "ann@x.io"}}),
//		client.Do(&n, c.Post.UpdateMany, db.PostUpdateMany{Data: db.PostUpdateInput{Published: client.Set(true)}}),
//	})
//
// The error names the failing step and wraps its error (errors.Is/As).
// Inside a Tx, a batch is a savepoint. StepFunc runs anything else, such
// as raw statements, in the batch.
//
// # Errors
//
// ErrNotFound (P2025, as *NotFound), *UniqueViolation (P2002, with the
// fields), *ForeignKeyViolation (P2003), ErrWriteConflict (P2034, as
// *WriteConflict), ErrPoolTimeout (P2024, as *PoolTimeout) and
// ErrTxTimeout (P2028) work with errors.Is and errors.As; the typed
// errors wrap the *pgconn.PgError. Code(err) returns the Prisma code.
//
// # Cancellation
//
// Every call takes a context: cancelling it (or its deadline passing)
// returns the context's error and stops the statement on the server too
// (pgx sends PostgreSQL a cancel request), so a slow query does not run on
// after its caller gave up.
//
// # Tracing
//
// WithTracer installs a Tracer (pgx's QueryTracer shape): each statement's
// model, operation, SQL, arguments (hidden with WithRedactedArgs),
// duration, rows and error. TraceFunc makes a slow-query log three lines.
package client
