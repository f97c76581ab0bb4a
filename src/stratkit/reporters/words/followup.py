"""Words for what the yearly follow-up writes down (format 1.1): analysis, assessments by
people, decisions on targets and initiatives over time, in Swedish, Finnish and English."""

from __future__ import annotations

from stratkit.model.choices import Language

SV, FI, EN = Language.SV, Language.FI, Language.EN

FOLLOWUP: dict[Language, dict[str, str]] = {
    SV: {
        "responsible": "Ansvarig",
        "deadline": "Slutdatum",
        "budget": "Budget",
        "analysis": "Analys {year}, {title}: {text}",
        "assessed": "bedömd",
        "assessment": "Bedömning {year}, {title}: {status}. {motivation}",
        "disagrees": "Bedömning {year}, {title}: {status}, avviker från den beräknade "
        "statusen {computed}. {motivation}",
        "status_year": "{status} ({year})",
        "analysis_added": "analys för {year} tillagd",
        "analysis_changed": "analysen för {year} ändrad",
        "analysis_removed": "analysen för {year} borttagen",
        "assessment_changed": "bedömningen för {year}: {old} → {new}",
        "decision_changed": "beslut: {old} → {new}",
        "responsible_changed": "ansvarig: {old} → {new}",
        "budget_changed": "budget: {old} → {new}",
        "deadline_changed": "slutdatum: {old} → {new}",
        "undecided": "ingen ny beslutshänvisning",
        "initiatives_changed": "Initiativ som ändrat status {low}–{high}",
    },
    FI: {
        "responsible": "Vastuutaho",
        "deadline": "Määräaika",
        "budget": "Budjetti",
        "analysis": "Analyysi {year}, {title}: {text}",
        "assessed": "arvioitu",
        "assessment": "Arvio {year}, {title}: {status}. {motivation}",
        "disagrees": "Arvio {year}, {title}: {status}, poikkeaa lasketusta tilasta "
        "{computed}. {motivation}",
        "status_year": "{status} ({year})",
        "analysis_added": "analyysi vuodelle {year} lisätty",
        "analysis_changed": "vuoden {year} analyysi muutettu",
        "analysis_removed": "vuoden {year} analyysi poistettu",
        "assessment_changed": "vuoden {year} arvio: {old} → {new}",
        "decision_changed": "päätös: {old} → {new}",
        "responsible_changed": "vastuutaho: {old} → {new}",
        "budget_changed": "budjetti: {old} → {new}",
        "deadline_changed": "määräaika: {old} → {new}",
        "undecided": "ei uutta päätösviittausta",
        "initiatives_changed": "Toimenpiteet, joiden tila muuttui {low}–{high}",
    },
    EN: {
        "responsible": "Responsible",
        "deadline": "Deadline",
        "budget": "Budget",
        "analysis": "Analysis {year}, {title}: {text}",
        "assessed": "assessed",
        "assessment": "Assessment {year}, {title}: {status}. {motivation}",
        "disagrees": "Assessment {year}, {title}: {status}, which differs from the computed "
        "status {computed}. {motivation}",
        "status_year": "{status} ({year})",
        "analysis_added": "analysis for {year} added",
        "analysis_changed": "analysis for {year} changed",
        "analysis_removed": "analysis for {year} removed",
        "assessment_changed": "assessment for {year}: {old} → {new}",
        "decision_changed": "decision: {old} → {new}",
        "responsible_changed": "responsible: {old} → {new}",
        "budget_changed": "budget: {old} → {new}",
        "deadline_changed": "deadline: {old} → {new}",
        "undecided": "no new decision cited",
        "initiatives_changed": "Initiatives whose status changed {low}–{high}",
    },
}
