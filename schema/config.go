package schema

import (
	"fmt"
	"strings"

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
	previewStabilized                      // generally available: the flag does nothing
	previewDeprecated                      // going away
)

// previewFeatures lists the names Prisma 6 and 7 know. Unknown names and
// names of features that became generally available or were removed only
// warn: a schema that Prisma accepts must not fail here.
var previewFeatures = map[string]previewStatus{
	"views":                   previewActive,
	"postgresqlExtensions":    previewActive,
	"relationJoins":           previewActive,
	"nativeDistinct":          previewActive,
	"fullTextSearchPostgres":  previewActive,
	"typedSql":                previewActive,
	"strictUndefinedChecks":   previewActive,
	"partialIndexes":          previewActive,
	"shardKeys":               previewActive,
	"driverAdapters":          previewActive,
	"queryCompiler":           previewActive,
	"multiSchema":             previewStabilized,
	"prismaSchemaFolder":      previewStabilized,
	"omitApi":                 previewStabilized,
	"tracing":                 previewStabilized,
	"interactiveTransactions": previewStabilized,
	"filterJson":              previewStabilized,
	"fullTextIndex":           previewStabilized,
	"extendedWhereUnique":     previewStabilized,
	"fieldReference":          previewStabilized,
	"clientExtensions":        previewStabilized,
	"improvedQueryRaw":        previewStabilized,
	"orderByNulls":            previewStabilized,
	"filteredRelationCount":   previewStabilized,
	"referentialActions":      previewStabilized,
	"namedConstraints":        previewStabilized,
	"selectRelationCount":     previewStabilized,
	"orderByRelation":         previewStabilized,
	"napi":                    previewStabilized,
	"nApi":                    previewStabilized,
	"dataProxy":               previewStabilized,
	"jsonProtocol":            previewStabilized,
	"fullTextSearch":          previewDeprecated, // renamed fullTextSearchPostgres for PostgreSQL
	"metrics":                 previewDeprecated,
	"deno":                    previewDeprecated,
}

var datasourceProps = []string{"provider", "url", "directUrl", "shadowDatabaseUrl", "relationMode", "referentialIntegrity", "schemas", "extensions"}

// config reads the datasource and generator blocks. It returns false when
// the schema targets another database, after reporting that one error.
func (b *builder) config() bool {
	var dsBlocks []*psl.Block
	for _, blk := range b.blocks {
		switch blk.Kind {
		case psl.KindDatasource:
			dsBlocks = append(dsBlocks, blk)
		case psl.KindGenerator:
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
				name = fmt.Sprintf("%q", s.Value)
			}
			b.errorf(s.Span, "strata targets PostgreSQL; datasource %q uses provider %q (%s), which strata does not support.", ds0.Name.Name, s.Value, name).
				Hint = `Use provider = "postgresql" with a PostgreSQL database, or keep using Prisma's own tools for this schema.`
			return false
		}
	}
	for i, blk := range dsBlocks {
		if i > 0 {
			b.errorf(blk.Name.Span, "You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.").
				Hint = fmt.Sprintf("Keep one datasource block; the first is %q at %s.", ds0.Name.Name, posString(ds0.Name.Span))
			continue
		}
		b.datasource(blk)
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
			b.errorf(p.Key.Span, "Key %q is already defined in datasource %q.", key, ds.Name).Hint = "Remove the repeated line."
			continue
		}
		seen[key] = true
		if p.Value == nil {
			continue // the parser reported it
		}
		switch key {
		case "provider":
			switch v := p.Value.(type) {
			case *psl.StringLit:
				ds.Provider = v.Value
			case *psl.FuncCall:
				b.errorf(v.Span, "A datasource must not use the env() function in the provider argument.").Hint = `Write provider = "postgresql".`
			default:
				b.typeMismatch(p.Value, "string")
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
				b.warnf(p.Key.Span, "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. You can read about it at https://pris.ly/d/relation-mode").
					Hint = fmt.Sprintf("Write relationMode = %q.", s)
			}
			if s != "foreignKeys" && s != "prisma" {
				b.errorf(p.Value.GetSpan(), "Invalid relation mode setting: %q. Supported values: \"foreignKeys\", \"prisma\"", s).
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
			if s := closest(key, datasourceProps); s != "" {
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
		b.typeMismatch(p.Value, "string")
		return nil
	}
}

func (b *builder) schemasProp(ds *Datasource, p *psl.Property) {
	arr, ok := p.Value.(*psl.ArrayExpr)
	if !ok {
		b.typeMismatch(p.Value, "array")
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
	arr, ok := p.Value.(*psl.ArrayExpr)
	if !ok {
		b.typeMismatch(p.Value, "array")
		return
	}
	if !b.preview["postgresqlExtensions"] {
		b.errorf(p.Key.Span, "The `extensions` property is only available with the `postgresqlExtensions` preview feature.").
			Hint = `Add "postgresqlExtensions" to previewFeatures in the generator block.`
	}
	for _, el := range arr.Elems {
		var ext Extension
		switch v := el.(type) {
		case *psl.ConstLit:
			ext.Name = v.Name
		case *psl.FuncCall:
			ext.Name = v.Name.Name
			for _, a := range v.Args {
				if a.Name == nil || a.Value == nil {
					b.errorf(a.Span, "Extension arguments are named: map:, schema:, version:.")
					continue
				}
				s, ok := b.wantString(a.Value)
				if !ok {
					continue
				}
				switch a.Name.Name {
				case "map":
					ext.DBName = s
				case "schema":
					ext.Schema = s
				case "version":
					ext.Version = s
				default:
					b.errorf(a.Name.Span, "The extension argument %q is not known.", a.Name.Name).Hint = "Extension arguments are map:, schema: and version:."
				}
			}
		default:
			b.typeMismatch(el, "constant")
			continue
		}
		if ext.DBName == "" {
			ext.DBName = ext.Name
		}
		ds.Extensions = append(ds.Extensions, ext)
	}
}

func (b *builder) generator(blk *psl.Block) {
	g := &Generator{Name: blk.Name.Name, Config: map[string]string{}, Span: blk.Span}
	b.s.Generators = append(b.s.Generators, g)
	for _, p := range blk.Properties {
		if p.Value == nil {
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
				b.typeMismatch(p.Value, "array")
				continue
			}
			for _, el := range arr.Elems {
				s, ok := b.wantString(el)
				if !ok {
					continue
				}
				g.PreviewFeatures = append(g.PreviewFeatures, s)
				switch st, known := previewFeatures[s]; {
				case !known:
					d := b.warnf(el.GetSpan(), "Preview feature %q is not known to strata; it is ignored.", s)
					if c := closest(s, keys(previewNames())); c != "" {
						d.Hint = fmt.Sprintf("Did you mean %q?", c)
					}
				case st == previewStabilized:
					// Generally available now: Prisma accepts the flag
					// silently, and so does strata.
				case st == previewDeprecated:
					b.warnf(el.GetSpan(), "Preview feature %q is deprecated. It will be removed in a future version of Prisma.", s).Hint = "Remove it from previewFeatures."
				}
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
