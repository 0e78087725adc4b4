"""Listing the input folder: every entry under it, each either readable or with the reason
it is not read.

Nothing under the folder is skipped without a record, and nothing outside it is read:
symbolic links are followed only to regular files inside the folder; links that dangle,
loop, leave the folder or point at a folder (whose files are listed under their own paths)
are recorded with that reason, as are FIFOs, sockets and devices (reading a FIFO would
block the load for ever; /dev/zero never ends), hidden files and folders (tool state such
as `.git`), and folders that cannot be listed.

File names are bytes on Linux and need not be UTF-8. Each entry carries its exact
relative path as bytes, and a display name for the warehouse in which undecodable bytes
are written as `\\xNN`, so a name is never lost and never breaks a UTF-8 column.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InputEntry:
    """One entry of the input folder."""

    path: Path  # what to open: the file itself, or the regular file a link points to
    name: str  # relative path as shown in the warehouse (undecodable bytes as \xNN)
    name_bytes: bytes  # the exact relative path
    problem_kind: str | None = None  # why it is not read (None: read it)
    problem: str | None = None

    @property
    def bytes_if_not_utf8(self) -> bytes | None:
        """The exact name, for the warehouse, when `name` cannot hold it (else None)."""
        return None if self.name.encode("utf-8") == self.name_bytes else self.name_bytes


def display_name(relative: str) -> str:
    """A relative path (str with surrogate escapes, as os.scandir gives) as valid UTF-8."""
    return os.fsencode(relative).decode("utf-8", "backslashreplace")


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def walk_input_folder(root: Path) -> list[InputEntry]:
    """Every entry under `root` (already resolved), recursively, sorted by relative path."""
    root_real = Path(os.path.realpath(root))
    entries: list[InputEntry] = []
    folders = [""]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(root / folder if folder else root) as listing:
                children = list(listing)
        except OSError as exc:
            if folder:  # the root itself was checked by the caller
                entries.append(
                    _problem(
                        root,
                        folder,
                        "unreadable_folder",
                        f"folder could not be listed: {exc.strerror or exc}",
                    )
                )
            continue
        for child in children:
            relative = f"{folder}/{child.name}" if folder else child.name
            entry = _classify(root, root_real, relative, child)
            if entry is None:
                folders.append(relative)
            else:
                entries.append(entry)
    return sorted(entries, key=lambda e: e.name_bytes)


def _classify(
    root: Path, root_real: Path, relative: str, child: os.DirEntry[str]
) -> InputEntry | None:
    """The entry for `child`, or None for a real folder to descend into."""
    try:
        is_link = child.is_symlink()
        is_dir = not is_link and child.is_dir(follow_symlinks=False)
        mode = child.stat(follow_symlinks=False).st_mode
    except OSError as exc:  # vanished while listing
        return _problem(root, relative, "unreadable", f"entry could not be read: {exc.strerror}")
    if child.name.startswith("."):
        what = "folder" if is_dir else "file"
        return _problem(
            root,
            relative,
            "hidden",
            f"hidden {what} (name starts with a dot, as tool state does): not read",
        )
    if is_dir:
        return None
    if is_link:
        return _follow_link(root, root_real, relative, Path(child.path))
    if stat.S_ISREG(mode):
        return InputEntry(Path(child.path), display_name(relative), os.fsencode(relative))
    return _problem(
        root, relative, "not_regular_file", f"{_special_kind(mode)}, not a file: not read"
    )


def _follow_link(root: Path, root_real: Path, relative: str, link: Path) -> InputEntry:
    try:
        target_text = os.fsencode(os.readlink(link)).decode("utf-8", "backslashreplace")
    except OSError:
        target_text = "?"
    try:
        target = Path(os.path.realpath(link, strict=True))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _problem(
                root, relative, "symlink_loop", f"symbolic link loop ({target_text}): not followed"
            )
        return _problem(
            root,
            relative,
            "dangling_symlink",
            f"symbolic link to {target_text}, which does not exist",
        )
    except RuntimeError:  # older Pythons report loops this way
        return _problem(
            root, relative, "symlink_loop", f"symbolic link loop ({target_text}): not followed"
        )
    if not target.is_relative_to(root_real):
        return _problem(
            root,
            relative,
            "outside_input",
            f"symbolic link to {target_text}, outside the input folder: not read",
        )
    try:
        mode = target.stat().st_mode
    except OSError as exc:
        return _problem(
            root, relative, "dangling_symlink", f"symbolic link to {target_text}: {exc.strerror}"
        )
    if stat.S_ISDIR(mode):
        return _problem(
            root,
            relative,
            "symlink_folder",
            f"symbolic link to the folder {target_text}: not followed (the files "
            "inside the input folder are read under their own paths)",
        )
    if not stat.S_ISREG(mode):
        return _problem(
            root,
            relative,
            "not_regular_file",
            f"symbolic link to {_special_kind(mode)} ({target_text}): not read",
        )
    return InputEntry(target, display_name(relative), os.fsencode(relative))


def _problem(root: Path, relative: str, kind: str, reason: str) -> InputEntry:
    return InputEntry(root / relative, display_name(relative), os.fsencode(relative), kind, reason)
