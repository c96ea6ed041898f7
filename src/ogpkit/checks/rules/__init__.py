"""The lint rules: one module a rule, and this explicit table of them, in the order shown."""

from __future__ import annotations

from typing import Any

from ogpkit.checks.rules import (
    agency_canonical,
    agency_lead_and_support,
    cjk_spacing,
    contact_email,
    contact_phone,
    date_style,
    duplicate_title,
    file_name_id,
    markdown_list_end,
    milestone_vague_verb,
    milestone_verifiable,
    ogp_value_justified,
    punctuation,
    sdg_target,
    section_too_short,
    template_placeholder,
    terminology,
    translation_glossary,
    translation_key,
    translation_stale,
    yaml_portable,
)
from ogpkit.checks.rules.base import Rule

RULES: tuple[Rule[Any], ...] = (
    template_placeholder.RULE,
    section_too_short.RULE,
    milestone_verifiable.RULE,
    milestone_vague_verb.RULE,
    ogp_value_justified.RULE,
    agency_canonical.RULE,
    agency_lead_and_support.RULE,
    date_style.RULE,
    sdg_target.RULE,
    contact_phone.RULE,
    contact_email.RULE,
    terminology.RULE,
    file_name_id.RULE,
    duplicate_title.RULE,
    cjk_spacing.RULE,
    punctuation.RULE,
    translation_key.RULE,
    translation_stale.RULE,
    translation_glossary.RULE,
    yaml_portable.RULE,
    markdown_list_end.RULE,
)
RULES_BY_ID: dict[str, Rule[Any]] = {rule.id: rule for rule in RULES}
