package fr.cotation.demande;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value of one of the code lists of the national exchange format (interfaceNuu v02), with its
 * code as the format writes it and its French label as the CERFA 14069 form says it.
 */
public interface CodeNational {

    /** The code as the national exchange format writes it, for example {@code "LP"}. */
    String code();

    /** The French label of the form, for example {@code "Locataire du parc privé"}. */
    String libelle();

    /**
     * The constant of {@code type} whose {@link #code()} is {@code code}.
     *
     * @throws IllegalArgumentException naming the code list and listing the known codes
     */
    static <E extends Enum<E> & CodeNational> E fromCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("code inconnu '" + code + "' pour " + type.getSimpleName()
                + " (codes connus : " + Arrays.stream(type.getEnumConstants()).map(CodeNational::code)
                .collect(Collectors.joining(", ")) + ")");
    }
}
