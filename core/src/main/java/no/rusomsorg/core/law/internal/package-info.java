/** The loader of the law table ({@code statutes.properties}). Not exported; not API. */
package no.rusomsorg.core.law.internal;
