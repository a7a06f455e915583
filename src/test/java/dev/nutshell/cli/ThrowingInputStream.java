package dev.nutshell.cli;

import java.io.InputStream;

/** Standard input that must not be read, and fails like a bug if it is. */
final class ThrowingInputStream extends InputStream {
    static final String MESSAGE = "standard input must not be read";

    @Override
    public int read() {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        throw new IllegalStateException(MESSAGE);
    }
}
