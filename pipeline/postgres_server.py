"""A private PostgreSQL server for tests and local use, from Debian's packages (scripts/test.sh
installs them when missing): its own cluster on a free 127.0.0.1 port, trust authentication on
loopback only, one database `newsmon`. `newsmon postgres start` prints its URL.

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user and lives
under the system's temporary folder (a project folder under /root is not readable by that user).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.broker import free_port, port_free
from pipeline.errors import ConfigError, NewsmonError
from pipeline.settings import Settings

USER = "newsmon"


class PostgresError(NewsmonError):
    reason = "postgres"


def _bin_dir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if not found:
        raise ConfigError("PostgreSQL is not installed (apt-get install postgresql; scripts/test.sh does it)")
    return found[-1].parent


def _as_owner() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def cluster_dir(settings: Settings) -> Path:
    key = hashlib.sha256(str(settings.home.resolve()).encode()).hexdigest()[:10]
    return Path(tempfile.gettempdir()) / f"newsmon-postgres-{key}"


def url_file(settings: Settings) -> Path:
    return settings.home / "postgres.url"


def _run(*command: str) -> None:
    result = subprocess.run([*_as_owner(), *command], capture_output=True, text=True)
    if result.returncode != 0:
        raise PostgresError(f"{Path(command[0]).name} failed: {(result.stderr or result.stdout).strip()[-2000:]}")


def _previous_port(settings: Settings) -> int | None:
    try:
        port = int(url_file(settings).read_text().strip().rsplit(":", 1)[1].split("/")[0])
    except (OSError, ValueError, IndexError):
        return None
    return port if port_free(port) else None


def start(settings: Settings) -> str:
    """Starts the cluster (initialising it the first time) and returns its URL."""
    bin_dir, data = _bin_dir(), cluster_dir(settings)
    if status(settings):
        return url_file(settings).read_text().strip()
    if not (data / "PG_VERSION").exists():
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir(mode=0o700, parents=True)
        if os.geteuid() == 0:
            shutil.chown(data, "postgres", "postgres")
        _run(str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
    port = _previous_port(settings) or free_port()  # the same URL after a restart
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=on"
    _run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(data / "server.log"), "-w", "-t", "60",
         "start")
    url = f"postgresql://{USER}@127.0.0.1:{port}/newsmon"
    result = subprocess.run(
        [str(bin_dir / "psql"), f"postgresql://{USER}@127.0.0.1:{port}/postgres", "-tAc",
         "SELECT 1 FROM pg_database WHERE datname = 'newsmon'"],
        capture_output=True, text=True,
    )
    if result.stdout.strip() != "1":
        _run(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", USER, "newsmon")
    settings.home.mkdir(parents=True, exist_ok=True)
    url_file(settings).write_text(url + "\n")
    return url


def stop(settings: Settings) -> bool:
    if not status(settings):
        return False
    _run(str(_bin_dir() / "pg_ctl"), "-D", str(cluster_dir(settings)), "-m", "fast", "-w", "stop")
    return True


def status(settings: Settings) -> str | None:
    """The URL of the running cluster, or None."""
    data = cluster_dir(settings)
    if not (data / "postmaster.pid").exists() or not url_file(settings).exists():
        return None
    result = subprocess.run([*_as_owner(), str(_bin_dir() / "pg_ctl"), "-D", str(data), "status"], capture_output=True)
    return url_file(settings).read_text().strip() if result.returncode == 0 else None
