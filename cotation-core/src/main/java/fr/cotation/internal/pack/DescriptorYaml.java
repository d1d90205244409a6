package fr.cotation.internal.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cotation.pack.Analogie;
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

    PackDescriptor toDescriptor() {
        return new PackDescriptor(id, nom, epci, base, version, statut, enVigueurDu, enVigueurAu, sources, analogie,
                communes, rubriques, grilles, remarque);
    }
}
