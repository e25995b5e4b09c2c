"""Keys, trust store, signed bundles: export and verified import (bundle.md). No Qt.

The functions the window calls (from a worker thread, with the Workspace opened in that thread):

- identities: `has_identity(ws)`, `create_identity(ws, name, org, role, passphrase)`, `describe(ws)`, `write_card(ws, path)`,
  `rotate_identity(ws, passphrase)`, `read_card_file(path)` → (Card, dict)
- trust store: `trust_add(ws, card_dict, fingerprint=None, confirmed=False)`, `trust_list(ws)`,
  `trust_revoke(ws, key_id)`
- export: `export_diagnostics(ws, ids, out, passphrase, encrypt=True, progress=None)`, `exportable_ids(ws)`
- import: `import_paths(ws, paths, passphrase=None, progress=None, cancel=None) -> list[FileResult]`
- conflicts: `conflicts(ws)`, `revision_variants(ws, diag_id)`, `resolve_conflict(ws, diag_id, revision, content_hash)`
- journal: `journal(ws, limit=1000)`
- distribution (office → experts): `make_distribution(ws, out_path, passphrase, referentiel_files=(), assignments={}, benchmark=None)` (benchmark: the cells office/benchmark.py computed)
  (imported by `import_paths` like any bundle: the kind registers itself in `verify.KINDS`)
- national level (issue 13): `register_add/remove/list/publish/info` (register.py), `office_forward(ws, out_dir,
  passphrase, everything=False)` and the `programmes` kind (forward.py)
"""

from __future__ import annotations

from typing import Any, TYPE_CHECKING

from .container import BundleRejected  # noqa: F401
from .export import ExportedFile, export_diagnostics, exportable_ids  # noqa: F401
from .identity import (BadPassphrase, CardInvalid, NoIdentity, create_identity, describe, has_identity,  # noqa: F401
                       fingerprint_of, key_id_of, read_card_file, rotate_identity, write_card)
from .importer import FileResult, conflicts, import_paths, resolve_conflict, revision_variants  # noqa: F401
from .distribution import Distribution, DistributionError, make_distribution  # noqa: F401  (registers the kind)
from .trust import TrustError, trust_add, trust_list, trust_revoke  # noqa: F401
from .register import (RegisterError, register_add, register_info, register_list, register_publish,  # noqa: F401
                       register_remove)  # (registers the kind "register")
from .forward import ForwardError, Forwarded, office_forward  # noqa: F401  (registers the kind "programmes")

if TYPE_CHECKING:
    from ..store.workspace import Workspace


def journal(ws: Workspace, limit: int = 1000) -> list[dict[str, Any]]:
    """The import journal, newest first: `at`, `file`, `bundle_sha256`, `signer_key_id`, `outcome`, `reason`…"""
    from ..store.imports import journal_rows

    return journal_rows(ws.db, limit)
