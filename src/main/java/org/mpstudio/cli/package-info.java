/**
 * The command line: each command parses options, calls the core and maps the result to an exit code
 * (0 success, 1 problems found or a step failed, 2 bad usage or unreadable input). The only package that writes
 * to stdout and stderr. Depends on every core package and picocli.
 */
package org.mpstudio.cli;
