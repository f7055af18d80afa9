package io.shequn.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** ByteWriter writes exactly what DataOutputStream wrote before it (rows queued by an older version stay readable). */
class ByteWriterTest {

    @Test
    void writesTheBytesOfDataOutputStream() throws IOException {
        String[] strings = {"", "message", "question_asked", "群主说：欢迎！", "nul\0inside", "emoji 🧧 red packet", "é".repeat(3000)};
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(expected);
        ByteWriter writer = new ByteWriter(1); // grows from the smallest buffer
        data.writeByte(0x81);
        writer.u8(0x81);
        data.writeShort(-1);
        writer.i16(-1);
        data.writeInt(Integer.MIN_VALUE + 7);
        writer.i32(Integer.MIN_VALUE + 7);
        data.writeLong(-2L);
        writer.i64(-2L);
        data.writeLong(0x0102030405060708L);
        writer.i64(0x0102030405060708L);
        for (String s : strings) {
            data.writeUTF(s);
            writer.utf(s);
        }
        data.write(new byte[] {9, 8, 7});
        writer.bytes(new byte[] {9, 8, 7});
        data.flush();
        assertArrayEquals(expected.toByteArray(), writer.toByteArray());
        assertEquals(expected.size(), writer.length());
    }
}
