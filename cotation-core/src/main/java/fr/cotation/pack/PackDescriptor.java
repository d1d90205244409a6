package fr.cotation.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The descriptor of a rule pack: one EPCI's grille de cotation (or a base that territorial packs
 * extend), read from its {@code pack.yaml}.
 *
 * @param id          identifier, unique among loaded packs, for example {@code nice-cote-azur}
 * @param nom         name of the grille's territory
 * @param epci        SIREN of the EPCI, {@code null} for a base pack
 * @param base        id of the pack this one extends, {@code null} if none
 * @param version     version of the grille
 * @param statut      modèle or adoptée
 * @param enVigueurDu first day in force
 * @param enVigueurAu last day in force, {@code null} if open-ended
 * @param sources     the deliberation or public sources that back the grille
 * @param analogie    what makes demandes analogous for the positionnement
 * @param communes    INSEE codes of the territory (resolved from the registry by EPCI, or listed)
 * @param rubriques   rubriques, in display order, the base's first
 * @param grilles     grille name ({@code principale}, {@code mutation}) to DRL files, relative to the descriptor
 * @param remarque    free note, for example "no local criterion documented"
 * @param justifications  written justification of each sensitive criterion (age, residence, employment), by
 *                        criterion code; merged along the chain of bases once loaded
 * @param effetsDesRefus  the malus criteria for refusals with their duration; merged along the chain of bases
 *                        once loaded
 * @param exceptionsMonotonie the rubriques where the grille may lower a note on a change that usually raises it
 *                        (a better criterion replacing a worse one), checked as such by the fairness suite; merged
 *                        along the chain of bases once loaded
 * @param difficultesFinancieres the territory's dated ceilings of resources that place a household in category c) of
 *                        art. L.441-1 CCH (key {@code difficultesFinancieres}, optional); a pack without it takes its
 *                        base's
 * @param motifsLegitimesDeRefus what the territory counts as a legitimate reason to refuse a dwelling, with its
 *                        source; {@code null} when the pack declares none (a territorial pack's replaces its base's)
 *
 * <p>Built with {@link #builder()} ({@code PackDescriptor.builder().id("nice").epci("200030195")...build()}): each
 * component is set by name and may be left out (an absent list or map is empty, an absent analogie is
 * {@link Analogie#TYPOLOGIE_COMMUNE}). The canonical constructor stays public only because a public record's must;
 * it is not the documented way to build one.
 */
public record PackDescriptor(String id, String nom, String epci, String base, String version, Statut statut,
                             LocalDate enVigueurDu, LocalDate enVigueurAu, List<String> sources, Analogie analogie,
                             List<String> communes, List<Rubrique> rubriques, Map<String, List<String>> grilles,
                             String remarque, Map<String, String> justifications,
                             List<EffetDesRefus> effetsDesRefus, List<ExceptionMonotonie> exceptionsMonotonie,
                             List<PlafondDifficultesFinancieres> difficultesFinancieres,
                             MotifsLegitimesDeRefus motifsLegitimesDeRefus) {

    /** The main grille, for every demande unless a mutation grille exists. */
    public static final String PRINCIPALE = "principale";
    /** The grille for demandes of households already in social housing (R.441-2-10 CCH allows one). */
    public static final String MUTATION = "mutation";

    public PackDescriptor {
        sources = sources == null ? List.of() : List.copyOf(sources);
        communes = communes == null ? List.of() : List.copyOf(communes);
        rubriques = rubriques == null ? List.of() : List.copyOf(rubriques);
        grilles = grilles == null ? Map.of() : Map.copyOf(grilles);
        analogie = analogie == null ? Analogie.TYPOLOGIE_COMMUNE : analogie;
        justifications = justifications == null ? Map.of() : Map.copyOf(justifications);
        effetsDesRefus = effetsDesRefus == null ? List.of() : List.copyOf(effetsDesRefus);
        exceptionsMonotonie = exceptionsMonotonie == null ? List.of() : List.copyOf(exceptionsMonotonie);
        difficultesFinancieres = difficultesFinancieres == null ? List.of() : List.copyOf(difficultesFinancieres);
    }

    /** A builder with every component absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this descriptor's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().id(id).nom(nom).epci(epci).base(base).version(version).statut(statut)
                .enVigueurDu(enVigueurDu).enVigueurAu(enVigueurAu).sources(sources).analogie(analogie)
                .communes(communes).rubriques(rubriques).grilles(grilles).remarque(remarque)
                .justifications(justifications).effetsDesRefus(effetsDesRefus).exceptionsMonotonie(exceptionsMonotonie)
                .difficultesFinancieres(difficultesFinancieres).motifsLegitimesDeRefus(motifsLegitimesDeRefus);
    }

    /** Collects the components of a descriptor by name; see the record's components for what each means. */
    public static final class Builder {
        private String id;
        private String nom;
        private String epci;
        private String base;
        private String version;
        private Statut statut;
        private LocalDate enVigueurDu;
        private LocalDate enVigueurAu;
        private List<String> sources;
        private Analogie analogie;
        private List<String> communes;
        private List<Rubrique> rubriques;
        private Map<String, List<String>> grilles;
        private String remarque;
        private Map<String, String> justifications;
        private List<EffetDesRefus> effetsDesRefus;
        private List<ExceptionMonotonie> exceptionsMonotonie;
        private List<PlafondDifficultesFinancieres> difficultesFinancieres;
        private MotifsLegitimesDeRefus motifsLegitimesDeRefus;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder nom(String nom) {
            this.nom = nom;
            return this;
        }

        public Builder epci(String epci) {
            this.epci = epci;
            return this;
        }

        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder statut(Statut statut) {
            this.statut = statut;
            return this;
        }

        public Builder enVigueurDu(LocalDate enVigueurDu) {
            this.enVigueurDu = enVigueurDu;
            return this;
        }

        public Builder enVigueurAu(LocalDate enVigueurAu) {
            this.enVigueurAu = enVigueurAu;
            return this;
        }

        public Builder sources(List<String> sources) {
            this.sources = sources;
            return this;
        }

        public Builder analogie(Analogie analogie) {
            this.analogie = analogie;
            return this;
        }

        public Builder communes(List<String> communes) {
            this.communes = communes;
            return this;
        }

        public Builder rubriques(List<Rubrique> rubriques) {
            this.rubriques = rubriques;
            return this;
        }

        public Builder grilles(Map<String, List<String>> grilles) {
            this.grilles = grilles;
            return this;
        }

        public Builder remarque(String remarque) {
            this.remarque = remarque;
            return this;
        }

        public Builder justifications(Map<String, String> justifications) {
            this.justifications = justifications;
            return this;
        }

        public Builder effetsDesRefus(List<EffetDesRefus> effetsDesRefus) {
            this.effetsDesRefus = effetsDesRefus;
            return this;
        }

        public Builder exceptionsMonotonie(List<ExceptionMonotonie> exceptionsMonotonie) {
            this.exceptionsMonotonie = exceptionsMonotonie;
            return this;
        }

        public Builder difficultesFinancieres(List<PlafondDifficultesFinancieres> difficultesFinancieres) {
            this.difficultesFinancieres = difficultesFinancieres;
            return this;
        }

        public Builder motifsLegitimesDeRefus(MotifsLegitimesDeRefus motifsLegitimesDeRefus) {
            this.motifsLegitimesDeRefus = motifsLegitimesDeRefus;
            return this;
        }

        /** The descriptor; lists and maps are copied, absent ones empty. */
        public PackDescriptor build() {
            return new PackDescriptor(id, nom, epci, base, version, statut, enVigueurDu, enVigueurAu, sources, analogie,
                    communes, rubriques, grilles, remarque, justifications, effetsDesRefus, exceptionsMonotonie,
                    difficultesFinancieres, motifsLegitimesDeRefus);
        }
    }

    /** Whether the pack is in force on {@code date}. */
    public boolean enVigueurLe(LocalDate date) {
        return !date.isBefore(enVigueurDu) && (enVigueurAu == null || !date.isAfter(enVigueurAu));
    }

    /** A base pack has no territory of its own: territorial packs extend it. */
    public boolean estBase() {
        return epci == null;
    }
}
