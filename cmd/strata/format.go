package main

import "github.com/spf13/cobra"

// formatCmd is a placeholder until the command lands.
func (a *app) formatCmd() *cobra.Command {
	return &cobra.Command{Use: "format", Hidden: true}
}
