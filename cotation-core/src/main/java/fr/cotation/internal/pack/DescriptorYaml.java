package fr.cotation.internal.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cotation.pack.Analogie;
import fr.cotation.pack.EffetDesRefus;
import fr.cotation.pack.PackDescriptor;
import fr.cotation.pack.Rubrique;
import fr.cotation.pack.Statut;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The YAML shape of {@code pack.yaml}; every key is optional to Jackson and checked by {@link PackReader}. */
final class DescriptorYaml {
    @JsonProperty public String id;
    @JsonProperty public String nom;
    @JsonProperty public String epci;
    @JsonProperty public String base;
    @JsonProperty public String version;
    @JsonProperty public Statut statut;
    @JsonProperty public LocalDate enVigueurDu;
    @JsonProperty public LocalDate enVigueurAu;
    @JsonProperty public List<String> sources;
    @JsonProperty public Analogie analogie;
    @JsonProperty public List<String> communes;
    @JsonProperty public List<Rubrique> rubriques;
    @JsonProperty public Map<String, List<String>> grilles;
    @JsonProperty public String remarque;
    @JsonProperty public Map<String, String> justifications;
    @JsonProperty public List<EffetDesRefus> effetsDesRefus;
    @JsonProperty public List<fr.cotation.pack.ExceptionMonotonie> exceptionsMonotonie;
    @JsonProperty public List<fr.cotation.pack.PlafondDifficultesFinancieres> difficultesFinancieres;
    @JsonProperty public fr.cotation.pack.MotifsLegitimesDeRefus motifsLegitimesDeRefus;

    PackDescriptor toDescriptor() {
        Map<String, String> justifications = null;
        if (this.justifications != null) {
            // "CODE:" without text is no justification: kept as blank for the compliance check to say so
            justifications = new java.util.LinkedHashMap<>();
            for (var e : this.justifications.entrySet()) {
                justifications.put(e.getKey(), e.getValue() == null ? "" : e.getValue());
            }
        }
        return PackDescriptor.builder().id(id).nom(nom).epci(epci).base(base).version(version).statut(statut)
                .enVigueurDu(enVigueurDu).enVigueurAu(enVigueurAu).sources(sources).analogie(analogie)
                .communes(communes).rubriques(rubriques).grilles(grilles).remarque(remarque)
                .justifications(justifications).effetsDesRefus(effetsDesRefus).exceptionsMonotonie(exceptionsMonotonie)
                .difficultesFinancieres(difficultesFinancieres).motifsLegitimesDeRefus(motifsLegitimesDeRefus).build();
    }
}
