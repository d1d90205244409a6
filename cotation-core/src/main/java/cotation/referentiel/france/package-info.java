/**
 * No class: the national commune registry of cotation-core (code officiel géographique, communes and EPCI), read as
 * resources of this folder by {@code fr.cotation.territoire.Referentiel}, as every registry a jar lists in
 * {@code META-INF/cotation/referentiels} is. This file only makes the folder a package of the module
 * {@code fr.cotation.core}, so that its {@code module-info} can open it: the class loader then finds these resources
 * for an application on the module path as on the class path.
 */
package cotation.referentiel.france;
