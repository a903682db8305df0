/** Implementation details shared inside the core module. Not exported; not API. */
package no.rusomsorg.core.internal;
