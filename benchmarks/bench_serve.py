"""`loci serve` against nginx serving the same bytes as files, with wrk on loopback.

Run: python benchmarks/bench_serve.py [--seconds 10] [--connections 64]
Needs Debian's nginx and wrk: apt-get update && apt-get install -y nginx wrk

For each URL (a guide page and a search query) the script fetches loci's
answer once, plain and gzipped, writes those exact bytes where nginx will serve
them (the gzipped copy beside it for ``gzip_static``), and runs wrk against both
servers in turn, without and with ``Accept-Encoding: gzip`` (as every browser
sends it): requests per second, p99 latency, and the ratio to nginx. Goals:
at least 0.3x nginx's requests per second for cached pages (issue 5), 0.6x on
a guide page and on search (issue 15), p99 under 20 ms at 64 connections. It
also times uncached search queries in process (the FTS5 index), for the cost
of a query no one has asked before. Everything runs on 127.0.0.1 and stops by
itself.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from loci.kb import open_kb
from loci.web.fts import SearchIndex

GUIDE = "/countries/china/"
GUIDE_FALLBACK = "/api/v1/guides/CN"  # while the site's pages are not served yet
SEARCH = f"/api/v1/search?q={quote('鞍山')}"
QUERIES = ["鞍山", "辽宁", "anshan", "baieluosi", "bai e luo si", "swaziland", "georgia",
           "paris", "中国", "beij", "new york", "san", "minsk", "congo", "luxembourg", "tea"]

NGINX_CONF = """
worker_processes {workers};
pid {root}/nginx.pid;
error_log {root}/nginx-error.log;
daemon off;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  sendfile on;
  tcp_nopush on;
  etag on;
  gzip_static on;
  types {{ text/html html; application/json json; }}
  server {{
    listen 127.0.0.1:{port};
    root {root}/www;
    location = /api/v1/search {{ default_type application/json; try_files /search.json =404; }}
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_for(url: str, timeout: float = 120, accept_errors: bool = False) -> None:
    """Until the server answers at all (any status, with ``accept_errors``)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            if accept_errors:
                return
            time.sleep(0.2)
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {timeout:.0f} s")


GZIP = {"Accept-Encoding": "gzip"}


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, str]:
    """Status, body as sent (not decoded) and its Content-Encoding."""
    try:
        request = urllib.request.Request(url, headers=headers or {})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(), response.headers.get("content-encoding", "")
    except urllib.error.HTTPError as exc:
        return exc.code, b"", ""


def wrk(url: str, seconds: int, connections: int, threads: int,
        gzip: bool = False) -> tuple[float, float, int]:
    """Requests per second, p99 latency in ms, and non-2xx/socket errors, from wrk's report."""
    header = ["-H", "Accept-Encoding: gzip"] if gzip else []
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s",
                          "--latency", *header, url],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    assert p99 is not None, out
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    errors = sum(int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|errors: \w+ )"
                                             r":?\s*(\d+)", out))
    return rps, float(p99.group(1)) * scale, errors


def start_loci(port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "loci", "serve", "--port", str(port), "--workers",
             str(workers)], stdout=out, stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def uncached_search() -> tuple[float, float]:
    """p50 and p99 in ms of FTS5 queries answered in process, nothing cached."""
    index = SearchIndex(open_kb())
    times = []
    for _ in range(20):
        for q in QUERIES:
            started = time.perf_counter()
            index.search(q, 10)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=5, help="per wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs per server")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--loci-workers", type=int, default=1)
    parser.add_argument("--nginx-workers", default="1", help="a number or 'auto'")
    args = parser.parse_args()
    for tool in ("nginx", "wrk"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"{tool} is missing: apt-get update && apt-get install -y nginx wrk")
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)  # nginx's workers run as www-data and must read the files
        run(Path(tmp), args)


def run(root: Path, args: argparse.Namespace) -> None:
    loci_port, nginx_port = free_port(), free_port()
    loci = start_loci(loci_port, args.loci_workers, root / "loci.log")
    nginx = None
    try:
        base = f"http://127.0.0.1:{loci_port}"
        wait_for(f"{base}/api/v1/health")
        guide = GUIDE if fetch(base + GUIDE)[0] == 200 else GUIDE_FALLBACK
        targets = {"guide page": guide, "search query": SEARCH}
        www = root / "www"
        for path in targets.values():
            status, body, _ = fetch(base + path)
            assert status == 200, (path, status)
            file = www / ("search.json" if path == SEARCH else
                          path.strip("/") + ("/index.html" if path.endswith("/") else ".json"))
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(body)
            _, packed, encoding = fetch(base + path, GZIP)
            if encoding == "gzip":  # loci leaves small answers plain, and so will nginx
                file.with_name(file.name + ".gz").write_bytes(packed)
        if guide == GUIDE_FALLBACK:
            targets["guide page"] = GUIDE_FALLBACK + ".json"
        (root / "nginx.conf").write_text(NGINX_CONF.format(
            workers=args.nginx_workers, root=root, port=nginx_port))
        nginx = subprocess.Popen(["nginx", "-c", str(root / "nginx.conf")],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(f"http://127.0.0.1:{nginx_port}/robots.txt", accept_errors=True)
        for path in targets.values():
            status = fetch(f"http://127.0.0.1:{nginx_port}{path}")[0]
            assert status == 200, f"nginx answered {status} for {path}"
            encodings = {fetch(f"{host}{path}", GZIP)[2] for host in
                         (f"http://127.0.0.1:{nginx_port}", base)}
            assert len(encodings) == 1, f"the two servers gzip {path} differently: {encodings}"
        report(targets, guide, base, f"http://127.0.0.1:{nginx_port}", args)
    finally:
        stop(loci)
        if nginx is not None:
            stop(nginx)
    p50, p99 = uncached_search()
    print(f"\nuncached search in process (FTS5, {len(QUERIES)} queries x 20): "
          f"p50 {p50:.2f} ms, p99 {p99:.2f} ms")


def report(targets: dict[str, str], guide: str, loci: str, nginx: str,
           args: argparse.Namespace) -> None:
    """Alternate the two servers round by round, so that a burst of other load on the
    machine hits both alike; print the medians and the median of the per-round ratios."""
    print(f"wrk -t{args.threads} -c{args.connections} -d{args.seconds}s x {args.rounds} rounds "
          f"on 127.0.0.1, {os.cpu_count()} cores; loci workers {args.loci_workers}, "
          f"nginx workers {args.nginx_workers}; medians\n")
    print("| URL | server | requests/s | p99 ms | errors | ratio |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for (label, nginx_path), gzip in itertools.product(targets.items(), (False, True)):
        loci_path = guide if label == "guide page" else nginx_path
        wrk(loci + loci_path, 2, args.connections, args.threads, gzip)  # warm both
        wrk(nginx + nginx_path, 2, args.connections, args.threads, gzip)
        rounds = [(wrk(nginx + nginx_path, args.seconds, args.connections, args.threads, gzip),
                   wrk(loci + loci_path, args.seconds, args.connections, args.threads, gzip))
                  for _ in range(args.rounds)]
        ratio = statistics.median(lo[0] / ng[0] for ng, lo in rounds)
        by_server = (("nginx", [r[0] for r in rounds]), ("loci serve", [r[1] for r in rounds]))
        for name, runs in by_server:
            rps = statistics.median(r[0] for r in runs)
            p99 = statistics.median(r[1] for r in runs)
            errors = sum(r[2] for r in runs)
            asked = ", gzip" if gzip else ", plain"
            first = f"{label} `{loci_path}`{asked}" if name == "nginx" else ""
            shown = f"{ratio:.2f}x" if name != "nginx" else ""
            print(f"| {first} | {name} | {rps:,.0f} | {p99:.1f} | {errors} | {shown} |")


if __name__ == "__main__":
    main()
