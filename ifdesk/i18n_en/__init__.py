"""English messages of the command line and the non-window layers, one module per layer.

Keys are the French source strings passed to `_()` (character for character, same placeholders);
one group per source module, where the message first appears. Qt views use Qt Linguist files.
"""

from .authority import EN as _AUTHORITY
from .bundle import EN as _BUNDLE
from .cli import EN as _CLI
from .layers import EN as _LAYERS
from .national import EN as _NATIONAL
from .programme import EN as _PROGRAMME

EN: dict[str, str] = {**_LAYERS, **_BUNDLE, **_CLI, **_AUTHORITY, **_PROGRAMME, **_NATIONAL}
