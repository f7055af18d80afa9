package io.shequn.member;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The member CSV file (RFC 4180, UTF-8, optional BOM, comma separated, CRLF or LF): the
 * columns shared by import and export, a reader that reports a broken record with its line
 * number and carries on with the next line, and the quoting of the writer.
 */
final class MemberCsv {
    static final String PLATFORM = "platform";
    static final String PLATFORM_USER_ID = "platform_user_id";
    static final String DISPLAY_NAME = "display_name";
    static final String PHONE = "phone";
    static final String TAGS = "tags";
    static final String TIER = "tier";
    static final String POINTS = "points";
    static final String SOURCE_CHANNEL = "source_channel";
    static final String NOTES = "notes";
    static final String GROUP_ID = "group_id";
    static final String PLATFORM_GROUP_ID = "platform_group_id";
    static final String GROUP_ROLE = "group_role";
    static final String INVITED_BY = "invited_by_platform_user_id";
    /** Every column, in the order the export writes them. */
    static final List<String> COLUMNS = List.of(PLATFORM, PLATFORM_USER_ID, DISPLAY_NAME, PHONE, TAGS, TIER, POINTS,
            SOURCE_CHANNEL, NOTES, GROUP_ID, PLATFORM_GROUP_ID, GROUP_ROLE, INVITED_BY);
    static final String TAG_SEPARATOR = "|";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private MemberCsv() {
    }

    /** One record of the file: its fields, or why it could not be read. line is where it starts (1 = header). */
    record Record(int line, List<String> fields, String error) {
    }

    /** Whether the bytes are valid UTF-8 (checked once at upload). */
    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Reads records straight from the UTF-8 bytes (the delimiters are ASCII, never part of a
     * multi-byte character). Quoted fields may span lines. A record with broken quoting is
     * reported at the line it starts on, and reading resumes at the next physical line, so one
     * stray quote costs that row only.
     */
    static final class Reader {
        private final byte[] b;
        private int pos;
        private int line = 1;
        private final ByteArrayOutputStream field = new ByteArrayOutputStream();

        Reader(byte[] bytes) {
            this.b = bytes;
            if (b.length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2]) {
                pos = 3;
            }
        }

        /** The next record, null at the end; blank lines are skipped. */
        Record next() {
            while (pos < b.length && (b[pos] == '\n' || b[pos] == '\r')) {
                if (b[pos] == '\n') {
                    line++;
                }
                pos++;
            }
            if (pos >= b.length) {
                return null;
            }
            int startPos = pos;
            int startLine = line;
            List<String> fields = new ArrayList<>();
            while (true) {
                field.reset();
                String error = null;
                if (pos < b.length && b[pos] == '"') {
                    pos++;
                    boolean closed = false;
                    while (pos < b.length) {
                        byte c = b[pos];
                        if (c == '"') {
                            if (pos + 1 < b.length && b[pos + 1] == '"') {
                                field.write('"');
                                pos += 2;
                                continue;
                            }
                            pos++;
                            closed = true;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.write(c);
                        pos++;
                    }
                    if (!closed) {
                        error = "a quoted field is not closed (a \" is missing)";
                    } else if (pos < b.length && b[pos] != ',' && b[pos] != '\r' && b[pos] != '\n') {
                        error = "unexpected text after a closing quote (write a quote inside a quoted field as \"\")";
                    }
                } else {
                    int start = pos;
                    while (pos < b.length && b[pos] != ',' && b[pos] != '\r' && b[pos] != '\n') {
                        if (b[pos] == '"') {
                            error = "a quote inside an unquoted field (quote the whole field and double the quote)";
                            break;
                        }
                        pos++;
                    }
                    if (error == null) {
                        field.write(b, start, pos - start);
                    }
                }
                if (error != null) {
                    resync(startPos, startLine);
                    return new Record(startLine, null, error);
                }
                fields.add(field.toString(StandardCharsets.UTF_8));
                if (pos >= b.length) {
                    return new Record(startLine, fields, null);
                }
                byte c = b[pos++];
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && pos < b.length && b[pos] == '\n') {
                    pos++;
                }
                line++;
                return new Record(startLine, fields, null);
            }
        }

        /** Continues after the physical line the broken record started on. */
        private void resync(int startPos, int startLine) {
            int p = startPos;
            while (p < b.length && b[p] != '\n') {
                p++;
            }
            pos = Math.min(p + 1, b.length);
            line = startLine + 1;
        }
    }

    /** Appends one record, quoting the fields that need it, CRLF at the end. */
    static void writeRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i);
            if (f == null || f.isEmpty()) {
                continue;
            }
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
            if (quote) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append("\r\n");
    }
}
