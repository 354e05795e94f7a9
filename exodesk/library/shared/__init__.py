"""The shared library: the same Library on a PostgreSQL server, for a clinic
whose workstations keep one library together.

SQLite stays the default and needs nothing; a library given as a
`postgresql://` address is opened here (library/locations.py decides).
"""
