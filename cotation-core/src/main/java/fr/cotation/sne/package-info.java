/**
 * The importer of the national exchange format for demandes de logement social (interfaceNuu, versions
 * 02.00 and 02.01): {@link fr.cotation.sne.InterfaceNuuReader} streams the demandes of a document into
 * the model of {@code fr.cotation.demande}, reporting every unknown code or missing required element with its
 * path and line. The element-by-element mapping is documented in {@code docs/interfaceNuu.md}.
 */
package fr.cotation.sne;
