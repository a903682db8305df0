package no.rusomsorg.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The library's null and error contract, checked by reflection over one published module (docs/adr/0022).
 *
 * <p>Reads the module's {@code module-info.class}, lists every public class of every exported package,
 * and offers three checks:
 * <ul>
 *   <li>{@link #nullViolations()}: every public constructor, static method and instance method with a
 *       reference parameter is called with {@code null} in that parameter and sample values in the others;
 *       it must throw a {@link NullPointerException} whose message names the parameter (for classes that
 *       Immutables generates: the attribute). Exempt: parameters annotated with JSpecify's {@code @Nullable}
 *       (documented as accepting null), {@code equals(Object)}, an enum's implicit {@code valueOf(String)},
 *       and abstract methods (there is no body to check; the implementations are checked where they are
 *       public).</li>
 *   <li>{@link #optionalParameters()}: no public method or constructor takes an {@code Optional}
 *       (the initialisers Immutables generates for an optional attribute are exempt: they mirror the
 *       accessor).</li>
 *   <li>{@link #packagesWithoutNullMarked()}: every exported package's {@code package-info} carries
 *       {@code @NullMarked}.</li>
 * </ul>
 *
 * <p>Sample values come from a small table of JDK types, enums (the first constant), the values a test
 * registers, and values harvested from seeds: every object reachable from the seeds, from the public
 * static constants and from the public static no-argument factories of the module through public
 * no-argument accessors (collections, maps and optionals are opened). A parameter type without a sample
 * is reported as a violation, never skipped.
 */
public final class NullContract {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*(\\[\\d*])?( (element|key|value))?");
  private static final Set<String> NO_HARVEST = Set.of("toBuilder", "hashCode", "toString", "build", "builder",
      "iterator", "stream", "spliterator", "close", "clear", "getClass", "notify", "notifyAll", "wait", "values",
      "clone", "lines", "load", "reload", "main");
  private static final int HARVEST_LIMIT = 20_000;

  private final String module;
  private final Path classes;
  private final List<String> packages;
  private final ClassLoader loader;
  private final Map<Class<?>, Supplier<?>> registered = new LinkedHashMap<>();
  private final List<Object> seeds = new ArrayList<>();
  private final Map<String, String> pending = new LinkedHashMap<>();
  private final Map<String, String> exemptMembers = new LinkedHashMap<>();
  private @Nullable Map<Class<?>, List<Object>> harvested;

  private NullContract(Class<?> anchor) {
    try {
      this.classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + anchor, e);
    }
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new IllegalStateException("no module-info.class in " + classes, e);
    }
    this.module = descriptor.name();
    this.packages = descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .sorted()
        .collect(Collectors.toList());
    this.loader = anchor.getClassLoader();
  }

  /**
   * The contract of the module whose classes hold {@code anchor}.
   *
   * @param anchor any class of the published module's main code
   * @return a checker with no seeds yet
   */
  public static NullContract ofModuleOf(Class<?> anchor) {
    return new NullContract(anchor);
  }

  /**
   * Adds objects whose accessors the checker walks for sample values.
   *
   * @param values domain values, such as a test fixture's catalog
   * @return this checker
   */
  public NullContract seed(Object... values) {
    seeds.addAll(List.of(values));
    harvested = null;
    return this;
  }

  /**
   * Registers a sample for a parameter or receiver type that harvesting does not reach, or that must be
   * fresh for each call.
   *
   * @param type the type
   * @param sample makes a sample
   * @param <T> the type
   * @return this checker
   */
  public <T> NullContract sample(Class<T> type, Supplier<? extends T> sample) {
    registered.put(type, sample);
    return this;
  }

  /**
   * Leaves an exported package out of the null-argument and the Optional-parameter checks (never the
   * {@code @NullMarked} check), with the reason. The list is explicit and printed with every run; it is
   * a to-do list, not a filter.
   *
   * @param pkg the package name
   * @param reason why it is not yet covered
   * @return this checker
   */
  public NullContract notYetCovered(String pkg, String reason) {
    if (!packages.contains(pkg)) {
      throw new IllegalArgumentException(pkg + " is not exported by " + module);
    }
    pending.put(pkg, reason);
    return this;
  }

  /**
   * Leaves one member, or one parameter of it, out of the null-argument check, with the reason.
   *
   * @param member {@code Class#method} with the class's simple binary name, such as {@code Catalog#of},
   *     {@code Class#<init>} for a constructor, or either with {@code :parameter} for one parameter
   * @param reason why the member is exempt
   * @return this checker
   */
  public NullContract exempt(String member, String reason) {
    exemptMembers.put(member, reason);
    return this;
  }

  /** The module name read from {@code module-info.class}. */
  public String module() {
    return module;
  }

  /** The exported packages (unqualified exports). */
  public List<String> exportedPackages() {
    return packages;
  }

  /** The packages left out of the null-argument check, with their reasons. */
  public Map<String, String> pending() {
    return Map.copyOf(pending);
  }

  /**
   * The public classes of the exported packages, including public nested classes.
   *
   * @return the classes, sorted by name
   */
  public List<Class<?>> publicClasses() {
    List<Class<?>> out = new ArrayList<>();
    for (String pkg : packages) {
      Path dir = classes.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          String file = f.getFileName().toString();
          if (!file.endsWith(".class") || file.equals("package-info.class")) {
            continue;
          }
          Class<?> c = load(pkg + "." + file.substring(0, file.length() - ".class".length()));
          if (c != null && isApi(c)) {
            out.add(c);
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot list " + dir, e);
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  private @Nullable Class<?> load(String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }

  private static boolean isApi(Class<?> c) {
    if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The exported packages whose {@code package-info} lacks {@code @NullMarked}.
   *
   * @return package names; empty when all are marked
   */
  public List<String> packagesWithoutNullMarked() {
    List<String> out = new ArrayList<>();
    for (String pkg : packages) {
      Class<?> info;
      try {
        info = Class.forName(pkg + ".package-info", false, loader);
      } catch (ClassNotFoundException e) {
        out.add(pkg + " (no package-info)");
        continue;
      }
      if (!info.isAnnotationPresent(NullMarked.class)) {
        out.add(pkg);
      }
    }
    return out;
  }

  /**
   * The public methods and constructors that take an {@code Optional}.
   *
   * @return one line per offending parameter; empty when there are none
   */
  public List<String> optionalParameters() {
    List<String> out = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      if (isGenerated(c) || pending.containsKey(c.getPackageName())) {
        continue;
      }
      for (Executable e : members(c)) {
        for (Parameter p : e.getParameters()) {
          Class<?> t = p.getType();
          if (t == Optional.class || t == OptionalInt.class || t == OptionalLong.class || t == OptionalDouble.class) {
            out.add(describe(e) + " parameter '" + p.getName() + "' is " + t.getSimpleName());
          }
        }
      }
    }
    return out;
  }

  /**
   * Calls every public member with a null in each non-nullable reference parameter in turn.
   *
   * @return one line per violation; empty when the module keeps the contract
   */
  public List<String> nullViolations() {
    List<String> out = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      if (pending.containsKey(c.getPackageName())) {
        continue;
      }
      for (Executable e : members(c)) {
        if (exempt(c, e)) {
          continue;
        }
        Parameter[] params = e.getParameters();
        for (int i = 0; i < params.length; i++) {
          if (params[i].getType().isPrimitive() || isNullable(params[i])
              || exemptMembers.containsKey(memberKey(c, e) + ":" + params[i].getName())) {
            continue;
          }
          String problem = check(c, e, i);
          if (problem != null) {
            out.add(describe(e) + " null '" + params[i].getName() + "': " + problem);
          }
        }
      }
    }
    return out;
  }

  private static List<Executable> members(Class<?> c) {
    List<Executable> out = new ArrayList<>();
    if (!Modifier.isAbstract(c.getModifiers()) && !c.isEnum()) {
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (Modifier.isPublic(k.getModifiers()) && !k.isSynthetic()) {
          out.add(k);
        }
      }
    }
    for (Method m : c.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(NullContract::describe));
    return out;
  }

  private boolean exempt(Class<?> c, Executable e) {
    if (Modifier.isAbstract(e.getModifiers())) {
      return true;
    }
    if (e instanceof Method) {
      Method m = (Method) e;
      if (m.getName().equals("equals") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class) {
        return true;
      }
      if (c.isEnum() && m.getName().equals("valueOf") && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == String.class && Modifier.isStatic(m.getModifiers())) {
        return true;
      }
    }
    return exemptMembers.containsKey(memberKey(c, e));
  }

  private static String memberKey(Class<?> c, Executable e) {
    return simpleName(c) + "#" + (e instanceof Constructor ? "<init>" : e.getName());
  }

  private static boolean isNullable(Parameter p) {
    AnnotatedType t = p.getAnnotatedType();
    return t.isAnnotationPresent(Nullable.class) || p.isAnnotationPresent(Nullable.class);
  }

  /** Whether Immutables generated the class (an {@code Immutable*} class or one of its nested classes). */
  static boolean isGenerated(Class<?> c) {
    Class<?> top = c;
    while (top.getEnclosingClass() != null) {
      if (top.getSimpleName().startsWith("Immutable")) {
        return true;
      }
      top = top.getEnclosingClass();
    }
    return top.getSimpleName().startsWith("Immutable");
  }

  private @Nullable String check(Class<?> c, Executable e, int nullAt) {
    Parameter[] params = e.getParameters();
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      if (i == nullAt) {
        continue;
      }
      Optional<Object> s = sampleFor(params[i].getType(), params[i].getParameterizedType());
      if (s.isEmpty()) {
        return "no sample value for parameter '" + params[i].getName() + "' of type "
            + params[i].getParameterizedType().getTypeName() + " (seed one or register a sample)";
      }
      args[i] = s.get();
    }
    Object receiver = null;
    if (e instanceof Method && !Modifier.isStatic(e.getModifiers())) {
      Optional<Object> r = receiverFor(c);
      if (r.isEmpty()) {
        return "no receiver of type " + c.getName() + " (seed one or register a sample)";
      }
      receiver = r.get();
    }
    Throwable thrown;
    try {
      if (e instanceof Constructor) {
        ((Constructor<?>) e).newInstance(args);
      } else {
        Method m = (Method) e;
        m.setAccessible(true);
        m.invoke(receiver, args);
      }
      return "returned normally (add Objects.requireNonNull, or annotate the parameter @Nullable and document it)";
    } catch (InvocationTargetException ex) {
      thrown = ex.getCause();
    } catch (ReflectiveOperationException | IllegalArgumentException ex) {
      return "could not be called: " + ex;
    }
    if (!(thrown instanceof NullPointerException)) {
      return "threw " + thrown.getClass().getName() + ": " + thrown.getMessage();
    }
    String message = thrown.getMessage();
    if (message == null) {
      return "NullPointerException without a message (from " + origin(thrown) + ")";
    }
    String name = params[nullAt].getName();
    if (message.contains("because \"")) {
      // generated code dereferences its parameter at once (the boundary is the generated class itself)
      if (isGenerated(c) && origin(thrown).startsWith(topLevel(c).getName())) {
        return null;
      }
      return "NullPointerException from a dereference, not a check: " + message;
    }
    if (message.equals(name) || message.startsWith(name + " ") || message.endsWith(" " + name)
        || isGenerated(c) && IDENTIFIER.matcher(message).matches()) {
      return null;
    }
    return "NullPointerException whose message '" + message + "' does not name the parameter (from "
        + origin(thrown) + ")";
  }

  private static Class<?> topLevel(Class<?> c) {
    Class<?> top = c;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    return top;
  }

  private static String origin(Throwable t) {
    StackTraceElement[] st = t.getStackTrace();
    for (StackTraceElement el : st) {
      if (!el.getClassName().startsWith("java.")) {
        return el.toString();
      }
    }
    return st.length > 0 ? st[0].toString() : "?";
  }

  private Optional<Object> receiverFor(Class<?> c) {
    Supplier<?> s = registered.get(c);
    if (s != null) {
      return Optional.of(s.get());
    }
    for (Map.Entry<Class<?>, Supplier<?>> en : registered.entrySet()) {
      if (en.getKey().isAssignableFrom(c)) {
        Object candidate = en.getValue().get();
        if (c.isInstance(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    // fresh builders: a public static no-argument method of the class or its enclosing class returning it
    List<Class<?>> owners = new ArrayList<>();
    owners.add(c);
    if (c.getEnclosingClass() != null) {
      owners.add(c.getEnclosingClass());
      Class<?> outer = c.getEnclosingClass();
      if (outer.getSuperclass() != null) {
        owners.add(outer.getSuperclass());
      }
      owners.addAll(List.of(outer.getInterfaces()));
    }
    for (Class<?> owner : owners) {
      for (Method m : owner.getDeclaredMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getReturnType() == c) {
          try {
            return Optional.ofNullable(m.invoke(null));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + c.getName() + " with " + m, e);
          }
        }
      }
    }
    if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
      return harvestedOf(c);
    }
    Optional<Object> found = harvestedOf(c);
    if (found.isPresent()) {
      return found;
    }
    // a generated value class: a copy of a harvested value of its abstract type
    for (Method m : c.getDeclaredMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && m.getName().equals("copyOf")
          && m.getParameterCount() == 1 && m.getReturnType() == c) {
        Optional<Object> original = harvestedOf(m.getParameterTypes()[0]);
        if (original.isPresent()) {
          try {
            return Optional.of(m.invoke(null, original.get()));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy a " + c.getName(), e);
          }
        }
      }
    }
    for (Constructor<?> k : c.getConstructors()) {
      if (k.getParameterCount() == 0) {
        try {
          return Optional.of(k.newInstance());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot make a " + c.getName(), e);
        }
      }
    }
    return harvestedOf(c);
  }

  private Optional<Object> harvestedOf(Class<?> type) {
    Map<Class<?>, List<Object>> all = harvest();
    List<Object> exact = all.get(type);
    if (exact != null && !exact.isEmpty()) {
      return Optional.of(exact.get(0));
    }
    for (Map.Entry<Class<?>, List<Object>> en : all.entrySet()) {
      if (type.isAssignableFrom(en.getKey()) && !en.getValue().isEmpty()) {
        return Optional.of(en.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  private Optional<Object> sampleFor(Class<?> raw, Type generic) {
    Supplier<?> s = registered.get(raw);
    if (s != null) {
      return Optional.of(s.get());
    }
    Object jdk = jdkSample(raw, generic);
    if (jdk != null) {
      return Optional.of(jdk);
    }
    if (raw.isEnum()) {
      return Optional.of(raw.getEnumConstants()[0]);
    }
    if (raw.isArray()) {
      return Optional.of(Array.newInstance(raw.getComponentType(), 0));
    }
    Optional<Object> h = harvestedOf(raw);
    if (h.isPresent()) {
      return h;
    }
    if (raw.isInterface() && raw.getName().startsWith("java.util.function.")) {
      return Optional.of(functional(raw));
    }
    return Optional.empty();
  }

  private Object functional(Class<?> type) {
    return Proxy.newProxyInstance(loader, new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        switch (method.getName()) {
          case "equals":
            return proxy == args[0];
          case "hashCode":
            return System.identityHashCode(proxy);
          default:
            return type.getSimpleName() + " sample";
        }
      }
      Class<?> r = method.getReturnType();
      if (r == boolean.class) {
        return true;
      }
      if (r.isPrimitive() && r != void.class) {
        return r == int.class ? 0 : r == long.class ? 0L : r == double.class ? 0.0 : null;
      }
      return args != null && args.length > 0 ? args[0] : null;
    });
  }

  private @Nullable Object jdkSample(Class<?> raw, Type generic) {
    if (raw.isPrimitive()) {
      return primitive(raw);
    }
    if (raw == String.class || raw == CharSequence.class || raw == Object.class) {
      return "x";
    }
    if (raw == LocalDate.class) {
      return LocalDate.of(2024, 1, 1);
    }
    if (raw == LocalDateTime.class) {
      return LocalDateTime.of(2024, 1, 1, 12, 0);
    }
    if (raw == LocalTime.class) {
      return LocalTime.of(12, 0);
    }
    if (raw == Instant.class) {
      return Instant.parse("2024-01-01T12:00:00Z");
    }
    if (raw == ZoneId.class) {
      return ZoneId.of("Europe/Oslo");
    }
    if (raw == ZonedDateTime.class) {
      return ZonedDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneId.of("Europe/Oslo"));
    }
    if (raw == Clock.class) {
      return Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneId.of("Europe/Oslo"));
    }
    if (raw == Duration.class) {
      return Duration.ofDays(1);
    }
    if (raw == Period.class) {
      return Period.ofDays(1);
    }
    if (raw == Year.class) {
      return Year.of(2024);
    }
    if (raw == YearMonth.class) {
      return YearMonth.of(2024, 1);
    }
    if (raw == Locale.class) {
      return Locale.forLanguageTag("nb");
    }
    if (raw == Integer.class) {
      return 1;
    }
    if (raw == Long.class) {
      return 1L;
    }
    if (raw == Boolean.class) {
      return Boolean.TRUE;
    }
    if (raw == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (raw == URI.class) {
      return URI.create("https://example.org/");
    }
    if (raw == Path.class) {
      return Path.of("x");
    }
    if (raw == InputStream.class) {
      return new ByteArrayInputStream("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    if (raw == Reader.class) {
      return new StringReader("{}");
    }
    if (raw == Class.class) {
      return Object.class;
    }
    if (raw == Throwable.class || raw == Exception.class || raw == RuntimeException.class) {
      return new RuntimeException("sample");
    }
    if (raw == Optional.class) {
      return Optional.empty();
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      Optional<Object> e = element(generic, 0);
      return e.isPresent() ? List.of(e.get()) : List.of();
    }
    if (raw == Set.class) {
      Optional<Object> e = element(generic, 0);
      return e.isPresent() ? Set.of(e.get()) : Set.of();
    }
    if (raw == SortedSet.class) {
      return new TreeSet<>();
    }
    if (raw == Map.class) {
      Optional<Object> k = element(generic, 0);
      Optional<Object> v = element(generic, 1);
      return k.isPresent() && v.isPresent() ? Map.of(k.get(), v.get()) : Map.of();
    }
    return null;
  }

  private Optional<Object> element(Type generic, int index) {
    if (!(generic instanceof ParameterizedType)) {
      return Optional.empty();
    }
    Type arg = ((ParameterizedType) generic).getActualTypeArguments()[index];
    if (arg instanceof WildcardType) {
      Type[] upper = ((WildcardType) arg).getUpperBounds();
      arg = upper.length > 0 ? upper[0] : Object.class;
    }
    Class<?> raw = arg instanceof Class ? (Class<?>) arg
        : arg instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) arg).getRawType() : null;
    if (raw == null) {
      return Optional.empty();
    }
    return sampleFor(raw, arg);
  }

  private static Object primitive(Class<?> raw) {
    if (raw == boolean.class) {
      return false;
    }
    if (raw == char.class) {
      return 'x';
    }
    if (raw == long.class) {
      return 1L;
    }
    if (raw == double.class) {
      return 1.0;
    }
    if (raw == float.class) {
      return 1.0f;
    }
    if (raw == byte.class) {
      return (byte) 1;
    }
    if (raw == short.class) {
      return (short) 1;
    }
    return 1;
  }

  private Map<Class<?>, List<Object>> harvest() {
    if (harvested != null) {
      return harvested;
    }
    Map<Class<?>, List<Object>> out = new LinkedHashMap<>();
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> queue = new ArrayDeque<>(seeds);
    for (Supplier<?> s : registered.values()) {
      queue.add(s.get());
    }
    for (Class<?> c : publicClasses()) {
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()) && !f.getType().isPrimitive()) {
          try {
            Object v = f.get(null);
            if (v != null) {
              queue.add(v);
            }
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(f.toString(), e);
          }
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getReturnType() != void.class && !NO_HARVEST.contains(m.getName()) && !m.isSynthetic()) {
          Object v = quietly(m, null);
          if (v != null) {
            queue.add(v);
          }
        }
      }
    }
    while (!queue.isEmpty() && seen.size() < HARVEST_LIMIT) {
      Object o = queue.poll();
      if (o == null || seen.put(o, Boolean.TRUE) != null) {
        continue;
      }
      if (o instanceof Collection) {
        queue.addAll((Collection<?>) o);
        continue;
      }
      if (o instanceof Map) {
        queue.addAll(((Map<?, ?>) o).keySet());
        queue.addAll(((Map<?, ?>) o).values());
        continue;
      }
      if (o instanceof Optional) {
        ((Optional<?>) o).ifPresent(queue::add);
        continue;
      }
      if (o.getClass().isArray() && !o.getClass().getComponentType().isPrimitive()) {
        queue.addAll(List.of((Object[]) o));
        continue;
      }
      out.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
      if (!o.getClass().getName().startsWith("no.rusomsorg.")) {
        continue;
      }
      for (Method m : o.getClass().getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
            && !m.getReturnType().isPrimitive() && !NO_HARVEST.contains(m.getName())
            && m.getDeclaringClass() != Object.class && !m.getName().startsWith("with")) {
          Object v = quietly(m, o);
          if (v != null) {
            queue.add(v);
          }
        }
      }
    }
    harvested = out;
    return out;
  }

  /**
   * Calls an accessor for harvesting. An accessor that throws simply yields no sample: harvesting only
   * looks for values, and the members themselves are checked by {@link #nullViolations()}.
   */
  private static @Nullable Object quietly(Method m, @Nullable Object receiver) {
    try {
      m.setAccessible(true);
      return m.invoke(receiver);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static String simpleName(Class<?> c) {
    String n = c.getName();
    return n.substring(n.lastIndexOf('.') + 1);
  }

  private static String describe(Executable e) {
    String params = Stream.of(e.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "));
    String owner = simpleName(e.getDeclaringClass());
    return owner + (e instanceof Constructor ? "#<init>" : "#" + e.getName()) + "(" + params + ")";
  }

  /**
   * A one-line summary for test output: module, packages, pending list.
   *
   * @return the summary
   */
  public String summary() {
    Set<String> covered = new LinkedHashSet<>(packages);
    covered.removeAll(pending.keySet());
    return module + ": covered " + covered + "; not yet covered " + pending + "; exempt " + exemptMembers;
  }
}
