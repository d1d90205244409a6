package fr.cotation.classement;

import fr.cotation.pack.Analogie;
import fr.cotation.territoire.CommuneRef;
import fr.cotation.territoire.Referentiel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The classement of a stock at one evaluation date: every group of analogous demandes with its distribution of notes
 * and its délai d'attente, the positionnement of every (demande, wished commune, typology), and what was left out.
 * Immutable and thread-safe. The positions are held in compact arrays and built on demand, so that a national stock
 * fits in a bounded heap: prefer {@link #forEachPosition(Consumer)} to materialising them all.
 */
public final class ClassementResult {
    private final LocalDate dateEvaluation;
    private final Numeros numeros;
    private final int[] depots;
    private final int[] slotDebut;
    private final int[] slotFin;
    private final int[] motifs;
    private final int[] slotGroupe;
    private final int[] slotCommune;
    private final int[] slotRang;
    private final String[] communes;
    private final Groupe[] groupes;
    private final int[] ordreGroupes;
    private final Delais delais;
    private final Referentiel referentiel;
    private final List<TrancheRessources> tranches;
    private final long lues;
    private final long classees;
    private final Exclusions exclusions;

    ClassementResult(LocalDate dateEvaluation, Numeros numeros, int[] depots, int[] slotDebut, int[] slotFin,
                       int[] motifs, int[] slotGroupe, int[] slotCommune, String[] communes, Groupe[] groupes, Delais delais,
                       Referentiel referentiel, List<TrancheRessources> tranches, long lues, long classees,
                       Exclusions exclusions) {
        this.dateEvaluation = dateEvaluation;
        this.numeros = numeros;
        this.depots = depots;
        this.slotDebut = slotDebut;
        this.slotFin = slotFin;
        this.motifs = motifs;
        this.slotGroupe = slotGroupe;
        this.slotCommune = slotCommune;
        this.communes = communes;
        this.groupes = groupes;
        this.delais = delais;
        this.referentiel = referentiel;
        this.tranches = tranches;
        this.lues = lues;
        this.classees = classees;
        this.exclusions = exclusions;
        this.slotRang = new int[slotGroupe.length];
        for (int g = 0; g < groupes.length; g++) {
            int[] demandes = groupes[g].demandes;
            for (int r = 0; r < demandes.length; r++) {
                int d = demandes[r];
                for (int s = slotDebut[d]; s < slotFin[d]; s++) {
                    if (slotGroupe[s] == g) {
                        slotRang[s] = r;
                    }
                }
            }
        }
        Comparator<Classement.Cle> ordre = Comparator.comparing(Classement.Cle::territoire)
                .thenComparing(Classement.Cle::typologie)
                .thenComparingInt(Classement.Cle::tranche)
                .thenComparing(Classement.Cle::analogie);
        this.ordreGroupes = java.util.stream.IntStream.range(0, groupes.length).boxed()
                .sorted(Comparator.comparing(g -> groupes[g].cle, ordre)).mapToInt(Integer::intValue).toArray();
    }

    /** The evaluation date. */
    public LocalDate dateEvaluation() {
        return dateEvaluation;
    }

    /** The tie-break rule applied, in French: {@link Departage#REGLE}. */
    public String regleDepartage() {
        return Departage.REGLE;
    }

    /** Demandes read from the stock, excluded ones included. */
    public long demandesLues() {
        return lues;
    }

    /**
     * Demandes ranked in at least one group. The others were excluded ({@link Exclusions}, first four reasons) or
     * got no note in any of their communes (no grille, or an error).
     */
    public long demandesClassees() {
        return classees;
    }

    /**
     * Positions in all: one per (demande, wished commune scored, typology sought). Equal to the sum of the groups'
     * sizes unless an EPCI group counts once a demande wishing several of its communes.
     */
    public long nombrePositions() {
        return slotGroupe.length;
    }

    /**
     * Every group, ordered by territory code, then typology, then resource band (groups without a band first), then
     * analogie.
     */
    public List<GroupeAnalogue> groupes() {
        List<GroupeAnalogue> l = new ArrayList<>(groupes.length);
        for (int g : ordreGroupes) {
            l.add(groupe(g));
        }
        return l;
    }

    /**
     * The positions of one demande: one per (wished commune scored, typology sought), in the order of its wished
     * communes then of its typologies. Empty when the numéro is not ranked (unknown, or excluded: see
     * {@link #exclusions()}).
     */
    public List<Position> positions(String numeroUnique) {
        int d = numeros.indice(numeroUnique);
        if (d < 0) {
            return List.of();
        }
        List<Position> l = new ArrayList<>(slotFin[d] - slotDebut[d]);
        GroupeAnalogue[] vus = new GroupeAnalogue[slotFin[d] - slotDebut[d]];
        for (int s = slotDebut[d]; s < slotFin[d]; s++) {
            GroupeAnalogue ga = null;
            for (int t = slotDebut[d]; t < s && ga == null; t++) {
                if (slotGroupe[t] == slotGroupe[s]) {
                    ga = vus[t - slotDebut[d]];
                }
            }
            vus[s - slotDebut[d]] = ga == null ? groupe(slotGroupe[s]) : ga;
            l.add(position(s, d, vus[s - slotDebut[d]]));
        }
        return List.copyOf(l);
    }

    /**
     * Gives every position to {@code action}, group after group in the order of {@link #groupes()}, by rank within a
     * group, without holding them all. In an EPCI group, a demande wishing several communes of the EPCI has one
     * position per commune, all with the same rank (the group's size counts it once).
     */
    public void forEachPosition(Consumer<? super Position> action) {
        for (int g : ordreGroupes) {
            GroupeAnalogue ga = groupe(g);
            for (int d : groupes[g].demandes) {
                for (int s = slotDebut[d]; s < slotFin[d]; s++) {
                    if (slotGroupe[s] == g) {
                        action.accept(position(s, d, ga));
                    }
                }
            }
        }
    }

    /** What was left out, by reason. */
    public Exclusions exclusions() {
        return exclusions;
    }

    /**
     * Why the demande of this numéro was left out of the classement as a whole: {@code RADIEE}, {@code EXPIREE} or
     * {@code INVALIDE}; empty when it was admitted (ranked, or without a note in any commune: see its cotations) or
     * when the stock did not hold it. A duplicate numéro answers for the first demande met under it.
     */
    public java.util.Optional<MotifExclusion> motifExclusion(String numeroUnique) {
        int d = numeros.indice(numeroUnique);
        return d < 0 || motifs[d] == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(MotifExclusion.values()[motifs[d] - 1]);
    }

    private Position position(int s, int d, GroupeAnalogue ga) {
        Groupe g = groupes[slotGroupe[s]];
        int r = slotRang[s];
        int taille = g.taille();
        int superieure = g.noteSuperieure(r);
        return new Position(numeros.numero(d), LocalDate.ofEpochDay(depots[d]), communes[slotCommune[s]],
                g.cle.typologie(), note(g.notes[r]), r + 1, r, superieure, taille,
                100.0 * (taille - superieure) / taille, 1 + (4 * superieure) / taille, ga);
    }

    private GroupeAnalogue groupe(int indice) {
        Groupe g = groupes[indice];
        Classement.Cle cle = g.cle;
        int n = g.taille();
        List<BigDecimal> deciles = new ArrayList<>(11);
        deciles.add(note(g.notes[n - 1]));
        for (int k = 1; k <= 10; k++) {
            int rangCroissant = (k * n + 9) / 10;        // ⌈k × n / 10⌉, 1-based, ascending
            deciles.add(note(g.notes[n - rangCroissant]));
        }
        boolean epci = cle.analogie() == Analogie.TYPOLOGIE_EPCI;
        String nom = epci ? referentiel.nomEpci(cle.territoire()).orElse(null)
                : referentiel.commune(cle.territoire()).map(CommuneRef::nom).orElse(null);
        DelaiAttente delai = epci ? delais.epci(cle.typologie(), cle.territoire())
                : delais.commune(cle.typologie(), cle.territoire());
        TrancheRessources tranche = cle.tranche() == 0 ? null : tranches.get(cle.tranche() - 1);
        return new GroupeAnalogue(cle.analogie(), cle.typologie(), cle.territoire(), nom, tranche, n, deciles, delai);
    }

    /** A note as the engine gives it: no trailing zero, no negative scale (12, 12.5). */
    private static BigDecimal note(double valeur) {
        BigDecimal b = BigDecimal.valueOf(valeur).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }
}
