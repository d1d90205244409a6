package fr.cotation.examples.cli;

import org.junit.jupiter.api.Test;

import static fr.cotation.examples.cli.Lancement.cotation;

class CandidatsCommandeTest {
    @Test
    void essai() {
        var r = cotation("candidats", "--date", "2026-01-15", "--commune", "06088", "--typologie", "T3", "--loyer", "520",
                "--charges", "80", "--etage", "2", "--ascenseur", "--reference", "NICE-T3-0042", "--generees", "2000", "--graine", "2026");
        System.out.println(r);
    }
}
