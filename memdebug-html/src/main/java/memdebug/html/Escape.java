package memdebug.html;

/** Text into the page: as HTML text or attribute values, and as JavaScript string literals. */
final class Escape {

    private Escape() {
    }

    /** {@code text} safe inside HTML elements and quoted attributes. */
    static String html(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code text} as a single-quoted JavaScript string literal that cannot end a script element. */
    static String js(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == 0x2028 || c == 0x2029 || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    /**
     * A frame name as the page can carry it: the converter writes names into JavaScript string
     * literals one per line, escaping only {@code \} and {@code '}, so line breaks and other
     * control characters become {@code ?}; an empty name, which the converter reserves for the
     * root, becomes {@code ?} too.
     */
    static String frameName(String name) {
        if (name.isEmpty()) {
            return "?";
        }
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                if (sb == null) {
                    sb = new StringBuilder(name);
                }
                sb.setCharAt(i, '?');
            }
        }
        return sb == null ? name : sb.toString();
    }
}
