package fr.cotation.fiche;

import fr.cotation.Cotation;
import fr.cotation.Ligne;
import fr.cotation.classement.DelaiAttente;
import fr.cotation.classement.GroupeAnalogue;
import fr.cotation.classement.Position;
import fr.cotation.demande.Preuve;
import fr.cotation.demande.Typologie;
import fr.cotation.internal.redaction.Document;
import fr.cotation.internal.redaction.Francais;
import fr.cotation.internal.redaction.Texte;
import fr.cotation.pack.CritereDeGrille;
import fr.cotation.pack.MotifsLegitimesDeRefus;
import fr.cotation.pack.Statut;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a {@link FicheCotation} as a {@link Document}, in plain French for the applicant. */
final class Redaction {
    private static final String CSS = """
            td.points { white-space: nowrap; }
            @media print {
              body { font-size: 11pt; }
              main, footer { max-width: none; padding: 0; }
              .tableau { overflow: visible; }
              h2, h3 { break-after: avoid; }
              tr, li, .avertissement { break-inside: avoid; }
            }
            """;

    private Redaction() {
    }

    static Document document(FicheCotation f) {
        Document d = new Document("Fiche cotation de la demande " + f.numeroUnique()).css(CSS).xml();
        d.paragraphe("Situation au " + Francais.date(f.dateEvaluation()) + ". Cette fiche vous informe, comme le "
                + "prévoit l'article R.441-2-17 du code de la construction et de l'habitation, de la cotation de votre "
                + "demande de logement social dans chaque commune demandée, de sa position parmi les demandes "
                + "analogues, du délai d'attente constaté, des effets d'un refus et des priorités reconnues. La "
                + "cotation aide à choisir les candidats présentés à la commission d'attribution ; la commission "
                + "reste libre de sa décision.");
        if (f.expurgee()) {
            d.paragraphe("Version sans les situations personnelles protégées (santé, handicap, violences subies, "
                    + "parcours de sortie de la prostitution, infractions) : les points qui en découlent sont comptés "
                    + "sous « " + DonneesSensibles.LIBELLE + " ». Cette version reste une donnée personnelle : "
                    + "le numéro unique vous identifie.");
        }
        if (f.exclusion() != null) {
            d.avertissement(List.of(Texte.de(exclusion(f))));
        }
        if (!f.problemes().isEmpty()) {
            d.avertissement(List.of(Texte.de("Votre demande ne peut pas être cotée en l'état : des informations sont "
                    + "manquantes ou incohérentes. Adressez-vous au service qui a enregistré votre demande.")));
            d.liste(f.problemes().stream().map(Texte::de).toList());
            conseils(d, f);
            return d.pied(pied(f));
        }
        if (f.communes().stream().anyMatch(c -> c.pointsProvisoires().signum() != 0)) {
            d.avertissement(List.of(Texte.de("Une partie de vos points est provisoire : elle repose sur une situation "
                    + "que vous avez déclarée mais qui n'est pas encore justifiée. La pièce à fournir est indiquée pour "
                    + "chaque ligne concernée.")));
        }
        for (FicheCotation.NoteCommune c : f.communes()) {
            commune(d, f, c);
        }
        priorites(d, f);
        suggestions(d, f);
        conseils(d, f);
        return d.pied(pied(f));
    }

    /** Why the classement left the demande out, with the article. */
    static String exclusion(FicheCotation f) {
        String pourquoi = switch (f.exclusion()) {
            case EXPIREE -> "à la date de cette fiche, elle n'est plus valide faute d'avoir été renouvelée dans l'année "
                    + "qui suit son dépôt ou son dernier renouvellement (art. R.441-2-7 CCH)";
            case RADIEE -> "elle a été radiée (art. R.441-2-8 CCH)";
            case INVALIDE -> "elle ne peut pas être cotée en l'état, des informations étant manquantes ou incohérentes";
            case DOUBLON -> "une autre demande porte le même numéro unique dans le fichier des demandes";
            case SANS_GRILLE, ERREUR -> "aucune de ses communes n'a pu la coter";
        };
        return "Votre demande a été écartée du classement des demandes du territoire : " + pourquoi + ". Sa position "
                + "parmi les demandes analogues n'est donc pas donnée.";
    }

    // ------------------------------------------------------------------------------------------ one commune

    private static void commune(Document d, FicheCotation f, FicheCotation.NoteCommune c) {
        d.section(c.nom() + (c.nomEpci() == null ? "" : " (" + c.nomEpci() + ")"));
        if (c.statut() != Cotation.Statut.COTEE) {
            d.paragraphe(c.statut() == Cotation.Statut.SANS_GRILLE
                    ? "Pas de note dans cette commune : " + c.message() + "."
                    : "La note n'a pas pu être calculée dans cette commune : " + c.message() + ".");
            return;
        }
        Texte note = Texte.de("Votre note : ").fort(Francais.points(c.note()));
        if (c.pointsProvisoires().signum() != 0) {
            note.brut(", dont " + Francais.points(c.pointsProvisoires()) + " provisoires (situation déclarée, à justifier)");
        }
        d.paragraphe(note.brut("."));
        d.paragraphe("Grille de cotation" + (c.nomEpci() == null ? "" : " : " + c.nomEpci()) + ", version "
                + c.version() + (c.grille().equals("mutation") ? ", grille des demandes de mutation" : "") + "."
                + (c.statutGrille() == Statut.MODELE ? " Cette grille est un modèle proposé, pas encore la grille "
                + "adoptée par le territoire : la note est indicative." : ""));
        List<List<Texte>> lignes = new ArrayList<>();
        for (FicheCotation.LigneDeNote l : c.lignes()) {
            lignes.add(List.of(Texte.de(l.ligne().libelle() + (l.proposition() == null ? "" : " " + PROPOSE)),
                    Texte.de(Francais.nombre(l.ligne().points())),
                    calcul(l.ligne()), preuve(l)));
        }
        if (lignes.isEmpty()) {
            d.paragraphe("Aucun critère de la grille ne s'applique à votre demande.");
        } else {
            d.tableau("Détail de la note à " + c.nom(), List.of("Critère", "Points", "Calcul", "Preuve"), lignes);
        }
        // the engine's warning about a model grille is said above in plain words, the renewal under the advice
        c.avertissements().stream().filter(a -> c.statutGrille() != Statut.MODELE || !a.startsWith("grille modèle"))
                .filter(a -> !a.startsWith("demande non renouvelée") && !a.startsWith("date du dernier renouvellement"))
                .forEach(a -> d.paragraphe("À noter : " + a));

        d.sousSection("Votre position à " + c.nom());
        if (!f.classementDisponible()) {
            d.paragraphe("La position de votre demande parmi les demandes analogues n'est pas disponible sur cette "
                    + "fiche : elle est calculée sur l'ensemble des demandes du territoire, qui n'a pas été fourni.");
        } else if (f.exclusion() != null) {
            d.paragraphe("Votre demande ne figure pas dans le classement : elle en a été écartée (voir plus haut).");
        } else if (c.positions().isEmpty()) {
            d.paragraphe("Votre demande ne figure pas dans le classement des demandes de cette commune (elle y a été "
                    + "ajoutée après son calcul, ou en a été écartée).");
        } else {
            c.positions().forEach(p -> d.paragraphe(position(p)));
            d.paragraphe(f.regleDepartage());
            d.sousSection("Délai d'attente à " + c.nom());
            c.positions().forEach(p -> d.paragraphe(delai(p)));
        }

        d.sousSection("En cas de refus d'un logement");
        if (c.refus().isEmpty()) {
            d.paragraphe("Dans cette grille, refuser un logement ne change pas la note.");
        } else {
            d.paragraphe("Refuser sans motif légitime un logement adapté à vos besoins et à vos capacités retire des "
                    + "points ; le plan partenarial de gestion de la demande du territoire fixe les cas où un refus "
                    + "modifie la cotation (art. L.441-2-8 et R.441-2-10 CCH) :");
            d.liste(c.refus().stream().map(Francais::malus).toList());
            motifsLegitimes(d, c.motifsLegitimesDeRefus());
        }
    }

    /** The legitimate reasons the territory declares, with their source; otherwise where to ask. Never invented. */
    static void motifsLegitimes(Document d, MotifsLegitimesDeRefus m) {
        if (m == null) {
            d.paragraphe("La loi ne dresse pas la liste des motifs légitimes de refus : ils relèvent du plan partenarial "
                    + "de gestion de la demande de votre territoire (art. L.441-2-8 et R.441-2-10 CCH), et la "
                    + "commission d'attribution apprécie le motif que vous donnez. Avant de refuser un logement, "
                    + "demandez au bailleur qui vous le propose ou au service qui a enregistré votre demande si votre "
                    + "motif sera retenu, et donnez-le par écrit.");
        } else {
            d.paragraphe("Ce territoire tient pour motifs légitimes de refus, qui ne retirent pas de points (" 
                    + m.reference() + ") :");
            d.liste(m.motifs().stream().map(Texte::de).toList());
            d.paragraphe("Si vous refusez pour l'un de ces motifs, donnez-le par écrit au bailleur qui vous propose le "
                    + "logement ; la commission d'attribution l'apprécie.");
        }
    }

    /** The marker of a line whose criterion no source gives ({@code @proposition}): never shown as the territory's. */
    static final String PROPOSE = "(proposition du projet, absente des sources de la grille)";

    /**
     * The engine's explanation without the criterion's label it starts with; empty for fixed points, whose
     * explanation says nothing more than the points ("Ménage reconnu DALO : 100 pts").
     */
    static Texte calcul(Ligne l) {
        String e = l.explication();
        if (e == null) {
            return Texte.vide();
        }
        String sans = e.startsWith(l.libelle() + " : ") ? e.substring(l.libelle().length() + 3) : e;
        return sans.matches("−?-?[0-9]+(,[0-9]+)? pts?") ? Texte.vide() : Texte.de(sans);
    }

    private static Texte preuve(FicheCotation.LigneDeNote l) {
        Ligne ligne = l.ligne();
        if (ligne.preuve() == null) {
            return Texte.de("calculé d'après votre demande");
        }
        return switch (ligne.preuve()) {
            case JUSTIFIEE -> Texte.de("justifié (pièce vérifiée)");
            case VALIDEE -> Texte.de("validé (travailleur social ou service instructeur)");
            case DECLAREE -> l.justificatifs().isEmpty() ? Texte.de("déclaré")
                    : Texte.de("déclaré, provisoire ; à justifier par : ").brut(pieces(l.justificatifs()));
        };
    }

    /** "Attestation de la personne qui vous héberge", several joined by " ou ", each with its source. */
    private static String pieces(List<FicheCotation.Justificatif> js) {
        return js.stream().map(j -> j.piece() + (j.reference() == null ? "" : " (" + j.reference() + ")"))
                .distinct().collect(Collectors.joining(" ; ou ")) + ".";
    }

    /**
     * "Votre demande est 37e sur 412 demandes de T3 à Antibes ; 36 demandes ont une note supérieure." with the
     * distribution of notes.
     */
    static String position(Position p) {
        GroupeAnalogue g = p.groupe();
        if (p.taille() == 1) {
            return "Votre demande est la seule demande " + groupe(g) + " dans le classement.";
        }
        StringBuilder sb = new StringBuilder("Votre demande est ").append(ordinal(p.rang())).append(" sur ")
                .append(p.taille()).append(" demandes ").append(groupe(g)).append(" ; ");
        if (p.devant() == 0) {
            sb.append("aucune demande n'a une note supérieure.");
        } else if (p.devant() == p.noteSuperieure()) {
            sb.append(nombreDe(p.noteSuperieure(), "demande a", "demandes ont")).append(" une note supérieure.");
        } else {
            int egales = p.devant() - p.noteSuperieure();
            sb.append(nombreDe(p.devant(), "demande est", "demandes sont")).append(" devant elle : ")
                    .append(p.noteSuperieure()).append(" avec une note supérieure et ").append(egales)
                    .append(" avec la même note, passée").append(egales > 1 ? "s" : "")
                    .append(" devant selon la règle de départage.");
        }
        sb.append(" Votre note (").append(Francais.points(p.note())).append(") est au moins égale à celle de ")
                .append(pourcent(p.percentile())).append(" des demandes analogues (quartile ").append(p.quartile())
                .append(" sur 4, le 1er étant le mieux noté).");
        if (g.deciles().size() == 11) {
            sb.append(" La note médiane du groupe est de ").append(Francais.points(g.mediane()))
                    .append(" ; les 10 % les mieux notées ont au moins ").append(Francais.points(g.deciles().get(9)))
                    .append(", la plus haute note est de ").append(Francais.points(g.deciles().get(10))).append('.');
        }
        return sb.toString();
    }

    static String delai(Position p) {
        DelaiAttente d = p.groupe().delaiAttente();
        String quoi = "pour " + (p.typologie() == Typologie.CHAMBRE ? "une " : "un ") + typologie(p.typologie());
        if (d == null) {
            return "Délai d'attente " + quoi + " : non disponible (aucun historique d'attributions fourni).";
        }
        StringBuilder sb = new StringBuilder("Délai d'attente constaté ").append(quoi).append(' ').append(lieu(d))
                .append(", attributions du ").append(Francais.date(d.debut())).append(" au ").append(Francais.date(d.fin()))
                .append(" : ");
        if (d.suffisant()) {
            return sb.append(chiffres(d)).append('.').toString();
        }
        boolean aucune = true;
        for (DelaiAttente r = d; r != null; r = r.repli()) {
            aucune &= r.nombre() == 0;
        }
        if (aucune) {
            // no attribution at all, perhaps no history given: say what is known, not that there are too few
            sb.append("aucune attribution connue");
            for (DelaiAttente r = d.repli(); r != null; r = r.repli()) {
                sb.append(", ni ").append(lieu(r));
            }
            return sb.append(" ; le délai n'est donc pas affiché.").toString();
        }
        sb.append("trop peu d'attributions (").append(d.nombre()).append(", il en faut ").append(d.minimum())
                .append(") pour donner un chiffre fiable");
        DelaiAttente retenu = d.retenu().orElse(null);
        if (retenu != null) {
            return sb.append(" ; ").append(lieu(retenu)).append(", sur la même période : ").append(chiffres(retenu))
                    .append('.').toString();
        }
        for (DelaiAttente r = d.repli(); r != null; r = r.repli()) {
            sb.append(", pas davantage ").append(lieu(r)).append(" (").append(r.nombre()).append(')');
        }
        return sb.append(" ; le délai n'est donc pas affiché.").toString();
    }

    private static String chiffres(DelaiAttente d) {
        return mois(d.moyenneMois()) + " en moyenne, " + mois(d.medianeMois()) + " en médiane, sur "
                + nombreDe(d.nombre(), "attribution", "attributions");
    }

    private static String lieu(DelaiAttente d) {
        String nom = d.nomTerritoire() == null ? d.territoire() : d.nomTerritoire();
        return d.perimetre() == DelaiAttente.Perimetre.COMMUNE ? "à " + nom : "dans le territoire " + nom;
    }

    private static String groupe(GroupeAnalogue g) {
        String nom = g.nomTerritoire() == null ? g.territoire() : g.nomTerritoire();
        String s = "de " + typologie(g.typologie()) + switch (g.analogie()) {
            case TYPOLOGIE_EPCI -> " dans le territoire " + nom;
            case TYPOLOGIE_COMMUNE, TYPOLOGIE_RESSOURCES -> " à " + nom;
        };
        return g.tranche() == null ? s : s + " avec des ressources de " + g.tranche().libelle();
    }

    private static String typologie(Typologie t) {
        return t == Typologie.CHAMBRE ? "chambre" : t.libelle();
    }

    /** "1re", "2e", "37e": the demande's rank. */
    static String ordinal(int n) {
        return n == 1 ? "1re" : n + "e";
    }

    private static String nombreDe(int n, String singulier, String pluriel) {
        return n + " " + (n > 1 ? pluriel : singulier);
    }

    /** "23,5 mois" (one decimal, none when whole). */
    private static String mois(Double m) {
        return Francais.nombre(BigDecimal.valueOf(m).setScale(1, RoundingMode.HALF_UP)) + " mois";
    }

    private static String pourcent(double p) {
        return Francais.nombre(BigDecimal.valueOf(p).setScale(0, RoundingMode.HALF_UP)) + " %";
    }

    // ------------------------------------------------------------------------------------------ the demande

    private static void priorites(Document d, FicheCotation f) {
        d.section("Priorités reconnues");
        if (f.priorites().isEmpty()) {
            d.paragraphe("Votre demande ne relève d'aucune des catégories prioritaires de l'article L.441-1 du code de "
                    + "la construction et de l'habitation, ni du DALO, d'après ce qu'elle déclare.");
            return;
        }
        d.paragraphe("D'après ce qu'elle déclare, et sous réserve de vérification, votre demande relève de :");
        List<Texte> items = new ArrayList<>();
        for (FicheCotation.PrioriteReconnue p : f.priorites()) {
            Texte t = Texte.vide().fort(p.libelle()).brut(" (" + p.reference() + ") : ");
            if (p.preuve() == Preuve.DECLAREE) {
                t.brut("déclarée, à justifier par : " + pieces(p.justificatifs()));
            } else {
                t.brut(p.preuve() == Preuve.JUSTIFIEE ? "justifiée." : "validée.");
            }
            items.add(t);
        }
        d.liste(items);
    }

    private static void suggestions(Document d, FicheCotation f) {
        d.section("Communes que vous pourriez ajouter");
        d.paragraphe("Demander plus de communes augmente vos chances de recevoir une proposition (dépliant régional "
                + "d'information des demandeurs, Provence-Alpes-Côte d'Azur, 2023).");
        if (f.suggestions().isEmpty()) {
            d.paragraphe(f.communesExaminees().isEmpty()
                    ? "Aucune commune n'a été examinée pour votre demande."
                    : "Aucune des communes examinées ne donnerait à votre demande une note plus élevée que sa meilleure "
                    + "note actuelle.");
        } else {
            List<List<Texte>> lignes = new ArrayList<>();
            for (FicheCotation.Suggestion s : f.suggestions()) {
                lignes.add(List.of(Texte.de(s.nomCommune() == null ? s.commune() : s.nomCommune()),
                        Texte.de(s.nomEpci() == null ? "—" : s.nomEpci()), Texte.de(Francais.nombre(s.note())),
                        Texte.de("+" + Francais.nombre(s.ecart())),
                        Texte.de(s.memeEpci() ? "même grille qu'une commune demandée"
                                : "autre grille : la note se compare aux demandes de ce territoire")));
            }
            d.tableau("Communes où votre demande aurait une note plus élevée",
                    List.of("Commune", "Territoire", "Note", "Écart", "Grille"), lignes);
        }
        d.paragraphe(f.regleSuggestions());
    }

    private static void conseils(Document d, FicheCotation f) {
        d.section("Pour garder vos chances");
        List<Texte> conseils = new ArrayList<>();
        Texte renouvellement = renouvellement(f);
        if (renouvellement != null) {
            conseils.add(renouvellement);
        }
        conseils.add(Texte.de("Signalez tout changement de situation et envoyez les pièces justificatives : les points "
                + "provisoires ne deviennent définitifs qu'une fois la situation justifiée."));
        conseils.add(Texte.de("Élargissez votre recherche à d'autres communes ou types de logement si votre situation "
                + "le permet."));
        d.liste(conseils);
    }

    /**
     * What to do about the renewal at the fiche's date: the demande is valid one year from its filing or last renewal
     * (art. R.441-2-7 CCH); not renewed, it is radiated (art. R.441-2-8 e) CCH) one month after the end of its
     * validity, and can be reactivated with its ancienneté up to six months after it (the tolerance of the national
     * system, arrêté du 23 mars 2015, annexe, § 6.1). Never a date already past as a deadline to meet.
     */
    static Texte renouvellement(FicheCotation f) {
        if (f.renouvellementInconnu()) {
            return Texte.de("La date du dernier renouvellement de votre demande n'est pas connue : le fichier d'où "
                    + "cette fiche est tirée ne la donne pas. Vérifiez-la sur votre dernière attestation "
                    + "d'enregistrement ou de renouvellement, ou auprès d'un guichet : une demande doit être "
                    + "renouvelée chaque année, sinon elle est radiée (art. R.441-2-7 et R.441-2-8 CCH).");
        }
        LocalDate fin = f.renouvelerAvant();
        if (fin == null) {
            return null;
        }
        LocalDate radiation = fin.plusMonths(1);
        LocalDate reactivation = fin.plusMonths(6);
        LocalDate le = f.dateEvaluation();
        if (!le.isAfter(fin)) {
            return Texte.de("Renouvelez votre demande au plus tard le ").fort(Francais.date(fin))
                    .brut(" : elle est valable un an à compter de son dépôt ou de son dernier renouvellement (art. "
                            + "R.441-2-7 CCH). Sans renouvellement, elle est radiée un mois plus tard, le "
                            + Francais.date(radiation) + ", et perd son ancienneté (art. R.441-2-8 e) CCH ; arrêté du "
                            + "23 mars 2015, annexe, § 6.1).");
        }
        if (!le.isAfter(radiation)) {
            return Texte.de("Votre demande n'est plus valide depuis le " + Francais.date(fin.plusDays(1))
                    + " faute de renouvellement (art. R.441-2-7 CCH). Vous pouvez encore la renouveler jusqu'au ")
                    .fort(Francais.date(radiation)).brut(" sans perdre son ancienneté : passé ce jour, elle est radiée "
                            + "(art. R.441-2-8 e) CCH ; arrêté du 23 mars 2015, annexe, § 6.1).");
        }
        return Texte.de("Votre demande n'a pas été renouvelée dans l'année qui a suivi son dépôt ou son dernier "
                + "renouvellement (fin de validité le " + Francais.date(fin) + ", art. R.441-2-7 CCH), ni dans le "
                + "mois suivant : elle a pu être radiée (art. R.441-2-8 e) CCH). "
                + (!le.isAfter(reactivation)
                ? "Adressez-vous sans attendre à un guichet d'enregistrement : une demande radiée pour ce motif peut "
                + "être réactivée avec son ancienneté jusqu'au " + Francais.date(reactivation) + " (arrêté du 23 mars "
                + "2015, annexe, § 6.1)."
                : "Adressez-vous à un guichet d'enregistrement : si elle a été radiée, il vous faudra déposer une "
                + "nouvelle demande."));
    }

    /** What the fiche holds and who may see it (art. 9 RGPD; art. L.441-2-1 and R.441-2-6 CCH). */
    private static Texte pied(FicheCotation f) {
        String source = "Fiche établie par la bibliothèque cotation à partir des règles mêmes qui calculent la "
                + "cotation (art. L.441-2-8 et R.441-2-17 CCH). ";
        if (f.expurgee()) {
            return Texte.de(source + "Données personnelles : cette version ne nomme pas les situations de santé, de "
                    + "handicap, de violences subies, de sortie de la prostitution ni d'infraction, mais le numéro "
                    + "unique vous identifie : elle vous est destinée, ainsi qu'aux services qui instruisent votre "
                    + "demande.");
        }
        return Texte.de(source + "Données personnelles : cette fiche vous identifie par le numéro unique de votre "
                + "demande, et les situations qu'elle cite peuvent relever de votre santé, d'un handicap, de violences "
                + "subies ou d'un parcours de sortie de la prostitution, données dites sensibles (art. 9 du règlement "
                + "général sur la protection des données). Elle vous est destinée ; seuls les services "
                + "d'enregistrement et les organismes qui ont accès à votre demande dans le système national "
                + "d'enregistrement peuvent en connaître le contenu (art. L.441-2-1 et R.441-2-6 CCH). Pour l'envoyer "
                + "par courrier électronique, utilisez la version sans ces situations. Elle ne contient ni votre nom, "
                + "ni votre date de naissance, ni vos revenus.");
    }
}
