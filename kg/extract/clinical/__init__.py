"""Clinical evidence: studies, arms and regimens, efficacy figures and adverse events."""

from kg.extract.clinical.extractor import ClinicalExtractor

__all__ = ["ClinicalExtractor"]
