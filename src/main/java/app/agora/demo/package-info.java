/**
 * Demo mode: a small, believable travel outfitter (Cordée Voyages) with its
 * staff, customers, a prospect, partners and competitors, seeded once into an
 * empty database. On by default on the embedded database, off on PostgreSQL. It
 * only calls other modules' public services, like any other client would.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo company")
package app.agora.demo;
