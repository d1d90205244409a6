package fr.cotation.examples.cli;

import fr.cotation.sne.DocumentNuuIllisible;
import fr.cotation.sne.ErreurNuu;
import fr.cotation.sne.InterfaceNuuReader;
import fr.cotation.sne.LectureNuu;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Documents of the national exchange format, through {@link InterfaceNuuReader}. */
final class LecteurXml implements LecteurDemandes {
    private final String fichier;
    private final InterfaceNuuReader reader;
    private final List<String> avertissementsDocument;
    private int rang;

    LecteurXml(String fichier, InputStream in) throws FichierIllisible {
        this.fichier = fichier;
        try {
            this.reader = InterfaceNuuReader.ouvrir(in);
        } catch (DocumentNuuIllisible e) {
            throw illisible(e);
        }
        this.avertissementsDocument = reader.avertissements();
    }

    @Override
    public Lu suivant() throws FichierIllisible {
        LectureNuu l;
        try {
            l = reader.suivante();
        } catch (DocumentNuuIllisible e) {
            throw illisible(e);
        }
        if (l == null) {
            return null;
        }
        rang++;
        List<String> avertissements = new ArrayList<>(l.avertissements());
        if (rang == 1) {
            avertissements.addAll(0, avertissementsDocument);
        }
        if (l.importee()) {
            return Lu.demande(fichier, l.ligne(), l.colonne(), rang, l.demande(), avertissements);
        }
        String demande = l.numeroUnique() == null ? "n° " + rang : l.numeroUnique();
        List<Rejet> rejets = new ArrayList<>();
        for (ErreurNuu e : l.erreurs()) {
            rejets.add(new Rejet(fichier, e.ligne(), e.colonne(), demande, e.chemin(), e.valeur(), e.message(), null));
        }
        return Lu.rejete(fichier, l.ligne(), l.colonne(), rang, rejets);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private FichierIllisible illisible(DocumentNuuIllisible e) {
        return new FichierIllisible(fichier, e.ligne(), e.colonne(), e.getMessage(), e);
    }
}
