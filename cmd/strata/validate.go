package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"github.com/stratadb/strata/schema"
)

func (a *app) validateCmd() *cobra.Command {
	var schemaFlag string
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check the Prisma schema with Prisma's rules for PostgreSQL",
		Long: `Validate parses every schema file of the project and checks it with the rules
Prisma applies for PostgreSQL: relations and their back-relation fields, ids
and unique criteria, indexes, defaults, native types (@db.*), @map names,
referential actions, views, multiple schemas and more.

Every problem is reported in one run, each with its file:line:col, the source
line with a caret under the place, and what to write instead. Warnings do not
fail the command; errors exit with status 1.

The schema is found as Prisma finds it: --schema (a file, or a folder whose
*.prisma files form one schema), else prisma/schema.prisma, schema.prisma, or
the folder prisma/schema/.`,
		Example: `  strata validate
  strata validate --schema db/schema.prisma
  strata validate --schema prisma/schema   # a multi-file schema`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, s, err := a.loadSchema(schemaFlag)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "The schema at %s is valid: %d models, %d enums, %d relations.\n",
				a.relPath(p.SchemaPath), countModels(s.Models, false), len(s.Enums), len(s.Relations))
			if n := countModels(s.Models, true); n > 0 {
				fmt.Fprintf(a.stdout, "It also declares %d views.\n", n)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	return cmd
}

// countModels counts the views (views true) or the models.
func countModels(ms []*schema.Model, views bool) int {
	n := 0
	for _, m := range ms {
		if m.IsView == views {
			n++
		}
	}
	return n
}
