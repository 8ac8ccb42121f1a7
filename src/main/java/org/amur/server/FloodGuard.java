package org.amur.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * A client's keystrokes, cut off when they come faster than a person types or pastes: a bucket of
 * {@code burst} bytes refilled at {@code perSecond}. Running dry ends the stream with an
 * {@link Flooded} exception, which ends that connection and nothing else.
 */
final class FloodGuard extends FilterInputStream {
    static final class Flooded extends IOException {
        Flooded() {
            super("input flood");
        }
    }

    private final long burst;
    private final long perSecond;
    private final LongSupplier nanos;
    private double bucket;
    private long last;
    private volatile boolean flooded;

    FloodGuard(InputStream in, long burst, long perSecond, LongSupplier nanos) {
        super(in);
        this.burst = burst;
        this.perSecond = perSecond;
        this.nanos = nanos;
        this.bucket = burst;
        this.last = nanos.getAsLong();
    }

    boolean flooded() {
        return flooded;
    }

    private void take(int n) throws IOException {
        if (n <= 0) {
            return;
        }
        long now = nanos.getAsLong();
        bucket = Math.min(burst, bucket + (now - last) / 1e9 * perSecond);
        last = now;
        bucket -= n;
        if (bucket < 0) {
            flooded = true;
            throw new Flooded();
        }
    }

    @Override
    public int read() throws IOException {
        if (flooded) {
            throw new Flooded();
        }
        int b = super.read();
        if (b >= 0) {
            take(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (flooded) {
            throw new Flooded();
        }
        int n = super.read(b, off, len);
        take(n);
        return n;
    }
}
