package main

import "github.com/spf13/cobra"

// devCmd is a placeholder until the command lands.
func (a *app) devCmd() *cobra.Command {
	return &cobra.Command{Use: "dev", Hidden: true}
}
