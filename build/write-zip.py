"""Writes a zip archive whose bytes depend only on the files' paths and contents.

Usage: python3 build/write-zip.py ARCHIVE DIRECTORY

Every file under DIRECTORY goes in, by its path relative to DIRECTORY, in byte order of those
paths. Whatever the checkout, clock, umask or time zone, each entry gets the same timestamp
(1980-01-01 00:00, the earliest a zip can hold), the same permissions (rw-r--r--), the same
compression, and no extra fields, so the same sources always give the same archive.
"""

import os
import sys
import zipfile

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
REGULAR_FILE_RW_R_R = 0o100644


def files_under(root):
    found = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories.sort()
        for name in names:
            path = os.path.join(directory, name)
            if os.path.islink(path) or not os.path.isfile(path):
                raise SystemExit(f"write-zip: {path} is not a regular file")
            found.append(os.path.relpath(path, root).replace(os.sep, "/"))
    return sorted(found, key=lambda relative: relative.encode("utf-8"))


def write(archive_path, root):
    with zipfile.ZipFile(archive_path, "w") as archive:
        for relative in files_under(root):
            entry = zipfile.ZipInfo(relative, date_time=FIXED_TIME)
            entry.create_system = 3  # Unix, so that the permissions below are read as such
            entry.external_attr = REGULAR_FILE_RW_R_R << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            with open(os.path.join(root, relative), "rb") as source:
                archive.writestr(entry, source.read(), compresslevel=9)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    write(sys.argv[1], sys.argv[2])
