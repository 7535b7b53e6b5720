package main

import "github.com/spf13/cobra"

// initCmd is a placeholder until the command lands.
func (a *app) initCmd() *cobra.Command {
	return &cobra.Command{Use: "init", Hidden: true}
}
