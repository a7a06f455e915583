package dev.nutshell.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/**
 * The streams one run of the command line talks through. Commands take them from here rather
 * than from {@link System} so that tests can run the whole command line in-process.
 *
 * @param in where input comes from when no file is named
 * @param out where results go, already encoding UTF-8
 * @param err where usage help and error lines go, already encoding UTF-8
 * @param interactiveInput whether {@code in} is a terminal; reading it would then wait for the
 *     user to type an article, which is almost never what a bare {@code nutshell summarize} meant
 * @param errorIsTerminal whether {@code err} is a terminal, the only place where a progress bar is drawn
 */
record StandardStreams(InputStream in, PrintWriter out, PrintWriter err, boolean interactiveInput,
        boolean errorIsTerminal) {
}
