package fr.cotation.territoire;

/**
 * A commune of the registry (code officiel géographique).
 *
 * @param code        INSEE code
 * @param nom         name
 * @param departement département code
 * @param epci        SIREN of its EPCI, {@code null} if none
 * @param nomEpci     name of its EPCI, {@code null} if none
 * @param population  municipal population (INSEE populations légales) when the registry gives it, else {@code null}
 */
public record CommuneRef(String code, String nom, String departement, String epci, String nomEpci,
                         Integer population) {

    /** A commune whose population is not known. */
    public CommuneRef(String code, String nom, String departement, String epci, String nomEpci) {
        this(code, nom, departement, epci, nomEpci, null);
    }
}
