package io.shequn.common;

import java.util.Arrays;

/**
 * A growable big-endian byte buffer for the bulk paths' binary payloads (COPY rows, the rollup
 * queue). Not DataOutputStream over ByteArrayOutputStream: that one takes a lock on every byte
 * written (ByteArrayOutputStream.write is synchronized), which was the largest single cost of
 * building a batch's COPY rows (docs/benchmarks.md, section 3).
 */
public final class ByteWriter {
    private byte[] buf;
    private int len;

    public ByteWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public ByteWriter u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    public ByteWriter i16(int v) {
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public ByteWriter i32(int v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public ByteWriter i64(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[len++] = (byte) (v >>> shift);
        }
        return this;
    }

    public ByteWriter bytes(byte[] v) {
        ensure(v.length);
        System.arraycopy(v, 0, buf, len, v.length);
        len += v.length;
        return this;
    }

    /**
     * A string as {@link java.io.DataOutput#writeUTF} writes it (2-byte length, then modified
     * UTF-8), so {@link java.io.DataInput#readUTF} reads it back.
     */
    public ByteWriter utf(String s) {
        int n = s.length();
        int size = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            size += ch >= 1 && ch <= 0x7f ? 1 : ch <= 0x7ff ? 2 : 3;
        }
        if (size > 0xffff) {
            throw new IllegalArgumentException("string of " + size + " bytes: longer than 65535");
        }
        i16(size);
        ensure(size);
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 1 && ch <= 0x7f) {
                buf[len++] = (byte) ch;
            } else if (ch <= 0x7ff) {
                buf[len++] = (byte) (0xc0 | ch >> 6 & 0x1f);
                buf[len++] = (byte) (0x80 | ch & 0x3f);
            } else {
                buf[len++] = (byte) (0xe0 | ch >> 12 & 0x0f);
                buf[len++] = (byte) (0x80 | ch >> 6 & 0x3f);
                buf[len++] = (byte) (0x80 | ch & 0x3f);
            }
        }
        return this;
    }

    public int length() {
        return len;
    }

    /** The buffer itself (valid up to {@link #length()}), not a copy. */
    public byte[] array() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
