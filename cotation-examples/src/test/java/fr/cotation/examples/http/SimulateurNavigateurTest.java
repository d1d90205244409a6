package fr.cotation.examples.http;

import fr.cotation.Cotation;
import fr.cotation.CotationResult;
import fr.cotation.demande.Adulte;
import fr.cotation.demande.Demande;
import fr.cotation.demande.Motif;
import fr.cotation.demande.PersonneACharge;
import fr.cotation.demande.Ressource;
import fr.cotation.examples.MoteurPartage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The simulator page in a real browser: the system's headless Chromium, driven by Selenium through the system's
 * chromedriver (Debian's chromium and chromium-driver; nothing downloaded). A person's path: fill the form for the
 * demo's first demande, send it, read the points per commune, which must be the library's; then an impossible date,
 * which must give a French error naming the field, with every value kept.
 *
 * <p>Without Chromium the test is skipped, unless the environment variable {@code COTATION_NAVIGATEUR_REQUIS=1} (set
 * by .ci/run) or the system property {@code cotation.navigateur.requis=true} requires it: then it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulateurNavigateurTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Service service;
    private WebDriver navigateur;
    private ChromeDriverService pilote;
    private Path profil;

    static boolean requis() {
        return "1".equals(System.getenv("COTATION_NAVIGATEUR_REQUIS"))
                || Boolean.getBoolean("cotation.navigateur.requis");
    }

    @BeforeAll
    void demarrer() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && requis()) {
            fail("Chromium et chromedriver sont requis (COTATION_NAVIGATEUR_REQUIS=1) mais absents : " + CHROMIUM
                    + ", " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "Chromium absent : test du simulateur dans un navigateur non lancé");
        service = Service.paca();
        // the grilles the demande needs compiled before the browser starts: the browser's part stays a few seconds
        fr.cotation.fiche.Fiches.builder(MoteurPartage.embarque()).dateEvaluation(Service.DATE).build()
                .fiche(Service.demandesDemoLues().get(0));
        profil = Files.createTempDirectory("cotation-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        // without the background-networking flags Chromium tries to reach Google's services
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profil);
        pilote = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        navigateur = new ChromeDriver(pilote, o);
        navigateur.manage().timeouts().implicitlyWait(Duration.ofSeconds(30));
        navigateur.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void arreter() throws Exception {
        if (navigateur != null) {
            navigateur.quit();
        }
        if (pilote != null) {
            pilote.stop();
        }
        if (service != null) {
            service.close();
        }
        if (profil != null) {
            try (Stream<Path> w = Files.walk(profil)) {
                w.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private void saisir(String champ, String valeur) {
        WebElement e = navigateur.findElement(By.id("f-" + champ));
        e.clear();
        e.sendKeys(valeur);
    }

    private void choisir(String champ, String valeur) {
        navigateur.findElement(By.cssSelector("#f-" + champ + " option[value='" + valeur + "']")).click();
    }

    private static String montant(Adulte a, fr.cotation.demande.NatureRessource n) {
        return a.ressources().stream().filter(r -> r.nature() == n).map(Ressource::montantMensuel)
                .map(java.math.BigDecimal::toPlainString).findFirst().orElseThrow();
    }

    @Test
    void lesPointsParCommuneSontCeuxDeLaBibliothequeEtUneDateImpossibleEstNommee() throws Exception {
        Demande d = Service.demandesDemoLues().get(0);
        navigateur.get(service.uri("/").toString());
        assertEquals("fr", navigateur.findElement(By.tagName("html")).getAttribute("lang"));
        // the evaluation date is a field, prefilled with the server's date (the tests' clock: 30 June 2025)
        assertEquals("30/06/2025", navigateur.findElement(By.id("f-dateEvaluation")).getAttribute("value"));

        saisir("dateDepot", d.dateDepot().format(FR));
        saisir("dateRenouvellement", d.dateRenouvellement().format(FR));
        Adulte demandeur = d.menage().demandeur();
        saisir("demandeurNaissance", demandeur.dateNaissance().format(FR));
        choisir("demandeurSituationFamiliale", demandeur.situationFamiliale().name());
        choisir("demandeurContrat", demandeur.situationProfessionnelle().contrat().name());
        saisir("demandeurCommuneTravail", demandeur.situationProfessionnelle().communeTravail());
        for (Ressource r : demandeur.ressources()) {
            saisir("ressource_" + r.nature().name(), montant(demandeur, r.nature()).replace('.', ','));
        }
        int i = 1;
        for (PersonneACharge p : d.menage().personnesACharge()) {
            saisir("enfant" + i++, p.dateNaissance().format(FR));
        }
        var l = d.logementActuel();
        choisir("logementModele", l.modele().name());
        saisir("logementCommune", l.commune());
        saisir("logementLoyer", l.loyerMensuel().toPlainString());
        saisir("logementOccupants", l.nombreOccupants().toString());
        choisir("logementType", l.type().name());
        saisir("logementSurface", l.surface().toPlainString());
        choisir("logementPreuve", l.preuve().name());
        for (Motif m : d.motifs()) {
            choisir("motif_" + m.code().name(), m.preuve().name());
        }
        for (var t : d.typologies()) {
            navigateur.findElement(By.id("f-typologie-" + t.name())).click();
        }
        i = 1;
        for (String c : d.communesSouhaitees()) {
            saisir("commune" + i++, c);
        }
        navigateur.findElement(By.id("calculer")).click();

        WebElement resultats = navigateur.findElement(By.id("resultats"));
        assertEquals("30/06/2025", navigateur.findElement(By.id("date-evaluation")).getText());
        Map<String, String> lus = new LinkedHashMap<>();
        for (WebElement s : resultats.findElements(By.cssSelector("section.commune"))) {
            lus.put(s.getAttribute("id").substring("commune-".length()), s.findElement(By.cssSelector(".points")).getText());
        }
        CotationResult attendu = MoteurPartage.embarque().coter(d, LocalDate.of(2025, 6, 30));
        Map<String, String> notes = new LinkedHashMap<>();
        for (Cotation c : attendu.cotations()) {
            notes.put(c.commune(), c.statut() == Cotation.Statut.COTEE ? c.total().toPlainString()
                    : c.statut() == Cotation.Statut.SANS_GRILLE ? "Pas de grille" : "Pas de note");
        }
        assertEquals(notes, lus);
        assertTrue(notes.values().stream().anyMatch(n -> n.matches("\\d+") && Integer.parseInt(n) > 0), notes.toString());

        // the form is on the result page, values kept: an impossible birth date
        saisir("demandeurNaissance", "30/02/1988");
        navigateur.findElement(By.id("calculer")).click();
        WebElement erreurs = navigateur.findElement(By.id("erreurs"));
        String texte = erreurs.getText();
        assertTrue(texte.contains("Votre date de naissance") && texte.contains("30/02/1988")
                && texte.contains("n'est pas une date possible"), texte);
        WebElement champ = navigateur.findElement(By.id("f-demandeurNaissance"));
        assertEquals("30/02/1988", champ.getAttribute("value"));
        assertEquals("true", champ.getAttribute("aria-invalid"));
        assertEquals(l.loyerMensuel().toPlainString(), navigateur.findElement(By.id("f-logementLoyer")).getAttribute("value"));
        assertEquals(d.communesSouhaitees().get(1), navigateur.findElement(By.id("f-commune2")).getAttribute("value"));
        // absent: asked without the implicit wait, which would wait its 30 seconds for it
        navigateur.manage().timeouts().implicitlyWait(Duration.ZERO);
        assertEquals(0, navigateur.findElements(By.id("resultats")).size());
        navigateur.manage().timeouts().implicitlyWait(Duration.ofSeconds(30));
        // the error's link leads to the field, by keyboard as by mouse
        erreurs.findElement(By.cssSelector("a[href='#f-demandeurNaissance']")).sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("f-demandeurNaissance", navigateur.switchTo().activeElement().getAttribute("id"));
    }
}
