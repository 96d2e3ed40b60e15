/** The command line: one thin picocli class per subcommand over the shared pipeline. */
package vn.campaignkit.cli;
