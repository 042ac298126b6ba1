package nl.wegwijs.portal.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheets read it (RFC 4180, CRLF): a field with a comma, quote or line break is quoted, and a field that
 * a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class Csv {

    private Csv() {}

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(line(header));
        rows.forEach(row -> out.append(line(row)));
        return out.toString();
    }

    private static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
