package fr.cotation.examples.cli;

import fr.cotation.demande.Demande;
import fr.cotation.demande.Typologie;
import fr.cotation.territoire.Referentiel;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code --commune} and {@code --typologie}, shared by {@code score}, {@code fiche} and {@code classement} (a picocli
 * mixin): where to score, and what is sought, for the demandes that do not say it, as is usual in the national
 * exchange format. A demande that names its own communes or typologies keeps them.
 */
final class OptionsDemande {

    @Option(names = {"-c", "--commune"}, paramLabel = "INSEE", converter = Convertisseurs.CodeCommune.class,
            description = "Commune où coter les demandes qui ne nomment aucune commune souhaitée (code INSEE, par "
                    + "exemple 06088) ; répétable. Obligatoire pour de telles demandes, souvent celles du format "
                    + "national. Les autres demandes sont cotées dans leurs propres communes. Une commune inconnue du "
                    + "référentiel est une erreur d'usage.")
    List<String> communes = new ArrayList<>();

    @Option(names = {"-t", "--typologie"}, paramLabel = "TYPE", converter = Convertisseurs.TypeLogement.class,
            description = "Typologie recherchée pour les demandes qui n'en indiquent aucune : C, T1 … T5, T6P ; "
                    + "répétable.")
    List<Typologie> typologies = new ArrayList<>();

    /**
     * Says each {@code --commune} the registry does not know, with why; {@code false} if there is one. Checked once,
     * before any demande is read: an unknown code is the caller's mistake, not every demande's.
     */
    boolean communesConnues(Referentiel referentiel, String commande, PrintStream err) {
        boolean ok = true;
        for (String code : communes) {
            if (referentiel.commune(code).isEmpty()) {
                err.println(commande + " : --commune " + code + " : " + referentiel.pourquoiInconnue(code)
                        .orElse("commune inconnue du référentiel") + " ; rien n'est coté");
                ok = false;
            }
        }
        return ok;
    }

    /** The demande with the options' communes and typologies where it names none (the same demande otherwise). */
    Demande completer(Demande d) {
        if (d == null) {
            return null;
        }
        boolean sansCommune = d.communesSouhaitees().isEmpty() && !communes.isEmpty();
        boolean sansTypologie = d.typologies().isEmpty() && !typologies.isEmpty();
        if (!sansCommune && !sansTypologie) {
            return d;
        }
        Demande.Builder b = d.toBuilder();
        if (sansCommune) {
            b.communesSouhaitees(communes.toArray(String[]::new));
        }
        if (sansTypologie) {
            b.typologies(typologies.toArray(Typologie[]::new));
        }
        return b.build();
    }

    /** A stock whose demandes are completed as they are read (one pass, like the stock it wraps). */
    Iterable<Demande> completer(Iterable<Demande> stock) {
        if (communes.isEmpty() && typologies.isEmpty()) {
            return stock;
        }
        return () -> {
            Iterator<Demande> it = stock.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Demande next() {
                    return completer(it.next());
                }
            };
        };
    }
}
