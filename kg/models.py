"""Typed records passed between the pipeline stages: what extraction finds, before it becomes RDF."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Direction = Literal["increases", "decreases", "no_effect"]
EffectForm = Literal["phosphorylation", "expression", "activity", "process"]
TargetRelation = Literal["inhibits", "binds", "metabolized_by"]
Statistic = Literal["median", "mean", "rate"]
Grade = Literal["any", "1", "2", "1-2", "3", "4", "3-4", "5"]
Design = Literal[
    "randomized", "single-arm", "open-label", "retrospective", "prospective",
    "multicenter", "controlled", "observational", "double-blind",
]


class Record(BaseModel):
    """Base of every extracted record; ``evidence`` says where in which text it was read."""

    model_config = ConfigDict(frozen=False, extra="forbid")
    evidence: list[Evidence] = Field(default_factory=list, description="Where the record was read.")


class Evidence(BaseModel):
    """A span of a document that supports a record."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    doc_id: str = Field(description="Document identifier: the file name without .txt.")
    sentence: str = Field(description="The supporting sentence, as cleaned text.")
    start: int = Field(ge=0, description="Start offset of the sentence in the original file.")
    end: int = Field(ge=0, description="End offset (exclusive) of the sentence in the original file.")
    rule: str = Field(description="Name of the extraction rule that produced the record.")
    confidence: float = Field(ge=0.0, le=1.0, description="How much the rule is trusted, 0..1.")
    citation: str | None = Field(default=None, description="Citation marker the text attaches, e.g. '[74]'.")


class Dose(BaseModel):
    """How much of one drug an arm received."""

    model_config = ConfigDict(extra="forbid")
    drug: str = Field(description="Vocabulary id of the drug.")
    amount_mg: float | None = None
    mg_per_day: float | None = Field(default=None, description="Daily dose in mg where it can be derived.")
    schedule: str | None = Field(default=None, description="e.g. 'once daily'.")


class Arm(BaseModel):
    """One arm of a study: its regimen (drug ids) and size."""

    model_config = ConfigDict(extra="forbid")
    regimen: list[str] = Field(description="Sorted vocabulary ids of the drugs given together.")
    label: str | None = None
    patients: int | None = None
    doses: list[Dose] = Field(default_factory=list)


class Study(Record):
    """A clinical study (trial or cohort) as a document describes it."""

    key: str = Field(description="Identifies the study within its document (citation, registry id or ordinal).")
    citation: str | None = None
    registry_id: str | None = None
    phase: str | None = None
    design: list[Design] = Field(default_factory=list)
    enrolled: int | None = None
    evaluated: int | None = None
    population: str | None = Field(default=None, description="Population as free text.")
    disease: str | None = Field(default=None, description="Vocabulary id of the disease studied.")
    line_of_therapy: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    arms: list[Arm] = Field(default_factory=list)


class Outcome(Record):
    """One efficacy figure of one arm (and subgroup) of a study."""

    study_key: str
    regimen: list[str]
    population: str | None = None
    endpoint: str = Field(description="Vocabulary id of the endpoint, e.g. 'endpoint.PFS'.")
    landmark: str | None = Field(default=None, description="Landmark of a rate, e.g. '2y' for 2-year OS.")
    statistic: Statistic
    value: float
    unit: str
    ci_low: float | None = None
    ci_high: float | None = None
    p_value: float | None = None
    hazard_ratio: float | None = None
    timepoint: str | None = Field(default=None, description="Assessment time point, e.g. 'at 3 months'.")
    compared_with: list[str] | None = Field(default=None, description="Regimen of the comparator arm.")


class AdverseEvent(Record):
    """One adverse-event figure (or mention) in one arm of a study."""

    study_key: str
    regimen: list[str]
    event: str = Field(description="Vocabulary id of the event.")
    grade: Grade = "any"
    percent: float | None = None
    patients: int | None = None


class MolecularEffect(Record):
    """Agents change a molecule, pathway or process in a model."""

    agents: list[str] = Field(description="Sorted vocabulary ids of the drugs given together.")
    direction: Direction
    target: str = Field(description="Vocabulary id: gene.*, process.* or pathway.*.")
    form: EffectForm
    context: list[str] = Field(default_factory=list, description="Vocabulary ids of cell lines, models or diseases.")
    citation: str | None = None


class DrugTarget(Record):
    """A drug acts on, binds or is metabolised by a gene product."""

    drug: str
    target: str
    relation: TargetRelation


class Pharmacokinetic(Record):
    """A pharmacokinetic or physicochemical figure of a drug."""

    drug: str
    parameter: str = Field(description="Vocabulary id, e.g. 'pk.half-life'.")
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str


class DrugFact(Record):
    """A descriptive fact about a drug: formula, manufacturer, code name."""

    drug: str
    property: Literal["formula", "manufacturer", "code_name", "synonym", "chemical_name"]
    value: str


Record.model_rebuild()
AnyRecord = Study | Outcome | AdverseEvent | MolecularEffect | DrugTarget | Pharmacokinetic | DrugFact
