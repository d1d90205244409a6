package fr.cotation.sne;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a document whose markup holds more than {@value #BALISE_MAX} bytes in one piece: a tag with its
 * attributes, a comment, a processing instruction or a CDATA section. The JDK's StAX parser holds an attribute
 * value, a comment or a CDATA section whole before it returns it, and has no limit on their size: a 200 MB
 * attribute ends in OutOfMemoryError. Text between tags is not counted here: the reader gets it in pieces and
 * bounds it itself, as an error of its demande.
 *
 * <p>The bytes are followed, not parsed: {@code <} opens a piece, quotes are followed inside a tag (an attribute
 * value may hold {@code >}), {@code <!--} ends at {@code -->} and {@code <![CDATA[} at {@code ]]>}.
 */
final class BalisesBornees extends FilterInputStream {
    /** Bytes of one tag, comment, instruction or CDATA section at most; an interfaceNuu tag is under 200. */
    static final int BALISE_MAX = 100_000;

    /** Thrown when a piece of markup is longer than {@link #BALISE_MAX}. */
    static final class BaliseTropLongue extends IOException {
        final long ligne;

        BaliseTropLongue(long ligne) {
            super("balise, attribut, commentaire ou section CDATA de plus de " + BALISE_MAX + " octets ouvert ligne "
                    + ligne + " : document refusé");
            this.ligne = ligne;
        }
    }

    private enum Etat { TEXTE, BALISE, GUILLEMET, COMMENTAIRE, CDATA }

    private Etat etat = Etat.TEXTE;
    private char guillemet;
    private long taille;
    private long ligne = 1;
    private long ligneOuverture;
    /** The last bytes of the piece, to recognise {@code <!--}, {@code <![CDATA[}, {@code -->} and {@code ]]>}. */
    private final StringBuilder fin = new StringBuilder(9);
    private BaliseTropLongue depassement;

    BalisesBornees(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            suivre(b);
        }
        return b;
    }

    @Override
    public int read(byte[] t, int o, int l) throws IOException {
        int n = super.read(t, o, l);
        for (int i = 0; i < n; i++) {
            suivre(t[o + i] & 0xff);
        }
        return n;
    }

    private void suivre(int b) throws BaliseTropLongue {
        if (b == '\n') {
            ligne++;
        }
        if (etat == Etat.TEXTE) {
            if (b == '<') {
                etat = Etat.BALISE;
                taille = 1;
                ligneOuverture = ligne;
                fin.setLength(0);
                fin.append('<');
            }
            return;
        }
        if (++taille > BALISE_MAX) {
            depassement = new BaliseTropLongue(ligneOuverture);
            throw depassement;
        }
        if (fin.length() == 9) {
            fin.deleteCharAt(0);
        }
        fin.append((char) b);
        switch (etat) {
            case BALISE -> {
                if (taille == 4 && "<!--".contentEquals(fin)) {
                    etat = Etat.COMMENTAIRE;
                } else if (taille == 9 && "<![CDATA[".contentEquals(fin)) {
                    etat = Etat.CDATA;
                } else if (b == '"' || b == '\'') {
                    etat = Etat.GUILLEMET;
                    guillemet = (char) b;
                } else if (b == '>') {
                    etat = Etat.TEXTE;
                }
            }
            case GUILLEMET -> {
                if (b == guillemet) {
                    etat = Etat.BALISE;
                }
            }
            case COMMENTAIRE -> {
                if (b == '>' && taille >= 7 && fin.length() >= 3 && fin.substring(fin.length() - 3).equals("-->")) {
                    etat = Etat.TEXTE;
                }
            }
            case CDATA -> {
                if (b == '>' && taille >= 12 && fin.substring(fin.length() - 3).equals("]]>")) {
                    etat = Etat.TEXTE;
                }
            }
            default -> {
                // TEXTE handled above
            }
        }
    }

    /** The bound exceeded, {@code null} while none is. */
    BaliseTropLongue depassement() {
        return depassement;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
