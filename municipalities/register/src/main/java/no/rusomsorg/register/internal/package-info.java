/**
 * Internals of the national register: the loader of the compiled data resource and the name
 * normalisation. Not exported.
 */
package no.rusomsorg.register.internal;
