package no.rusomsorg.register.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.rusomsorg.register.Change;
import no.rusomsorg.register.RegisteredMunicipality;

/**
 * What the register itself finds for a number or name on a date: exactly one of six cases. Internal:
 * the application API turns it into its one lookup answer, {@code no.rusomsorg.api.MunicipalityLookup}
 * (docs/adr/0023); this type is exported only to the module {@code no.rusomsorg.spi}.
 */
public sealed interface RegisterAnswer {

  /**
   * The number or name belonged to exactly one municipality on the date.
   *
   * @param municipality the municipality as it was on the date
   */
  record Found(RegisteredMunicipality municipality) implements RegisterAnswer {
    /**
     * Checks the part.
     *
     * @param municipality the municipality
     */
    public Found {
      Objects.requireNonNull(municipality, "municipality");
    }
  }

  /**
   * The name matched more than one municipality (Nes in Akershus and Nes in Buskerud in 2019): the
   * caller must choose, for example by number or county.
   *
   * @param candidates the municipalities the name matched, in number order; all valid on the date,
   *     or, if none was, all that had ended before it
   */
  record Ambiguous(List<RegisteredMunicipality> candidates) implements RegisterAnswer {
    /**
     * Copies the candidates.
     *
     * @param candidates the candidates
     */
    public Ambiguous {
      Objects.requireNonNull(candidates, "candidates");
      candidates = List.copyOf(candidates);
    }
  }

  /**
   * The number or name exists in the register, but only from a later date (Haram 1580 before
   * 2024-01-01).
   *
   * @param first the first period with the number or name
   */
  record NotYetEstablished(RegisteredMunicipality first) implements RegisterAnswer {
    /**
     * Checks the part.
     *
     * @param first the first period
     */
    public NotYetEstablished {
      Objects.requireNonNull(first, "first");
    }
  }

  /**
   * The number or name was valid before the date but no longer is: the municipality was merged,
   * split or renumbered. {@link #changes()} lists every change from the former municipality to the
   * date, oldest first (Halden 0101: renumbered to 3001 on 2020-01-01, then to 3101 on 2024-01-01);
   * {@link #successors()} are the municipalities its area belonged to on the date.
   *
   * @param former the last period with the number or name
   * @param changes the changes followed, oldest first
   * @param successors the municipalities valid on the date that the former one led to, in number order
   */
  record Dissolved(RegisteredMunicipality former, List<Change> changes, List<RegisteredMunicipality> successors)
      implements RegisterAnswer {
    /**
     * Copies the parts.
     *
     * @param former the former municipality
     * @param changes the changes
     * @param successors the successors on the date
     */
    public Dissolved {
      Objects.requireNonNull(former, "former");
      Objects.requireNonNull(changes, "changes");
      Objects.requireNonNull(successors, "successors");
      changes = List.copyOf(changes);
      successors = List.copyOf(successors);
    }
  }

  /**
   * The register knows no municipality with that number or any form of that name.
   *
   * @param query the text that was looked up, trimmed
   */
  record Unknown(String query) implements RegisterAnswer {
    /**
     * Checks the part.
     *
     * @param query the query
     */
    public Unknown {
      Objects.requireNonNull(query, "query");
    }
  }

  /**
   * The date lies before the register's first day: the register has no data for it (it does not say
   * the municipality did not exist).
   *
   * @param firstDay the register's first day, 2018-01-01
   */
  record BeforeRegister(LocalDate firstDay) implements RegisterAnswer {
    /**
     * Checks the part.
     *
     * @param firstDay the first day
     */
    public BeforeRegister {
      Objects.requireNonNull(firstDay, "firstDay");
    }
  }
}
