package fr.cotation.examples.cli;

import fr.cotation.csv.DemandeCsvReader;
import fr.cotation.csv.DocumentCsvIllisible;
import fr.cotation.csv.ErreurCsv;
import fr.cotation.csv.LectureCsv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** The flat CSV of demandes, through the library's {@link DemandeCsvReader}: its records as the tool reports them. */
final class LecteurCsv implements LecteurDemandes {
    private final String fichier;
    private final DemandeCsvReader reader;

    LecteurCsv(String fichier, Reader in) throws FichierIllisible {
        this.fichier = fichier;
        try {
            this.reader = DemandeCsvReader.ouvrir(in);
        } catch (DocumentCsvIllisible e) {
            throw illisible(e);
        }
    }

    @Override
    public Lu suivant() throws FichierIllisible {
        LectureCsv l;
        try {
            l = reader.suivante();
        } catch (DocumentCsvIllisible e) {
            throw illisible(e);
        }
        if (l == null) {
            return null;
        }
        if (l.lue()) {
            return Lu.demande(fichier, l.ligne(), 0, l.rang(), l.demande(), List.of());
        }
        String demande = l.numeroUnique() == null ? "n° " + l.rang() : l.numeroUnique();
        List<Rejet> rejets = new ArrayList<>();
        for (ErreurCsv e : l.erreurs()) {
            rejets.add(new Rejet(fichier, e.ligne(), 0, demande, e.colonne(), e.valeur(), e.message(), null));
        }
        return Lu.rejete(fichier, l.ligne(), 0, l.rang(), rejets);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private FichierIllisible illisible(DocumentCsvIllisible e) {
        return new FichierIllisible(fichier, e.ligne(), e.colonne(), e.getMessage(), e.getCause());
    }
}
