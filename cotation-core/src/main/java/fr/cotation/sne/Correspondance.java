package fr.cotation.sne;

import fr.cotation.demande.Adulte;
import fr.cotation.demande.CapaciteMarche;
import fr.cotation.demande.CategorieLogement;
import fr.cotation.demande.Civilite;
import fr.cotation.demande.Coparentalite;
import fr.cotation.demande.Demande;
import fr.cotation.demande.EtatHandicap;
import fr.cotation.demande.Handicap;
import fr.cotation.demande.Identite;
import fr.cotation.demande.LienDemandeur;
import fr.cotation.demande.LienParente;
import fr.cotation.demande.LogementActuel;
import fr.cotation.demande.ModeleLogement;
import fr.cotation.demande.MotifDemande;
import fr.cotation.demande.Nationalite;
import fr.cotation.demande.NatureRessource;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Ressource;
import fr.cotation.demande.RevenuFiscal;
import fr.cotation.demande.Sexe;
import fr.cotation.demande.SituationFamiliale;
import fr.cotation.demande.SituationProfessionnelle;
import fr.cotation.demande.StatutDalo;
import fr.cotation.demande.TypeContrat;
import fr.cotation.demande.Typologie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps one {@code demandeLogement} subtree to a {@link Demande}, collecting every error with its path and line.
 * The table of correspondences is {@code docs/interfaceNuu.md}; keep both in step.
 */
final class Correspondance {
    private final List<ErreurNuu> erreurs = new ArrayList<>();
    private final List<String> avertissements = new ArrayList<>();

    LectureNuu lire(Noeud dl) {
        String numero = texte(requis(dl, "numUnique"));
        // The renewal element has never been seen in a real document (its name is inferred): when it is absent the
        // document does not say whether the demande was renewed, which is not "never renewed" (art. R.441-2-7 CCH).
        Noeud renouvellement = dl.enfant("dateRenouvellementDemande");
        Demande.Builder b = Demande.builder()
                .numeroUnique(numero)
                .deposeeLe(date(requis(dl, "dateCreationDemande")))
                .renouveleeLe(date(renouvellement))
                .renouvellementInconnu(renouvellement == null);
        Noeud pp = requis(dl, "personnePhysique");
        if (pp != null) {
            menage(pp, b);
        }
        // Elements of the form that no real document has shown yet: names inferred from the code lists.
        for (Noeud m : sousListe(dl, "listeMotifDemande", "motifDemande")) {
            MotifDemande motif = code(m, MotifDemande::fromCode);
            if (motif != null) {
                b.motif(motif);
            }
        }
        Noeud recherche = dl.enfant("logementRecherche");
        if (recherche != null) {
            for (Noeud t : sousListe(recherche, "listeTypeLogement", "typeLogement")) {
                Typologie typo = code(t, Typologie::fromCode);
                if (typo != null) {
                    b.typologies(typo);
                }
            }
            for (Noeud c : sousListe(recherche, "listeCommuneSouhaitee", "commune")) {
                String insee = codeTexte(c);
                if (insee != null) {
                    b.communesSouhaitees(insee);
                }
            }
        }
        StatutDalo dalo = code(dl.enfant("statutDalo"), StatutDalo::fromCode);
        if (dalo != null) {
            b.dalo(dalo, date(dl.enfant("dateDecisionDalo")), Preuve.DECLAREE);
        }
        Noeud h = dl.enfant("handicap");
        if (h != null) {
            b.handicap(new Handicap(Boolean.TRUE.equals(booleen(h.enfant("fauteuilRoulant"))),
                    code(h.enfant("capaciteMarche"), CapaciteMarche::fromCode),
                    code(h.enfant("etat"), EtatHandicap::fromCode), Preuve.DECLAREE));
        }
        Demande demande = erreurs.isEmpty() ? b.build() : null;
        return new LectureNuu(dl.chemin(), dl.ligne, dl.colonne, numero, demande, erreurs, avertissements);
    }

    private void menage(Noeud pp, Demande.Builder b) {
        Noeud dem = requis(pp, "demandeur");
        String communeAdresse = null;
        if (dem != null) {
            List<Ressource> pourPersonnesACharge = new ArrayList<>();
            ressources(dem.enfant("listeRessourceRecuePersACharge"), false, pourPersonnesACharge);
            ressources(dem.enfant("listeRessourceVerseePersACharge"), true, pourPersonnesACharge);
            Adulte demandeur = adulte(dem);
            if (!pourPersonnesACharge.isEmpty()) {
                List<Ressource> toutes = new ArrayList<>(demandeur.ressources());
                toutes.addAll(pourPersonnesACharge);
                demandeur = new Adulte(demandeur.identite(), demandeur.dateNaissance(), demandeur.situationFamiliale(),
                        demandeur.situationProfessionnelle(), toutes, demandeur.revenusFiscaux());
            }
            b.demandeur(demandeur);
            Noeud adresse = dem.enfant("adressePostale");
            if (adresse != null && !Boolean.TRUE.equals(booleen(adresse.enfant("etranger")))) {
                communeAdresse = codeTexte(adresse.enfant("commune"));
            }
        }
        for (Noeud c : sousListe(pp, "listeCotitulaire", "cotitulaire")) {
            Adulte a = adulte(c);
            LienDemandeur lien = code(requis(c, "lienDemandeur"), LienDemandeur::fromCode);
            b.cotitulaire(a, lien);
        }
        for (Noeud p : sousListe(pp, "listePersonneACharge", "personneACharge")) {
            Identite id = new Identite(texteOuNull(p.enfant("nom")), texteOuNull(p.enfant("prenom")), null,
                    code(p.enfant("sexe"), Sexe::fromCode), null, null);
            b.personneACharge(new PersonneACharge(id, date(requis(p, "dateNaissance")),
                    code(p.enfant("lienParente"), LienParente::fromCode)));
        }
        int naissances = 0;
        for (Noeud n : pp.enfants("personneANaitre")) {
            Integer nombre = entier(requis(n, "nombre"));
            naissances += nombre == null ? 0 : nombre;
        }
        b.naissancesAttendues(naissances);
        for (Noeud g : sousListe(pp, "listePersonneEnGarde", "personneEnGarde")) {
            code(g.enfant("sexe"), Sexe::fromCode); // checked, then dropped: an EnfantEnGarde has no identity
            b.enfantEnGarde(date(requis(g, "dateNaissance")), code(g.enfant("coParentalite"), Coparentalite::fromCode));
        }
        Noeud la = requis(pp, "logementActuel");
        if (la != null) {
            ModeleLogement modele = null;
            Noeud liste = requis(la, "listeModeleLogement");
            if (liste != null) {
                List<Noeud> modeles = liste.enfants("modeleLogement");
                if (modeles.isEmpty()) {
                    manque(liste, "modeleLogement");
                } else {
                    modele = code(modeles.get(0), ModeleLogement::fromCode);
                    for (Noeud autre : modeles.subList(1, modeles.size())) {
                        ModeleLogement m = code(autre, ModeleLogement::fromCode);
                        if (m != null) {
                            avertissements.add(autre.chemin() + " (ligne " + autre.ligne + ") : logement actuel "
                                    + m.code() + " non retenu ; seul le premier (" + (modele == null ? "?" : modele.code())
                                    + ") est coté");
                        }
                    }
                }
            }
            b.logementActuel(new LogementActuel(modele, communeAdresse, montant(la.enfant("montantMensuelLoyer")),
                    entier(la.enfant("nombreHabitant")), code(la.enfant("typeLogementActuel"), Typologie::fromCode),
                    montant(la.enfant("surface")), code(la.enfant("categorieLogement"), CategorieLogement::fromCode),
                    Preuve.DECLAREE));
            b.mutation(modele == ModeleLogement.LOCATAIRE_HLM);
        }
    }

    private Adulte adulte(Noeud n) {
        Identite identite = new Identite(texteOuNull(n.enfant("nom")), texteOuNull(n.enfant("prenom")),
                code(n.enfant("civilite"), Civilite::fromCode), code(n.enfant("sexe"), Sexe::fromCode),
                code(n.enfant("nationalite"), Nationalite::fromCode), null);
        LocalDate naissance = date(requis(n, "dateNaissance"));
        SituationFamiliale famille = code(n.enfant("situationFamiliale"), SituationFamiliale::fromCode);
        SituationProfessionnelle pro = null;
        Noeud sp = n.enfant("situationProfessionnelle");
        if (sp != null) {
            String communeTravail = Boolean.TRUE.equals(booleen(sp.enfant("etranger"))) ? null
                    : codeTexte(sp.enfant("commune"));
            pro = new SituationProfessionnelle(code(sp.enfant("typeContratTravail"), TypeContrat::fromCode),
                    communeTravail, texteOuNull(sp.enfant("profession")));
        }
        List<Ressource> ressources = new ArrayList<>();
        ressources(n.enfant("listeRessourceRecue"), false, ressources);
        ressources(n.enfant("listeRessourceVersee"), true, ressources);
        List<RevenuFiscal> revenus = new ArrayList<>();
        Noeud rf = n.enfant("revenuFiscal");
        if (rf != null) {
            revenu(rf, "anneeMoins1", "montantMoins1", revenus);
            revenu(rf, "anneeMoins2", "montantMoins2", revenus);
        }
        return new Adulte(identite, naissance, famille, pro, ressources, revenus);
    }

    private void ressources(Noeud liste, boolean versees, List<Ressource> into) {
        if (liste == null) {
            return;
        }
        for (Noeud d : liste.enfants("detailRessource")) {
            Noeud r = requis(d, "ressource");
            NatureRessource nature = code(r, NatureRessource::fromCode);
            if (nature != null && versees != (nature == NatureRessource.PENSION_ALIMENTAIRE_VERSEE)) {
                erreur(r.chemin() + "/@code", r, nature.code(), versees
                        ? "ressource versée inconnue (seul PAV, pension alimentaire versée, est une ressource versée)"
                        : "PAV (pension alimentaire versée) n'est pas une ressource reçue : elle va dans listeRessourceVersee");
                nature = null;
            }
            BigDecimal montant = montant(requis(d, "montant"));
            if (nature != null && montant != null) {
                into.add(new Ressource(nature, montant));
            }
        }
    }

    private void revenu(Noeud rf, String annee, String montant, List<RevenuFiscal> into) {
        Noeud m = rf.enfant(montant);
        if (m == null || m.texte.isEmpty()) {
            return; // the year alone says nothing
        }
        Integer a = entier(requis(rf, annee));
        BigDecimal v = montant(m);
        if (a != null && v != null) {
            into.add(new RevenuFiscal(a, v));
        }
    }

    // ---- elements and values

    /** The items of {@code parent/liste/item}, none when the list is absent. */
    private static List<Noeud> sousListe(Noeud parent, String liste, String item) {
        Noeud l = parent.enfant(liste);
        return l == null ? List.of() : l.enfants(item);
    }

    private Noeud requis(Noeud parent, String nom) {
        Noeud n = parent.enfant(nom);
        if (n == null) {
            manque(parent, nom);
        }
        return n;
    }

    private void manque(Noeud parent, String nom) {
        erreurs.add(new ErreurNuu(parent.chemin() + "/" + nom, parent.ligne, parent.colonne, null,
                "élément obligatoire absent de <" + parent.nom + ">"));
    }

    private void erreur(String chemin, Noeud n, String valeur, String message) {
        erreurs.add(new ErreurNuu(chemin, n.ligne, n.colonne, valeur, message));
    }

    private String texte(Noeud n) {
        if (n == null) {
            return null;
        }
        if (n.texte.isEmpty()) {
            erreur(n.chemin(), n, "", "valeur vide");
            return null;
        }
        return n.texte;
    }

    private static String texteOuNull(Noeud n) {
        return n == null || n.texte.isEmpty() ? null : n.texte;
    }

    /** A coded value: the {@code code} attribute, mapped with the code list's {@code fromCode}. */
    private <E> E code(Noeud n, Function<String, E> fromCode) {
        if (n == null) {
            return null;
        }
        String v = n.attributs.get("code");
        if (v == null || v.isBlank()) {
            erreur(n.chemin() + "/@code", n, null, "attribut code absent");
            return null;
        }
        try {
            return fromCode.apply(v.strip());
        } catch (IllegalArgumentException e) {
            erreur(n.chemin() + "/@code", n, v, e.getMessage());
            return null;
        }
    }

    /** A commune: its INSEE code in the {@code code} attribute (checked against the registry by the engine). */
    private String codeTexte(Noeud n) {
        if (n == null) {
            return null;
        }
        String v = n.attributs.get("code");
        if (v == null || v.isBlank()) {
            erreur(n.chemin() + "/@code", n, null, "attribut code absent (code INSEE de la commune)");
            return null;
        }
        return v.strip();
    }

    private LocalDate date(Noeud n) {
        String s = texte(n);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_DATE);
        } catch (DateTimeParseException e) {
            erreur(n.chemin(), n, s, s.matches("\\d{4}-\\d{2}-\\d{2}.*")
                    ? "date impossible (ce jour n'existe pas dans le calendrier)"
                    : "date attendue au format AAAA-MM-JJ");
            return null;
        }
    }

    private BigDecimal montant(Noeud n) {
        String s = texte(n);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            erreur(n.chemin(), n, s, "nombre attendu (par exemple 760 ou 760.50)");
            return null;
        }
    }

    private Integer entier(Noeud n) {
        String s = texte(n);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            erreur(n.chemin(), n, s, "nombre entier attendu");
            return null;
        }
    }

    private Boolean booleen(Noeud n) {
        String s = texte(n);
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> {
                erreur(n.chemin(), n, s, "booléen attendu (true ou false)");
                yield null;
            }
        };
    }
}
