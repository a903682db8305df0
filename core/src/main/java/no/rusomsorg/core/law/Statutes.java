package no.rusomsorg.core.law;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.law.internal.StatuteData;
import no.rusomsorg.core.text.LocalizedText;

/**
 * The law over time: when each act is in force, which act replaces which, sections renumbered within
 * an act, and the sections the project has verified against the statute text.
 *
 * <p><b>Data, not code.</b> {@link #standard()} reads the table {@code statutes.properties} in this
 * package. The new Public Administration Act (LOV-2025-06-20-81) is recorded there as replacing
 * forvaltningsloven 1967 on a date not yet decided; the renumbering of pbrl §§ 2-1 a and 2-2 proposed
 * in Prop. 40 L (2022–2023) as a change with no decided date and no stated new numbers. When a date
 * is decided, setting it in the table is the whole change: from that date {@link #referenceOn} stops
 * citing the old section as law in force. An application that learns the date before the library is
 * updated can apply it itself with {@link #withInForce(Act, LocalDate)} (and
 * {@link #withCorrespondingSection} for the new section numbers).
 *
 * <p><b>Which reference applies on a date</b> ({@link #referenceOn}): the reference itself while its
 * act is in force and the section is not renumbered; after a change, the recorded successor section
 * (marked unverified until the table lists it as verified); when the successor section is not
 * recorded, the old reference as the only one known, with a note. No date is ever invented: an act
 * whose date is not decided is in force on no date.
 *
 * <p><b>Verified sections.</b> {@link #isVerified(Act, String)}: a {@link LegalReference} to a section
 * in the table is never marked unverified, whatever its builder or a catalog says; other references
 * keep their own flag.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Statutes {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final Statutes STANDARD = new Statutes(StatuteData.standard());

  private final StatuteData data;
  private final Map<Act, Optional<LocalDate>> inForceDates;
  private final Map<Act, Map<String, Optional<String>>> corresponds;
  private final List<StatuteData.Renumbering> renumberings;

  private Statutes(StatuteData data) {
    this.data = data;
    Map<Act, Optional<LocalDate>> dates = new EnumMap<>(Act.class);
    data.acts.forEach((act, e) -> dates.put(act, e.inForce));
    this.inForceDates = Collections.unmodifiableMap(dates);
    Map<Act, Map<String, Optional<String>>> c = new EnumMap<>(Act.class);
    data.corresponds.forEach((act, m) -> {
      Map<String, Optional<String>> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put(norm(k), v));
      c.put(act, Collections.unmodifiableMap(copy));
    });
    this.corresponds = Collections.unmodifiableMap(c);
    List<StatuteData.Renumbering> r = new ArrayList<>();
    for (StatuteData.Renumbering n : data.renumberings) {
      r.add(new StatuteData.Renumbering(n.act, norm(n.section), n.to, n.inForce, n.source));
    }
    this.renumberings = Collections.unmodifiableList(r);
  }

  private Statutes(StatuteData data, Map<Act, Optional<LocalDate>> inForceDates,
      Map<Act, Map<String, Optional<String>>> corresponds, List<StatuteData.Renumbering> renumberings) {
    this.data = data;
    this.inForceDates = Collections.unmodifiableMap(inForceDates);
    this.corresponds = Collections.unmodifiableMap(corresponds);
    this.renumberings = Collections.unmodifiableList(renumberings);
  }

  /**
   * The library's table ({@code statutes.properties}).
   *
   * @return the shared instance
   */
  public static Statutes standard() {
    return STANDARD;
  }

  /**
   * When an act is in force.
   *
   * @param act the act
   * @return {@link InForce#dateNotDecided()} for an act whose date is not decided, the date where one
   *     is recorded, otherwise {@link InForce#inForce()}; with a last day when an act replacing it is in
   *     force from a known date
   */
  public InForce inForce(Act act) {
    required("act", act);
    InForce own;
    if (!inForceDates.containsKey(act)) {
      own = InForce.inForce();
    } else {
      own = inForceDates.get(act).map(InForce::from).orElseGet(InForce::dateNotDecided);
    }
    Optional<LocalDate> replacedOn = replacedBy(act).flatMap(r -> inForceDates.getOrDefault(r, Optional.empty()));
    return replacedOn.isPresent() && own.status() != InForce.Status.DATE_NOT_DECIDED
        ? own.until(replacedOn.get().minusDays(1)) : own;
  }

  /**
   * The act recorded as replacing another (LOV-2025-06-20-81 replaces forvaltningsloven 1967).
   *
   * @param act the act
   * @return the replacing act, whether or not it is in force yet
   */
  public Optional<Act> replacedBy(Act act) {
    required("act", act);
    return data.acts.entrySet().stream()
        .filter(e -> e.getValue().replaces.filter(act::equals).isPresent())
        .map(Map.Entry::getKey).findFirst();
  }

  /**
   * Whether the project has verified a section against the statute text.
   *
   * @param act the act
   * @param section the section, such as {@code "10-4"}
   * @return true if the section is in the table of verified sections
   */
  public boolean isVerified(Act act, String section) {
    required("act", act);
    required("section", section);
    return data.isVerified(act, section);
  }

  /**
   * Where the verification of a section is recorded, such as "domain brief … verified turn 2".
   *
   * @param reference the reference
   * @return the source, for a verified section
   */
  public Optional<String> verificationSource(LegalReference reference) {
    required("reference", reference);
    return isVerified(reference.act(), reference.section()) ? Optional.of(data.verifiedSource) : Optional.empty();
  }

  /**
   * The same table with an act in force from a date: the data change to make when the date is
   * decided, for an application that cannot wait for a library update.
   *
   * @param act the act
   * @param from its first day in force
   * @return a new table
   */
  public Statutes withInForce(Act act, LocalDate from) {
    required("act", act);
    required("from", from);
    Map<Act, Optional<LocalDate>> dates = new EnumMap<>(Act.class);
    dates.putAll(inForceDates);
    dates.put(act, Optional.of(from));
    return new Statutes(data, dates, corresponds, renumberings);
  }

  /**
   * The same table with the section of a replacing act that corresponds to a section of the act it
   * replaces. The new section is cited unverified until the table lists it as verified.
   *
   * @param oldAct the act replaced, such as {@link Act#FORVALTNINGSLOVEN}
   * @param oldSection its section, such as {@code "29"}
   * @param newSection the section of the replacing act
   * @return a new table
   * @throws InvalidValueException if {@code oldAct} has no replacing act (field
   *     {@code oldAct}, REFERENCE)
   */
  public Statutes withCorrespondingSection(Act oldAct, String oldSection, String newSection) {
    required("oldAct", oldAct);
    required("oldSection", oldSection);
    required("newSection", newSection);
    if (replacedBy(oldAct).isEmpty()) {
      throw new InvalidValueException("oldAct", Rule.REFERENCE, "no act is recorded as replacing " + oldAct);
    }
    Map<Act, Map<String, Optional<String>>> c = new EnumMap<>(Act.class);
    c.putAll(corresponds);
    Map<String, Optional<String>> m = new LinkedHashMap<>(c.getOrDefault(oldAct, Map.of()));
    m.put(norm(oldSection), Optional.of(newSection));
    c.put(oldAct, Collections.unmodifiableMap(m));
    return new Statutes(data, inForceDates, c, renumberings);
  }

  /**
   * The same table with a recorded renumbering given its date and new number.
   *
   * @param act the act
   * @param section the section as numbered before the change
   * @param newSection its new number
   * @param from the first day of the new numbering
   * @return a new table
   * @throws InvalidValueException if no renumbering of that section is recorded
   *     (field {@code section}, REFERENCE)
   */
  public Statutes withRenumbering(Act act, String section, String newSection, LocalDate from) {
    required("act", act);
    required("section", section);
    required("newSection", newSection);
    required("from", from);
    List<StatuteData.Renumbering> r = new ArrayList<>();
    boolean found = false;
    for (StatuteData.Renumbering c : renumberings) {
      if (c.act == act && c.section.equals(norm(section))) {
        r.add(new StatuteData.Renumbering(act, c.section, Optional.of(newSection), Optional.of(from), c.source));
        found = true;
      } else {
        r.add(c);
      }
    }
    if (!found) {
      throw new InvalidValueException("section", Rule.REFERENCE, "no renumbering of " + act + " § " + section
          + " is recorded");
    }
    return new Statutes(data, inForceDates, corresponds, r);
  }

  /**
   * The reference to cite, on a date, for a rule that names {@code reference}.
   *
   * <ul>
   *   <li>Its act in force on the date and the section not renumbered by then: the reference itself
   *       ({@link CitedReference.Status#IN_FORCE}).
   *   <li>Renumbered, or its act replaced, before the date, with the new section recorded: that section
   *       ({@link CitedReference.Status#SUCCESSOR}), marked unverified unless the table verifies it.
   *   <li>Changed before the date with the new section not recorded: the reference itself as the only
   *       one known ({@link CitedReference.Status#ONLY_KNOWN}), with a note naming the change.
   *   <li>Its act not yet in force on the date: {@link CitedReference.Status#NOT_IN_FORCE}.
   * </ul>
   *
   * @param reference the reference a rule names
   * @param date the date asked about (for a deadline: the day of its start event)
   * @return the reference to cite
   */
  public CitedReference referenceOn(LegalReference reference, LocalDate date) {
    required("reference", reference);
    required("date", date);
    Act act = reference.act();
    ImmutableCitedReference.Builder b = ImmutableCitedReference.builder().asked(reference).date(date);
    if (inForce(act).isInForceOn(date)) {
      for (StatuteData.Renumbering c : renumberings) {
        if (c.act == act && c.section.equals(norm(reference.section()))
            && c.inForce.isPresent() && !date.isBefore(c.inForce.get())) {
          String when = DATE.format(c.inForce.get());
          if (c.to.isPresent()) {
            return b.reference(successor(act, c.to.get())).status(CitedReference.Status.SUCCESSOR)
                .note(LocalizedText.of(reference.citation() + " har nytt nummer fra " + when + " (" + c.source + ").",
                    reference.citation() + " har nytt nummer frå " + when + " (" + c.source + ").",
                    reference.citation() + " has a new number from " + when + " (" + c.source + ")."))
                .build();
          }
          return b.reference(reference).status(CitedReference.Status.ONLY_KNOWN)
              .note(LocalizedText.of(reference.citation() + " fikk nytt nummer fra " + when
                      + ", men det nye nummeret er ikke registrert; den gamle henvisningen er den eneste kjente ("
                      + c.source + ").",
                  reference.citation() + " fekk nytt nummer frå " + when
                      + ", men det nye nummeret er ikkje registrert; den gamle tilvisinga er den einaste kjende ("
                      + c.source + ").",
                  reference.citation() + " was renumbered from " + when
                      + ", but the new number is not recorded; the old reference is the only one known ("
                      + c.source + ")."))
              .build();
        }
      }
      return b.reference(reference).status(CitedReference.Status.IN_FORCE).build();
    }
    Optional<Act> next = replacedBy(act);
    if (next.isPresent() && inForce(next.get()).isInForceOn(date)) {
      Act r = next.get();
      String when = DATE.format(inForce(r).from().orElseThrow());
      Optional<String> section = corresponds.getOrDefault(act, Map.of())
          .getOrDefault(norm(reference.section()), Optional.empty());
      if (section.isPresent()) {
        return b.reference(successor(r, section.get())).status(CitedReference.Status.SUCCESSOR)
            .note(LocalizedText.of(act.title() + " er erstattet av " + r.title() + " fra " + when
                    + "; " + reference.citation() + " tilsvarer § " + section.get() + ".",
                act.title() + " er erstatta av " + r.title() + " frå " + when
                    + "; " + reference.citation() + " svarer til § " + section.get() + ".",
                act.title() + " was replaced by " + r.title() + " from " + when + "; "
                    + reference.citation() + " corresponds to § " + section.get() + "."))
            .build();
      }
      return b.reference(reference).status(CitedReference.Status.ONLY_KNOWN)
          .note(LocalizedText.of(act.title() + " er erstattet av " + r.title() + " (" + r.lovdataId() + ") fra "
                  + when + ". Tilsvarende paragraf i den nye loven er ikke registrert, så "
                  + reference.citation() + " er den eneste kjente henvisningen.",
              act.title() + " er erstatta av " + r.title() + " (" + r.lovdataId() + ") frå "
                  + when + ". Den tilsvarande paragrafen i den nye lova er ikkje registrert, så "
                  + reference.citation() + " er den einaste kjende tilvisinga.",
              act.title() + " was replaced by " + r.title() + " (" + r.lovdataId() + ") from " + when
                  + ". The corresponding section of the new act is not recorded, so "
                  + reference.citation() + " is the only reference known."))
          .build();
    }
    InForce f = inForce(act);
    String status = f.status() == InForce.Status.DATE_NOT_DECIDED
        ? "ikke i kraft; ikkrafttredelsen er ikke bestemt" : "ikke i kraft " + DATE.format(date);
    String statusNn = f.status() == InForce.Status.DATE_NOT_DECIDED
        ? "ikkje i kraft; det er ikkje bestemt når lova tek til å gjelde" : "ikkje i kraft " + DATE.format(date);
    String statusEn = f.status() == InForce.Status.DATE_NOT_DECIDED
        ? "not in force; no date has been decided" : "not in force on " + DATE.format(date);
    return b.reference(reference).status(CitedReference.Status.NOT_IN_FORCE)
        .note(LocalizedText.of(act.title() + " er " + status + ".", act.title() + " er " + statusNn + ".",
            act.title() + " is " + statusEn + "."))
        .build();
  }

  private LegalReference successor(Act act, String section) {
    return LegalReference.builder().act(act).section(section).unverified(!data.isVerified(act, section)).build();
  }

  private static String norm(String section) {
    return section.replace(" ", "");
  }

  /** A null argument is a programmer error: an NPE that names the parameter (docs/adr/0022). */
  private static void required(String field, Object value) {
    Objects.requireNonNull(value, field);
  }
}
