"""phonenumbers loads each region's metadata module by name: collect them (as the stock hook does), but not
the geocoding, carrier and time zone tables (about 45 MB of sources) that Comptoir never uses — it parses,
formats and matches numbers only."""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("phonenumbers.geo", "phonenumbers.carrier", "phonenumbers.timezone", "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
