/**
 * The {@code amur} command: subcommands that receive their output writers and return an exit code
 * (0 done, 1 failure, 2 usage or input error), so they are testable without a terminal.
 */
package org.amur.cli;
