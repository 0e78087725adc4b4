"""Load batches: every load is a batch with an id, a dynamic partition of every asset.

A batch is what one load claimed: the input files that were new or changed when it ran
(`raw.loaded_files.batch_id`, also on `raw.sources` and `fct_article_sources.load_batch`).
Ids are UTC times, `20261201T081500`, so they sort in load order in the UI.

Why dynamic partitions: the UI lists the batches, shows what each one materialized, and
re-runs or backfills any of them (a backfill of several batches is one run). Each stage
works through whatever is pending in the warehouse (progress markers), so re-running a
batch resumes it where a failed or killed run stopped, and re-running a finished batch
changes nothing. A batch that never claimed files (its run died before ingest committed)
claims the new files when it is re-run.
"""

from __future__ import annotations

import secrets
import warnings
from datetime import UTC, datetime

import dagster as dg

# Dagster marks `backfill_policy` as beta and warns once per asset at every load; the policy
# is chosen on purpose (below), so the warning would only bury the run summary.
warnings.filterwarnings("ignore", message="Parameter `backfill_policy`", category=Warning)

LOAD_BATCHES = dg.DynamicPartitionsDefinition(name="load_batch")
# A backfill of many batches is one run: each stage takes everything pending at once.
SINGLE_RUN = dg.BackfillPolicy.single_run()


def new_batch_id(now: datetime | None = None, suffix: str | None = None) -> str:
    """A batch id for a load starting at `now` (UTC): random-suffixed, so unique even within
    one second, unless a `suffix` makes it deterministic (a schedule's tick, evaluated again
    after a daemon restart, must name the same batch)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return f"{moment:%Y%m%dT%H%M%S}-{suffix or secrets.token_hex(2)}"


def batch_of(context: dg.AssetExecutionContext) -> str | None:
    """The batch a run loads: the last of its partitions (a backfill covers several)."""
    if not context.has_partition_key and not context.has_partition_key_range:
        return None
    keys = context.partition_keys
    return max(keys) if keys else None


def ensure_batch_partition(context: dg.AssetExecutionContext) -> None:
    """Add the run's batch to the load batches if it is not there yet: a schedule's tick
    names its batch without adding it (a schedule cannot request a partition as a sensor
    does, and adding it while the tick is evaluated would let the UI's "Preview tick
    result" leave a batch behind that never ran)."""
    if context.has_partition_key and not context.instance.has_dynamic_partition(
        LOAD_BATCHES.name, context.partition_key
    ):
        context.instance.add_dynamic_partitions(LOAD_BATCHES.name, [context.partition_key])
