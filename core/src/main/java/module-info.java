/**
 * The rusomsorg core: the domain model and rules of Norwegian municipal substance-abuse services.
 *
 * <p>No plugin discovery and no I/O beyond the module's own resources.
 */
module no.rusomsorg.core {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.google.i18n.phonenumbers.libphonenumber;

  exports no.rusomsorg.core.authority;
  exports no.rusomsorg.core.calendar;
  exports no.rusomsorg.core.casework;
  exports no.rusomsorg.core.complaint;
  exports no.rusomsorg.core.complaint.guide;
  exports no.rusomsorg.core.contact;
  exports no.rusomsorg.core.deadline;
  exports no.rusomsorg.core.eligibility;
  exports no.rusomsorg.core.identity;
  exports no.rusomsorg.core.json;
  exports no.rusomsorg.core.law;
  exports no.rusomsorg.core.municipality;
  exports no.rusomsorg.core.pathway;
  exports no.rusomsorg.core.service;
  exports no.rusomsorg.core.source;
  exports no.rusomsorg.core.text;
  exports no.rusomsorg.core;

  opens no.rusomsorg.core.calendar to tools.jackson.databind;
  opens no.rusomsorg.core.complaint.guide to tools.jackson.databind;
  opens no.rusomsorg.core.contact to tools.jackson.databind;
  opens no.rusomsorg.core.deadline to tools.jackson.databind;
  opens no.rusomsorg.core.eligibility to tools.jackson.databind;
  opens no.rusomsorg.core.identity to tools.jackson.databind;
  opens no.rusomsorg.core.law to tools.jackson.databind;
  opens no.rusomsorg.core.municipality to tools.jackson.databind;
  opens no.rusomsorg.core.pathway to tools.jackson.databind;
  opens no.rusomsorg.core.service to tools.jackson.databind;
  opens no.rusomsorg.core.source to tools.jackson.databind;
  opens no.rusomsorg.core.text to tools.jackson.databind;
}
