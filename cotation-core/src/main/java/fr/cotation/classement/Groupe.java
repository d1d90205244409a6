package fr.cotation.classement;

/**
 * One group of analogous demandes while a stock is read (notes and demande indexes in arrival order), then, once
 * {@linkplain #trier sorted}, in rank order. Compact: 12 bytes per demande.
 */
final class Groupe {
    final Classement.Cle cle;
    private Tableaux.Reels notesLues = new Tableaux.Reels(4);
    private Tableaux.Entiers demandesLues = new Tableaux.Entiers(4);
    /** Notes in rank order (descending), once sorted. */
    double[] notes;
    /** Demande indexes in rank order, once sorted. */
    int[] demandes;

    Groupe(Classement.Cle cle) {
        this.cle = cle;
    }

    void ajouter(double note, int demande) {
        notesLues.ajouter(note);
        demandesLues.ajouter(demande);
    }

    /**
     * Puts the group in rank order: note descending, then {@code departage} on the demande indexes (first filing
     * date, then numéro unique).
     */
    void trier(Tableaux.OrdreIndex departage) {
        double[] n = notesLues.figer();
        int[] d = demandesLues.figer();
        notesLues = null;
        demandesLues = null;
        int[] ordre = Tableaux.trier(n.length, (a, b) -> {
            int c = Double.compare(n[b], n[a]);
            return c != 0 ? c : departage.comparer(d[a], d[b]);
        });
        notes = new double[n.length];
        demandes = new int[n.length];
        for (int r = 0; r < ordre.length; r++) {
            notes[r] = n[ordre[r]];
            demandes[r] = d[ordre[r]];
        }
    }

    int taille() {
        return demandes.length;
    }

    /** Demandes of the group with a note strictly above the one at rank index {@code r} (0-based). */
    int noteSuperieure(int r) {
        double note = notes[r];
        int bas = 0;
        int haut = r;
        while (bas < haut) {   // first index whose note is not above
            int m = (bas + haut) >>> 1;
            if (notes[m] > note) {
                bas = m + 1;
            } else {
                haut = m;
            }
        }
        return bas;
    }
}
