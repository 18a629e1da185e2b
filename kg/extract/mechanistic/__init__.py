"""Preclinical and pharmacological rules: drug effects on molecules and processes, targets, pharmacokinetics."""
