package fr.cotation.examples.cli;

import fr.cotation.demande.Typologie;
import fr.cotation.territoire.Referentiel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The option values of {@code cotation}, with French messages. */
final class Convertisseurs {
    private Convertisseurs() {
    }

    /** An ISO date; an impossible day (2023-02-30) is refused, not rounded. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(s.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? "date impossible « " + s + " » (ce jour n'existe pas dans le calendrier)"
                        : "date attendue au format AAAA-MM-JJ, par exemple 2025-06-30 : « " + s + " »");
            }
        }
    }

    /** An INSEE commune code. */
    static final class CodeCommune implements ITypeConverter<String> {
        @Override
        public String convert(String s) {
            if (!Referentiel.estCodeInsee(s)) {
                throw new TypeConversionException("code INSEE de commune attendu (5 caractères, par exemple 06088) : « "
                        + s + " »");
            }
            return s;
        }
    }

    /** A typology by its name (T3, T6_ET_PLUS) or its national code (T6P, C). */
    static final class TypeLogement implements ITypeConverter<Typologie> {
        @Override
        public Typologie convert(String s) {
            for (Typologie t : Typologie.values()) {
                if (t.name().equalsIgnoreCase(s) || t.code().equalsIgnoreCase(s)) {
                    return t;
                }
            }
            throw new TypeConversionException("typologie inconnue « " + s + " » (possibles : "
                    + Arrays.stream(Typologie.values()).map(Typologie::code).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** table, json or csv. */
    static final class FormatSortie implements ITypeConverter<Sortie.Format> {
        @Override
        public Sortie.Format convert(String s) {
            try {
                return Sortie.Format.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("format de sortie inconnu « " + s + " » (possibles : table, json, csv)");
            }
        }
    }

    /** json, csv or xml. */
    static final class Entree implements ITypeConverter<FormatEntree> {
        @Override
        public FormatEntree convert(String s) {
            try {
                return FormatEntree.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("format d'entrée inconnu « " + s + " » (possibles : json, csv, xml)");
            }
        }
    }

    /**
     * The constant of {@code type} named {@code s}, in any case, {@code -} standing for {@code _}; else a conversion
     * error starting with {@code inconnu} and listing the possible values in lower case, for example "format de fiche
     * inconnu « pdf » (possibles : texte, html, json)".
     *
     * @param inconnu what was not recognised, agreed in French: {@code "format de fiche inconnu"},
     *                {@code "zone inconnue"}
     */
    static <E extends Enum<E>> E enumere(Class<E> type, String s, String inconnu) {
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(inconnu + " « " + s + " » (possibles : "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ")");
        }
    }
}
