package no.rusomsorg.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.EarlierExistence;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisterSource;
import no.rusomsorg.register.RegisteredMunicipality;
import no.rusomsorg.register.baseline.BaselineCatalogs;

/**
 * The answer to "which municipality is this, on this date?", from
 * {@link MunicipalityDirectory#lookup(String, LocalDate)}: exactly one of the variants below.
 *
 * <p>Only the two {@link Existing} variants give services that are current on the date: {@link Found}
 * (a plugin's own data) and {@link NationalBaseline} (a municipality no plugin supplies: the national
 * baseline, marked as not confirmed by the municipality). Every other variant says why there are none,
 * so that a caller cannot show a merged municipality's services as if they were current (Søgne's in
 * 2026: Søgne became part of Kristiansand on 2020-01-01). The national register answers for every
 * municipality from 2018-01-01 (docs/adr/0023).
 *
 * <table class="striped">
 *   <caption>The variants</caption>
 *   <thead><tr><th>variant</th><th>when</th><th>what it gives</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link Found}</td><td>a plugin supplies the municipality, and it existed on the date</td>
 *       <td>its catalog, its number on the date and its services offered then</td></tr>
 *   <tr><td>{@link NationalBaseline}</td><td>the municipality existed on the date; no plugin supplies it</td>
 *       <td>its identity from the register, the governor's office, the national baseline of services</td></tr>
 *   <tr><td>{@link Merged}</td><td>it had merged into another municipality by the date</td>
 *       <td>who it was, the successor and from when, the successor's own answer for the date</td></tr>
 *   <tr><td>{@link Ended}</td><td>it had ended by the date, and its catalog names no successor (a split)</td>
 *       <td>who it was, its last day and the municipalities its area belonged to</td></tr>
 *   <tr><td>{@link ExistedNoData}</td><td>a source says it existed on the date, but its data starts later</td>
 *       <td>who it is, what the source says, and the first day of data</td></tr>
 *   <tr><td>{@link NotYetEstablished}</td><td>the date is before its data, and no source says it existed then</td>
 *       <td>who it is and its first day</td></tr>
 *   <tr><td>{@link Ambiguous}</td><td>the name matched several municipalities ("Våler")</td>
 *       <td>each one's answer</td></tr>
 *   <tr><td>{@link Unknown}</td><td>neither a plugin nor the register knows the number or name</td>
 *       <td>nothing more</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Branching on the answer (Java 17)</h2>
 *
 * <p>Java 17 has no pattern matching in {@code switch}; branch with an {@code instanceof} chain and end
 * it with a branch that fails loudly, because a later version may add a variant (the national baseline,
 * for a municipality that the national register knows but no plugin supplies):
 *
 * <pre>{@code
 * MunicipalityLookup answer = directory.lookup("Søgne", LocalDate.of(2026, 3, 12));
 * if (answer instanceof MunicipalityLookup.Found found) {
 *   found.services().forEach(s -> show(s));              // the municipality's own data, current on the date
 * } else if (answer instanceof MunicipalityLookup.NationalBaseline baseline) {
 *   say(baseline.notice());                               // not confirmed by the municipality
 *   baseline.services().forEach(s -> show(s));
 * } else if (answer instanceof MunicipalityLookup.Merged merged) {
 *   say(merged.former().name() + " is part of " + merged.successor().name() + " from " + merged.successor().from());
 * } else if (answer instanceof MunicipalityLookup.Ended ended) {
 *   say(ended.former().name() + " no longer existed; its last day was " + ended.lastDay());
 * } else if (answer instanceof MunicipalityLookup.ExistedNoData noData) {
 *   say(noData.municipality().name() + " existed, but there is no data before " + noData.dataFrom());
 * } else if (answer instanceof MunicipalityLookup.NotYetEstablished notYet) {
 *   say(notYet.municipality().name() + " was established on " + notYet.establishedOn());
 * } else if (answer instanceof MunicipalityLookup.Ambiguous ambiguous) {
 *   say("several municipalities have that name: " + ambiguous.candidates());
 * } else if (answer instanceof MunicipalityLookup.Unknown) {
 *   say("no such municipality");
 * } else {
 *   throw new IllegalStateException("unhandled lookup answer " + answer);
 * }
 * }</pre>
 *
 * <p>On Java 21 or newer, a {@code switch (answer)} with one {@code case} per variant is exhaustive
 * without a {@code default}; when a variant is added, such a switch stops compiling until it handles
 * the new one, which is the intended signal.
 *
 * <p>All variants are immutable records with value equality; their constructors check that the parts
 * agree with each other (a {@link Found} cannot be built for a date on which the municipality did not
 * exist). Their {@code toString} names the municipality and the date, never the catalog's content, and
 * shows a query that matched nothing only when it is a four-digit municipality number.
 */
public sealed interface MunicipalityLookup
    permits MunicipalityLookup.Existing,
        MunicipalityLookup.Merged,
        MunicipalityLookup.Ended,
        MunicipalityLookup.ExistedNoData,
        MunicipalityLookup.NotYetEstablished,
        MunicipalityLookup.Ambiguous,
        MunicipalityLookup.Unknown {

  /** {@link #status()} of {@link Found}. */
  String FOUND = "FOUND";
  /** {@link #status()} of {@link NationalBaseline}. */
  String NATIONAL_BASELINE = "NATIONAL_BASELINE";
  /** {@link #status()} of {@link Merged}. */
  String MERGED = "MERGED";
  /** {@link #status()} of {@link Ended}. */
  String ENDED = "ENDED";
  /** {@link #status()} of {@link ExistedNoData}. */
  String EXISTED_NO_DATA = "EXISTED_NO_DATA";
  /** {@link #status()} of {@link NotYetEstablished}. */
  String NOT_YET_ESTABLISHED = "NOT_YET_ESTABLISHED";
  /** {@link #status()} of {@link Ambiguous}. */
  String AMBIGUOUS = "AMBIGUOUS";
  /** {@link #status()} of {@link Unknown}. */
  String UNKNOWN = "UNKNOWN";

  /**
   * Every {@link #status()} name, one per variant, in the order of the {@code permits} list.
   *
   * @return the names
   */
  static List<String> statuses() {
    return List.of(FOUND, NATIONAL_BASELINE, MERGED, ENDED, EXISTED_NO_DATA, NOT_YET_ESTABLISHED, AMBIGUOUS, UNKNOWN);
  }

  /**
   * The variant's stable name for outputs (a JSON {@code "status"}, a scenario file, a log line): one
   * of {@link #statuses()}, such as {@value #FOUND}. It is a name to print, not a second way to
   * branch: branch on the variant's type, as above, to reach its parts.
   *
   * @return the name
   */
  String status();

  /**
   * Whether the answer gives services that are current on the date: {@link Found} (a plugin's own
   * data) or {@link NationalBaseline} (the national baseline).
   *
   * @return true for an {@link Existing} answer
   */
  default boolean exists() {
    return this instanceof Existing;
  }

  /**
   * The number or name that was asked for, trimmed.
   *
   * @return the query
   */
  String query();

  /**
   * The date asked about.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * The municipality existed on the date, and the answer gives its services as current: {@link Found}
   * when a plugin supplies the municipality (its own data), {@link NationalBaseline} when only the
   * national register knows it (the national baseline, not confirmed by the municipality). The
   * directory's other queries ({@link MunicipalityDirectory#complaintRoute}, {@link
   * MunicipalityDirectory#eligibility}, {@link MunicipalityDirectory#contactsAt}) take either.
   */
  sealed interface Existing extends MunicipalityLookup permits Found, NationalBaseline {
    /**
     * The catalog the services come from: the plugin's for {@link Found}, the baseline catalog for
     * {@link NationalBaseline}.
     *
     * @return the catalog
     */
    Catalog catalog();

    /**
     * The municipality: its name, its numbers and counties over time, its validity.
     *
     * @return the municipality
     */
    Municipality municipality();

    /**
     * The municipality's number on the date, whatever number was asked for.
     *
     * @return the number
     */
    MunicipalityNumber number();

    /**
     * The services offered on the date, in catalog order.
     *
     * @return the services
     */
    List<Service> services();

    /**
     * A service by its id, if offered on the date.
     *
     * @param id the service's id
     * @return the service; empty if there is no such service on the date
     * @throws NullPointerException if {@code id} is null
     */
    Optional<Service> service(String id);

    /**
     * The municipality's county on the date.
     *
     * @return the county
     */
    default County county() {
      return municipality().countyOn(date()).orElseThrow();
    }

    /**
     * Whether the services are the national baseline rather than the municipality's own data.
     *
     * @return true for {@link NationalBaseline}
     */
    default boolean isBaseline() {
      return this instanceof NationalBaseline;
    }
  }

  /**
   * A plugin supplies the municipality, and it existed on the date: its own data, current on the date.
   *
   * @param query the number or name that was asked for
   * @param date the date asked about
   * @param catalog the municipality's catalog; the municipality exists on {@code date}
   */
  record Found(String query, LocalDate date, Catalog catalog) implements Existing {
    /**
     * Checks that the municipality existed on the date.
     *
     * @param query the number or name that was asked for
     * @param date the date asked about
     * @param catalog the municipality's catalog
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the municipality did not exist on the date
     */
    public Found {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(catalog, "catalog");
      Municipality m = catalog.municipality();
      if (!m.isValidOn(date)) {
        throw new InvalidValueException("date", Rule.RANGE,
            m.name() + " did not exist on " + date + ", so it cannot be found on that date");
      }
    }

    /**
     * The municipality: its name, its numbers and counties over time, its validity.
     *
     * @return the municipality
     */
    @Override
    public Municipality municipality() {
      return catalog.municipality();
    }

    /**
     * The municipality's number on the date ({@code 1102} for Sandnes on 2019-12-31, {@code 1108} on
     * 2020-01-01), whatever number was asked for.
     *
     * @return the number
     */
    @Override
    public MunicipalityNumber number() {
      return catalog.municipality().numberOn(date).orElseThrow();
    }

    /**
     * The services the municipality offered on the date, in catalog order.
     *
     * @return the services offered on {@link #date()}
     */
    @Override
    public List<Service> services() {
      return catalog.servicesOn(date);
    }

    /**
     * A service by its id, if the municipality offered it on the date.
     *
     * @param id the service's id, such as {@code sandnes.counsellor-follow-up}
     * @return the service; empty if the catalog has no such service or it was not offered on the date
     * @throws NullPointerException if {@code id} is null
     */
    @Override
    public Optional<Service> service(String id) {
      Objects.requireNonNull(id, "id");
      return catalog.service(id).filter(s -> s.offeredOn(date));
    }

    /**
     * The status name.
     *
     * @return {@value MunicipalityLookup#FOUND}
     */
    @Override
    public String status() {
      return FOUND;
    }

    /**
     * The municipality with its number, and the date.
     *
     * @return for example {@code Found[Sandnes (1108) on 2026-03-12]}
     */
    @Override
    public String toString() {
      return "Found[" + municipality().name() + " (" + number() + ") on " + date + "]";
    }
  }

  /**
   * The municipality had merged into another by the date: Søgne (1018) into Kristiansand (4204) from
   * 2020-01-01. Its services are not current; the successor's are, when a plugin supplies the successor
   * ({@link #successorLookup()} is then {@link Found}).
   *
   * <p>The former municipality's catalog is kept as history, under the name {@link #formerCatalog()}:
   * this variant deliberately has no {@code catalog()} or {@code services()}.
   *
   * @param query the number or name that was asked for
   * @param date the date asked about; on or after {@code successor.from()}
   * @param formerCatalog the catalog of the municipality that merged: history, not current services
   * @param successor the municipality it merged into, and the first day the successor was responsible
   * @param successorLookup the successor looked up by its number on the same date: {@link Found} when a
   *     plugin supplies it, {@link Unknown} when none does, {@link Merged} if it has itself merged since
   */
  record Merged(String query, LocalDate date, Catalog formerCatalog, Successor successor,
      MunicipalityLookup successorLookup) implements MunicipalityLookup {
    /**
     * Checks that the parts agree.
     *
     * @param query the number or name that was asked for
     * @param date the date asked about
     * @param formerCatalog the catalog of the municipality that merged
     * @param successor the successor, as the former municipality's catalog names it
     * @param successorLookup the successor's answer on the same date
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the municipality had not ended by the date, its catalog names
     *     another successor, or the successor's answer is for another date
     */
    public Merged {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(formerCatalog, "formerCatalog");
      Objects.requireNonNull(successor, "successor");
      Objects.requireNonNull(successorLookup, "successorLookup");
      Municipality m = formerCatalog.municipality();
      requireEndedBy(m, date);
      if (!m.successor().filter(successor::equals).isPresent()) {
        throw new InvalidValueException("successor", Rule.CONSISTENCY,
            "the catalog of " + m.name() + " names " + m.successor().map(String::valueOf).orElse("no successor")
                + ", not " + successor);
      }
      if (!successorLookup.date().equals(date)) {
        throw new InvalidValueException("successorLookup.date", Rule.CONSISTENCY,
            "the successor's answer is for " + successorLookup.date() + ", not " + date);
      }
    }

    /**
     * The municipality that merged: its name, its numbers over time and its last day.
     *
     * @return the former municipality
     */
    public Municipality former() {
      return formerCatalog.municipality();
    }

    /**
     * The status name.
     *
     * @return {@value MunicipalityLookup#MERGED}
     */
    @Override
    public String status() {
      return MERGED;
    }

    /**
     * The former municipality, its successor and the date.
     *
     * @return for example {@code Merged[Søgne (1018) into Kristiansand (4204) from 2020-01-01, on 2026-03-12]}
     */
    @Override
    public String toString() {
      return "Merged[" + former() + " into " + successor + ", on " + date + "]";
    }
  }

  /**
   * The municipality had ended by the date, and its catalog names no successor: it was split between
   * several municipalities, or the catalog does not say. Its services are not current.
   *
   * <p>The former municipality's catalog is kept as history, under the name {@link #formerCatalog()}.
   *
   * <p>{@link #successors()} names the municipalities the area belonged to on the date, as the national
   * register states them (Snillfjord 5012: Heim, Hitra and Orkland from 2020-01-01); it is empty when the
   * register does not know the municipality (a fictional one) or the date is before its first day.
   *
   * @param query the number or name that was asked for
   * @param date the date asked about; after the municipality's last day
   * @param formerCatalog the catalog of the municipality that ended: history, not current services
   * @param successors the municipalities its area belonged to on the date, each with the day its
   *     change took effect, in number order; may be empty
   */
  record Ended(String query, LocalDate date, Catalog formerCatalog, List<Successor> successors)
      implements MunicipalityLookup {
    /**
     * Checks that the parts agree.
     *
     * @param query the number or name that was asked for
     * @param date the date asked about
     * @param formerCatalog the catalog of the municipality that ended
     * @param successors the municipalities its area belonged to on the date
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the municipality had not ended by the date, or its catalog names
     *     a successor (the answer is then {@link Merged})
     */
    public Ended {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(formerCatalog, "formerCatalog");
      Objects.requireNonNull(successors, "successors");
      successors = List.copyOf(successors);
      Municipality m = formerCatalog.municipality();
      requireEndedBy(m, date);
      if (m.successor().isPresent()) {
        throw new InvalidValueException("formerCatalog.municipality.successor", Rule.CONSISTENCY,
            m.name() + " merged into " + m.successor().get() + "; the answer is Merged");
      }
    }

    /**
     * An ended municipality whose successors are not known.
     *
     * @param query the number or name that was asked for
     * @param date the date asked about
     * @param formerCatalog the catalog of the municipality that ended
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException as the canonical constructor
     */
    public Ended(String query, LocalDate date, Catalog formerCatalog) {
      this(query, date, formerCatalog, List.of());
    }

    /**
     * The municipality that ended.
     *
     * @return the former municipality
     */
    public Municipality former() {
      return formerCatalog.municipality();
    }

    /**
     * The municipality's last day.
     *
     * @return the last day of its validity
     */
    public LocalDate lastDay() {
      return former().validity().to().orElseThrow();
    }

    /**
     * The status name.
     *
     * @return {@value MunicipalityLookup#ENDED}
     */
    @Override
    public String status() {
      return ENDED;
    }

    /**
     * The former municipality and the date.
     *
     * @return for example {@code Ended[Snillfjord (5012), last day 2019-12-31, on 2026-03-12]}
     */
    @Override
    public String toString() {
      return "Ended[" + former() + ", last day " + lastDay() + ", on " + date + "]";
    }
  }

  /**
   * A source says the municipality existed on the date, but its catalog has data only from a later day
   * (Sandnes on 1964-12-31: a town since 1860, data from 1965-01-01). There are no services for the date:
   * the catalog's services describe a later time.
   *
   * @param query the number or name that was asked for
   * @param date the date asked about; before {@link #dataFrom()}
   * @param municipality the municipality, with the {@link Municipality#existedBefore() earlier existence}
   *     a source states
   */
  record ExistedNoData(String query, LocalDate date, Municipality municipality) implements MunicipalityLookup {
    /**
     * Checks that the municipality existed on the date before its data.
     *
     * @param query the number or name that was asked for
     * @param date the date asked about
     * @param municipality the municipality
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException unless a source states that the municipality existed on the date and
     *     the date is before its data
     */
    public ExistedNoData {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(municipality, "municipality");
      if (!municipality.existedBeforeDataOn(date)) {
        throw new InvalidValueException("date", Rule.RANGE, "no source says " + municipality.name()
            + " existed on " + date + " before its data from " + municipality.validity().from());
      }
    }

    /**
     * What the source says about the time before the data.
     *
     * @return the earlier existence
     */
    public EarlierExistence earlierExistence() {
      return municipality.existedBefore().orElseThrow();
    }

    /**
     * The first day the catalog has data for.
     *
     * @return the start of the municipality's validity
     */
    public LocalDate dataFrom() {
      return municipality.validity().from();
    }

    /**
     * The status name.
     *
     * @return {@value MunicipalityLookup#EXISTED_NO_DATA}
     */
    @Override
    public String status() {
      return EXISTED_NO_DATA;
    }

    /**
     * The municipality, the date and the first day of data.
     *
     * @return for example {@code ExistedNoData[Sandnes (1108) on 1964-12-31, data from 1965-01-01]}
     */
    @Override
    public String toString() {
      return "ExistedNoData[" + municipality + " on " + date + ", data from " + dataFrom() + "]";
    }
  }

  /**
   * A plugin knows the municipality, the date is before its data, and no source says it existed then.
   *
   * @param query the number or name that was asked for
   * @param date the date asked about; before {@link #establishedOn()}
   * @param municipality the municipality
   */
  record NotYetEstablished(String query, LocalDate date, Municipality municipality) implements MunicipalityLookup {
    /**
     * Checks that the date is before the municipality's data and no source says it existed then.
     *
     * @param query the number or name that was asked for
     * @param date the date asked about
     * @param municipality the municipality
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the date is not before the municipality's data, or a source says
     *     it existed then (the answer is then {@link ExistedNoData})
     */
    public NotYetEstablished {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(municipality, "municipality");
      if (!date.isBefore(municipality.validity().from()) || municipality.existedBeforeDataOn(date)) {
        throw new InvalidValueException("date", Rule.RANGE, date.isBefore(municipality.validity().from())
            ? "a source says " + municipality.name() + " existed on " + date + "; the answer is ExistedNoData"
            : municipality.name() + " was established on " + municipality.validity().from() + ", before " + date);
      }
    }

    /**
     * The first day of the municipality (of its data).
     *
     * @return the start of its validity
     */
    public LocalDate establishedOn() {
      return municipality.validity().from();
    }

    /**
     * The status name.
     *
     * @return {@value MunicipalityLookup#NOT_YET_ESTABLISHED}
     */
    @Override
    public String status() {
      return NOT_YET_ESTABLISHED;
    }

    /**
     * The municipality, the date and its first day.
     *
     * @return for example {@code NotYetEstablished[Sandnes (1108) on 1859-06-01, from 1965-01-01]}
     */
    @Override
    public String toString() {
      return "NotYetEstablished[" + municipality + " on " + date + ", from " + establishedOn() + "]";
    }
  }

  /**
   * The national register knows the municipality on the date, and no plugin supplies it: the answer
   * gives its identity from the register (number, every official name form, county), the county
   * governor's office that covers it, and the <b>national baseline</b> of services: the offers of the
   * standard service description, which the municipality has <em>not</em> confirmed and which have no
   * contact points. The baseline comes from the register module's {@code BaselineCatalogs}; it is never
   * mixed with a plugin's data (a plugin for the municipality replaces it: the answer is then
   * {@link Found}).
   *
   * <p>Complaint routes and deadlines are the statutory ones and do not depend on the municipality's
   * data: {@link MunicipalityDirectory#complaintRoute} answers for a baseline as for a plugin.
   *
   * @param query the number or name that was asked for
   * @param date the date asked about; the period is valid on it
   * @param catalog the baseline catalog of the municipality
   * @param registered the register's period of the municipality valid on the date
   */
  record NationalBaseline(String query, LocalDate date, Catalog catalog, RegisteredMunicipality registered)
      implements Existing {
    /**
     * Checks that the parts agree.
     *
     * @param query the number or name that was asked for
     * @param date the date asked about
     * @param catalog a baseline catalog
     * @param registered the register's period valid on the date
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if the catalog is not a baseline catalog (rule CONSISTENCY), the
     *     period is not valid on the date (RANGE) or the catalog's municipality did not have the period's
     *     number then (CONSISTENCY)
     */
    public NationalBaseline {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(registered, "registered");
      if (!BaselineCatalogs.standard().isBaseline(catalog)) {
        throw new InvalidValueException("catalog", Rule.CONSISTENCY,
            "the catalog of " + catalog.municipality().name() + " is not a national baseline catalog");
      }
      if (!registered.isValidOn(date)) {
        throw new InvalidValueException("date", Rule.RANGE, registered.number() + " " + registered.name()
            + " was not valid on " + date);
      }
      if (!catalog.municipality().numberOn(date).map(MunicipalityNumber::value).filter(registered.number()::equals)
          .isPresent()) {
        throw new InvalidValueException("registered", Rule.CONSISTENCY, "the baseline catalog of "
            + catalog.municipality().name() + " does not have the number " + registered.number() + " on " + date);
      }
    }

    @Override
    public Municipality municipality() {
      return catalog.municipality();
    }

    @Override
    public MunicipalityNumber number() {
      return MunicipalityNumber.of(registered.number());
    }

    @Override
    public County county() {
      return registered.county();
    }

    /**
     * The baseline services offered on the date: the standard service description's offers, not
     * confirmed by the municipality.
     *
     * @return the services
     */
    @Override
    public List<Service> services() {
      return catalog.servicesOn(date);
    }

    @Override
    public Optional<Service> service(String id) {
      Objects.requireNonNull(id, "id");
      return catalog.service(id).filter(s -> s.offeredOn(date));
    }

    /**
     * Every official name form of the municipality ("Guovdageaidnu - Kautokeino", "Guovdageaidnu",
     * "Kautokeino"), the latest name first.
     *
     * @return the name forms
     */
    public List<String> nameForms() {
      return registered.nameForms();
    }

    /**
     * The county governor's office (Fylkesmannen / Statsforvalteren) that covered the municipality on
     * the date, under its name then.
     *
     * @return the office
     */
    public Authority governorOffice() {
      return NationalRegister.standard().governorOffice(registered, date).orElseThrow();
    }

    /**
     * Where the identity comes from: Statistics Norway's classifications, version, retrieval date and
     * licence (NLOD 2.0).
     *
     * @return the register's source
     */
    public RegisterSource registerSource() {
      return NationalRegister.standard().source();
    }

    /**
     * What the baseline is and is not, in bokmål, nynorsk and English: the national standard, not
     * confirmed by the municipality, without contact details.
     *
     * @return the notice
     */
    public LocalizedText notice() {
      return BaselineCatalogs.NOTICE;
    }

    /**
     * The status name.
     *
     * @return {@value MunicipalityLookup#NATIONAL_BASELINE}
     */
    @Override
    public String status() {
      return NATIONAL_BASELINE;
    }

    /**
     * The municipality with its number, and the date.
     *
     * @return for example {@code NationalBaseline[Bergen (4601) on 2026-12-02]}
     */
    @Override
    public String toString() {
      return "NationalBaseline[" + registered.name() + " (" + registered.number() + ") on " + date + "]";
    }
  }

  /**
   * The name matched several municipalities ("Våler": Våler (Østfold) 3114 and Våler (Innlandet) 3419
   * in 2026; "Herøy" in Nordland and in Møre og Romsdal): ask again by number or by the full name.
   *
   * @param query the name that was asked for
   * @param date the date asked about
   * @param candidates each municipality's own answer (by its number) on the date, in number order; at
   *     least two
   */
  record Ambiguous(String query, LocalDate date, List<MunicipalityLookup> candidates) implements MunicipalityLookup {
    /**
     * Checks the parts.
     *
     * @param query the name that was asked for
     * @param date the date asked about
     * @param candidates the candidates' answers
     * @throws NullPointerException if a part is null
     * @throws InvalidValueException if there are fewer than two candidates or one is for another date
     */
    public Ambiguous {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(candidates, "candidates");
      candidates = List.copyOf(candidates);
      if (candidates.size() < 2) {
        throw new InvalidValueException("candidates", Rule.RANGE, "an ambiguous name has at least two candidates");
      }
      for (MunicipalityLookup c : candidates) {
        if (!c.date().equals(date)) {
          throw new InvalidValueException("candidates.date", Rule.CONSISTENCY,
              "a candidate's answer is for " + c.date() + ", not " + date);
        }
      }
    }

    /**
     * The status name.
     *
     * @return {@value MunicipalityLookup#AMBIGUOUS}
     */
    @Override
    public String status() {
      return AMBIGUOUS;
    }

    /**
     * The number of candidates and the date (never the query: it may be a person's name).
     *
     * @return for example {@code Ambiguous[2 candidates on 2026-12-02]}
     */
    @Override
    public String toString() {
      return "Ambiguous[" + candidates.size() + " candidates on " + date + "]";
    }
  }

  /**
   * Neither an installed plugin nor the national register knows the number or name (for a date before
   * 2018-01-01, the register's first day, only plugins are asked).
   *
   * @param query the number or name that was asked for
   * @param date the date asked about
   */
  record Unknown(String query, LocalDate date) implements MunicipalityLookup {
    /**
     * Checks the parts.
     *
     * @param query the number or name that was asked for
     * @param date the date asked about
     * @throws NullPointerException if a part is null
     */
    public Unknown {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(date, "date");
    }

    /**
     * The status name.
     *
     * @return {@value MunicipalityLookup#UNKNOWN}
     */
    @Override
    public String status() {
      return UNKNOWN;
    }

    /**
     * The query if it is a municipality number, otherwise only its length (a name field may have been
     * given something else, such as a person's name), and the date.
     *
     * @return for example {@code Unknown[0301 on 2020-01-01]} or
     *     {@code Unknown[a name of 6 characters on 2020-01-01]}
     */
    @Override
    public String toString() {
      String shown = query.length() == 4 && query.chars().allMatch(c -> c >= '0' && c <= '9')
          ? query : "a name of " + query.length() + " characters";
      return "Unknown[" + shown + " on " + date + "]";
    }
  }

  private static void requireEndedBy(Municipality m, LocalDate date) {
    if (m.validity().to().filter(date::isAfter).isEmpty()) {
      throw new InvalidValueException("date", Rule.RANGE, m.name() + " had not ended by " + date);
    }
  }
}
