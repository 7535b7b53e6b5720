package postgres

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/stratadb/strata/sqlschema"
)

// EmptyMigration is what Prisma writes for a migration without changes.
const EmptyMigration = "-- This is an empty migration."

// indent is Prisma's indentation of columns in CREATE TABLE.
const indent = "    "

// Renderer writes schema changes as a migration script in Prisma's layout:
// one section per change headed by a comment naming its kind ("--
// CreateTable"), statements ended by ";" and a newline, a blank line between
// sections.
type Renderer struct {
	// DefaultNamespace is the schema the connection URL names (schema=).
	// Objects in it are written unqualified, as Prisma does; objects in any
	// other schema are written "schema"."name". Empty means "public".
	DefaultNamespace string
}

// Render renders changes with the default Renderer and no warnings.
func Render(changes []sqlschema.Change) (string, error) {
	return Renderer{}.Render(changes, nil)
}

// Render renders changes as a migration script. Warnings (Prisma's
// data-loss warnings and unexecutable steps, one message each) go in a
// comment block at the top. The script ends with a newline after its last
// statement, as migration.sql files do; a script without changes is
// EmptyMigration.
func (r Renderer) Render(changes []sqlschema.Change, warnings []string) (string, error) {
	if len(changes) == 0 {
		return EmptyMigration, nil
	}
	var b strings.Builder
	if len(warnings) > 0 {
		b.WriteString("/*\n  Warnings:\n\n")
		for _, w := range warnings {
			b.WriteString("  - ")
			b.WriteString(w)
			b.WriteByte('\n')
		}
		b.WriteString("\n*/\n")
	}
	first := true
	for i, c := range changes {
		title, stmts, err := r.change(c)
		if err != nil {
			return "", fmt.Errorf("postgres: render change %d (%T): %w", i+1, c, err)
		}
		if len(stmts) == 0 {
			continue
		}
		if !first {
			b.WriteByte('\n')
		}
		first = false
		b.WriteString("-- ")
		b.WriteString(title)
		b.WriteByte('\n')
		for _, s := range stmts {
			b.WriteString(s)
			b.WriteString(";\n")
		}
	}
	return b.String(), nil
}

var errIncomplete = errors.New("change is missing its object")

// change renders one change: its section title and statements.
func (r Renderer) change(c sqlschema.Change) (string, []string, error) {
	switch c := c.(type) {
	case *sqlschema.CreateNamespace:
		return "CreateSchema", []string{"CREATE SCHEMA IF NOT EXISTS " + QuoteIdent(c.Name)}, nil
	case *sqlschema.DropNamespace:
		return "DropSchema", []string{"DROP SCHEMA " + QuoteIdent(c.Name)}, nil
	case *sqlschema.CreateExtension:
		if c.Ext == nil {
			return "", nil, errIncomplete
		}
		s := "CREATE EXTENSION IF NOT EXISTS " + QuoteIdent(c.Ext.Name)
		if c.Ext.Namespace != "" || c.Ext.Version != "" {
			s += " WITH"
		}
		if c.Ext.Namespace != "" {
			s += " SCHEMA " + QuoteIdent(c.Ext.Namespace)
		}
		if c.Ext.Version != "" {
			s += " VERSION " + QuoteIdent(c.Ext.Version)
		}
		return "CreateExtension", []string{s}, nil
	case *sqlschema.DropExtension:
		if c.Ext == nil {
			return "", nil, errIncomplete
		}
		return "DropExtension", []string{"DROP EXTENSION " + QuoteIdent(c.Ext.Name)}, nil
	case *sqlschema.AlterExtension:
		if c.From == nil || c.To == nil {
			return "", nil, errIncomplete
		}
		var stmts []string
		if c.From.Version != "" && c.To.Version != "" && c.From.Version != c.To.Version {
			stmts = append(stmts, "ALTER EXTENSION "+QuoteIdent(c.From.Name)+" UPDATE TO "+QuoteIdent(c.To.Version))
		}
		if c.From.Namespace != "" && c.To.Namespace != "" && c.From.Namespace != c.To.Namespace {
			stmts = append(stmts, "ALTER EXTENSION "+QuoteIdent(c.From.Name)+" SET SCHEMA "+QuoteIdent(c.To.Namespace))
		}
		return "AlterExtension", stmts, nil
	case *sqlschema.CreateEnum:
		if c.Enum == nil {
			return "", nil, errIncomplete
		}
		return "CreateEnum", []string{"CREATE TYPE " + r.name(c.Enum.Namespace, c.Enum.Name) + " AS ENUM (" + literals(c.Enum.Values) + ")"}, nil
	case *sqlschema.DropEnum:
		if c.Enum == nil {
			return "", nil, errIncomplete
		}
		return "DropEnum", []string{"DROP TYPE " + r.name(c.Enum.Namespace, c.Enum.Name)}, nil
	case *sqlschema.AlterEnum:
		if c.From == nil || c.To == nil {
			return "", nil, errIncomplete
		}
		return "AlterEnum", r.alterEnum(c), nil
	case *sqlschema.CreateTable:
		if c.Table == nil {
			return "", nil, errIncomplete
		}
		return "CreateTable", []string{r.createTable(c.Table)}, nil
	case *sqlschema.DropTable:
		if c.Table == nil {
			return "", nil, errIncomplete
		}
		return "DropTable", []string{"DROP TABLE " + r.table(c.Table)}, nil
	case *sqlschema.AlterTable:
		if c.Table == nil {
			return "", nil, errIncomplete
		}
		return "AlterTable", r.alterTable(c), nil
	case *sqlschema.CreateIndex:
		if c.Table == nil || c.Index == nil {
			return "", nil, errIncomplete
		}
		return "CreateIndex", []string{r.createIndex(c.Table, c.Index)}, nil
	case *sqlschema.DropIndex:
		if c.Table == nil || c.Index == nil {
			return "", nil, errIncomplete
		}
		return "DropIndex", []string{"DROP INDEX " + r.name(c.Table.Namespace, c.Index.Name)}, nil
	case *sqlschema.RenameIndex:
		if c.Table == nil {
			return "", nil, errIncomplete
		}
		// PostgreSQL keeps the index in its schema: the new name is bare.
		return "RenameIndex", []string{"ALTER INDEX " + r.name(c.Table.Namespace, c.From) + " RENAME TO " + QuoteIdent(c.To)}, nil
	case *sqlschema.AddForeignKey:
		if c.Table == nil || c.FK == nil {
			return "", nil, errIncomplete
		}
		return "AddForeignKey", []string{r.addForeignKey(c.Table, c.FK)}, nil
	case *sqlschema.DropForeignKey:
		if c.Table == nil || c.FK == nil {
			return "", nil, errIncomplete
		}
		return "DropForeignKey", []string{"ALTER TABLE " + r.table(c.Table) + " DROP CONSTRAINT " + QuoteIdent(c.FK.Name)}, nil
	case *sqlschema.RenameForeignKey:
		if c.Table == nil {
			return "", nil, errIncomplete
		}
		return "RenameForeignKey", []string{"ALTER TABLE " + r.table(c.Table) + " RENAME CONSTRAINT " + QuoteIdent(c.From) + " TO " + QuoteIdent(c.To)}, nil
	case *sqlschema.RenamePrimaryKey:
		if c.Table == nil {
			return "", nil, errIncomplete
		}
		return "AlterTable", []string{"ALTER TABLE " + r.table(c.Table) + " RENAME CONSTRAINT " + QuoteIdent(c.From) + " TO " + QuoteIdent(c.To)}, nil
	case *sqlschema.CreateSequence:
		if c.Seq == nil {
			return "", nil, errIncomplete
		}
		return "CreateSequence", []string{"CREATE SEQUENCE " + r.name(c.Seq.Namespace, c.Seq.Name)}, nil
	case *sqlschema.DropSequence:
		if c.Seq == nil {
			return "", nil, errIncomplete
		}
		return "DropSequence", []string{"DROP SEQUENCE " + r.name(c.Seq.Namespace, c.Seq.Name)}, nil
	case nil:
		return "", nil, errors.New("nil change")
	}
	return "", nil, fmt.Errorf("unknown change type %T", c)
}

// qualified says whether objects of namespace ns are written with it.
func (r Renderer) qualified(ns string) bool {
	def := r.DefaultNamespace
	if def == "" {
		def = sqlschema.DefaultNamespace
	}
	return ns != "" && ns != def
}

// name quotes an object name, with its schema when that is not the
// default one.
func (r Renderer) name(ns, name string) string {
	if r.qualified(ns) {
		return QuoteIdent(ns) + "." + QuoteIdent(name)
	}
	return QuoteIdent(name)
}

func (r Renderer) table(t *sqlschema.Table) string { return r.name(t.Namespace, t.Name) }

func (r Renderer) createTable(t *sqlschema.Table) string {
	var b strings.Builder
	b.WriteString("CREATE TABLE ")
	b.WriteString(r.table(t))
	b.WriteString(" (\n")
	n := 0
	for _, c := range t.Columns {
		if c == nil {
			continue
		}
		if n > 0 {
			b.WriteString(",\n")
		}
		n++
		b.WriteString(r.column(c))
	}
	if pk := t.PrimaryKey; pk != nil {
		// Prisma joins the key's columns without a space here.
		b.WriteString(",\n\n" + indent + "CONSTRAINT " + QuoteIdent(pk.Name) + " PRIMARY KEY (" + idents(pk.Columns, ",") + ")")
	}
	b.WriteString("\n)")
	return b.String()
}

// column renders a column definition, indented as in CREATE TABLE.
func (r Renderer) column(c *sqlschema.Column) string {
	s := indent + QuoteIdent(c.Name) + " " + r.columnType(c)
	if c.NotNull {
		s += " NOT NULL"
	}
	if d := r.defaultValue(c); d != "" {
		s += " DEFAULT " + d
	}
	return s
}

// columnType renders a column's type as Prisma's migrations write it.
func (r Renderer) columnType(c *sqlschema.Column) string {
	t := c.Type
	array := ""
	if t.Array {
		array = "[]"
	}
	switch {
	case t.IsEnum:
		return r.name(t.EnumNamespace, t.Name) + array
	case t.Unsupported:
		return t.Name + array
	}
	name := t.Name
	if c.AutoIncrement {
		switch name {
		case "SMALLINT":
			name = "SMALLSERIAL"
		case "INTEGER":
			name = "SERIAL"
		case "BIGINT":
			name = "BIGSERIAL"
		}
	}
	if len(t.Args) > 0 {
		name += "(" + strings.Join(t.Args, ",") + ")"
	}
	return name + array
}

// defaultValue renders a column's default, or "" when it has none that
// Prisma writes.
func (r Renderer) defaultValue(c *sqlschema.Column) string {
	d := c.Default
	if d == nil {
		return ""
	}
	switch d.Kind {
	case sqlschema.DefaultNow:
		return "CURRENT_TIMESTAMP"
	case sqlschema.DefaultExpr:
		return d.Expr
	case sqlschema.DefaultSequence:
		return ""
	}
	if d.IsList {
		vals := make([]string, len(d.List))
		for i, v := range d.List {
			vals[i] = constant(c.Type, v)
		}
		return "ARRAY[" + strings.Join(vals, ", ") + "]::" + r.columnType(c)
	}
	return constant(c.Type, d.Value)
}

// constant renders one constant of type t: numbers and booleans bare,
// date-times in Prisma's form, everything else a string literal.
func constant(t sqlschema.ColumnType, v string) string {
	if t.IsEnum || t.Unsupported {
		return QuoteLiteral(v)
	}
	switch t.Name {
	case "INTEGER", "SMALLINT", "BIGINT", "DECIMAL", "REAL", "DOUBLE PRECISION", "MONEY", "OID", "BOOLEAN":
		return v
	case "TIMESTAMP", "TIMESTAMPTZ", "DATE", "TIME", "TIMETZ":
		if tm, err := time.Parse(time.RFC3339Nano, v); err == nil {
			return QuoteLiteral(chronoTime(tm))
		}
	}
	return QuoteLiteral(v)
}

// chronoTime formats a date-time as Prisma's engine prints it
// ("2020-01-01 00:00:00 +00:00", fractions in 3, 6 or 9 digits).
func chronoTime(t time.Time) string {
	s := t.Format("2006-01-02 15:04:05")
	switch ns := t.Nanosecond(); {
	case ns == 0:
	case ns%1_000_000 == 0:
		s += fmt.Sprintf(".%03d", ns/1_000_000)
	case ns%1_000 == 0:
		s += fmt.Sprintf(".%06d", ns/1_000)
	default:
		s += fmt.Sprintf(".%09d", ns)
	}
	return s + " " + t.Format("-07:00")
}

func (r Renderer) createIndex(t *sqlschema.Table, ix *sqlschema.Index) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if ix.Unique {
		b.WriteString("UNIQUE ")
	}
	b.WriteString("INDEX " + QuoteIdent(ix.Name) + " ON " + r.table(t))
	if m := strings.ToUpper(ix.Method); m != "" && m != "BTREE" {
		b.WriteString(" USING " + m + " ")
	}
	b.WriteByte('(')
	for i, c := range ix.Columns {
		if i > 0 {
			b.WriteString(", ")
		}
		if c.Name == "" && c.Expression != "" {
			b.WriteString(c.Expression)
		} else {
			b.WriteString(QuoteIdent(c.Name))
		}
		if c.OpClass != "" {
			b.WriteString(" " + c.OpClass)
		}
		if c.Desc {
			b.WriteString(" DESC")
		} else if c.Asc {
			b.WriteString(" ASC")
		}
	}
	b.WriteByte(')')
	if ix.Predicate != "" {
		b.WriteString(" WHERE " + predicateSQL(ix.Predicate))
	}
	return b.String()
}

// predicateSQL is a partial index's predicate as Prisma writes it after
// WHERE: in parentheses, unless the text already starts with "(" and ends
// with ")". Prisma checks only the first and last characters, so
// "(a) AND (b)" stays as it is and " (a) " gets parentheses.
func predicateSQL(p string) string {
	if strings.HasPrefix(p, "(") && strings.HasSuffix(p, ")") {
		return p
	}
	return "(" + p + ")"
}

func (r Renderer) addForeignKey(t *sqlschema.Table, fk *sqlschema.ForeignKey) string {
	refNS := fk.RefNamespace
	if refNS == "" {
		refNS = t.Namespace
	}
	s := "ALTER TABLE " + r.table(t) + " ADD CONSTRAINT " + QuoteIdent(fk.Name) +
		" FOREIGN KEY (" + idents(fk.Columns, ", ") + ") REFERENCES " + r.name(refNS, fk.RefTable) +
		"(" + idents(fk.RefColumns, ", ") + ")"
	if fk.OnDelete != "" {
		s += " ON DELETE " + string(fk.OnDelete)
	}
	if fk.OnUpdate != "" {
		s += " ON UPDATE " + string(fk.OnUpdate)
	}
	return s
}

// alterTable renders one ALTER TABLE with its clauses in Prisma's order,
// with the statements a SERIAL change needs before and after it.
func (r Renderer) alterTable(at *sqlschema.AlterTable) []string {
	var before, clauses, after []string
	if at.DropPrimaryKey != nil {
		clauses = append(clauses, "DROP CONSTRAINT "+QuoteIdent(at.DropPrimaryKey.Name))
	}
	if at.RenamePrimaryKey != nil {
		clauses = append(clauses, "RENAME CONSTRAINT "+QuoteIdent(at.RenamePrimaryKey.From)+" TO "+QuoteIdent(at.RenamePrimaryKey.To))
	}
	for _, c := range at.DropColumns {
		if c == nil {
			continue
		}
		clauses = append(clauses, "DROP COLUMN "+QuoteIdent(c.Name))
	}
	for _, c := range at.AddColumns {
		if c == nil {
			continue
		}
		clauses = append(clauses, "ADD COLUMN "+r.column(c))
	}
	for _, ac := range at.AlterColumns {
		if ac == nil || ac.From == nil || ac.To == nil {
			continue
		}
		if ac.Recreate {
			clauses = append(clauses, "DROP COLUMN "+QuoteIdent(ac.From.Name), "ADD COLUMN "+r.column(ac.To))
			continue
		}
		b, c, a := r.alterColumn(at.Table, ac)
		before, clauses, after = append(before, b...), append(clauses, c...), append(after, a...)
	}
	if pk := at.AddPrimaryKey; pk != nil {
		named := ""
		if pk.Name != "" {
			named = "CONSTRAINT " + QuoteIdent(pk.Name) + " "
		}
		clauses = append(clauses, "ADD "+named+"PRIMARY KEY ("+idents(pk.Columns, ", ")+")")
	}
	if len(clauses) == 0 {
		return nil
	}
	stmts := append(before, "ALTER TABLE "+r.table(at.Table)+" "+strings.Join(clauses, ",\n"))
	return append(stmts, after...)
}

// alterColumn renders the clauses of one column change in Prisma's order:
// nullability, default, serial, then the type.
func (r Renderer) alterColumn(t *sqlschema.Table, ac *sqlschema.AlterColumn) (before, clauses, after []string) {
	prefix := "ALTER COLUMN " + QuoteIdent(ac.From.Name)
	listChange := ac.From.Type.Array != ac.To.Type.Array
	if ac.NotNullChanged {
		switch {
		case ac.To.Type.Array:
			// to a list: only the type changes
		case ac.To.NotNull && (!ac.From.NotNull || ac.From.Type.Array):
			clauses = append(clauses, prefix+" SET NOT NULL")
		case !ac.To.NotNull && (ac.From.NotNull || ac.From.Type.Array):
			clauses = append(clauses, prefix+" DROP NOT NULL")
		}
	}
	if ac.DefaultChanged {
		if d := r.defaultValue(ac.To); ac.To.Default != nil {
			clauses = append(clauses, prefix+" SET DEFAULT "+d)
		} else {
			clauses = append(clauses, prefix+" DROP DEFAULT")
			if ac.From.Default != nil && ac.From.Default.Kind == sqlschema.DefaultSequence && ac.From.Default.SeqName != "" {
				after = append(after, "DROP SEQUENCE "+QuoteIdent(ac.From.Default.SeqName))
			}
		}
	}
	if ac.AutoIncrChanged {
		if ac.From.AutoIncrement {
			clauses = append(clauses, prefix+" DROP DEFAULT")
		} else {
			// The sequence a SERIAL column would own, named as Prisma does.
			seq := strings.ToLower(t.Name + "_" + ac.To.Name + "_seq")
			if r.qualified(t.Namespace) {
				seq = strings.ToLower(QuoteIdent(t.Namespace) + "." + seq)
			}
			before = append(before, "CREATE SEQUENCE "+seq)
			clauses = append(clauses, prefix+" SET DEFAULT nextval("+QuoteLiteral(seq)+")")
			after = append(after, "ALTER SEQUENCE "+seq+" OWNED BY "+r.table(t)+"."+QuoteIdent(ac.To.Name))
		}
	}
	if ac.TypeChanged || listChange {
		clauses = append(clauses, prefix+" SET DATA TYPE "+r.columnType(ac.To))
	}
	return before, clauses, after
}

// alterEnum adds values in place, or recreates the type when values go.
func (r Renderer) alterEnum(c *sqlschema.AlterEnum) []string {
	if len(c.RemovedValues) == 0 {
		stmts := make([]string, len(c.AddedValues))
		for i, v := range c.AddedValues {
			stmts[i] = "ALTER TYPE " + r.name(c.From.Namespace, c.From.Name) + " ADD VALUE " + QuoteLiteral(v)
		}
		if len(stmts) > 1 {
			stmts[0] = "-- This migration adds more than one value to an enum.\n" +
				"-- With PostgreSQL versions 11 and earlier, this is not possible\n" +
				"-- in a single migration. This can be worked around by creating\n" +
				"-- multiple migrations, each migration adding only one value to\n" +
				"-- the enum.\n\n\n" + stmts[0]
		}
		return stmts
	}
	tmp := r.name(c.To.Namespace, c.To.Name+"_new")
	old := c.From.Name + "_old"
	stmts := []string{"BEGIN", "CREATE TYPE " + tmp + " AS ENUM (" + literals(c.To.Values) + ")"}
	for _, u := range c.DropDefaults {
		if u.Table == nil || u.Column == nil {
			continue
		}
		stmts = append(stmts, "ALTER TABLE "+r.table(u.Table)+" ALTER COLUMN "+QuoteIdent(u.Column.Name)+" DROP DEFAULT")
	}
	for _, u := range c.Columns {
		if u.Table == nil || u.Column == nil {
			continue
		}
		array := ""
		if u.Column.Type.Array {
			array = "[]"
		}
		col := QuoteIdent(u.Column.Name)
		stmts = append(stmts, "ALTER TABLE "+r.table(u.Table)+" ALTER COLUMN "+col+" TYPE "+tmp+array+
			" USING ("+col+"::text::"+tmp+array+")")
	}
	stmts = append(stmts,
		"ALTER TYPE "+r.name(c.From.Namespace, c.From.Name)+" RENAME TO "+QuoteIdent(old),
		"ALTER TYPE "+tmp+" RENAME TO "+QuoteIdent(c.To.Name),
		"DROP TYPE "+r.name(c.From.Namespace, old))
	for _, u := range c.SetDefaults {
		if u.Table == nil || u.Column == nil {
			continue
		}
		if d := r.defaultValue(u.Column); d != "" {
			stmts = append(stmts, "ALTER TABLE "+r.table(u.Table)+" ALTER COLUMN "+QuoteIdent(u.Column.Name)+" SET DEFAULT "+d)
		}
	}
	return append(stmts, "COMMIT")
}

func idents(names []string, sep string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = QuoteIdent(n)
	}
	return strings.Join(q, sep)
}

func literals(vals []string) string {
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = QuoteLiteral(v)
	}
	return strings.Join(q, ", ")
}
