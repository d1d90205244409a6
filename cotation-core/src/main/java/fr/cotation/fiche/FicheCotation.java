package fr.cotation.fiche;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.cotation.internal.json.EcritureVersion;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cotation.Cotation;
import fr.cotation.Ligne;
import fr.cotation.classement.MotifExclusion;
import fr.cotation.classement.Position;
import fr.cotation.demande.Preuve;
import fr.cotation.json.CotationJson;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.MotifsLegitimesDeRefus;
import fr.cotation.pack.Statut;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * La fiche cotation of one demande at one evaluation date: what art. R.441-2-17 CCH owes the applicant, per wished
 * commune — the note with every line in plain French (proven or only declared, and then the document that would
 * prove it), the positionnement among analogous demandes and the délai d'attente when a classement was given, the
 * refusal rules of the grille — then the priority categories of art. L.441-1 CCH recognised and the communes the
 * applicant could add where the same demande would score higher. Built by {@link Fiches}; rendered by
 * {@link #texte()}, {@link #html()} and {@link #json()} (shape documented in {@code docs/fiche.md}).
 *
 * <p>Immutable. <b>It is personal data</b>: the numéro unique identifies the applicant, and the lines and priorities
 * may name situations of health, handicap, violence suffered or exit from prostitution, special categories of data
 * (art. 9 of the RGPD, regulation (EU) 2016/679). It holds no name, birth date nor income, and a problem of an
 * invalid demande is given by its field and message, never its value. {@link #sansDonneesSensibles()} gives the same fiche
 * without those situations (for sending by e-mail).
 *
 * @param numeroUnique         numéro unique of the demande
 * @param dateEvaluation       the date the fiche is computed for
 * @param renouvelerAvant      the day by which the demande must be renewed (one year after the last renewal, or
 *                             after the first filing if never renewed), or it may be radiated (art. R.441-2-8 CCH)
 * @param problemes            why the demande could not be scored ({@code champ : message}, never the value); when
 *                             not empty, {@code communes} is empty
 * @param classementDisponible a classement was given to {@link Fiches.Builder#classement}; when false every
 *                             {@code positions} list is empty and the fiche says the position is not available
 * @param regleDepartage       the tie-break rule of the classement, {@code null} without one
 * @param communes             one per wished commune, in the applicant's order
 * @param priorites            the priority categories recognised (DALO, PDALHPD, then the letters of art. L.441-1),
 *                             each subject to checking
 * @param suggestions          communes the applicant could add where the demande would have a higher note than its
 *                             best note today, highest first
 * @param communesExaminees    INSEE codes of the communes scored to find the suggestions, in the order examined
 * @param regleSuggestions     how the communes examined were chosen, in French
 * @param renouvellementInconnu the demande's source does not give its last renewal (a national-format document
 *                             without its renewal element): {@code renouvelerAvant} is then {@code null} and the
 *                             fiche says the date is unknown
 * @param exclusion            why the classement left the demande out ({@code RADIEE}, {@code EXPIREE},
 *                             {@code INVALIDE}), {@code null} when it was admitted or without a classement
 * @param expurgee             the situations of special categories (health, handicap, violence, prostitution,
 *                             trafficking, offences) are masked: see {@link #sansDonneesSensibles()}
 */
@JsonAppend(prepend = true, props = @JsonAppend.Prop(value = EcritureVersion.class, name = CotationJson.CHAMP_VERSION,
        type = String.class))
@JsonPropertyOrder({"numeroUnique", "dateEvaluation", "renouvelerAvant", "problemes", "classementDisponible",
        "regleDepartage", "communes", "priorites", "suggestions", "communesExaminees", "regleSuggestions",
        "renouvellementInconnu", "exclusion", "expurgee"})
public record FicheCotation(@JsonProperty("numeroUnique") String numeroUnique,
                            @JsonProperty("dateEvaluation") LocalDate dateEvaluation,
                            @JsonProperty("renouvelerAvant") LocalDate renouvelerAvant,
                            @JsonProperty("problemes") List<String> problemes,
                            @JsonProperty("classementDisponible") boolean classementDisponible,
                            @JsonProperty("regleDepartage") String regleDepartage,
                            @JsonProperty("communes") List<NoteCommune> communes,
                            @JsonProperty("priorites") List<PrioriteReconnue> priorites,
                            @JsonProperty("suggestions") List<Suggestion> suggestions,
                            @JsonProperty("communesExaminees") List<String> communesExaminees,
                            @JsonProperty("regleSuggestions") String regleSuggestions,
                            @JsonProperty("renouvellementInconnu") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean renouvellementInconnu,
                            @JsonProperty("exclusion") MotifExclusion exclusion,
                            @JsonProperty("expurgee") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean expurgee) {

    public FicheCotation {
        problemes = copie(problemes);
        communes = copie(communes);
        priorites = copie(priorites);
        suggestions = copie(suggestions);
        communesExaminees = copie(communesExaminees);
    }

    /**
     * The cotation in one wished commune.
     *
     * @param commune           INSEE code
     * @param nomCommune        its name, {@code null} if the registry does not know it
     * @param epci              SIREN of its EPCI, {@code null} if unknown
     * @param nomEpci           name of the EPCI, {@code null} if unknown
     * @param statut            scored, no grille for the territory, or error
     * @param message           why there is no note ({@code SANS_GRILLE}, {@code ERREUR}), {@code null} otherwise
     * @param pack              id of the pack that scored, {@code null} unless scored
     * @param version           its version
     * @param grille            {@code principale} or {@code mutation}
     * @param statutGrille      whether the grille is the one adopted by the EPCI or a model, {@code null} unless scored
     * @param note              the note, sum of the lines' points; zero unless scored
     * @param pointsProvisoires the points of the lines resting on a situation only declared (their sum)
     * @param lignes            the lines of the note, in the grille's order
     * @param avertissements    warnings of the scoring
     * @param positions         the positionnement for each typology sought, from the classement; empty without one or
     *                          when the classement does not rank the demande in this commune
     * @param refus             the criteria by which a refusal without legitimate reason changes the note in this
     *                          grille ({@code effetsDesRefus} of the pack), with their duration
     * @param motifsLegitimesDeRefus what the territory counts as a legitimate reason to refuse, with its source
     *                          ({@code motifsLegitimesDeRefus} of the pack); {@code null} when the pack declares none
     */
    @JsonPropertyOrder({"commune", "nomCommune", "epci", "nomEpci", "statut", "message", "pack", "version", "grille",
            "statutGrille", "note", "pointsProvisoires", "lignes", "avertissements", "positions", "refus",
            "motifsLegitimesDeRefus"})
    public record NoteCommune(@JsonProperty("commune") String commune,
                              @JsonProperty("nomCommune") String nomCommune,
                              @JsonProperty("epci") String epci,
                              @JsonProperty("nomEpci") String nomEpci,
                              @JsonProperty("statut") Cotation.Statut statut,
                              @JsonProperty("message") String message,
                              @JsonProperty("pack") String pack,
                              @JsonProperty("version") String version,
                              @JsonProperty("grille") String grille,
                              @JsonProperty("statutGrille") Statut statutGrille,
                              @JsonProperty("note") BigDecimal note,
                              @JsonProperty("pointsProvisoires") BigDecimal pointsProvisoires,
                              @JsonProperty("lignes") List<LigneDeNote> lignes,
                              @JsonProperty("avertissements") List<String> avertissements,
                              @JsonProperty("positions") List<Position> positions,
                              @JsonProperty("refus") List<CritereDeGrille> refus,
                              @JsonProperty("motifsLegitimesDeRefus") MotifsLegitimesDeRefus motifsLegitimesDeRefus) {
        public NoteCommune {
            lignes = copie(lignes);
            avertissements = copie(avertissements);
            positions = copie(positions);
            refus = copie(refus);
        }

        /** The commune's name, or its code when the registry does not know it. */
        String nom() {
            return nomCommune == null ? commune : nomCommune;
        }
    }

    /**
     * One line of the note and, when it rests on a situation only declared, what would prove it.
     *
     * @param ligne         the explanation line of the engine
     * @param justificatifs the documents that would prove the declared situations the line rests on; empty when the
     *                      line is proven or computed from the demande's data alone
     * @param proposition   why the criterion is a proposal that no source gives ({@code @proposition} of its rule),
     *                      {@code null} when it rests on its sources
     */
    @JsonPropertyOrder({"ligne", "justificatifs", "proposition"})
    public record LigneDeNote(@JsonProperty("ligne") Ligne ligne,
                              @JsonProperty("justificatifs") List<Justificatif> justificatifs,
                              @JsonProperty("proposition") String proposition) {
        public LigneDeNote {
            justificatifs = copie(justificatifs);
        }

        /** A line whose criterion rests on its sources. */
        public LigneDeNote(Ligne ligne, List<Justificatif> justificatifs) {
            this(ligne, justificatifs, null);
        }
    }

    /**
     * A document that proves a situation (pièce justificative).
     *
     * @param situation code of the situation catalogue
     * @param libelle   the situation in French
     * @param piece     the document expected
     * @param reference where the list of documents comes from
     */
    @JsonPropertyOrder({"situation", "libelle", "piece", "reference"})
    public record Justificatif(@JsonProperty("situation") String situation,
                               @JsonProperty("libelle") String libelle,
                               @JsonProperty("piece") String piece,
                               @JsonProperty("reference") String reference) {
    }

    /**
     * A priority the demande meets, subject to checking.
     *
     * @param categorie     {@code DALO}, {@code PDALHPD}, or the letter of art. L.441-1 CCH ({@code "g bis"}...)
     * @param libelle       the category in French
     * @param reference     legal reference
     * @param preuve        the best proof among the situations that qualify the demande
     * @param justificatifs when only declared, the documents that would prove it (any one of the situations)
     */
    @JsonPropertyOrder({"categorie", "libelle", "reference", "preuve", "justificatifs"})
    public record PrioriteReconnue(@JsonProperty("categorie") String categorie,
                                   @JsonProperty("libelle") String libelle,
                                   @JsonProperty("reference") String reference,
                                   @JsonProperty("preuve") Preuve preuve,
                                   @JsonProperty("justificatifs") List<Justificatif> justificatifs) {
        public PrioriteReconnue {
            justificatifs = copie(justificatifs);
        }
    }

    /**
     * A commune the applicant could add, where the same demande would score higher than its best note today.
     *
     * @param commune    INSEE code
     * @param nomCommune its name
     * @param epci       SIREN of its EPCI
     * @param nomEpci    name of the EPCI
     * @param pack       the pack that would score it
     * @param note       the note the demande would have there
     * @param ecart      how many points more than the best note today
     * @param memeEpci   the commune is in the EPCI of a wished commune (same grille); otherwise the note comes from
     *                   another grille and is compared with the demandes of that territory
     */
    @JsonPropertyOrder({"commune", "nomCommune", "epci", "nomEpci", "pack", "note", "ecart", "memeEpci"})
    public record Suggestion(@JsonProperty("commune") String commune,
                             @JsonProperty("nomCommune") String nomCommune,
                             @JsonProperty("epci") String epci,
                             @JsonProperty("nomEpci") String nomEpci,
                             @JsonProperty("pack") String pack,
                             @JsonProperty("note") BigDecimal note,
                             @JsonProperty("ecart") BigDecimal ecart,
                             @JsonProperty("memeEpci") boolean memeEpci) {
    }

    /**
     * The same fiche without the situations of special categories (RGPD art. 9 and 10): every line and priority that
     * rests on a situation of health, handicap, violence suffered, exit from prostitution, trafficking or an offence
     * keeps its points and its proof status but loses its label, explanation, reference and documents, and is shown
     * as a "situation personnelle protégée"; so does a problem of such a field. For sending by e-mail; it is still
     * personal data (the numéro unique). The set of situations is {@code DonneesSensibles}, documented in
     * {@code docs/fiche.md}.
     */
    public FicheCotation sansDonneesSensibles() {
        return expurgee ? this : DonneesSensibles.expurger(this);
    }

    /** The fiche as plain French text, for a letter or a desk screen (lines of at most 80 characters). */
    public String texte() {
        return Redaction.document(this).texte();
    }

    /**
     * The fiche as a standalone accessible HTML page: {@code lang="fr"}, semantic headings, tables with captions and
     * header scopes, print styles, no script and no external resource; also well-formed XML.
     */
    public String html() {
        return Redaction.document(this).html();
    }

    /** The fiche as indented JSON ({@link CotationJson} conventions; read it back with {@link #depuisJson}). */
    public String json() {
        return CotationJson.enTexte(this);
    }

    /**
     * Reads a fiche written by {@link #json()}, strictly as {@link CotationJson} reads (unknown keys are errors).
     *
     * @throws IllegalArgumentException naming the problem when the text is not a fiche
     */
    public static FicheCotation depuisJson(String json) {
        try {
            return CotationJson.readerFor(FicheCotation.class).readValue(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("fiche JSON illisible : " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> copie(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
