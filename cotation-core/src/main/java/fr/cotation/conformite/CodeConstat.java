package fr.cotation.conformite;

/**
 * The stable codes of the compliance check. Each code has one severity and a page in
 * {@code docs/conformite.md} that explains what it means and how to correct the pack. Codes are never
 * reused for another meaning; a new check gets a new code.
 *
 * <p>{@code C} codes check what the law asks of a grille (art. L.441-1, L.441-2-8 and R.441-2-10 CCH,
 * art. 225-1 code pénal); {@code S} codes check that a pack's DRL stays within the rule vocabulary, since a
 * DRL consequence is arbitrary Java and Drools has no sandbox; {@code P} codes say how a grille is run.
 */
public enum CodeConstat {
    /** The pack cannot be loaded, or a grille fails on a synthetic household: nothing else can be checked. */
    C000(Gravite.ERREUR, "pack non chargé ou grille en échec"),
    /** A priority category of art. L.441-1 CCH in force during the pack's period gets no positive points. */
    C001(Gravite.ERREUR, "catégorie prioritaire de l'art. L.441-1 CCH sans points"),
    /** A household recognised DALO gets no positive points. */
    C002(Gravite.ERREUR, "ménage DALO sans points"),
    /** A rule reads a protected datum: nationality, name, first name, civility, sex, birth place. */
    C003(Gravite.ERREUR, "donnée protégée lue par une règle"),
    /** A criterion rests on age, place of residence or employment: lawful but sensitive. */
    C004(Gravite.AVERTISSEMENT, "critère sensible (âge, résidence, emploi)"),
    /** A sensitive criterion has no written justification in the descriptor ({@code justifications}). */
    C005(Gravite.ERREUR, "critère sensible sans justification écrite"),
    /** A malus for refusals is not declared in the descriptor ({@code effetsDesRefus}) with its duration. */
    C006(Gravite.ERREUR, "malus de refus non déclaré"),
    /** The declared duration of a refusal malus is not what its rule does. */
    C007(Gravite.ERREUR, "durée du malus de refus différente de la règle"),
    /** Two rules of one grille declare the same criterion code. */
    C008(Gravite.ERREUR, "code de critère en double"),
    /** A rule lacks its criterion metadata ({@code @critere}, {@code @libelle}, {@code @rubrique}). */
    C009(Gravite.ERREUR, "règle sans métadonnées de critère"),
    /**
     * A criterion takes points away for a refusal with a legitimate reason: R.441-2-10 11° CCH lets the plan change
     * the cotation only for the refusal of a dwelling adapted to the household's needs and means.
     */
    C010(Gravite.ERREUR, "malus pour un refus motivé"),
    /**
     * A rule has no {@code @reference}, or one that names neither an article (of the CCH, another code or a law) nor
     * a dated text (deliberation, décret, arrêté, loi): every criterion must say what it rests on. A criterion that
     * no source gives is marked {@code @proposition} and still cites the article that allows it.
     */
    C011(Gravite.ERREUR, "règle sans référence à un article ou à une délibération"),

    /** An import outside the rule vocabulary. */
    S001(Gravite.ERREUR, "import hors du vocabulaire"),
    /** A global other than {@code fr.cotation.regles.Note note}, the only one the engine provides. */
    S002(Gravite.ERREUR, "global non fourni par le moteur"),
    /** A class or package outside the rule vocabulary (files, network, processes, threads, system...). */
    S003(Gravite.ERREUR, "classe hors du vocabulaire"),
    /** Reflection or class loading ({@code getClass}, {@code .class}, {@code forName}...). */
    S004(Gravite.ERREUR, "réflexion ou chargement de classes"),
    /** A method that reaches the system: exit, environment, properties, processes, thread signals. */
    S005(Gravite.ERREUR, "accès au système"),
    /** Static state, a local or anonymous class, or synchronisation. */
    S006(Gravite.ERREUR, "état statique ou classe locale"),
    /** The rule engine's internals beyond what a consequence needs ({@code kcontext.getKieRuntime()}...). */
    S007(Gravite.ERREUR, "internes du moteur de règles"),
    /** A source of non-determinism: the clock or chance. */
    S008(Gravite.ERREUR, "horloge ou hasard"),
    /** Hidden writing: a Unicode escape or an invisible character in code. */
    S009(Gravite.ERREUR, "écriture masquée"),
    /** A DRL package in a namespace reserved to the library, the JDK or the rule engine. */
    S010(Gravite.ERREUR, "paquetage réservé"),

    /**
     * A rule is outside the subset of DRL the engine evaluates without a Drools session: the whole grille runs in
     * sessions, correct but several times slower.
     */
    P001(Gravite.INFORMATION, "grille évaluée en sessions Drools (plus lente)");

    private final Gravite gravite;
    private final String titre;

    CodeConstat(Gravite gravite, String titre) {
        this.gravite = gravite;
        this.titre = titre;
    }

    /** The severity of every finding with this code. */
    public Gravite gravite() {
        return gravite;
    }

    /** A short French title, as in {@code docs/conformite.md}. */
    public String titre() {
        return titre;
    }

    /** Whether this code belongs to the safety part of the check ({@code S} codes). */
    public boolean surete() {
        return name().startsWith("S");
    }
}
