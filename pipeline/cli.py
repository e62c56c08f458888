"""`newsmon`: the command line. Each command imports only what it needs, so `enrich` never loads Kafka."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pipeline.errors import BrokerError, ConfigError, NewsmonError
from pipeline.settings import Settings

if TYPE_CHECKING:
    from pipeline.store import Store

EXIT_SKIPPED = 1  # the command ran, but some inputs were skipped (reported on stderr)
EXIT_FAILED = 3
T = TypeVar("T")


def _err(message: str) -> None:
    print(f"newsmon: {message}", file=sys.stderr, flush=True)


def cmd_enrich(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline import codec, inputs
    from pipeline.enrich import Stages

    try:
        source = open(args.file, "rb") if args.file else sys.stdin.buffer  # noqa: SIM115 - stdin is not ours to close
    except OSError as exc:
        _err(f"cannot read {args.file}: {exc.strerror or exc}")
        return EXIT_FAILED
    stages = Stages.load(settings)
    skipped = 0
    out = sys.stdout.buffer
    try:
        for item in inputs.read_jsonl(source, now=datetime.now(UTC)):
            if isinstance(item, inputs.LineError):
                skipped += 1
                _err(f"line {item.line}: skipped ({item.error.reason}): {item.error}")
                continue
            enriched, _ = stages.enrich(item, now=datetime.now(UTC))
            out.write(codec.encode(enriched) + b"\n")
    finally:
        if args.file:
            source.close()
    out.flush()
    if skipped:
        _err(f"{skipped} line(s) skipped")
    return EXIT_SKIPPED if skipped else 0


async def _reaching(bootstrap: str, work: Coroutine[Any, Any, T]) -> T:
    """Run `work`, turning "no broker there" into a one-line error instead of a traceback."""
    from aiokafka.errors import KafkaConnectionError

    try:
        return await work
    except KafkaConnectionError as exc:
        raise BrokerError(f"cannot reach Kafka at {bootstrap}: {exc}") from None


def _prepare_topics(settings: Settings, *, rules: bool = True) -> str:
    """Creates the missing topics; the rules' own topics only with `rules` (replay does not need
    the rule files, so a rule file being edited cannot stop a replay)."""
    from pipeline import resources, topic_admin, topic_names

    bootstrap = settings.bootstrap_servers()
    names = topic_names.topic_names(settings.topic_prefix, resources.rule_ids(settings) if rules else [])
    asyncio.run(
        topic_admin.ensure_topics(
            bootstrap, names, partitions=settings.partitions, replication_factor=settings.replication_factor
        )
    )
    return bootstrap


def cmd_replay(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline import replay
    from pipeline import topic_names as topics

    bootstrap = _prepare_topics(settings, rules=False)
    report = replay.ReplayReport()
    articles = list(replay.read_articles(args.paths, report, now=datetime.now(UTC)))
    for path, reason in report.skipped_files:
        _err(f"skipped {path}: {reason}")
    for path, line, reason in report.skipped_lines:
        _err(f"skipped {path}:{line}: {reason}")
    topic = settings.topic_prefix + topics.ARTICLES_RAW
    sent = asyncio.run(_reaching(bootstrap, replay.publish(bootstrap, topic, articles)))
    print(
        f"sent {len(sent)} article(s) to {topic}; skipped {len(report.skipped_files)} file(s) "
        f"and {len(report.skipped_lines)} line(s)",
        flush=True,
    )
    return EXIT_SKIPPED if report.skipped_files or report.skipped_lines else 0


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.enrich import Stages

    _prepare_topics(settings)
    # Build the stages' resources before the event loop runs: the gazetteer takes seconds, a first
    # compile of the rules up to a minute, the NER models seconds per process; none of it may stall
    # Faust's start-up.
    Stages.load(settings)
    from pipeline import resources

    resources.ner_pool(settings)
    import faust

    import agents  # noqa: F401 - registers the agents on the app
    from pipeline.app import app

    settings.worker_dir.mkdir(parents=True, exist_ok=True)
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
    return 0


def cmd_poll(args: argparse.Namespace, settings: Settings) -> int:
    import signal

    from pipeline.feed_config import load_feeds
    from pipeline.poller_kafka import run_poller

    feeds = load_feeds(args.feeds or settings.feeds_path)
    _prepare_topics(settings, rules=False)
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")

    async def run() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        outcomes = await run_poller(settings, feeds, once=args.once, stop=stop)
        if args.once:
            published = sum(outcome.published for outcome in outcomes)
            failed = [outcome for outcome in outcomes if outcome.status == "failed"]
            for outcome in failed:
                _err(f"failed {outcome.feed}: {outcome.error}")
            print(f"polled {len(outcomes)} feed(s): {published} new article(s), {len(failed)} failed", flush=True)
            return EXIT_SKIPPED if failed else 0
        return 0

    return asyncio.run(_reaching(settings.bootstrap_servers(), run()))


def cmd_feeds(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.feed_config import load_feeds, to_yaml

    if args.action == "import":
        if not args.file:
            _err("feeds import needs an OPML file")
            return 2
        print(to_yaml(load_feeds(args.file)), end="")
        return 0
    from pipeline.poller_state import PollerState

    state = PollerState(settings.poller_state_file)
    try:
        listed = {feed.url: feed for feed in load_feeds(args.file or settings.feeds_path)}
        known = {row.url: row for row in state.feeds()}
    finally:
        state.close()
    unhealthy = 0
    print(f"{'health':9} {'failures':>8} {'published':>9}  {'next due (UTC)':19}  feed — last status")
    for url in sorted(set(listed) | set(known)):
        row = known.get(url)
        if row is None:
            print(f"{'new':9} {0:8} {0:9}  {'now':19}  {url}")
            continue
        health = "healthy" if row.healthy else "UNHEALTHY"
        unhealthy += not row.healthy
        due = row.next_due.strftime("%Y-%m-%d %H:%M:%S")
        gone = "" if url in listed else " (no longer listed)"
        print(f"{health:9} {row.failures:8} {row.published:9}  {due:19}  {url}{gone} — {row.last_status or ''}")
        if row.last_error:
            print(f"{'':50}last error: {row.last_error}")
    return EXIT_SKIPPED if unhealthy else 0


def cmd_tail(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline import resources
    from pipeline import topic_names as topics
    from pipeline.tail import tail

    rule_ids = resources.rule_ids(settings)
    if args.rule and args.rule not in rule_ids:
        _err(f"unknown rule {args.rule!r}; rules: {', '.join(rule_ids)}")
        return 2
    name = topics.alert_topic_name(args.rule) if args.rule else topics.ALERTS
    bootstrap = settings.bootstrap_servers()

    async def run() -> None:
        async for value in tail(
            bootstrap,
            settings.topic_prefix + name,
            from_beginning=args.from_beginning,
            max_messages=args.max,
            idle_timeout=args.timeout,
        ):
            sys.stdout.buffer.write(value + b"\n")
            sys.stdout.buffer.flush()

    asyncio.run(_reaching(bootstrap, run()))
    return 0


def cmd_broker(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline import broker

    if args.action == "start":
        print(broker.start(settings), flush=True)
    elif args.action == "stop":
        print("stopped" if broker.stop(settings) else "not running", flush=True)
    else:
        address = broker.status(settings)
        print(f"running at {address}" if address else "not running", flush=True)
        return 0 if address else EXIT_SKIPPED
    return 0


def cmd_postgres(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline import postgres_server

    if args.action == "start":
        print(postgres_server.start(settings), flush=True)
    elif args.action == "stop":
        print("stopped" if postgres_server.stop(settings) else "not running")
    else:
        url = postgres_server.status(settings)
        print(url or "not running")
        return 0 if url else 1
    return 0


def cmd_schemas(args: argparse.Namespace, settings: Settings) -> int:
    from schemas import export

    for path in export.export():
        print(path)
    return 0


def _store(settings: Settings) -> Store:
    from pipeline.store import open_store

    if not settings.store_url and not settings.store_file.exists():
        raise ConfigError(f"no store at {settings.store_file} (set NEWSMON_STORE_PATH or NEWSMON_STORE_URL)")
    return open_store(settings)


def _date(value: str) -> datetime:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (YYYY-MM-DD or an ISO 8601 time)") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    import orjson

    store = _store(settings)
    try:
        counts = store.counts()
        rows = store.over_time(since=args.since, bucket=args.by)
    finally:
        store.close()
    where = settings.store_url.split("@")[-1] if settings.store_url else str(settings.store_file)
    if args.json:
        over_time = [{"bucket": r.bucket, "dimension": r.dimension, "key": r.key, "count": r.count} for r in rows]
        print(orjson.dumps({"store": where, **counts, "over_time": over_time}).decode(), flush=True)
        return 0
    print(f"store: {where}")
    for title, table in (("articles by language", "articles_by_language"), ("alerts by rule", "alerts_by_rule")):
        print(f"{title}: " + (", ".join(f"{key} {n}" for key, n in counts[table].items()) or "none"))
    for dimension in ("language", "source", "rule"):
        print(f"\n{dimension} per {args.by} (by publication time, else storage time):")
        for bucket in sorted({r.bucket for r in rows}):
            cells = [f"{r.key} {r.count}" for r in rows if r.bucket == bucket and r.dimension == dimension]
            if cells:
                print(f"  {bucket}  " + ", ".join(cells))
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    import orjson

    from pipeline.store import SearchQuery

    query = SearchQuery(
        text=" ".join(args.query), language=args.lang, rule=args.rule, entity=args.entity, since=args.since,
        limit=args.limit,
    )
    store = _store(settings)
    try:
        hits = store.search(query)
    finally:
        store.close()
    for hit in hits:
        if args.json:
            print(orjson.dumps(hit.__dict__, option=orjson.OPT_UTC_Z).decode())
        else:
            when = hit.published.strftime("%Y-%m-%d %H:%M") if hit.published else "(no date)".ljust(16)
            rules = f"  [{', '.join(hit.rules)}]" if hit.rules else ""
            print(f"{when}  {hit.language:3} {hit.source[:18]:18}  {hit.title}{rules}  {hit.id}")
    if not hits:
        _err("no match")
    return 0 if hits else EXIT_SKIPPED


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsmon", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    enrich = sub.add_parser("enrich", help="JSON Lines of RawArticle -> JSON Lines of EnrichedArticle, no Kafka")
    enrich.add_argument("file", nargs="?", type=Path, help="input file (default: stdin)")
    enrich.set_defaults(run=cmd_enrich)

    replay = sub.add_parser("replay", help="send seed files or JSON Lines files to articles.raw")
    replay.add_argument("paths", nargs="+", type=Path, help="files or folders (expanded recursively)")
    replay.set_defaults(run=cmd_replay)

    worker = sub.add_parser("worker", help="run the Faust worker with every agent")
    worker.set_defaults(run=cmd_worker)

    tail = sub.add_parser("tail", help="print alerts as JSON lines as they arrive")
    tail.add_argument("--rule", help="only this rule's topic (alerts.<rule>)")
    tail.add_argument("--from-beginning", action="store_true", help="start at the oldest retained alert")
    tail.add_argument("--max", type=int, help="stop after N alerts")
    tail.add_argument("--timeout", type=float, help="stop after SECONDS without a new alert")
    tail.set_defaults(run=cmd_tail)

    poll = sub.add_parser("poll", help="poll the RSS/Atom feeds and send new entries to articles.raw")
    poll.add_argument("--once", action="store_true", help="one round over every enabled feed, then exit")
    poll.add_argument("--feeds", type=Path, help="feed list (.yaml, .toml or .opml); default NEWSMON_FEEDS")
    poll.set_defaults(run=cmd_poll)

    feeds = sub.add_parser("feeds", help="feed health (status) or an OPML file turned into a feed list (import)")
    feeds.add_argument("action", choices=["status", "import"])
    feeds.add_argument("file", nargs="?", type=Path, help="status: the feed list; import: the OPML file")
    feeds.set_defaults(run=cmd_feeds)

    broker = sub.add_parser("broker", help="the local single-node Kafka broker")
    broker.add_argument("action", choices=["start", "stop", "status"])
    broker.set_defaults(run=cmd_broker)

    postgres = sub.add_parser("postgres", help="a private PostgreSQL server for the PostgreSQL store")
    postgres.add_argument("action", choices=["start", "stop", "status"])
    postgres.set_defaults(run=cmd_postgres)

    schemas = sub.add_parser("schemas", help="write the records' JSON Schema files into schemas/")
    schemas.set_defaults(run=cmd_schemas)

    stats = sub.add_parser("stats", help="articles per language, source and rule in the store, over time")
    stats.add_argument("--since", type=_date, help="from this date (YYYY-MM-DD) on")
    stats.add_argument("--by", choices=["day", "hour"], default="day")
    stats.add_argument("--json", action="store_true", help="one JSON document")
    stats.set_defaults(run=cmd_stats)

    search = sub.add_parser("search", help="full-text search of the stored articles, newest first")
    search.add_argument("query", nargs="*", help="words that must all occur in the title or body (any language)")
    search.add_argument("--lang", help="only articles in this language (ISO 639-1)")
    search.add_argument("--rule", help="only articles that fired this rule")
    search.add_argument("--entity", help="only articles naming this entity: a Wikidata QID or a name")
    search.add_argument("--since", type=_date, help="published (else stored) on or after this date")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="JSON lines")
    search.set_defaults(run=cmd_search)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args, Settings.from_env()))
    except NewsmonError as exc:
        _err(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
