"""Words for what the yearly follow-up writes down (format 1.1): analysis, assessments by
people, decisions on targets and initiatives over time, in Swedish, Finnish and English."""

from __future__ import annotations

from stratkit.diff.kinds import Kind
from stratkit.model.choices import Language
from stratkit.reporters.words.labels import EN, FI, SV

FOLLOWUP: dict[Language, dict[str, str]] = {
    SV: {
        "decision": "beslut: {decision}",
        "responsible": "Ansvarig",
        "deadline": "Slutdatum",
        "budget": "Budget",
        "analysis": "Analys {year}, {title}: {text}",
        "assessed": "bedömd",
        "assessment": "Bedömning {year}, {title}: {status}. {motivation}",
        "disagrees": "Bedömning {year}, {title}: {status}, avviker från den beräknade "
        "statusen {computed}. {motivation}",
        "status_year": "{status} ({year})",
        "undecided": "ingen ny beslutshänvisning",
        "initiatives_changed": "Satsningar som ändrat status {low}–{high}",
    },
    FI: {
        "decision": "päätös: {decision}",
        "responsible": "Vastuutaho",
        "deadline": "Määräaika",
        "budget": "Budjetti",
        "analysis": "Analyysi {year}, {title}: {text}",
        "assessed": "arvioitu",
        "assessment": "Arvio {year}, {title}: {status}. {motivation}",
        "disagrees": "Arvio {year}, {title}: {status}, poikkeaa lasketusta tilasta "
        "{computed}. {motivation}",
        "status_year": "{status} ({year})",
        "undecided": "ei uutta päätösviittausta",
        "initiatives_changed": "Hankkeet, joiden tila muuttui {low}–{high}",
    },
    EN: {
        "decision": "decision: {decision}",
        "responsible": "Responsible",
        "deadline": "Deadline",
        "budget": "Budget",
        "analysis": "Analysis {year}, {title}: {text}",
        "assessed": "assessed",
        "assessment": "Assessment {year}, {title}: {status}. {motivation}",
        "disagrees": "Assessment {year}, {title}: {status}, which differs from the computed "
        "status {computed}. {motivation}",
        "status_year": "{status} ({year})",
        "undecided": "no new decision cited",
        "initiatives_changed": "Initiatives whose status changed {low}–{high}",
    },
}

# Templates of the changes diff --rev finds in format 1.1 data; {year}, {old} and {new} as in
# diff_labels.CHANGE.
CHANGE: dict[Language, dict[Kind, str]] = {
    SV: {
        Kind.ANALYSIS_ADDED: "analys för {year} tillagd: {new}",
        Kind.ANALYSIS_CHANGED: "analysen för {year} ändrad: {old} → {new}",
        Kind.ANALYSIS_REMOVED: "analysen för {year} borttagen (var {old})",
        Kind.ASSESSMENT_CHANGED: "bedömningen för {year}: {old} → {new}",
        Kind.DECISION_CHANGED: "beslutet om målsättningen: {old} → {new}",
        Kind.RESPONSIBLE_CHANGED: "ansvarig: {old} → {new}",
        Kind.BUDGET_CHANGED: "budget: {old} → {new}",
        Kind.DEADLINE_CHANGED: "slutdatum: {old} → {new}",
    },
    FI: {
        Kind.ANALYSIS_ADDED: "analyysi vuodelle {year} lisätty: {new}",
        Kind.ANALYSIS_CHANGED: "vuoden {year} analyysi muutettu: {old} → {new}",
        Kind.ANALYSIS_REMOVED: "vuoden {year} analyysi poistettu (oli {old})",
        Kind.ASSESSMENT_CHANGED: "vuoden {year} arvio: {old} → {new}",
        Kind.DECISION_CHANGED: "tavoitteen päätös: {old} → {new}",
        Kind.RESPONSIBLE_CHANGED: "vastuutaho: {old} → {new}",
        Kind.BUDGET_CHANGED: "budjetti: {old} → {new}",
        Kind.DEADLINE_CHANGED: "määräaika: {old} → {new}",
    },
    EN: {
        Kind.ANALYSIS_ADDED: "analysis for {year} added: {new}",
        Kind.ANALYSIS_CHANGED: "analysis for {year} changed: {old} → {new}",
        Kind.ANALYSIS_REMOVED: "analysis for {year} removed (was {old})",
        Kind.ASSESSMENT_CHANGED: "assessment for {year}: {old} → {new}",
        Kind.DECISION_CHANGED: "decision on the target: {old} → {new}",
        Kind.RESPONSIBLE_CHANGED: "responsible: {old} → {new}",
        Kind.BUDGET_CHANGED: "budget: {old} → {new}",
        Kind.DEADLINE_CHANGED: "deadline: {old} → {new}",
    },
}

# A status of one year in an initiative's history: "status för 2025: Pågår → Klar".
STATUS_YEAR: dict[Language, str] = {
    SV: "status för {year}: {old} → {new}",
    FI: "tila vuonna {year}: {old} → {new}",
    EN: "status for {year}: {old} → {new}",
}
