package no.rusomsorg.rulebook;

import java.util.List;
import no.rusomsorg.core.eligibility.Criterion;

/** Collects the leaves of a criterion, in order. */
final class Leaves implements Criterion.Visitor<Void, List<Criterion.Leaf>> {
  static final Leaves INSTANCE = new Leaves();

  private Void add(Criterion.Leaf c, List<Criterion.Leaf> out) {
    out.add(c);
    return null;
  }

  @Override
  public Void minimumAge(Criterion.MinimumAge c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void residency(Criterion.Residency c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void role(Criterion.HasRole c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void pregnant(Criterion.Pregnant c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void homeless(Criterion.Homeless c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void coOccurringMentalIllness(Criterion.CoOccurringMentalIllness c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void inLar(Criterion.InLar c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void proxyWithPowerOfAttorney(Criterion.ProxyWithPowerOfAttorney c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void notStated(Criterion.NotStated c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void described(Criterion.Described c, List<Criterion.Leaf> out) {
    return add(c, out);
  }

  @Override
  public Void all(Criterion.All c, List<Criterion.Leaf> out) {
    c.of().forEach(x -> x.accept(this, out));
    return null;
  }

  @Override
  public Void any(Criterion.Any c, List<Criterion.Leaf> out) {
    c.of().forEach(x -> x.accept(this, out));
    return null;
  }

  @Override
  public Void not(Criterion.Not c, List<Criterion.Leaf> out) {
    return c.criterion().accept(this, out);
  }
}
