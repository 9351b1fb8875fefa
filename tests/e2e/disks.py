"""Unlucky disks for command-line tests: a full or read-only file system, for real.

:func:`run_on_disk` runs ``python main.py …`` in a private mount namespace (``unshare``, no privilege
needed where the kernel allows user namespaces) in which a small ``tmpfs`` is mounted on ``mount_point``:
seeded with a copy of a folder, then optionally filled to the last byte or made read-only. The operating
system itself answers ``ENOSPC`` or ``EROFS`` to Comptoir's writes — the code paths are the real ones. What
the disk holds after the command is copied out to ``after`` (the namespace vanishes with the process).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = r"""
set -e
mount -t tmpfs -o size="$DISK_SIZE" tmpfs "$DISK_MOUNT"
if [ -n "$DISK_SEED" ]; then cp -a "$DISK_SEED"/. "$DISK_MOUNT"/; fi
if [ "$DISK_FULL" = 1 ]; then dd if=/dev/zero of="$DISK_MOUNT/.filler" bs=4096 >/dev/null 2>&1 || true; fi
if [ "$DISK_READ_ONLY" = 1 ]; then mount -o remount,ro "$DISK_MOUNT"; fi
set +e
"$@"
status=$?
if [ -n "$DISK_AFTER" ]; then cp -a "$DISK_MOUNT"/. "$DISK_AFTER"/ 2>/dev/null; rm -f "$DISK_AFTER/.filler"; fi
exit $status
"""


@functools.cache
def available() -> bool:
    """True when this machine lets an unprivileged process mount a tmpfs in its own namespace."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(
        [unshare, "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || exit 1"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def run_on_disk(
    args: Sequence[str],
    *,
    mount_point: Path,
    seed: Path | None = None,
    after: Path | None = None,
    full: bool = False,
    read_only: bool = False,
    size: str = "4m",
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python main.py *args`` with a tmpfs of ``size`` on ``mount_point`` (an existing empty folder)."""
    mount_point.mkdir(parents=True, exist_ok=True)
    if after is not None:
        after.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "DISK_SIZE": size,
        "DISK_MOUNT": str(mount_point),
        "DISK_SEED": str(seed or ""),
        "DISK_AFTER": str(after or ""),
        "DISK_FULL": "1" if full else "0",
        "DISK_READ_ONLY": "1" if read_only else "0",
    }
    env.pop("COMPTOIR_DB", None)
    command = ["unshare", "-rm", "sh", "-c", _SCRIPT, "disk", sys.executable, str(ROOT / "main.py"), *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT, check=False
    )
