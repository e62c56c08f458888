"""A local single-node Apache Kafka broker (KRaft, broker+controller) run from Maven Central jars.

For development, tests and the main job on machines without Docker. Jars are fetched once into
the cache; broker data, ports and pid live in `<home>/broker`, so a restart keeps the topics.
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import BrokerError
from pipeline.settings import PROJECT_ROOT, Settings

BROKER_FILES = PROJECT_ROOT / "broker"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
# Kafka's own log4j line-up: 2.24.3 up to 4.1.1, 2.25.3 from 4.1.2.
LOG4J_FOR_KAFKA = {"4.1.2": "2.25.3"}


@dataclass(frozen=True)
class BrokerPaths:
    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def config(self) -> Path:
        return self.root / "server.properties"

    @property
    def log(self) -> Path:
        return self.root / "broker.log"

    @property
    def pid(self) -> Path:
        return self.root / "broker.pid"

    @property
    def ports(self) -> Path:
        return self.root / "ports"

    @property
    def bootstrap(self) -> Path:
        return self.root / "bootstrap"


def jar_dir(settings: Settings) -> Path:
    return settings.cache_dir / f"kafka-{settings.kafka_version}" / "lib"


def ensure_jars(settings: Settings) -> Path:
    """Resolve the broker's jars with Maven once; later calls reuse the cache."""
    lib = jar_dir(settings)
    done = lib / ".complete"
    if done.exists():
        return lib
    if shutil.which("mvn") is None:
        raise BrokerError("Maven (mvn) is needed once to fetch the Kafka jars; install it (apt-get install maven)")
    staging = lib.with_name("lib.partial")
    shutil.rmtree(staging, ignore_errors=True)
    log4j = LOG4J_FOR_KAFKA.get(settings.kafka_version, "2.24.3")
    command = [
        "mvn", "-B", "-q", "-f", str(BROKER_FILES / "pom.xml"),
        f"{DEPENDENCY_PLUGIN}:copy-dependencies", "-DincludeScope=runtime",
        f"-DoutputDirectory={staging}", f"-Dkafka.version={settings.kafka_version}", f"-Dlog4j.version={log4j}",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr)[-3000:]
        raise BrokerError(f"fetching Kafka {settings.kafka_version} jars failed:\n{output}")
    shutil.rmtree(lib, ignore_errors=True)
    staging.rename(lib)
    done.touch()
    return lib


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_free(port: int) -> bool:
    """Free to listen on, as the broker binds (SO_REUSEADDR: connections of the last run in
    TIME_WAIT do not count, so a restarted broker keeps its address)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _accepts(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _ports(paths: BrokerPaths) -> tuple[int, int]:
    """The ports used last time if they are still free (the controller address is part of the quorum)."""
    if paths.ports.exists():
        broker, controller = (int(p) for p in paths.ports.read_text().split())
        if port_free(broker) and port_free(controller):
            return broker, controller
    broker, controller = free_port(), free_port()
    while controller == broker:
        controller = free_port()
    paths.ports.write_text(f"{broker} {controller}\n")
    return broker, controller


def _server_properties(paths: BrokerPaths, broker: int, controller: int, partitions: int) -> str:
    return "\n".join(
        [
            "process.roles=broker,controller",
            "node.id=1",
            f"controller.quorum.voters=1@127.0.0.1:{controller}",
            f"listeners=PLAINTEXT://127.0.0.1:{broker},CONTROLLER://127.0.0.1:{controller}",
            f"advertised.listeners=PLAINTEXT://127.0.0.1:{broker}",
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT",
            f"log.dirs={paths.data.resolve()}",
            f"num.partitions={partitions}",
            "auto.create.topics.enable=false",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=8",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "",
        ]
    )


def running_pid(paths: BrokerPaths) -> int | None:
    if not paths.pid.exists():
        return None
    pid = int(paths.pid.read_text().strip())
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    return pid


def start(settings: Settings, *, wait_seconds: float = 90.0) -> str:
    """Start the broker if it is not running; return its bootstrap address once it accepts connections."""
    paths = BrokerPaths(settings.broker_dir)
    paths.root.mkdir(parents=True, exist_ok=True)
    if running_pid(paths) is not None and paths.bootstrap.exists():
        return paths.bootstrap.read_text().strip()
    if shutil.which("java") is None:
        raise BrokerError("Java 17+ is needed to run the local Kafka broker")
    lib = ensure_jars(settings)
    broker_port, controller_port = _ports(paths)
    paths.config.write_text(_server_properties(paths, broker_port, controller_port, settings.partitions))
    classpath = f"{lib}/*"
    if not (paths.data / "meta.properties").exists():
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        result = subprocess.run(
            ["java", "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(paths.config)],
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            raise BrokerError(f"formatting broker storage failed:\n{result.stdout}{result.stderr}")
    with paths.log.open("ab") as log:
        process = subprocess.Popen(
            [
                "java", "-Xms256m", "-Xmx512m", f"-Dlog4j2.configurationFile={BROKER_FILES / 'log4j2.properties'}",
                "-cp", classpath, "kafka.Kafka", str(paths.config),
            ],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )
    paths.pid.write_text(f"{process.pid}\n")
    bootstrap = f"127.0.0.1:{broker_port}"
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            paths.pid.unlink(missing_ok=True)
            raise BrokerError(
                f"the broker exited with status {process.returncode}; see {paths.log}:\n{_tail(paths.log)}"
            )
        if _accepts(broker_port):
            paths.bootstrap.write_text(bootstrap + "\n")
            return bootstrap
        time.sleep(0.25)
    stop(settings)
    raise BrokerError(f"the broker did not accept connections within {wait_seconds:.0f}s; see {paths.log}")


def stop(settings: Settings, *, wait_seconds: float = 60.0) -> bool:
    """Stop the broker cleanly (SIGTERM, then SIGKILL after the wait). False if it was not running."""
    paths = BrokerPaths(settings.broker_dir)
    pid = running_pid(paths)
    paths.bootstrap.unlink(missing_ok=True)
    if pid is None:
        paths.pid.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline and running_pid(paths) is not None:
        _reap(pid)
        time.sleep(0.2)
    if running_pid(paths) is not None:
        os.kill(pid, signal.SIGKILL)
        _reap(pid)
    paths.pid.unlink(missing_ok=True)
    return True


def _reap(pid: int) -> None:
    """Collect the exit status if the broker is our own child, so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def status(settings: Settings) -> str | None:
    paths = BrokerPaths(settings.broker_dir)
    if running_pid(paths) is None or not paths.bootstrap.exists():
        return None
    return paths.bootstrap.read_text().strip()


def _tail(path: Path, lines: int = 30) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""
