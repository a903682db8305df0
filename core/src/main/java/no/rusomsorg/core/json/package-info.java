/**
 * JSON for every model type: {@link no.rusomsorg.core.json.RusomsorgJson} reads with the same
 * validation as the builders and reports errors with their JSON path.
 */
@NullMarked
package no.rusomsorg.core.json;

import org.jspecify.annotations.NullMarked;
