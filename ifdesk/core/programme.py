"""Dated objectives and the cost of a diagnostic (programme.md, « Money and dated objectives»). Pure rules."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from ..i18n import _
from .errors import ValidationError

MAX_DAYS = 1000
MAX_DAY_RATE = 100_000


class Milestone(BaseModel):
    """« 500 companies by 31 December 2015 »."""

    date: date
    objective: int = Field(ge=0)


def parse_milestone(raw: str) -> Milestone:
    """`2015-12-31=500` → Milestone; one clear line when malformed or negative."""
    text = (raw or "").strip()
    day, sep, n = text.partition("=")
    try:
        if not sep:
            raise ValueError
        day = day.strip()
        if "/" in day:  # 31/12/2015, as the window writes it
            dd, mm, yy = day.split("/")
            day = f"{int(yy):04d}-{int(mm):02d}-{int(dd):02d}"
        when = date.fromisoformat(day)
        count = int(n.strip().replace(" ", "").replace("\u202f", ""))
    except ValueError:
        raise ValidationError(_("Jalon invalide : « {raw} » (attendu DATE=N, par ex. 2015-12-31=500).",
                                raw=text[:60]), "milestones") from None
    return check_milestone(when, count)


def parse_milestones(text: str) -> list[Milestone]:
    """Several milestones separated by « ; » or new lines (the programme editor's field)."""
    parts = [p for p in text.replace("\n", ";").split(";") if p.strip()]
    return [parse_milestone(p) for p in parts]


def format_milestones(rows: list[dict]) -> str:
    out = []
    for r in rows:
        d = date.fromisoformat(r["date"])
        out.append(f"{d.day:02d}/{d.month:02d}/{d.year} = {r['objective']}")
    return " ; ".join(out)


def check_milestone(when: date, count: int) -> Milestone:
    if count < 0:
        raise ValidationError(_("Jalon du {d} : le nombre d'entreprises ne peut pas être négatif ({n}).",
                                d=when.isoformat(), n=count), "milestones")
    return Milestone(date=when, objective=count)


def check_milestones(milestones: list[Milestone], start: date, end: date) -> list[Milestone]:
    """Inside the programme's period, one per date; sorted by date."""
    seen: set[date] = set()
    for m in milestones:
        if not start <= m.date <= end:
            raise ValidationError(_("Jalon du {d} hors de la période du programme ({s} → {e}).",
                                    d=m.date.isoformat(), s=start.isoformat(), e=end.isoformat()), "milestones")
        if m.date in seen:
            raise ValidationError(_("Deux jalons à la même date : {d}.", d=m.date.isoformat()), "milestones")
        seen.add(m.date)
    return sorted(milestones, key=lambda m: m.date)


class Cost(BaseModel):
    """A diagnostic's cost: expert days × day rate, of which the programme pays `share_pct` %."""

    days: float
    day_rate_eur: float
    share_pct: float = 100.0

    @property
    def total_eur(self) -> float:
        return self.days * self.day_rate_eur

    @property
    def programme_eur(self) -> float:
        return self.total_eur * self.share_pct / 100


def check_cost(days: float, day_rate_eur: float, share_pct: float | None = None) -> Cost:
    share = 100.0 if share_pct is None else share_pct
    for v in (days, day_rate_eur, share):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValidationError(_("Un nombre est attendu."), "cost")
    if days < 0:
        raise ValidationError(_("Le nombre de jours ne peut pas être négatif ({n}).", n=days), "days")
    if days > MAX_DAYS:
        raise ValidationError(_("Nombre de jours invraisemblable ({n}, au plus {m}).", n=days, m=MAX_DAYS), "days")
    if day_rate_eur < 0:
        raise ValidationError(_("Le tarif journalier ne peut pas être négatif ({n}).", n=day_rate_eur), "day_rate_eur")
    if day_rate_eur > MAX_DAY_RATE:
        raise ValidationError(_("Tarif journalier invraisemblable ({n} €, au plus {m} €).", n=day_rate_eur, m=MAX_DAY_RATE),
                              "day_rate_eur")
    if not 0 <= share <= 100:
        raise ValidationError(_("La part du programme doit être comprise entre 0 et 100 % (reçu {n}).", n=share),
                              "share_pct")
    return Cost(days=days, day_rate_eur=day_rate_eur, share_pct=share)


def milestone_progress(milestones: list[dict], diagnosed_at, today: date) -> dict | None:
    """Progress against the current milestone and the trajectory to the next.

    `milestones`: [{"date", "objective"}] sorted; `diagnosed_at(day)` → companies diagnosed by that day.
    The current milestone is the first one not yet past (else the last one); the pace is the companies
    diagnosed over the last 90 days, projected to the milestone's date.
    """
    if not milestones:
        return None
    upcoming = [m for m in milestones if date.fromisoformat(m["date"]) >= today]
    cur = upcoming[0] if upcoming else milestones[-1]
    nxt = upcoming[1] if len(upcoming) > 1 else None
    done = diagnosed_at(today)
    due = date.fromisoformat(cur["date"])
    days_left = max((due - today).days, 0)
    from datetime import timedelta

    pace_per_day = max(done - diagnosed_at(today - timedelta(days=90)), 0) / 90
    projected = done + pace_per_day * days_left
    return {"date": cur["date"], "objective": cur["objective"], "diagnosed": done,
            "progress": done / cur["objective"] if cur["objective"] else None,
            "days_left": days_left, "pace_per_month": round(pace_per_day * 30.4, 1),
            "needed_per_month": round(max(cur["objective"] - done, 0) / max(days_left / 30.4, 1e-9), 1) if days_left else None,
            "projected": round(projected), "on_track": projected >= cur["objective"],
            "next": {"date": nxt["date"], "objective": nxt["objective"]} if nxt else None}
