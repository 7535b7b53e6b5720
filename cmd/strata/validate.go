package main

import "github.com/spf13/cobra"

// validateCmd is a placeholder until the command lands.
func (a *app) validateCmd() *cobra.Command {
	return &cobra.Command{Use: "validate", Hidden: true}
}
