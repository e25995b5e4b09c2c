"""Schema migrations, one function per version (recorded in PRAGMA user_version).

Never edit a released migration: add the next one. Version 1 is the first released schema;
`tests/fixtures/` keeps a workspace of every released version to prove upgrades lose nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def m001_initial(db: sqlite_utils.Database) -> None:
    for sql in _V1:
        db.execute(sql)


def initial_statements() -> tuple[str, ...]:
    """The statements of the released schema 1 (read-only: the office rebuilds its own tables from them)."""
    return tuple(_V1)


_V1 = [
    """CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)""",
    """CREATE TABLE referentiels (
        sha256 TEXT PRIMARY KEY, id TEXT NOT NULL, version TEXT NOT NULL, title TEXT NOT NULL,
        content TEXT NOT NULL, source TEXT NOT NULL, added_at TEXT NOT NULL)""",
    """CREATE INDEX idx_referentiels_id_version ON referentiels (id, version)""",
    """CREATE TABLE referentiel_files (
        path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, sha256 TEXT NOT NULL)""",
    """CREATE TABLE companies (
        siret TEXT PRIMARY KEY, siren TEXT NOT NULL, name TEXT NOT NULL, region TEXT NOT NULL,
        naf TEXT, headcount INTEGER, turnover_eur REAL, balance_sheet_eur REAL, city TEXT,
        size_class TEXT, assigned_to TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    """CREATE INDEX idx_companies_region ON companies (region)""",
    """CREATE TABLE programmes (
        id INTEGER PRIMARY KEY, region TEXT NOT NULL, name TEXT NOT NULL, budget_eur REAL NOT NULL,
        objective_companies INTEGER NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL)""",
    """CREATE TABLE diagnostics (
        id TEXT PRIMARY KEY, siret TEXT NOT NULL REFERENCES companies(siret),
        current_revision INTEGER NOT NULL, expert_key_id TEXT, expert_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    """CREATE INDEX idx_diagnostics_siret ON diagnostics (siret)""",
    """CREATE TABLE revisions (
        diag_id TEXT NOT NULL REFERENCES diagnostics(id), revision INTEGER NOT NULL,
        base_revision INTEGER, status TEXT NOT NULL,
        referentiel_sha256 TEXT NOT NULL REFERENCES referentiels(sha256),
        visit_date TEXT, strengths TEXT NOT NULL DEFAULT '', weaknesses TEXT NOT NULL DEFAULT '',
        content_hash TEXT, overall_score REAL, scored_at TEXT, last_criterion TEXT, origin TEXT NOT NULL DEFAULT 'local',
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, completed_at TEXT, exported_at TEXT,
        PRIMARY KEY (diag_id, revision))""",
    """CREATE INDEX idx_revisions_status ON revisions (status)""",
    """CREATE TABLE answers (
        diag_id TEXT NOT NULL, revision INTEGER NOT NULL, criterion TEXT NOT NULL,
        level INTEGER, target INTEGER, note TEXT NOT NULL DEFAULT '', na INTEGER NOT NULL DEFAULT 0,
        na_reason TEXT NOT NULL DEFAULT '', important INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL,
        PRIMARY KEY (diag_id, revision, criterion),
        FOREIGN KEY (diag_id, revision) REFERENCES revisions(diag_id, revision))""",
    """CREATE TABLE actions (
        diag_id TEXT NOT NULL, revision INTEGER NOT NULL, position INTEGER NOT NULL,
        title TEXT NOT NULL, criteria TEXT NOT NULL DEFAULT '[]', priority INTEGER NOT NULL DEFAULT 2,
        horizon TEXT NOT NULL DEFAULT 'moyen', owner TEXT NOT NULL DEFAULT '', cost_eur REAL, due TEXT,
        description TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (diag_id, revision, position),
        FOREIGN KEY (diag_id, revision) REFERENCES revisions(diag_id, revision))""",
    """CREATE TABLE theme_scores (
        diag_id TEXT NOT NULL, revision INTEGER NOT NULL, theme TEXT NOT NULL, score REAL, target REAL,
        PRIMARY KEY (diag_id, revision, theme),
        FOREIGN KEY (diag_id, revision) REFERENCES revisions(diag_id, revision))""",
    """CREATE TABLE attachments (
        id TEXT PRIMARY KEY, diag_id TEXT NOT NULL, revision INTEGER NOT NULL, criterion TEXT,
        filename TEXT NOT NULL, mime TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        FOREIGN KEY (diag_id, revision) REFERENCES revisions(diag_id, revision))""",
    """CREATE TABLE identity (
        id INTEGER PRIMARY KEY CHECK (id = 1), key_id TEXT NOT NULL, name TEXT NOT NULL, org TEXT NOT NULL,
        role TEXT NOT NULL, public_key TEXT NOT NULL, private_key_pem TEXT NOT NULL, created_at TEXT NOT NULL,
        age_recipient TEXT, age_identity_enc TEXT, card TEXT NOT NULL DEFAULT '{}',
        previous_key_ids TEXT NOT NULL DEFAULT '[]')""",
    # ---- bundles (issue 5): trust store, import journal, provenance, conflicts ----
    """CREATE TABLE trusted_keys (
        key_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, fingerprint TEXT NOT NULL, name TEXT NOT NULL,
        org TEXT NOT NULL, role TEXT NOT NULL, age_recipient TEXT, card TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active', replaces TEXT, replaced_by TEXT,
        added_at TEXT NOT NULL, revoked_at TEXT)""",
    """CREATE TABLE import_journal (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, file TEXT NOT NULL, bundle_sha256 TEXT,
        bundle_id TEXT, signer_key_id TEXT, signer_name TEXT, outcome TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
        diagnostics TEXT NOT NULL DEFAULT '[]')""",
    """CREATE INDEX idx_import_journal_sha ON import_journal (bundle_sha256)""",
    """CREATE TABLE received_revisions (
        diag_id TEXT NOT NULL, revision INTEGER NOT NULL, content_hash TEXT NOT NULL,
        signer_key_id TEXT NOT NULL, bundle_sha256 TEXT NOT NULL, received_at TEXT NOT NULL,
        signer_revoked INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (diag_id, revision, content_hash))""",
    """CREATE INDEX idx_received_signer ON received_revisions (signer_key_id)""",
    """CREATE TABLE held_revisions (
        diag_id TEXT NOT NULL REFERENCES diagnostics(id), revision INTEGER NOT NULL, content_hash TEXT NOT NULL,
        base_revision INTEGER, completed_at TEXT, payload TEXT NOT NULL,
        PRIMARY KEY (diag_id, revision, content_hash))""",
    """CREATE TABLE diag_conflicts (
        diag_id TEXT PRIMARY KEY REFERENCES diagnostics(id), reason TEXT NOT NULL)""",
    """CREATE TABLE conflict_resolutions (
        diag_id TEXT PRIMARY KEY REFERENCES diagnostics(id), revision INTEGER NOT NULL, content_hash TEXT NOT NULL,
        max_revision INTEGER NOT NULL, variants INTEGER NOT NULL, resolved_at TEXT NOT NULL)""",
    # ---- office (issue 6): per-diagnostic facts of the current revision, kept for fast aggregates ----
    # Triggers only mark diagnostics dirty; ifdesk.office.facts.refresh() recomputes their rows.
    """CREATE TABLE office_dirty (diag_id TEXT PRIMARY KEY) WITHOUT ROWID""",
    """CREATE TABLE office_facts (
        id INTEGER PRIMARY KEY, diag_id TEXT NOT NULL UNIQUE, siret TEXT NOT NULL, revision INTEGER NOT NULL,
        status TEXT NOT NULL, counted INTEGER NOT NULL, region TEXT NOT NULL, naf_div TEXT NOT NULL,
        size_class TEXT NOT NULL, visit_date TEXT NOT NULL, month TEXT NOT NULL, expert_key_id TEXT NOT NULL,
        expert_name TEXT NOT NULL, overall_score REAL)""",
    """CREATE INDEX idx_office_facts_month ON office_facts (month, status, region, naf_div, size_class, visit_date)""",
    """CREATE INDEX idx_office_facts_cell ON office_facts (
        counted, region, naf_div, size_class, siret, overall_score, visit_date)""",
    """CREATE INDEX idx_office_facts_expert ON office_facts (
        expert_key_id, expert_name, status, visit_date, region, naf_div, size_class)""",
    """CREATE INDEX idx_office_facts_expert_companies ON office_facts (
        counted, expert_key_id, expert_name, siret, region, naf_div, size_class, visit_date)""",
    """CREATE TABLE office_theme_scores (
        theme TEXT NOT NULL, score REAL NOT NULL, fact_id INTEGER NOT NULL, region TEXT NOT NULL,
        naf_div TEXT NOT NULL, size_class TEXT NOT NULL, visit_date TEXT NOT NULL,
        PRIMARY KEY (theme, score, fact_id)) WITHOUT ROWID""",
    """CREATE INDEX idx_office_theme_scores_fact ON office_theme_scores (fact_id)""",
    """CREATE TABLE office_theme_hist (
        grain TEXT NOT NULL, key TEXT NOT NULL, theme TEXT NOT NULL, score REAL NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (grain, key, theme, score)) WITHOUT ROWID""",
    # (no INSERT OR IGNORE in trigger bodies: an outer UPSERT would override it and fail)
    """CREATE INDEX idx_office_companies_naf ON companies (naf, size_class, region)""",
    """CREATE TRIGGER office_dirty_diag_ins AFTER INSERT ON diagnostics
        BEGIN INSERT INTO office_dirty SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM office_dirty WHERE diag_id = new.id); END""",
    """CREATE TRIGGER office_dirty_diag_upd AFTER UPDATE ON diagnostics
        BEGIN INSERT INTO office_dirty SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM office_dirty WHERE diag_id = new.id); END""",
    """CREATE TRIGGER office_dirty_diag_del AFTER DELETE ON diagnostics
        BEGIN INSERT INTO office_dirty SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM office_dirty WHERE diag_id = old.id); END""",
    """CREATE TRIGGER office_dirty_rev_ins AFTER INSERT ON revisions
        BEGIN INSERT INTO office_dirty SELECT new.diag_id WHERE NOT EXISTS (SELECT 1 FROM office_dirty WHERE diag_id = new.diag_id); END""",
    """CREATE TRIGGER office_dirty_rev_upd AFTER UPDATE OF revision, status, visit_date, overall_score ON revisions
        BEGIN INSERT INTO office_dirty SELECT new.diag_id WHERE NOT EXISTS (SELECT 1 FROM office_dirty WHERE diag_id = new.diag_id); END""",
    """CREATE TRIGGER office_dirty_rev_del AFTER DELETE ON revisions
        BEGIN INSERT INTO office_dirty SELECT old.diag_id WHERE NOT EXISTS (SELECT 1 FROM office_dirty WHERE diag_id = old.diag_id); END""",
    """CREATE TRIGGER office_dirty_score_ins AFTER INSERT ON theme_scores
        BEGIN INSERT INTO office_dirty SELECT new.diag_id WHERE NOT EXISTS (SELECT 1 FROM office_dirty WHERE diag_id = new.diag_id); END""",
    """CREATE TRIGGER office_dirty_score_upd AFTER UPDATE ON theme_scores
        BEGIN INSERT INTO office_dirty SELECT new.diag_id WHERE NOT EXISTS (SELECT 1 FROM office_dirty WHERE diag_id = new.diag_id); END""",
    """CREATE TRIGGER office_dirty_score_del AFTER DELETE ON theme_scores
        BEGIN INSERT INTO office_dirty SELECT old.diag_id WHERE NOT EXISTS (SELECT 1 FROM office_dirty WHERE diag_id = old.diag_id); END""",
    """CREATE TRIGGER office_dirty_company AFTER UPDATE OF siret, region, naf, size_class ON companies
        BEGIN INSERT INTO office_dirty SELECT d.id FROM diagnostics d WHERE d.siret IN (old.siret, new.siret)
        AND NOT EXISTS (SELECT 1 FROM office_dirty x WHERE x.diag_id = d.id); END""",
    # ---- distribution (issue 6, office → experts): what an expert received (ifdesk/bundle/distribution.py) ----
    """CREATE TABLE IF NOT EXISTS distributions_received (
        bundle_id TEXT PRIMARY KEY, office_key_id TEXT NOT NULL, created_at TEXT NOT NULL,
        default_referentiel TEXT, bundle_sha256 TEXT NOT NULL, received_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS distribution_companies (
        siret TEXT PRIMARY KEY, office_key_id TEXT NOT NULL, bundle_id TEXT NOT NULL, created_at TEXT NOT NULL,
        assigned_to TEXT NOT NULL, mine INTEGER NOT NULL DEFAULT 0, record TEXT NOT NULL,
        written_updated_at TEXT NOT NULL DEFAULT '')""",
]

def m002_authority_review(db: sqlite_utils.Database) -> None:
    """Issue 12: who may change what (authors, company proposals, rotation holds) and the office's review."""
    for sql in _V2_AUTHORITY_REVIEW:
        db.execute(sql)
    # authors of what was already received: the signer of the earliest received revision (bundle.md, Authority)
    db.execute("""INSERT INTO diag_authors (diag_id, author_key_id, first_received_at)
        SELECT r.diag_id, r.signer_key_id, r.received_at FROM received_revisions r
        WHERE r.diag_id IN (SELECT id FROM diagnostics) AND NOT EXISTS (
            SELECT 1 FROM received_revisions o WHERE o.diag_id = r.diag_id
            AND (o.received_at < r.received_at OR (o.received_at = r.received_at AND o.revision < r.revision)
                 OR (o.received_at = r.received_at AND o.revision = r.revision AND o.content_hash < r.content_hash)))""")
    # every received diagnostic starts `to_review` at its current revision
    db.execute("""INSERT INTO reviews (diag_id, revision, state)
        SELECT d.id, d.current_revision, 'to_review' FROM diagnostics d WHERE d.id IN (SELECT diag_id FROM diag_authors)""")


_V2_AUTHORITY_REVIEW = [
    # the key that signed the first received revision of a diagnostic (or the chain it rotated to) owns it
    """CREATE TABLE diag_authors (
        diag_id TEXT PRIMARY KEY REFERENCES diagnostics(id), author_key_id TEXT NOT NULL,
        first_received_at TEXT NOT NULL)""",
    """CREATE INDEX idx_diag_authors_key ON diag_authors (author_key_id)""",
    # the office's review of a received diagnostic; at an expert, the office's decision as received
    """CREATE TABLE reviews (
        diag_id TEXT PRIMARY KEY REFERENCES diagnostics(id), revision INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('to_review','approved','changes_requested','rejected')),
        comment TEXT NOT NULL DEFAULT '', decided_at TEXT, decided_by_key_id TEXT, decided_by_name TEXT,
        sent_at TEXT, source TEXT NOT NULL DEFAULT 'local', bundle_id TEXT)""",
    """CREATE INDEX idx_reviews_state ON reviews (state)""",
    """CREATE TABLE review_journal (
        id INTEGER PRIMARY KEY, diag_id TEXT NOT NULL, revision INTEGER NOT NULL, state TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '', at TEXT NOT NULL, by_key_id TEXT, by_name TEXT,
        source TEXT NOT NULL DEFAULT 'local')""",
    """CREATE INDEX idx_review_journal_diag ON review_journal (diag_id, id)""",
    # who created a company record in this workspace (an expert's key when a bundle brought it first)
    """ALTER TABLE companies ADD COLUMN created_by_key_id TEXT""",
    # company changes an expert may not apply: kept for the office to accept or ignore
    """CREATE TABLE company_proposals (
        id INTEGER PRIMARY KEY, siret TEXT NOT NULL, key_id TEXT NOT NULL, record TEXT NOT NULL,
        record_sha256 TEXT NOT NULL, claimed_updated_at TEXT, bundle_sha256 TEXT, received_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','accepted','ignored')),
        decided_at TEXT, UNIQUE (siret, key_id, record_sha256))""",
    """CREATE INDEX idx_company_proposals_state ON company_proposals (state, siret)""",
    # rotation: a card changing name/org waits for a fingerprint; revocation of a chain
    """ALTER TABLE trusted_keys ADD COLUMN held_reason TEXT""",
    """ALTER TABLE trusted_keys ADD COLUMN revoked_with TEXT""",
]

def m003_programme(db: sqlite_utils.Database) -> None:
    """Issue 14: follow-ups, action statuses, milestones, costs, benchmark figures received."""
    for sql in _V3_PROGRAMME:
        db.execute(sql)
    # drafts get stable action ids now (completed revisions keep none: their content hash is signed)
    db.execute("""UPDATE actions SET action_id = lower(hex(randomblob(4))) WHERE EXISTS (
        SELECT 1 FROM revisions r WHERE r.diag_id = actions.diag_id AND r.revision = actions.revision
        AND r.status = 'draft')""")


_V3_PROGRAMME = [
    """ALTER TABLE diagnostics ADD COLUMN previous_id TEXT""",
    """CREATE INDEX idx_diagnostics_previous ON diagnostics (previous_id)""",
    """ALTER TABLE actions ADD COLUMN action_id TEXT""",
    """ALTER TABLE actions ADD COLUMN status TEXT NOT NULL DEFAULT 'planned'""",
    """ALTER TABLE actions ADD COLUMN status_date TEXT""",
    """ALTER TABLE actions ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''""",
    """CREATE TABLE programme_milestones (
        programme_id INTEGER NOT NULL REFERENCES programmes(id), date TEXT NOT NULL,
        objective INTEGER NOT NULL CHECK (objective >= 0), PRIMARY KEY (programme_id, date))""",
    """CREATE TABLE diagnostic_costs (
        diag_id TEXT PRIMARY KEY REFERENCES diagnostics(id), days REAL NOT NULL CHECK (days >= 0),
        day_rate_eur REAL NOT NULL CHECK (day_rate_eur >= 0),
        share_pct REAL NOT NULL DEFAULT 100 CHECK (share_pct >= 0 AND share_pct <= 100), recorded_at TEXT NOT NULL)""",
    # at an expert: the anonymous peer figures of the enrolled office's last distribution
    """CREATE TABLE benchmark_cells (
        referentiel_id TEXT NOT NULL, naf_div TEXT NOT NULL, size_class TEXT NOT NULL, n INTEGER NOT NULL,
        figures TEXT NOT NULL, office_key_id TEXT NOT NULL, bundle_id TEXT NOT NULL, received_at TEXT NOT NULL,
        PRIMARY KEY (referentiel_id, naf_div, size_class))""",
]


def m004_domain(db: sqlite_utils.Database) -> None:
    """Issue 15 (docs/decisions-domain.md): the nomenclature beside each NAF code (NAF 2025 comes in 2027
    without a schema rewrite) and what a report says next — restitution meeting, follow-up visit, the
    reason for « aucune action », the expert's organisation and contact. Only ADDs columns."""
    for sql in _V4_DOMAIN:
        db.execute(sql)


_V4_DOMAIN = [
    "ALTER TABLE companies ADD COLUMN naf_nomenclature TEXT NOT NULL DEFAULT 'NAFRev2'",
    "ALTER TABLE revisions ADD COLUMN restitution_date TEXT",
    "ALTER TABLE revisions ADD COLUMN followup_date TEXT",
    "ALTER TABLE revisions ADD COLUMN no_action_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE revisions ADD COLUMN expert_org TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE revisions ADD COLUMN expert_contact TEXT NOT NULL DEFAULT ''",
]


def m005_national(db: sqlite_utils.Database) -> None:
    """Issue 13: the register of referenced experts, forwarding to the national level, national steering."""
    for sql in _V6_NATIONAL:
        db.execute(sql)


_V6_NATIONAL = [
    # the register: at the national identity its own, elsewhere a copy of the newest register received
    """CREATE TABLE register_entries (
        key_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, fingerprint TEXT NOT NULL, name TEXT NOT NULL,
        org TEXT NOT NULL, card TEXT NOT NULL, regions TEXT NOT NULL DEFAULT '[]', since TEXT NOT NULL,
        until TEXT, reason TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE register_state (
        id INTEGER PRIMARY KEY CHECK (id = 1), sequence INTEGER NOT NULL, national_key_id TEXT,
        bundle_id TEXT, published_at TEXT, received_at TEXT)""",
    # at an office: the experts' signed bundles (the inner ZIP, byte for byte) kept for forwarding
    """CREATE TABLE forward_bundles (
        sha256 TEXT PRIMARY KEY, data BLOB NOT NULL, received_at TEXT NOT NULL, forwarded_at TEXT)""",
    """CREATE INDEX idx_forward_bundles_pending ON forward_bundles (forwarded_at)""",
    # at the national identity: the region of an enrolled office (set at enrolment, never from a payload)
    """ALTER TABLE trusted_keys ADD COLUMN region TEXT""",
    # at the national identity: which office's programmes bundle a programme came from
    """ALTER TABLE programmes ADD COLUMN office_key_id TEXT""",
    """CREATE TABLE national_programmes_received (
        office_key_id TEXT PRIMARY KEY, region TEXT NOT NULL, bundle_id TEXT NOT NULL, created_at TEXT NOT NULL,
        bundle_sha256 TEXT NOT NULL, received_at TEXT NOT NULL)""",
    """CREATE TABLE national_reviews (
        office_key_id TEXT NOT NULL, diag_id TEXT NOT NULL, revision INTEGER NOT NULL, state TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '', decided_at TEXT, PRIMARY KEY (office_key_id, diag_id))""",
    """CREATE TABLE national_costs (
        office_key_id TEXT NOT NULL, diag_id TEXT NOT NULL, days REAL NOT NULL, day_rate_eur REAL NOT NULL,
        share_pct REAL NOT NULL, PRIMARY KEY (office_key_id, diag_id))""",
    """CREATE INDEX idx_national_reviews_diag ON national_reviews (diag_id)""",
    """CREATE INDEX idx_national_costs_diag ON national_costs (diag_id)""",
    # the national objectives (companies diagnosed by a date, all regions together)
    """CREATE TABLE national_objectives (date TEXT PRIMARY KEY, objective INTEGER NOT NULL CHECK (objective >= 0))""",
]

def m006_national_perf(db: sqlite_utils.Database) -> None:
    """National dashboard speed (quality.md `national_dashboard_ms`): the action statuses of a revision read
    from an index (no row of the wide `actions` table visited), the follow-ups from theirs. Only ADDs indexes."""
    for sql in _V7_NATIONAL_PERF:
        db.execute(sql)


_V7_NATIONAL_PERF = [
    """CREATE INDEX IF NOT EXISTS idx_actions_status ON actions (diag_id, revision, status)""",
    # the follow-ups figures start from the follow-ups (a few %), read from this index alone
    """CREATE INDEX IF NOT EXISTS idx_diagnostics_followups ON diagnostics (previous_id, id, current_revision)""",
]

MIGRATIONS = [m001_initial, m002_authority_review, m003_programme, m004_domain, m005_national, m006_national_perf]
LATEST = len(MIGRATIONS)
