"""The référentiel as versioned data: model, loading with located errors, canonical SHA-256.

A référentiel file is YAML (see `referentiel/README.md`). It is identified by `id` + `version` +
the SHA-256 of its canonical JSON form, so formatting and comments never change its identity while
any change of content does.
"""

from __future__ import annotations

import hashlib
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator
from pydantic import ValidationError as PydanticError

from ..i18n import _
from .canonical import canonical_json
from .errors import IfdeskError
from .validation import pydantic_message

ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,63}$"
VERSION_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$"
MAX_TEXT = 4000
#: Languages a référentiel may carry beside its own (`language`), each in an item sub-map of that name.
TRANSLATION_LANGUAGES = ("en",)


class Aggregation(str, Enum):
    WEIGHTED_MEAN = "weighted_mean"
    MINIMUM = "minimum"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# ---- English texts: an `en:` sub-map on each item, with the same text keys as the item ---------

class ScaleLevelEn(_Strict):
    label: str = Field(min_length=1, max_length=80)
    description: str = Field(default="", max_length=MAX_TEXT)


class CriterionEn(_Strict):
    title: str = Field(min_length=1, max_length=300)
    questions: list[str] = Field(min_length=1, max_length=5)
    levels: dict[int, str]


class ThemeEn(_Strict):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=MAX_TEXT)


class ReferentielEn(_Strict):
    title: str = Field(min_length=1, max_length=300)
    description: str = Field(default="", max_length=MAX_TEXT)
    disclaimer: str = Field(default="", max_length=MAX_TEXT)
    guidance: str = Field(default="", max_length=MAX_TEXT)


class Previous(_Strict):
    """The version this one follows, and where each of its criteria went (`[]`: removed)."""

    id: str = Field(pattern=ID_PATTERN)
    version: str = Field(pattern=VERSION_PATTERN)
    criteria: dict[str, list[str]]


class ScaleLevel(_Strict):
    level: int = Field(ge=0, le=10)
    label: str = Field(min_length=1, max_length=80)
    description: str = Field(default="", max_length=MAX_TEXT)
    en: ScaleLevelEn | None = None


class Criterion(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1, max_length=300)
    weight: float = Field(gt=0, le=100)
    questions: list[str] = Field(min_length=1, max_length=5)
    levels: dict[int, str]
    tags: list[str] = Field(default_factory=list)
    en: CriterionEn | None = None

    @field_validator("questions")
    @classmethod
    def _questions(cls, v: list[str]) -> list[str]:
        if any(not q.strip() for q in v):
            raise ValueError("question vide")
        return v


class Theme(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=MAX_TEXT)
    weight: float = Field(gt=0, le=100)
    aggregation: Aggregation | None = None
    criteria: list[Criterion] = Field(min_length=1)
    en: ThemeEn | None = None


class Referentiel(_Strict):
    _origin: "Referentiel | None" = PrivateAttr(default=None)
    _shown: str = PrivateAttr(default="")

    id: str = Field(pattern=ID_PATTERN)
    version: str = Field(pattern=VERSION_PATTERN)
    title: str = Field(min_length=1, max_length=300)
    language: str = "fr"
    translations: list[Literal["en"]] = Field(default_factory=list)
    en: ReferentielEn | None = None
    previous: Previous | None = None
    description: str = Field(default="", max_length=MAX_TEXT)
    sources: list[str] = Field(default_factory=list)
    disclaimer: str = Field(default="", max_length=MAX_TEXT)
    guidance: str = Field(default="", max_length=MAX_TEXT)
    scale: list[ScaleLevel] = Field(min_length=2, max_length=11)
    aggregation: Aggregation = Aggregation.WEIGHTED_MEAN
    themes: list[Theme] = Field(min_length=1)

    @model_validator(mode="after")
    def _coherent(self) -> "Referentiel":
        problems = cross_check(self.model_dump(mode="python"))
        if problems:
            raise ValueError(" | ".join(f"{_format_path(loc)}: {msg}" for loc, msg in problems))
        return self

    # ---- identity ----------------------------------------------------------------------------
    def canonical_json(self) -> bytes:
        if self._origin is not None:  # a view in another language is the same référentiel
            return self._origin.canonical_json()
        data = _without_absent_additions(self.model_dump(mode="json"))
        return canonical_json(data)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_json()).hexdigest()

    # ---- languages ---------------------------------------------------------------------------
    @property
    def languages(self) -> list[str]:
        """The languages every text of this référentiel exists in, its own first."""
        return [self.language] + [x for x in self.translations if x != self.language]

    @property
    def shown_language(self) -> str:
        """The language of the texts of this object (`localized` views say which)."""
        return self._shown or self.language

    def localized(self, lang: str) -> "Referentiel":
        """The same référentiel with its texts in `lang` when it carries them (else itself).

        The view keeps the identity (`sha256`, `canonical_json`, `ref`) of the file, so it can be
        handed to scoring, the report or the window in place of the original.
        """
        lang = "en" if str(lang).lower().startswith("en") else str(lang).lower()[:2]
        if lang == self.shown_language:
            return self
        if self._origin is not None:  # a view: ask the file's own object
            return self._origin.localized(lang)
        if lang not in self.translations:
            return self
        view = self.model_copy(update=_texts_in(self, lang))
        view._origin = self
        view._shown = lang
        view.__dict__.pop("criteria_by_id", None)
        view.__dict__.pop("theme_of", None)
        view.__dict__.pop("sha256", None)
        return view

    @property
    def ref(self) -> "ReferentielRef":
        return ReferentielRef(id=self.id, version=self.version, sha256=self.sha256)

    # ---- lookups -----------------------------------------------------------------------------
    @cached_property
    def criteria_by_id(self) -> dict[str, Criterion]:
        return {c.id: c for t in self.themes for c in t.criteria}

    @cached_property
    def theme_of(self) -> dict[str, Theme]:
        return {c.id: t for t in self.themes for c in t.criteria}

    @property
    def levels(self) -> list[int]:
        return [s.level for s in self.scale]

    @property
    def min_level(self) -> int:
        return self.scale[0].level

    @property
    def max_level(self) -> int:
        return self.scale[-1].level

    def level_label(self, level: int) -> str:
        for s in self.scale:
            if s.level == level:
                return s.label
        return str(level)

    def maturity_label(self, score: float | None) -> str:
        """Label of the scale level reached by a score (rounded down)."""
        if score is None:
            return ""
        import math

        lvl = min(max(math.floor(score + 1e-9), self.min_level), self.max_level)
        return self.level_label(lvl)

    def theme_aggregation(self, theme: Theme) -> Aggregation:
        return theme.aggregation or self.aggregation

    def criteria_count(self) -> int:
        return len(self.criteria_by_id)

    def to_public_dict(self) -> dict[str, Any]:
        """The shape of `referentiel show --json`."""
        return {
            "id": self.id, "version": self.version, "sha256": self.sha256, "title": self.title,
            "language": self.shown_language, "languages": self.languages, "guidance": self.guidance,
            "aggregation": self.aggregation.value,
            "scale": [{"level": s.level, "label": s.label, "description": s.description} for s in self.scale],
            "themes": [{
                "id": t.id, "title": t.title, "description": t.description, "weight": t.weight,
                "aggregation": self.theme_aggregation(t).value,
                "criteria": [{
                    "id": c.id, "title": c.title, "weight": c.weight, "tags": list(c.tags), "questions": list(c.questions),
                    "levels": [{"level": lvl, "label": self.level_label(lvl), "description": c.levels[lvl]}
                               for lvl in sorted(c.levels)],
                } for c in t.criteria],
            } for t in self.themes],
        }


def _texts_in(ref: Referentiel, lang: str) -> dict[str, Any]:
    """The text fields of `ref` replaced by those of its `lang` sub-maps (model_copy updates)."""
    def sub(item: Any) -> Any:
        return getattr(item, lang, None)

    root = sub(ref)
    update: dict[str, Any] = {}
    if root is not None:
        update = {"title": root.title, "description": root.description or ref.description,
                  "disclaimer": root.disclaimer or ref.disclaimer, "guidance": root.guidance or ref.guidance}
    update["scale"] = [s.model_copy(update={"label": sub(s).label, "description": sub(s).description or s.description})
                       if sub(s) is not None else s for s in ref.scale]
    themes = []
    for t in ref.themes:
        crits = [c.model_copy(update={"title": sub(c).title, "questions": list(sub(c).questions),
                                      "levels": {**c.levels, **sub(c).levels}})
                 if sub(c) is not None else c for c in t.criteria]
        tu: dict[str, Any] = {"criteria": crits}
        if sub(t) is not None:
            tu |= {"title": sub(t).title, "description": sub(t).description or t.description}
        themes.append(t.model_copy(update=tu))
    update["themes"] = themes
    return update


#: Keys added after the first published référentiels. Left out of the canonical form while absent,
#: so that the identity (SHA-256) of a file written before them does not change.
_ADDED_ROOT: dict[str, Any] = {"translations": [], "en": None, "previous": None, "guidance": ""}


def _without_absent_additions(data: dict[str, Any]) -> dict[str, Any]:
    for k, empty in _ADDED_ROOT.items():
        if data.get(k) == empty:
            data.pop(k, None)
    for s in data.get("scale", []):
        if s.get("en") is None:
            s.pop("en", None)
    for t in data.get("themes", []):
        if t.get("en") is None:
            t.pop("en", None)
        for c in t.get("criteria", []):
            if c.get("en") is None:
                c.pop("en", None)
    return data


class ReferentielRef(BaseModel):
    """What a diagnostic pins: exactly one référentiel content."""

    model_config = ConfigDict(frozen=True)
    id: str
    version: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")

    def label(self) -> str:
        return f"{self.id} {self.version}"


class ReferentielInvalid(IfdeskError):
    """Every problem of a référentiel file, each located (file:line, path inside, message)."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(problems))


# ---- loading -----------------------------------------------------------------------------------

def parse(text: str, source: str = "<texte>") -> Referentiel:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        raise ReferentielInvalid(source, [_("{where}: YAML illisible : {msg}", where=where,
                                            msg=getattr(exc, "problem", None) or exc)]) from None
    if not isinstance(data, dict):
        raise ReferentielInvalid(source, [_("{where}: un document YAML de type dictionnaire est attendu", where=source)])
    try:
        return from_data(data, source)
    except ReferentielInvalid:
        # parse again, keeping the node tree, only to put line numbers on the problems
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        return from_data(data, source, node)


def from_data(data: dict[str, Any], source: str = "<données>", node: Any = None) -> Referentiel:
    try:
        return Referentiel.model_validate(data)
    except PydanticError as exc:
        problems: list[str] = []
        for err in exc.errors():
            if err.get("type") == "value_error" and not err.get("loc"):
                continue  # the cross checks, reported below with their own locations
            problems.append(_located(source, node, tuple(err.get("loc", ())), pydantic_message(err)))
        problems += [_located(source, node, loc, msg) for loc, msg in cross_check(data)]
        raise ReferentielInvalid(source, list(dict.fromkeys(problems))) from None


def cross_check(data: Any) -> list[tuple[tuple[Any, ...], str]]:
    """Rules across fields (unique ids, one descriptor per level), tolerant of malformed data."""
    out: list[tuple[tuple[Any, ...], str]] = []
    if not isinstance(data, dict):
        return out
    levels: list[int] = []
    scale = data.get("scale")
    if isinstance(scale, list):
        for s in scale:
            lvl = s.get("level") if isinstance(s, dict) else getattr(s, "level", None)
            if isinstance(lvl, int):
                levels.append(lvl)
        if levels and levels != list(range(levels[0], levels[0] + len(levels))):
            out.append((("scale",), _("les niveaux doivent se suivre sans trou, dans l'ordre croissant")))
    seen: set[str] = set()
    themes = data.get("themes")
    for ti, theme in enumerate(themes if isinstance(themes, list) else []):
        if not isinstance(theme, dict):
            continue
        tid = theme.get("id")
        if isinstance(tid, str):
            if tid in seen:
                out.append((("themes", ti, "id"), _("identifiant « {id} » en double", id=tid)))
            seen.add(tid)
        crits = theme.get("criteria")
        for ci, crit in enumerate(crits if isinstance(crits, list) else []):
            if not isinstance(crit, dict):
                continue
            cid = crit.get("id")
            if isinstance(cid, str):
                if cid in seen:
                    out.append((("themes", ti, "criteria", ci, "id"), _("identifiant « {id} » en double", id=cid)))
                seen.add(cid)
            lv = crit.get("levels")
            if isinstance(lv, dict) and levels:
                keys = sorted(int(k) for k in lv if isinstance(k, int) or (isinstance(k, str) and k.isdigit()))
                if keys != sorted(levels) or len(keys) != len(lv):
                    out.append((("themes", ti, "criteria", ci, "levels"),
                                _("un descripteur par niveau de l'échelle est attendu ({a} à {b})", a=levels[0], b=levels[-1])))
                for k, text in lv.items():
                    if isinstance(text, str) and not text.strip():
                        out.append((("themes", ti, "criteria", ci, "levels", k), _("descripteur vide")))
    out += _translation_problems(data)
    out += _previous_problems(data, seen)
    return out


def _translation_problems(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Every item carries the text of each declared translation, complete; none carries an undeclared one."""
    out: list[tuple[tuple[Any, ...], str]] = []
    declared = data.get("translations")
    declared = [x for x in declared if isinstance(x, str)] if isinstance(declared, list) else []

    def check(item: Any, loc: tuple[Any, ...], keys: tuple[str, ...]) -> None:
        if not isinstance(item, dict):
            return
        for lang in TRANSLATION_LANGUAGES:
            sub = item.get(lang)
            if lang not in declared:
                if sub is not None:
                    out.append((loc + (lang,), _("texte « {lang} » présent alors que le référentiel ne le déclare pas "
                                                 "dans « translations »", lang=lang)))
                continue
            if not isinstance(sub, dict):
                out.append((loc, _("texte « {lang} » manquant (le référentiel déclare cette langue)", lang=lang)))
                continue
            for key in keys:
                own, there = item.get(key), sub.get(key)
                if own in (None, "", [], {}):
                    continue
                if there in (None, "", [], {}) or (isinstance(there, str) and not there.strip()):
                    out.append((loc + (lang,), _("texte « {lang} » manquant : {key}", lang=lang, key=key)))
                elif key == "questions" and isinstance(own, list) and isinstance(there, list) and len(own) != len(there):
                    out.append((loc + (lang, key), _("{n} questions en « {lang} » pour {m} dans la langue du référentiel",
                                                     n=len(there), lang=lang, m=len(own))))
                elif key == "levels" and isinstance(own, dict) and isinstance(there, dict):
                    mine = {str(k) for k in own}
                    theirs = {str(k) for k, v in there.items() if isinstance(v, str) and v.strip()}
                    if mine != theirs:
                        missing = sorted(mine - theirs) or sorted(theirs - mine)
                        out.append((loc + (lang, key), _("descripteurs « {lang} » attendus pour les niveaux {levels}",
                                                         lang=lang, levels=", ".join(sorted(mine)))
                                    + (f" ({', '.join(missing)})" if missing else "")))

    check(data, (), ("title", "description", "disclaimer", "guidance"))
    scale = data.get("scale")
    for si, s in enumerate(scale if isinstance(scale, list) else []):
        check(s, ("scale", si), ("label", "description"))
    themes = data.get("themes")
    for ti, theme in enumerate(themes if isinstance(themes, list) else []):
        check(theme, ("themes", ti), ("title", "description"))
        crits = theme.get("criteria") if isinstance(theme, dict) else None
        for ci, crit in enumerate(crits if isinstance(crits, list) else []):
            check(crit, ("themes", ti, "criteria", ci), ("title", "questions", "levels"))
    return out


def _previous_problems(data: dict[str, Any], ids: set[str]) -> list[tuple[tuple[Any, ...], str]]:
    """The declared mapping names only criteria of this file on its new side."""
    out: list[tuple[tuple[Any, ...], str]] = []
    prev = data.get("previous")
    if not isinstance(prev, dict) or not isinstance(prev.get("criteria"), dict):
        return out
    theme_ids = {t.get("id") for t in data.get("themes") or [] if isinstance(t, dict)}
    criteria = ids - theme_ids
    for old, new in prev["criteria"].items():
        for n in new if isinstance(new, list) else []:
            if isinstance(n, str) and n not in criteria:
                out.append((("previous", "criteria", old), _("critère inconnu de ce référentiel : « {id} »", id=n)))
    return out


def locate(source: str, text: str, problems: list[tuple[tuple[Any, ...], str]]) -> list[str]:
    """Put `file:line: path: message` on problems found outside the loader (e.g. against another version)."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        node = None
    return [_located(source, node, loc, msg) for loc, msg in problems]


def load_file(path: str | Path) -> Referentiel:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ReferentielInvalid(str(p), [_("{p}: fichier illisible ({err})", p=p, err=exc.strerror or exc)]) from None
    if len(raw) > 5_000_000:
        raise ReferentielInvalid(str(p), [_("{p}: fichier trop volumineux pour un référentiel", p=p)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ReferentielInvalid(str(p), [_("{p}: le fichier doit être encodé en UTF-8", p=p)]) from None
    return parse(text, str(p))


def _format_path(loc: tuple[Any, ...]) -> str:
    s = ""
    for p in loc:
        s += f"[{p}]" if isinstance(p, int) else (f".{p}" if s else str(p))
    return s or _("(racine)")


def _located(source: str, node: Any, loc: tuple[Any, ...], msg: str) -> str:
    line = _line_of(node, loc)
    where = f"{source}:{line}" if line else source
    return f"{where}: {_format_path(loc)}: {msg}"


def _line_of(node: Any, loc: tuple[Any, ...]) -> int | None:
    """Walk the YAML node tree along a pydantic location to find the line to blame."""
    if node is None:
        return None
    best = int(node.start_mark.line) + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if str(k.value) == str(part):
                    nxt = v
                    break
            if nxt is None:
                break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            break
        best = int(node.start_mark.line) + 1
    return best


def json_schema() -> dict[str, Any]:
    schema = Referentiel.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Référentiel ifdesk"
    # a declared translation is required on every item (the loader also checks each text is there)
    schema["allOf"] = [{
        "if": {"required": ["translations"], "properties": {"translations": {"contains": {"const": lang}}}},
        "then": {"required": [lang], "properties": {
            "scale": {"items": {"required": [lang]}},
            "themes": {"items": {"required": [lang], "properties": {"criteria": {"items": {"required": [lang]}}}}}}},
    } for lang in TRANSLATION_LANGUAGES]
    return schema
