/**
 * Technical plumbing shared by the four services: no domain types, no dependency on any service (docs/adr/0014).
 */
package nl.wegwijs.support;
