package fr.cotation.examples.http;

/** A page written piece by piece, every text and attribute escaped. */
final class Html {
    private final StringBuilder b = new StringBuilder(64 * 1024);

    Html brut(String s) {
        b.append(s);
        return this;
    }

    Html texte(String s) {
        b.append(echapper(s));
        return this;
    }

    Html attr(String s) {
        b.append(echapper(s));
        return this;
    }

    static String echapper(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder r = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> r.append("&amp;");
                case '<' -> r.append("&lt;");
                case '>' -> r.append("&gt;");
                case '"' -> r.append("&quot;");
                case '\'' -> r.append("&#39;");
                default -> r.append(c);
            }
        }
        return r.toString();
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
