package fr.cotation.examples.cli;

/**
 * The exit codes of {@code cotation}, documented in its help and in {@code docs/cli.md}. When
 * several apply, the highest wins (an unreadable file over a rejected demande).
 */
public final class CodeSortie {
    /** Every demande read was scored (a commune without grille is not an error). */
    public static final int OK = 0;
    /** Some demandes were rejected (unreadable record, invalid demande, no commune) or a cotation is in error;
     * every other demande was scored. */
    public static final int DEMANDES_REJETEES = 1;
    /** Bad usage: unknown option, missing {@code --date}, impossible date or code in an option. */
    public static final int USAGE = 2;
    /** An input file cannot be read (missing, empty, truncated, not well-formed, wrong structure) or an output
     * file cannot be written; what could be read before the fault was scored. */
    public static final int FICHIER_ILLISIBLE = 3;
    /** Rule packs: a pack directory that does not exist or holds no descriptor, a pack that does not load.
     * Nothing is scored. */
    public static final int PACKS = 4;
    /** verifier: nothing failed, but a fairness property was applied to too few demandes to conclude. */
    public static final int NON_CONCLUANT = 5;
    /** An internal error (a bug): the message says so; {@code --trace} prints the stack trace. */
    public static final int ERREUR_INTERNE = 10;

    private CodeSortie() {
    }
}
