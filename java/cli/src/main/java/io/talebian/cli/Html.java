package io.talebian.cli;

/** HTML/XML text escaping for the report (text and attribute values). */
final class Html {
    private Html() {
    }

    /**
     * Escapes {@code & < > " '} and drops the control characters XML 1.0 cannot hold, so input
     * text (file names, time values, column names) can never become markup.
     */
    static String escape(final String s) {
        if (s == null) {
            return "";
        }
        final StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }
}
