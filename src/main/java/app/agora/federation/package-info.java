/**
 * Federation: customer information stays in the systems that hold it (billing,
 * shop, support, legacy), and Agora links the records that belong to one
 * person. This module owns the sources, identity resolution (links, the review
 * queue, merge and split) and the composed customer view.
 * <p>
 * Identity resolution today: {@link app.agora.federation.IdentityResolution}
 * scores candidate pairs of {@link app.agora.federation.SourceRecord}s with
 * deterministic rules and a Fellegi–Sunter model whose weights it learns from
 * the records themselves, classifies each pair as link, review or nothing,
 * explains every score and groups linked records into clusters. It needs no
 * Spring and no database, so the command line ({@code bench/bench}) runs the
 * very same engine as the server will.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Federation")
package app.agora.federation;
