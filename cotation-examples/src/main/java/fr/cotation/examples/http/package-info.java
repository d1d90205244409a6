/**
 * The HTTP service of {@code cotation servir} (docs/http.md): JSON endpoints to score a demande or a batch, get a
 * fiche, a pack's published grille, the packs and the communes, validate a demande; the simulator page at {@code /};
 * health and readiness; the OpenAPI 3.1 document at {@code /openapi.yaml}. On Jetty 12 (why: the parent pom).
 *
 * <p>Nothing a person sends is stored or logged: the access log writes the method, the path without its query, the
 * status, the size and the duration, never a body, a query value nor a client address.
 */
package fr.cotation.examples.http;
