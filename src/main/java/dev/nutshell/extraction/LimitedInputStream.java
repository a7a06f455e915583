package dev.nutshell.extraction;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that throws {@link IllegalArgumentException} once more than a limit of bytes has been read. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public void close() {
        // The caller owns the stream.
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new IllegalArgumentException("page is more than the limit of " + limit
                    + " bytes (PageExtractor.Builder.maxInputChars)");
        }
    }
}
