package no.rusomsorg.core.json;

import java.io.InputStream;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.Function;
import no.rusomsorg.core.CatalogProblemsException;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.ImmutableAddress;
import no.rusomsorg.core.contact.ImmutableContactPoint;
import no.rusomsorg.core.contact.ImmutableFallback;
import no.rusomsorg.core.contact.ImmutableOpeningHours;
import no.rusomsorg.core.contact.ImmutableOpeningPeriod;
import no.rusomsorg.core.contact.ImmutableUnit;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.eligibility.Basis;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.ImmutableBasis;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Role;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.ImmutableLegalReference;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.EarlierExistence;
import no.rusomsorg.core.municipality.ImmutableEarlierExistence;
import no.rusomsorg.core.municipality.ImmutableCatalog;
import no.rusomsorg.core.municipality.ImmutableMunicipality;
import no.rusomsorg.core.municipality.ImmutableNumberPeriod;
import no.rusomsorg.core.municipality.ImmutableSuccessor;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.ImmutableCost;
import no.rusomsorg.core.service.ImmutablePublishedComplaintInfo;
import no.rusomsorg.core.service.ImmutableResponsePromise;
import no.rusomsorg.core.service.ImmutableService;
import no.rusomsorg.core.service.ImmutableValidity;
import no.rusomsorg.core.deadline.ImmutablePeriodSpec;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.internal.PromiseForm;
import no.rusomsorg.core.service.PromiseKind;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.ResponsePromise;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.source.ImmutableSource;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.ImmutableLocalizedText;
import no.rusomsorg.core.text.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Catalog} document with the streaming parser of jackson-core and the model's own
 * builders, without Jackson's data binding.
 *
 * <p>It exists for start-up time: binding a catalog with a fresh {@code ObjectMapper} introspects
 * some forty model types and takes about half a second in a new JVM, longer than everything else a
 * process does to discover, validate and query the bundled plugins (see {@code benchmarks/README.md}).
 * This reader loads a few dozen parser classes and runs straight-line code.
 *
 * <p>It accepts exactly the wire format that {@link RusomsorgJson} writes and that the data-binding
 * path reads: the same field names, the same validation (every value goes through the same builder
 * and its checks), the same JSON paths in errors. {@code CatalogReaderParityTest} holds the two paths
 * to that on generated catalogs and on broken documents. It is also strict where data binding is
 * lenient by default: a value of the wrong JSON type (a number for a text, a text for a number or
 * a boolean) is an error, never coerced, and a field given twice is an error.
 *
 * <p><b>Every problem at once.</b> A problem does not end the reading: it is recorded with its JSON
 * path, the rest of the value is skipped and reading goes on with the next field or list element, so
 * that a plugin author sees all problems of a document in one run ({@link CatalogProblemsException}
 * when there are several, at most {@value #MAX_PROBLEMS}). A value whose parts had problems is left
 * out without its own checks, so one mistake is reported once. Only a syntax error or an exceeded
 * limit ends the reading early.
 *
 * <p><b>Changing the format</b> (ADR 0019): the model is the source. After a change, regenerate the
 * schema in spi ({@code CatalogSchemaUpToDateTest} names the command), use the new field in spi's
 * {@code catalog-every-field.json}, and add its {@code case} here; the spi schema tests fail until
 * each step is done.
 *
 * <p>One instance reads one document; it is not thread-safe and not reused.
 */
final class CatalogReader {
  private static final JsonFactory FACTORY = JsonLimits.FACTORY;

  private final JsonParser parser;
  private final boolean strict;
  /** The JSON path of the current value, such as {@code $.units[0].name}. */
  private final StringBuilder path = new StringBuilder("$");

  /**
   * The most problems one document reports; more are counted but not kept. A document that is wrong
   * throughout (a misspelt field in every service) still gives a readable report.
   */
  static final int MAX_PROBLEMS = CatalogProblemsException.MAX_PROBLEMS;

  /**
   * Thrown by a value's reader after the problems inside it were recorded, so that the value is left
   * out without a second, consequential problem (a required field "missing" because its value was
   * invalid). Never leaves the reader; one instance, without a stack trace.
   */
  private static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super("a value with problems was left out", null, false, false);
    }
  }

  private static final Abandoned ABANDONED = new Abandoned();

  /** The problems found so far, in document order, at most {@link #MAX_PROBLEMS}. */
  private final List<InvalidValueException> problems = new ArrayList<>();
  /** How many problems were found, including those beyond {@link #MAX_PROBLEMS}. */
  private int found;

  private CatalogReader(JsonParser parser, boolean strict) {
    this.parser = parser;
    this.strict = strict;
  }

  static Catalog read(String json, boolean strict) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return new CatalogReader(p, strict).document();
    }
  }

  static Catalog read(InputStream json, boolean strict) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return new CatalogReader(p, strict).document();
    }
  }

  /**
   * Reads the whole document, going on after a value with a problem so that every problem is
   * reported at once; only a syntax error or an exceeded limit ends the reading early, since
   * nothing after it can be trusted.
   */
  private Catalog document() {
    Catalog catalog = null;
    try {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        throw new InvalidValueException("$", Rule.REQUIRED, "the document is empty or null");
      }
      try {
        catalog = catalog();
      } catch (CatalogProblemsException e) {
        e.problems().forEach(this::problem);
        found += e.problemCount() - e.problems().size();
      } catch (InvalidValueException e) {
        problem(e);
      } catch (NullPointerException e) {
        InvalidValueException missing = RusomsorgJson.missing(e, path.toString());
        if (missing == null) {
          throw e;
        }
        problem(missing);
      } catch (Abandoned e) {
        // its problems are recorded
      }
      if (found == 0 && parser.nextToken() != null) {
        throw new InvalidValueException("$", Rule.SYNTAX, "not well-formed JSON: more content after the catalog "
            + at());
      }
    } catch (StreamConstraintsException e) {
      problem(new InvalidValueException(path.toString(), Rule.RANGE, JsonLimits.EXCEEDED + " " + at(), e));
    } catch (JacksonException e) {
      problem(new InvalidValueException(path.toString(), Rule.SYNTAX,
          "not well-formed JSON: " + e.getOriginalMessage() + " " + at(), e));
    }
    if (found == 1) {
      throw problems.get(0);
    }
    if (found > 1) {
      throw new CatalogProblemsException(problems, found);
    }
    return catalog;
  }

  private void problem(InvalidValueException e) {
    if (found < MAX_PROBLEMS) {
      problems.add(e);
    }
    found++;
  }

  /**
   * After a failure inside a value: records the problem and moves the parser past the rest of the
   * value, back to the object or list ({@code depth}) that holds it, so that reading goes on with the
   * next field or element. Anything but a problem (a syntax error, a bug) is passed on.
   */
  private void recover(RuntimeException e, int depth) {
    if (e instanceof InvalidValueException) {
      problem((InvalidValueException) e);
    } else if (e instanceof NullPointerException) {
      // a constructor refused a null: a missing value at this object's path (docs/adr/0022)
      InvalidValueException missing = RusomsorgJson.missing((NullPointerException) e, path.toString());
      if (missing == null) {
        throw e;
      }
      problem(missing);
    } else if (e != ABANDONED) {
      throw e;
    }
    while (parser.streamReadContext().getNestingDepth() > depth) {
      if (parser.nextToken() == null) {
        return;
      }
    }
  }

  /** The nesting depth of the object or list that starts at the current token. */
  private int depth() {
    return parser.streamReadContext().getNestingDepth();
  }

  /** Reads one field of an object into what collects the object's parts. */
  @FunctionalInterface
  private interface Fields<B> {
    void read(B parts, String name, int mark);
  }

  /**
   * Reads an object field by field into {@code parts}, going on after a field with a problem (recorded,
   * see {@link #recover}); then, if no field had a problem, builds the value, reporting a problem of the
   * whole object at the object's path. A value whose parts had problems is abandoned without building:
   * building would only repeat them as missing values.
   */
  private <B, T> T object(B parts, Fields<B> fields, Function<B, T> build) {
    int mark = startObject();
    int depth = depth();
    int before = found;
    for (String name = nextField(mark); name != null; name = nextField(mark)) {
      try {
        fields.read(parts, name, mark);
      } catch (RuntimeException e) {
        recover(e, depth);
      }
    }
    if (found > before) {
      throw ABANDONED;
    }
    try {
      return build.apply(parts);
    } catch (InvalidValueException e) {
      throw e.under(path.toString());
    }
  }

  /** Reads a list element by element, going on after an element with a problem (recorded). */
  private <T> void elements(Supplier<T> element, Consumer<T> add) {
    int m = startArray();
    int d = depth();
    for (int i = 0; nextElement(m, i); i++) {
      try {
        add.accept(element.get());
      } catch (RuntimeException e) {
        recover(e, d);
      }
    }
  }

  /**
   * The elements of one list, each of which may appear once: a repeated value is a {@link Rule#UNIQUE}
   * problem at its index. Call once per list.
   */
  private <T> Supplier<T> distinct(Supplier<T> element, Function<T, String> describe) {
    Set<T> seen = new HashSet<>();
    return () -> {
      T value = element.get();
      if (!seen.add(value)) {
        throw new InvalidValueException(path.toString(), Rule.UNIQUE, describe.apply(value) + " is listed twice");
      }
      return value;
    };
  }

  // ---------------------------------------------------------------- the model, type by type

  private Catalog catalog() {
    return object(ImmutableCatalog.builder(), (b, name, mark) -> {
      switch (name) {
        case "dataVersion": b.dataVersion(string()); break;
        case "verifiedOn": b.verifiedOn(date()); break;
        case "municipality": b.municipality(municipality()); break;
        case "sources": elements(this::source, b::addSource); break;
        case "units": elements(this::unit, b::addUnit); break;
        case "services": elements(this::service, b::addService); break;
        default: unknown(name, mark, "dataVersion", "verifiedOn", "municipality", "sources", "units", "services");
      }
    }, ImmutableCatalog.Builder::build);
  }

  private Municipality municipality() {
    return object(ImmutableMunicipality.builder(), (b, name, mark) -> {
      switch (name) {
        case "id": b.id(string()); break;
        case "name": b.name(string()); break;
        case "validity": b.validity(validity()); break;
        case "numbers": elements(this::numberPeriod, b::addNumber); break;
        case "successor": if (present()) { b.successor(successor()); } break;
        case "existedBefore": if (present()) { b.existedBefore(earlierExistence()); } break;
        case "appealBody": if (present()) { b.appealBody(text()); } break;
        default: unknown(name, mark, "id", "name", "validity", "numbers", "successor", "existedBefore", "appealBody");
      }
    }, ImmutableMunicipality.Builder::build);
  }

  private NumberPeriod numberPeriod() {
    return object(ImmutableNumberPeriod.builder(), (b, name, mark) -> {
      switch (name) {
        case "number": b.number(municipalityNumber()); break;
        case "county": b.county(county()); break;
        case "validity": b.validity(validity()); break;
        default: unknown(name, mark, "number", "county", "validity");
      }
    }, ImmutableNumberPeriod.Builder::build);
  }

  private County county() {
    return object(new String[2], (parts, name, mark) -> {
      switch (name) {
        case "number": parts[0] = string(); break;
        case "name": parts[1] = string(); break;
        default: unknown(name, mark, "number", "name");
      }
    }, parts -> County.of(parts[0], parts[1]));
  }

  private EarlierExistence earlierExistence() {
    return object(ImmutableEarlierExistence.builder(), (b, name, mark) -> {
      switch (name) {
        case "sinceYear": if (present()) { b.sinceYear(integer()); } break;
        case "description": b.description(text()); break;
        case "sourceId": b.sourceId(string()); break;
        default: unknown(name, mark, "sinceYear", "description", "sourceId");
      }
    }, ImmutableEarlierExistence.Builder::build);
  }

  private Successor successor() {
    return object(ImmutableSuccessor.builder(), (b, name, mark) -> {
      switch (name) {
        case "number": b.number(municipalityNumber()); break;
        case "name": b.name(string()); break;
        case "from": b.from(date()); break;
        default: unknown(name, mark, "number", "name", "from");
      }
    }, ImmutableSuccessor.Builder::build);
  }

  private Validity validity() {
    return object(ImmutableValidity.builder(), (b, name, mark) -> {
      switch (name) {
        case "from": b.from(date()); break;
        case "to": if (present()) { b.to(date()); } break;
        default: unknown(name, mark, "from", "to");
      }
    }, ImmutableValidity.Builder::build);
  }

  private Source source() {
    return object(ImmutableSource.builder(), (b, name, mark) -> {
      switch (name) {
        case "id": b.id(string()); break;
        case "title": b.title(string()); break;
        case "publisher": b.publisher(string()); break;
        case "url": if (present()) { b.url(uri()); } break;
        case "document": if (present()) { b.document(string()); } break;
        case "retrieved": if (present()) { b.retrieved(date()); } break;
        case "verifiedOn": b.verifiedOn(date()); break;
        default: unknown(name, mark, "id", "title", "publisher", "url", "document", "retrieved", "verifiedOn");
      }
    }, ImmutableSource.Builder::build);
  }

  private Unit unit() {
    return object(ImmutableUnit.builder(), (b, name, mark) -> {
      switch (name) {
        case "id": b.id(string()); break;
        case "name": b.name(text()); break;
        case "description": if (present()) { b.description(text()); } break;
        case "parentOrganisation": if (present()) { b.parentOrganisation(string()); } break;
        case "contactPoints": elements(this::contactPoint, b::addContactPoint); break;
        case "validity": if (present()) { b.validity(validity()); } break;
        default: unknown(name, mark, "id", "name", "description", "parentOrganisation", "contactPoints", "validity");
      }
    }, ImmutableUnit.Builder::build);
  }

  private ContactPoint contactPoint() {
    return object(ImmutableContactPoint.builder(), (b, name, mark) -> {
      switch (name) {
        case "id": b.id(string()); break;
        case "label": b.label(text()); break;
        case "phones": elements(this::phone, b::addPhone); break;
        case "emails": elements(this::email, b::addEmail); break;
        case "visitingAddress": if (present()) { b.visitingAddress(address()); } break;
        case "postalAddress": if (present()) { b.postalAddress(address()); } break;
        case "url": if (present()) { b.url(uri()); } break;
        case "openingHours": if (present()) { b.openingHours(openingHours()); } break;
        default: unknown(name, mark, "id", "label", "phones", "emails", "visitingAddress", "postalAddress", "url",
            "openingHours");
      }
    }, ImmutableContactPoint.Builder::build);
  }

  private Address address() {
    return object(ImmutableAddress.builder(), (b, name, mark) -> {
      switch (name) {
        case "recipient": if (present()) { b.recipient(string()); } break;
        case "street": if (present()) { b.street(string()); } break;
        case "poBox": if (present()) { b.poBox(string()); } break;
        case "postcode": if (present()) { b.postcode(string()); } break;
        case "place": b.place(string()); break;
        default: unknown(name, mark, "recipient", "street", "poBox", "postcode", "place");
      }
    }, ImmutableAddress.Builder::build);
  }

  private OpeningHours openingHours() {
    return object(ImmutableOpeningHours.builder(), (b, name, mark) -> {
      switch (name) {
        case "alwaysOpen": b.alwaysOpen(bool()); break;
        case "periods": elements(this::openingPeriod, b::addPeriod); break;
        case "note": if (present()) { b.note(text()); } break;
        case "fallback": if (present()) { b.fallback(fallback()); } break;
        default: unknown(name, mark, "alwaysOpen", "periods", "note", "fallback");
      }
    }, ImmutableOpeningHours.Builder::build);
  }

  private OpeningPeriod openingPeriod() {
    return object(ImmutableOpeningPeriod.builder(), (b, name, mark) -> {
      switch (name) {
        case "days": elements(() -> enumValue(DayOfWeek.class), b::addDay); break;
        case "workingDaysOnly": b.workingDaysOnly(bool()); break;
        case "opens": b.opens(time()); break;
        case "closes": b.closes(time()); break;
        default: unknown(name, mark, "days", "workingDaysOnly", "opens", "closes");
      }
    }, ImmutableOpeningPeriod.Builder::build);
  }

  private Fallback fallback() {
    return object(ImmutableFallback.builder(), (b, name, mark) -> {
      switch (name) {
        case "text": b.text(text()); break;
        case "answeredBy": if (present()) { b.answeredBy(string()); } break;
        case "callbackWithin": if (present()) { b.callbackWithin(periodSpec()); } break;
        case "coversAllHours": b.coversAllHours(bool()); break;
        default: unknown(name, mark, "text", "answeredBy", "callbackWithin", "coversAllHours");
      }
    }, ImmutableFallback.Builder::build);
  }

  private PeriodSpec periodSpec() {
    return object(ImmutablePeriodSpec.builder(), (b, name, mark) -> {
      switch (name) {
        case "amount": b.amount(integer()); break;
        case "unit": b.unit(enumValue(PeriodUnit.class)); break;
        case "lowerAmount": if (present()) { b.lowerAmount(integer()); } break;
        default: unknown(name, mark, "amount", "unit", "lowerAmount");
      }
    }, ImmutablePeriodSpec.Builder::build);
  }

  private Service service() {
    return object(ImmutableService.builder(), (b, name, mark) -> {
      switch (name) {
        case "id": b.id(string()); break;
        case "kind": b.kind(enumValue(ServiceKind.class)); break;
        case "name": b.name(text()); break;
        case "description": if (present()) { b.description(text()); } break;
        case "accessMode": b.accessMode(enumValue(AccessMode.class)); break;
        case "requisitionedBy": if (present()) { b.requisitionedBy(string()); } break;
        case "applicationBeforeContact": b.applicationBeforeContact(bool()); break;
        case "cost": b.cost(cost()); break;
        case "targetGroups":
          elements(distinct(() -> enumValue(TargetGroup.class), g -> "the target group " + g), b::addTargetGroup);
          break;
        case "legalBasis": elements(this::legalReference, b::addLegalBasi); break;
        case "responsePromises": elements(this::responsePromise, b::addResponsePromise); break;
        case "unitIds": elements(this::string, b::addUnitId); break;
        case "validity": if (present()) { b.validity(validity()); } break;
        case "sourceIds": elements(this::string, b::addSourceId); break;
        case "verifiedOn": b.verifiedOn(date()); break;
        case "complaintInfo": elements(this::complaintInfo, b::addComplaintInfo); break;
        case "eligibility": if (present()) { b.eligibility(criterion()); } break;
        default: unknown(name, mark, "id", "kind", "name", "description", "accessMode", "requisitionedBy",
            "applicationBeforeContact", "cost", "targetGroups", "legalBasis", "responsePromises", "unitIds",
            "validity", "sourceIds", "verifiedOn", "complaintInfo", "eligibility");
      }
    }, ImmutableService.Builder::build);
  }

  private Cost cost() {
    return object(ImmutableCost.builder(), (b, name, mark) -> {
      switch (name) {
        case "free": if (present()) { b.free(bool()); } break;
        case "description": if (present()) { b.description(text()); } break;
        default: unknown(name, mark, "free", "description");
      }
    }, ImmutableCost.Builder::build);
  }

  private ResponsePromise responsePromise() {
    return object(new PromiseParts(), (p, name, mark) -> {
      switch (name) {
        case "what": p.builder.what(text()); break;
        case "kind": p.builder.kind(enumValue(PromiseKind.class)); break;
        case "min": p.min = integer(); break;
        case "max": p.max = integer(); break;
        case "unit": p.unit = enumValue(PeriodUnit.class); break;
        case "indicative": p.builder.indicative(bool()); break;
        default: unknown(name, mark, "what", "kind", "min", "max", "unit", "indicative");
      }
    }, p -> p.builder.period(PromiseForm.period(p.min, p.max, p.unit)).build());
  }

  /** A promise's fields while it is read: its period is built from the flat min, max and unit. */
  private static final class PromiseParts {
    final ImmutableResponsePromise.Builder builder = ImmutableResponsePromise.builder();
    @Nullable Integer min;
    @Nullable Integer max;
    @Nullable PeriodUnit unit;
  }

  private PublishedComplaintInfo complaintInfo() {
    return object(ImmutablePublishedComplaintInfo.builder(), (b, name, mark) -> {
      switch (name) {
        case "subject": b.subject(enumValue(ComplaintSubject.class)); break;
        case "deadline": if (present()) { b.deadline(periodSpec()); } break;
        case "firstInstance": if (present()) { b.firstInstance(string()); } break;
        case "body": b.body(string()); break;
        case "nextBody": if (present()) { b.nextBody(string()); } break;
        case "sourceId": b.sourceId(string()); break;
        default: unknown(name, mark, "subject", "deadline", "firstInstance", "body", "nextBody", "sourceId");
      }
    }, ImmutablePublishedComplaintInfo.Builder::build);
  }

  private LegalReference legalReference() {
    return object(ImmutableLegalReference.builder(), (b, name, mark) -> {
      switch (name) {
        case "act": b.act(enumValue(Act.class)); break;
        case "section": b.section(string()); break;
        case "paragraph": if (present()) { b.paragraph(integer()); } break;
        case "unverified": b.unverified(bool()); break;
        default: unknown(name, mark, "act", "section", "paragraph", "unverified");
      }
    }, ImmutableLegalReference.Builder::build);
  }

  private LocalizedText text() {
    return object(ImmutableLocalizedText.builder(), (b, name, mark) -> {
      switch (name) {
        case "nb": b.nb(string()); break;
        case "nn": if (present()) { b.nn(string()); } break;
        case "en": if (present()) { b.en(string()); } break;
        default: unknown(name, mark, "nb", "nn", "en");
      }
    }, ImmutableLocalizedText.Builder::build);
  }

  private Basis basis() {
    return object(ImmutableBasis.builder(), (b, name, mark) -> {
      switch (name) {
        case "legalReference": if (present()) { b.legalReference(legalReference()); } break;
        case "sourceId": if (present()) { b.sourceId(string()); } break;
        default: unknown(name, mark, "legalReference", "sourceId");
      }
    }, ImmutableBasis.Builder::build);
  }

  /**
   * A criterion: an object with a {@code "type"} name, anywhere among its fields. Every field name has
   * one shape whatever the type, so the fields are read as they come and checked against the type at
   * the end.
   */
  private Criterion criterion() {
    int mark = startObject();
    String type = null;
    Integer years = null;
    Basis basis = null;
    Set<MunicipalityRelation> accepted = null;
    Role role = null;
    List<Criterion> of = null;
    Criterion inner = null;
    LocalizedText condition = null;
    List<String> given = new ArrayList<>(3);
    int depth = depth();
    int before = found;
    for (String name = nextField(mark); name != null; name = nextField(mark)) {
      try {
        switch (name) {
          case "type": type = string(); break;
          case "years": years = integer(); break;
          case "basis": if (present()) { basis = basis(); } break;
          case "accepted": {
            Set<MunicipalityRelation> relations = new HashSet<>();
            elements(distinct(() -> enumValue(MunicipalityRelation.class), String::valueOf), relations::add);
            accepted = relations;
            break;
          }
          case "role": role = enumValue(Role.class); break;
          case "of": {
            List<Criterion> children = new ArrayList<>();
            elements(this::criterion, children::add);
            of = children;
            break;
          }
          case "criterion": inner = criterion(); break;
          case "condition": condition = text(); break;
          default: unknown(name, mark, "type", "years", "basis", "accepted", "role", "of", "criterion", "condition");
            continue;
        }
        given.add(name);
      } catch (RuntimeException e) {
        recover(e, depth);
      }
    }
    path.setLength(mark);
    if (found > before) {
      throw ABANDONED;
    }
    if (type == null) {
      throw new InvalidValueException(path.toString(), Rule.FORMAT, "a criterion needs its \"type\" (one of "
          + CRITERION_TYPES + ")");
    }
    try {
      switch (type) {
        case "minimumAge":
          onlyFields(given, mark, "type", "years", "basis");
          if (years == null) {
            throw new InvalidValueException("years", Rule.REQUIRED, "a minimum age needs its years");
          }
          return new Criterion.MinimumAge(years, basis);
        case "residency":
          onlyFields(given, mark, "type", "accepted", "basis");
          return new Criterion.Residency(accepted, basis);
        case "role":
          onlyFields(given, mark, "type", "role", "basis");
          return new Criterion.HasRole(role, basis);
        case "pregnant":
          onlyFields(given, mark, "type", "basis");
          return new Criterion.Pregnant(basis);
        case "homeless":
          onlyFields(given, mark, "type", "basis");
          return new Criterion.Homeless(basis);
        case "coOccurringMentalIllness":
          onlyFields(given, mark, "type", "basis");
          return new Criterion.CoOccurringMentalIllness(basis);
        case "inLar":
          onlyFields(given, mark, "type", "basis");
          return new Criterion.InLar(basis);
        case "proxyWithPowerOfAttorney":
          onlyFields(given, mark, "type", "basis");
          return new Criterion.ProxyWithPowerOfAttorney(basis);
        case "notStated":
          onlyFields(given, mark, "type", "basis");
          return new Criterion.NotStated(basis);
        case "described":
          onlyFields(given, mark, "type", "condition", "basis");
          return new Criterion.Described(condition, basis);
        case "all":
          onlyFields(given, mark, "type", "of");
          return new Criterion.All(of);
        case "any":
          onlyFields(given, mark, "type", "of");
          return new Criterion.Any(of);
        case "not":
          onlyFields(given, mark, "type", "criterion");
          return new Criterion.Not(inner);
        default:
          throw new InvalidValueException(path + ".type", Rule.FORMAT, "unknown criterion type "
              + InvalidValueException.quote(type) + " (known: " + CRITERION_TYPES + ")");
      }
    } catch (InvalidValueException e) {
      throw e.field().startsWith("$") ? e : e.under(path.toString());
    }
  }

  private static final List<String> CRITERION_TYPES = List.of("minimumAge", "residency", "role", "pregnant",
      "homeless", "coOccurringMentalIllness", "inLar", "proxyWithPowerOfAttorney", "notStated", "described", "all", "any",
      "not");

  private void onlyFields(List<String> given, int mark, String... allowed) {
    if (!strict) {
      return; // lenient: a field that belongs to another type of criterion is ignored like any unknown field
    }
    List<String> known = Arrays.asList(allowed);
    for (String name : given) {
      if (!known.contains(name)) {
        path.setLength(mark);
        path.append('.').append(name);
        unknown(name, mark, allowed);
      }
    }
    path.setLength(mark);
  }

  // ---------------------------------------------------------------- scalars

  private String string() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    throw wrongType(t, "a text");
  }

  private boolean bool() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType(t, "true or false");
  }

  private int integer() {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(t, "a whole number");
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw new InvalidValueException(path.toString(), Rule.RANGE, "the number "
          + InvalidValueException.quote(parser.getString()) + " is too large");
    }
    return parser.getIntValue();
  }

  private LocalDate date() {
    String s = string();
    LocalDate d = StrictScalars.dateOrNull(s);
    if (d == null) {
      throw new InvalidValueException(path.toString(), Rule.FORMAT, InvalidValueException.quote(s) + " is not "
          + StrictScalars.DATE_RULE);
    }
    return d;
  }

  private LocalTime time() {
    String s = string();
    LocalTime t = StrictScalars.timeOrNull(s);
    if (t == null) {
      throw new InvalidValueException(path.toString(), Rule.FORMAT, InvalidValueException.quote(s) + " is not "
          + StrictScalars.TIME_RULE);
    }
    return t;
  }

  private URI uri() {
    String s = string();
    try {
      return new URI(s);
    } catch (java.net.URISyntaxException e) {
      throw new InvalidValueException(path.toString(), Rule.FORMAT, InvalidValueException.quote(s)
          + " is not a valid address: " + InvalidValueException.quote(e.getReason()), e);
    }
  }

  private MunicipalityNumber municipalityNumber() {
    return MunicipalityNumber.of(path.toString(), string());
  }

  private PhoneNumber phone() {
    String s = string();
    try {
      return PhoneNumber.parse(s);
    } catch (InvalidValueException e) {
      throw e.under(path.toString());
    }
  }

  private EmailAddress email() {
    String s = string();
    try {
      return EmailAddress.parse(s);
    } catch (InvalidValueException e) {
      throw e.under(path.toString());
    }
  }

  private <E extends Enum<E>> E enumValue(Class<E> type) {
    String s = string();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw new InvalidValueException(path.toString(), Rule.FORMAT, InvalidValueException.quote(s) + " is not a "
        + type.getSimpleName()
        + " (known: " + Arrays.toString(type.getEnumConstants()) + ")");
  }

  // ---------------------------------------------------------------- structure and paths

  /** Whether the current value is not {@code null}; an optional field given as null is left out. */
  private boolean present() {
    return parser.currentToken() != JsonToken.VALUE_NULL;
  }

  /** Expects the start of an object at the current token; returns the path length to come back to. */
  private int startObject() {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw wrongType(t, "an object");
    }
    return path.length();
  }

  /** Moves to the next field's value and makes it the current path; null at the end of the object. */
  private String nextField(int mark) {
    path.setLength(mark);
    String name = parser.nextName();
    if (name == null) {
      return null; // END_OBJECT
    }
    path.append('.').append(name);
    parser.nextToken();
    return name;
  }

  /**
   * Expects the start of a list at the current token; returns the path length to come back to, or -1
   * for {@code null}, which stands for an empty list as an absent field does.
   */
  private int startArray() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return -1;
    }
    if (t != JsonToken.START_ARRAY) {
      throw wrongType(t, "a list");
    }
    return path.length();
  }

  /** Moves to element {@code index} and makes it the current path; false at the end of the list. */
  private boolean nextElement(int mark, int index) {
    if (mark < 0) {
      return false;
    }
    path.setLength(mark);
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    path.append('[').append(index).append(']');
    if (index >= JsonLimits.MAX_LIST_LENGTH) {
      throw new InvalidValueException(path.toString(), Rule.RANGE, "a list in a catalog has at most "
          + JsonLimits.MAX_LIST_LENGTH + " elements");
    }
    if (t == JsonToken.VALUE_NULL) {
      throw new InvalidValueException(path.toString(), Rule.REQUIRED, "a list element must not be null");
    }
    return true;
  }

  /** An unknown field: an error in strict mode, skipped in lenient mode. */
  private void unknown(String name, int mark, String... known) {
    if (strict) {
      throw new InvalidValueException(path.toString(), Rule.UNKNOWN_PROPERTY, "unknown field "
          + InvalidValueException.quote(name) + " (known: " + Arrays.toString(known) + ")");
    }
    parser.skipChildren();
  }

  private InvalidValueException wrongType(JsonToken t, String expected) {
    if (t == JsonToken.VALUE_NULL) {
      return new InvalidValueException(path.toString(), Rule.REQUIRED, "must not be null; expected " + expected);
    }
    return new InvalidValueException(path.toString(), Rule.FORMAT, "expected " + expected + ", found "
        + describe(t));
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT: return "an object";
      case START_ARRAY: return "a list";
      case VALUE_STRING: return "a text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE: return "a boolean";
      default: return String.valueOf(t);
    }
  }

  private String at() {
    return "(line " + parser.currentTokenLocation().getLineNr() + ", column "
        + parser.currentTokenLocation().getColumnNr() + ")";
  }
}
