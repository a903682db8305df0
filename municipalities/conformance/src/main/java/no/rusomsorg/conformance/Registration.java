package no.rusomsorg.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.InvalidModuleDescriptorException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import no.rusomsorg.spi.MunicipalityProvider;

/**
 * RC01's reading of a plugin's two registrations, from the jar or classes directory the provider class
 * was loaded from, independent of whether the test runs on the class path or the module path.
 */
final class Registration {
  static final String SERVICE = MunicipalityProvider.class.getName();
  static final String SERVICES_FILE = "META-INF/services/" + SERVICE;

  private Registration() {}

  /**
   * Everything that would stop an application from loading the provider one of the two ways.
   *
   * @param type the provider class
   * @return the problems found, each a sentence; empty when the provider is registered both ways
   */
  static List<String> problems(Class<?> type) {
    List<String> problems = new ArrayList<>();
    Optional<Path> location = location(type);
    String where = location.map(p -> "in " + p.getFileName()).orElse("beside " + type.getName());

    Optional<List<String>> services = servicesFile(type, location);
    if (services.isEmpty()) {
      problems.add("Class path: there is no " + SERVICES_FILE + " " + where + ".");
    } else if (!services.get().contains(type.getName())) {
      problems.add("Class path: " + SERVICES_FILE + " " + where + " names " + services.get() + " but not "
          + type.getName() + ".");
    }

    Optional<ModuleDescriptor> descriptor;
    try {
      descriptor = descriptor(type, location);
    } catch (InvalidModuleDescriptorException e) {
      problems.add("Module path: module-info.class " + where + " cannot be read: " + e.getMessage() + ".");
      descriptor = Optional.empty();
    }
    if (descriptor.isEmpty()) {
      if (problems.stream().noneMatch(p -> p.startsWith("Module path"))) {
        problems.add("Module path: there is no module-info.class " + where + ".");
      }
    } else if (descriptor.get().isAutomatic()) {
      problems.add("Module path: " + location.map(p -> p.getFileName().toString()).orElse("the plugin")
          + " has no module-info.class; it runs as the automatic module " + descriptor.get().name() + ".");
    } else {
      boolean provides = descriptor.get().provides().stream()
          .anyMatch(p -> p.service().equals(SERVICE) && p.providers().contains(type.getName()));
      if (!provides) {
        problems.add("Module path: module " + descriptor.get().name() + " does not declare 'provides " + SERVICE
            + " with " + type.getName() + "'.");
      }
    }

    try {
      Optional<ServiceLoader.Provider<MunicipalityProvider>> found =
          ServiceLoader.load(MunicipalityProvider.class, type.getClassLoader()).stream()
              .filter(p -> p.type().equals(type)).findFirst();
      if (found.isEmpty()) {
        problems.add("ServiceLoader does not find " + type.getName() + " on the "
            + (type.getModule().isNamed() ? "module path" : "class path") + " this test runs on.");
      } else {
        found.get().get();
      }
    } catch (ServiceConfigurationError e) {
      problems.add("ServiceLoader cannot create " + type.getName() + ": " + e.getMessage()
          + " (a provider needs to be a public class with a public no-argument constructor).");
    }
    return problems;
  }

  static String fix(Class<?> type) {
    return "register the provider both ways: a line '" + type.getName() + "' in src/main/resources/"
        + SERVICES_FILE + ", and 'provides " + SERVICE + " with " + type.getName()
        + ";' in src/main/java/module-info.java (docs/plugin-authors.md, step 2).";
  }

  /** The jar or directory the class was loaded from, if it is a file. */
  static Optional<Path> location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<List<String>> servicesFile(Class<?> type, Optional<Path> location) {
    Optional<byte[]> bytes;
    if (location.isPresent()) {
      bytes = read(location.get(), SERVICES_FILE);
    } else {
      bytes = fromModule(type, SERVICES_FILE);
    }
    return bytes.map(Registration::providerNames);
  }

  private static Optional<ModuleDescriptor> descriptor(Class<?> type, Optional<Path> location) {
    if (type.getModule().isNamed()) {
      return Optional.of(type.getModule().getDescriptor());
    }
    if (location.isEmpty()) {
      return Optional.empty();
    }
    Optional<byte[]> bytes = read(location.get(), "module-info.class");
    if (bytes.isEmpty() && !Files.isDirectory(location.get())) {
      for (int v = Runtime.version().feature(); v >= 9 && bytes.isEmpty(); v--) {
        bytes = read(location.get(), "META-INF/versions/" + v + "/module-info.class");
      }
    }
    return bytes.map(b -> ModuleDescriptor.read(java.nio.ByteBuffer.wrap(b)));
  }

  private static Optional<byte[]> fromModule(Class<?> type, String name) {
    try (InputStream in = type.getModule().getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an entry of a jar or a file under a directory. */
  static Optional<byte[]> read(Path location, String name) {
    try {
      if (Files.isDirectory(location)) {
        Path file = location.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
      }
      if (!Files.isRegularFile(location)) {
        return Optional.empty();
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        JarEntry entry = jar.getJarEntry(name);
        if (entry == null) {
          return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return Optional.of(in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " in " + location, e);
    }
  }

  private static List<String> providerNames(byte[] bytes) {
    List<String> names = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
      int hash = line.indexOf('#');
      String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
