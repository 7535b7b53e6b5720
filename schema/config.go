package schema

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/stratadb/strata/psl"
)

// Providers strata answers for; Prisma accepts both spellings of PostgreSQL.
var postgresProviders = map[string]bool{"postgresql": true, "postgres": true}

var otherProviders = map[string]string{
	"mysql":       "MySQL",
	"sqlite":      "SQLite",
	"sqlserver":   "SQL Server",
	"mongodb":     "MongoDB",
	"cockroachdb": "CockroachDB",
}

// previewStatus tells what Prisma does with a preview feature name.
type previewStatus int

const (
	previewActive     previewStatus = iota // still a preview feature: enables something
	previewStabilized                      // generally available: Prisma warns that the flag does nothing
	previewRemoved                         // known to Prisma 6, unknown to Prisma 7
)

// previewFeatures lists the names Prisma 6 and 7 know (Prisma matches them
// ignoring case). Names unknown to both are an error, as in Prisma 7; a
// name that only Prisma 6 knew warns, since Prisma 6 accepts it.
var previewFeatures = map[string]previewStatus{
	"views":                      previewActive,
	"postgresqlExtensions":       previewActive,
	"relationJoins":              previewActive,
	"nativeDistinct":             previewActive,
	"fullTextSearchPostgres":     previewActive,
	"typedSql":                   previewActive,
	"strictUndefinedChecks":      previewActive,
	"partialIndexes":             previewActive,
	"shardKeys":                  previewActive,
	"schemaEngineDriverAdapters": previewActive,
	"reactNative":                previewActive,
	"aggregateApi":               previewStabilized,
	"atomicNumberOperations":     previewStabilized,
	"clientExtensions":           previewStabilized,
	"cockroachdb":                previewStabilized,
	"connectOrCreate":            previewStabilized,
	"createMany":                 previewStabilized,
	"dataProxy":                  previewStabilized,
	"deno":                       previewStabilized,
	"distinct":                   previewStabilized,
	"driverAdapters":             previewStabilized,
	"extendedIndexes":            previewStabilized,
	"extendedWhereUnique":        previewStabilized,
	"fieldReference":             previewStabilized,
	"filterJson":                 previewStabilized,
	"filteredRelationCount":      previewStabilized,
	"fullTextIndex":              previewStabilized,
	"fullTextSearch":             previewStabilized, // renamed fullTextSearchPostgres for PostgreSQL
	"groupBy":                    previewStabilized,
	"improvedQueryRaw":           previewStabilized,
	"interactiveTransactions":    previewStabilized,
	"jsonProtocol":               previewStabilized,
	"microsoftSqlServer":         previewStabilized,
	"middlewares":                previewStabilized,
	"mongoDb":                    previewStabilized,
	"multiSchema":                previewStabilized,
	"nApi":                       previewStabilized,
	"namedConstraints":           previewStabilized,
	"nativeTypes":                previewStabilized,
	"omitApi":                    previewStabilized,
	"orderByAggregateGroup":      previewStabilized,
	"orderByNulls":               previewStabilized,
	"orderByRelation":            previewStabilized,
	"prismaSchemaFolder":         previewStabilized,
	"queryCompiler":              previewStabilized,
	"referentialActions":         previewStabilized,
	"referentialIntegrity":       previewStabilized,
	"selectRelationCount":        previewStabilized,
	"tracing":                    previewStabilized,
	"transactionApi":             previewStabilized,
	"uncheckedScalarInputs":      previewStabilized,
	"metrics":                    previewRemoved,
}

// lookupPreview finds a preview feature by name, ignoring case as Prisma
// does, and returns its canonical spelling.
func lookupPreview(s string) (string, previewStatus, bool) {
	for name, st := range previewFeatures {
		if strings.EqualFold(name, s) {
			return name, st, true
		}
	}
	return "", 0, false
}

// activePreviewNames is Prisma 7's list in its "Expected one of" message.
func activePreviewNames() string {
	var ns []string
	for name, st := range previewFeatures {
		if st == previewActive && name != "reactNative" {
			ns = append(ns, name)
		}
	}
	sortStrings(ns)
	return strings.Join(ns, ", ")
}

var datasourceProps = []string{"provider", "url", "directUrl", "shadowDatabaseUrl", "relationMode", "referentialIntegrity", "schemas", "extensions"}

// config reads the datasource and generator blocks. It returns false when
// the schema targets another database, after reporting that one error.
func (b *builder) config() bool {
	var dsBlocks []*psl.Block
	for _, blk := range b.blocks {
		if blk.Kind == psl.KindDatasource {
			dsBlocks = append(dsBlocks, blk)
		}
	}
	if len(dsBlocks) > 0 {
		if p := dsBlocks[0].Property("provider"); p != nil {
			if s, ok := p.Value.(*psl.StringLit); ok && postgresProviders[s.Value] {
				b.postgres = true
			}
		}
	}
	for _, blk := range b.blocks {
		if blk.Kind == psl.KindGenerator {
			b.generator(blk)
		}
	}
	for _, g := range b.s.Generators {
		for _, f := range g.PreviewFeatures {
			b.preview[f] = true
		}
	}
	for name := range b.preview {
		b.s.PreviewFeatures = append(b.s.PreviewFeatures, name)
	}
	sortStrings(b.s.PreviewFeatures)
	if len(dsBlocks) == 0 {
		return true
	}
	// The provider decides everything else: check it first.
	ds0 := dsBlocks[0]
	if p := ds0.Property("provider"); p != nil {
		if s, ok := p.Value.(*psl.StringLit); ok && !postgresProviders[s.Value] {
			name := otherProviders[s.Value]
			if name == "" {
				// Not a database Prisma knows either.
				d := b.errorf(s.Span, "Datasource provider not known: %q.", s.Value)
				if c := psl.Suggest(s.Value, []string{"postgresql"}); c != "" {
					d.Hint = `Did you mean provider = "postgresql"?`
				} else {
					d.Hint = `strata works with PostgreSQL: write provider = "postgresql".`
				}
				return false
			}
			b.errorf(s.Span, "strata targets PostgreSQL; datasource %q uses provider %q (%s), which strata does not support.", ds0.Name.Name, s.Value, name).
				Hint = `Use provider = "postgresql" with a PostgreSQL database, or keep using Prisma's own tools for this schema.`
			return false
		}
	}
	b.datasource(ds0)
	if len(dsBlocks) > 1 {
		// Prisma reports every datasource block, the first one first.
		for _, blk := range dsBlocks {
			b.errorf(blk.Span, "Error validating datasource `%s`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.", blk.Name.Name).
				Hint = fmt.Sprintf("Keep one datasource block (strata uses %q).", ds0.Name.Name)
		}
	}
	return true
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func (b *builder) datasource(blk *psl.Block) {
	ds := &Datasource{Name: blk.Name.Name, Span: blk.Span, RelationMode: "foreignKeys"}
	b.dsName = ds.Name
	b.s.Datasource = ds
	seen := map[string]bool{}
	for _, p := range blk.Properties {
		key := p.Key.Name
		if seen[key] {
			continue // names reported it
		}
		seen[key] = true
		if p.Value == nil {
			b.errorf(blk.Span, "Property %s in datasource %s needs to be assigned a value", key, ds.Name).
				Hint = fmt.Sprintf("Write %s = <value>, or remove the line.", key)
			continue
		}
		switch key {
		case "provider":
			switch v := p.Value.(type) {
			case *psl.StringLit:
				ds.Provider = v.Value
			case *psl.FuncCall:
				b.errorf(blk.Span, "A datasource must not use the env() function in the provider argument.").Hint = `Write provider = "postgresql".`
			default:
				b.errorf(p.Value.GetSpan(), "Error validating datasource `%s`: The provider argument in a datasource must be a string literal", ds.Name).
					Hint = `Write provider = "postgresql".`
			}
		case "url", "directUrl", "shadowDatabaseUrl":
			v := b.configValue(p, "datasource "+ds.Name)
			if v == nil {
				continue
			}
			// Like Prisma, a literal URL is checked when strata connects
			// (config.ValidateURL), not here: validation needs no database.
			switch key {
			case "url":
				ds.URL = v
			case "directUrl":
				ds.DirectURL = v
			default:
				ds.ShadowDatabaseURL = v
			}
		case "relationMode", "referentialIntegrity":
			s, ok := b.wantString(p.Value)
			if !ok {
				continue
			}
			if key == "referentialIntegrity" {
				b.warnf(p.Key.Span, "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode").
					Hint = fmt.Sprintf("Write relationMode = %q.", s)
			}
			if key == "relationMode" && blk.Property("referentialIntegrity") != nil || key == "referentialIntegrity" && blk.Property("relationMode") != nil {
				if key == "referentialIntegrity" {
					b.errorf(p.Key.Span, "The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only `relationMode` instead.").
						Hint = "Remove the referentialIntegrity line."
				}
				continue
			}
			if s != "foreignKeys" && s != "prisma" {
				b.errorf(blk.Span, "Error validating datasource `relationMode`: Invalid relation mode setting: %q. Supported values: \"prisma\", \"foreignKeys\"", s).
					Hint = `Write relationMode = "foreignKeys" (the default) or "prisma".`
				continue
			}
			ds.RelationMode = s
		case "schemas":
			b.schemasProp(ds, p)
		case "extensions":
			b.extensionsProp(ds, p)
		default:
			d := b.errorf(p.Key.Span, "Property not known: %q.", key)
			if s := psl.Suggest(key, datasourceProps); s != "" {
				d.Hint = fmt.Sprintf("Did you mean %q?", s)
			} else {
				d.Hint = "A datasource takes " + strings.Join(datasourceProps, ", ") + "."
			}
		}
	}
	if !seen["provider"] {
		b.errorf(blk.Name.Span, "Argument \"provider\" is missing in data source block %q.", ds.Name).Hint = `Add provider = "postgresql".`
	}
}

// configValue reads a string or env("NAME").
func (b *builder) configValue(p *psl.Property, where string) *Value {
	switch v := p.Value.(type) {
	case *psl.StringLit:
		return &Value{Literal: v.Value, Span: v.Span}
	case *psl.FuncCall:
		if v.Name.Name != "env" {
			b.errorf(v.Span, "Error validating %s: %s() is not a known function; only env(\"NAME\") is allowed here.", where, v.Name.Name).Hint = `Write env("DATABASE_URL") or a string.`
			return nil
		}
		if len(v.Args) != 1 || v.Args[0].Value == nil {
			b.errorf(v.Span, "Error validating %s: env() takes exactly one argument, the variable name.", where).Hint = `Write env("DATABASE_URL").`
			return nil
		}
		s, ok := b.wantString(v.Args[0].Value)
		if !ok {
			return nil
		}
		return &Value{Env: s, Span: v.Span}
	default:
		b.errorf(p.Value.GetSpan(), "Expected a String value, but received %s value `%s`.", valueKind(p.Value), exprText(p.Value)).
			Hint = `Write a string in double quotes, or env("NAME").`
		return nil
	}
}

func (b *builder) schemasProp(ds *Datasource, p *psl.Property) {
	arr, ok := p.Value.(*psl.ArrayExpr)
	if !ok {
		// Prisma takes a single value as a list of one.
		arr = &psl.ArrayExpr{Elems: []psl.Expr{p.Value}, Span: p.Value.GetSpan()}
	}
	if len(arr.Elems) == 0 {
		b.errorf(p.Value.GetSpan(), "If provided, the schemas array can not be empty.").
			Hint = `List the PostgreSQL schemas the models live in, e.g. schemas = ["public"], or remove the line.`
		return
	}
	count := map[string]int{}
	for _, el := range arr.Elems {
		if s, ok := el.(*psl.StringLit); ok {
			count[s.Value]++
		}
	}
	for _, el := range arr.Elems {
		s, ok := el.(*psl.StringLit)
		if !ok {
			b.typeMismatch(el, "string")
			continue
		}
		if count[s.Value] > 1 {
			b.errorf(s.Span, "Duplicated schema names are not allowed").Hint = fmt.Sprintf("List %q once.", s.Value)
			continue
		}
		ds.Schemas = append(ds.Schemas, s.Value)
	}
}

func (b *builder) extensionsProp(ds *Datasource, p *psl.Property) {
	elems := []psl.Expr{p.Value}
	if arr, ok := p.Value.(*psl.ArrayExpr); ok {
		elems = arr.Elems
	}
	b.extProp = p
	for _, el := range elems {
		var ext Extension
		switch v := el.(type) {
		case *psl.ConstLit:
			ext.Name = v.Name
		case *psl.FuncCall:
			ext.Name = v.Name.Name
			seen := map[string]bool{}
			for _, a := range v.Args {
				if a.Name == nil {
					b.errorf(a.Span, "Error validating: The argument must have a name").
						Hint = fmt.Sprintf("Extension arguments are named: write %s(version: %s).", ext.Name, exprText(a.Value))
					continue
				}
				name := a.Name.Name
				if seen[name] {
					b.errorf(a.Span, "Error validating: The argument `%s` can only be defined once", name).Hint = "Remove the repeated argument."
					continue
				}
				seen[name] = true
				if name != "map" && name != "schema" && name != "version" {
					b.errorf(a.Span, "Argument not known: %q.", name).Hint = "Extension arguments are map:, schema: and version:."
					continue
				}
				if a.Value == nil {
					continue // the parser reported it
				}
				str, ok := a.Value.(*psl.StringLit)
				if !ok {
					b.typeMismatch(a.Value, "string")
					b.errorf(a.Value.GetSpan(), "Error validating: The `%s` argument must be a string literal", name).
						Hint = fmt.Sprintf("Write %s: \"%s\".", name, exprText(a.Value))
					continue
				}
				switch name {
				case "map":
					ext.DBName = str.Value
				case "schema":
					ext.Schema = str.Value
				case "version":
					ext.Version = str.Value
				}
			}
		default:
			b.errorf(el.GetSpan(), "Expected a constant or function value, but received %s value `%s`.", valueKind(el), exprText(el)).
				Hint = "Name extensions without quotes, e.g. extensions = [pgcrypto, postgis(version: \"3.4\")]."
			continue
		}
		if ext.DBName == "" {
			ext.DBName = ext.Name
		}
		ds.Extensions = append(ds.Extensions, ext)
		b.extSpans = append(b.extSpans, el.GetSpan())
	}
}

// validateDatasource runs the datasource checks that Prisma makes only
// once the data model is sound.
func (b *builder) validateDatasource() {
	if b.extProp == nil || b.s.Datasource == nil {
		return
	}
	if !b.preview["postgresqlExtensions"] {
		b.errorf(b.extProp.Span, "The `extensions` property is only available with the `postgresqlExtensions` preview feature.").
			Hint = `Add "postgresqlExtensions" to previewFeatures in the generator block.`
		return
	}
	for i, ext := range b.s.Datasource.Extensions {
		sp := b.extSpans[i]
		switch {
		case ext.Name == "":
			b.errorf(sp, "Error validating: The name of an extension must not be empty.").Hint = "Name the extension, e.g. extensions = [pgcrypto]."
		case unicode.IsNumber([]rune(ext.Name)[0]):
			b.errorf(sp, "Error validating: The name of an extension must not start with a number.").
				Hint = fmt.Sprintf("Write a name that starts with a letter, and give the real one with map: %q.", ext.Name)
		case strings.Contains(ext.Name, "-"):
			b.errorf(sp, "Error validating: The character `-` is not allowed in extension names.").
				Hint = fmt.Sprintf("Write %s(map: %q).", strings.ReplaceAll(ext.Name, "-", "_"), ext.Name)
		}
	}
}

func (b *builder) generator(blk *psl.Block) {
	g := &Generator{Name: blk.Name.Name, Config: map[string]string{}, Span: blk.Span}
	b.s.Generators = append(b.s.Generators, g)
	seen := map[string]bool{}
	for _, p := range blk.Properties {
		if seen[p.Key.Name] {
			continue // names reported it
		}
		seen[p.Key.Name] = true
		if p.Value == nil {
			b.errorf(blk.Span, "Property %s in generator %s needs to be assigned a value", p.Key.Name, g.Name).
				Hint = fmt.Sprintf("Write %s = <value>, or remove the line.", p.Key.Name)
			continue
		}
		switch p.Key.Name {
		case "provider":
			g.Provider = b.configValue(p, "generator "+g.Name)
		case "output":
			g.Output = b.configValue(p, "generator "+g.Name)
		case "previewFeatures":
			arr, ok := p.Value.(*psl.ArrayExpr)
			if !ok {
				// Prisma takes a single value as a list of one.
				arr = &psl.ArrayExpr{Elems: []psl.Expr{p.Value}, Span: p.Value.GetSpan()}
			}
			for _, el := range arr.Elems {
				s, ok := b.wantString(el)
				if !ok {
					continue
				}
				name, st, known := lookupPreview(s)
				switch {
				case !known:
					// Prisma rejects an unknown name; strata warns and
					// ignores it, so that a schema written for another
					// Prisma version (which knows other features) still
					// works.
					d := b.warnf(el.GetSpan(), "The preview feature %q is not known; it is ignored. Known preview features: %s", s, activePreviewNames())
					if c := psl.Suggest(s, keys(previewNames())); c != "" {
						d.Hint = fmt.Sprintf("Did you mean %q?", c)
					} else {
						d.Hint = "Remove it from previewFeatures."
					}
					continue
				case st == previewStabilized && name == "fullTextSearch" && b.postgres:
					b.warnf(el.GetSpan(), "On `provider = \"postgresql\"`, preview feature \"fullTextSearch\" has been renamed to \"fullTextSearchPostgres\". Learn more at https://pris.ly/d/fts-postgres.").
						Hint = `Write previewFeatures = ["fullTextSearchPostgres"].`
				case st == previewStabilized:
					b.warnf(el.GetSpan(), "Preview feature %q is deprecated. The functionality can be used without specifying it as a preview feature.", s).
						Hint = "Remove it from previewFeatures."
				case st == previewRemoved:
					b.warnf(el.GetSpan(), "Preview feature %q is deprecated. It will be removed in a future version of Prisma.", s).
						Hint = "Remove it from previewFeatures: Prisma 7 no longer knows it."
				}
				g.PreviewFeatures = append(g.PreviewFeatures, name)
			}
		default:
			g.Config[p.Key.Name] = exprValueString(p.Value)
		}
	}
	if g.Provider == nil {
		b.errorf(blk.Name.Span, "Argument \"provider\" is missing in generator block %q.", g.Name).Hint = `Add provider = "strata-client-go" (or your client's generator).`
	}
}

func previewNames() map[string]bool {
	m := map[string]bool{}
	for k := range previewFeatures {
		m[k] = true
	}
	return m
}

func exprValueString(e psl.Expr) string {
	if s, ok := e.(*psl.StringLit); ok {
		return s.Value
	}
	return exprText(e)
}
