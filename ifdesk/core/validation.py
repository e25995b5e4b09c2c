"""Turn pydantic's errors into short French messages (then translated by `_`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic import ValidationError as PydanticError

from ..i18n import _
from .errors import ValidationError

M = TypeVar("M", bound=BaseModel)


def pydantic_message(err: Mapping[str, Any]) -> str:
    t = err.get("type", "")
    ctx = err.get("ctx") or {}
    if t == "missing":
        return _("champ obligatoire manquant")
    if t == "extra_forbidden":
        return _("champ inconnu")
    if t == "string_too_short":
        return _("ne peut pas être vide")
    if t == "string_too_long":
        return _("trop long ({n} caractères au plus)", n=ctx.get("max_length"))
    if t == "too_short":
        return _("au moins {n} élément(s) attendu(s)", n=ctx.get("min_length"))
    if t == "too_long":
        return _("au plus {n} élément(s) attendu(s)", n=ctx.get("max_length"))
    if t == "greater_than":
        return _("doit être strictement supérieur à {n}", n=ctx.get("gt"))
    if t == "greater_than_equal":
        return _("doit être au moins {n}", n=ctx.get("ge"))
    if t == "less_than":
        return _("doit être strictement inférieur à {n}", n=ctx.get("lt"))
    if t == "less_than_equal":
        return _("doit être au plus {n}", n=ctx.get("le"))
    if t == "string_pattern_mismatch":
        return _("format invalide (motif attendu {p})", p=ctx.get("pattern"))
    if t.startswith("int_") or t == "int_type":
        return _("un nombre entier est attendu")
    if t.startswith("float_"):
        return _("un nombre est attendu")
    if t == "string_type":
        return _("un texte est attendu")
    if t in ("dict_type", "model_type"):
        return _("un dictionnaire est attendu")
    if t == "list_type":
        return _("une liste est attendue")
    if t == "enum":
        return _("valeur attendue parmi {e}", e=ctx.get("expected"))
    if t in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        return _("une date AAAA-MM-JJ est attendue")
    if t == "bool_parsing" or t == "bool_type":
        return _("vrai ou faux attendu")
    if t == "value_error":
        msg = str(err.get("msg", ""))
        return msg.removeprefix("Value error, ")
    return str(err.get("msg", t))


def validated(model: type[M], fields: dict[str, Any]) -> M:
    """Build `model`; its first error becomes one clear line naming the field."""
    try:
        return model(**fields)
    except PydanticError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err.get("loc") else None
        ctx_err = (err.get("ctx") or {}).get("error")
        if isinstance(ctx_err, ValidationError):
            raise ValidationError(str(ctx_err), field) from None
        if field:
            raise ValidationError(_("Champ « {field} » : {msg}", field=field, msg=pydantic_message(err)), field) from None
        raise ValidationError(pydantic_message(err)) from None
