"""What every model of a plan's files shares: the base model (unknown keys are errors, `x-`
keys are extensions and are dropped), a plan date in any accepted spelling, a non-empty text,
and the completion levels. `model`, `progress`, `consultation` and `forum` build on it."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ogpkit.plan.dates import DateFormatError, PlanDate, parse_date

EXTENSION_PREFIX = "x-"
STATUSES = ("not_started", "limited", "substantial", "complete")
Status = Literal["not_started", "limited", "substantial", "complete"]


def to_plan_date(value: Any) -> PlanDate:
    if isinstance(value, PlanDate):
        return value
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise PydanticCustomError("date_type", "Expected a date such as 109-05-01")
    try:
        return parse_date(str(value))
    except DateFormatError:
        raise PydanticCustomError(
            "date_format", "Not a date: {text}", {"text": str(value)}
        ) from None
    except ValueError:
        raise PydanticCustomError(
            "date_impossible", "No such date: {text}", {"text": str(value)}
        ) from None


DATE_JSON_SCHEMA = {
    "type": "string",
    "description": "日期，例如 109-05-01、109/5/1、109年5月1日、2020-05-01；只寫到月份亦可，例如 109-05。",
    "examples": ["109-05", "109-05-01"],
}


class _DateJsonSchema:
    """The schema of a plan date, with the pattern built only when a schema is written."""

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> dict[str, Any]:
        from ogpkit.plan.date_pattern import DATE_PATTERN

        return {**DATE_JSON_SCHEMA, "pattern": DATE_PATTERN}


PlanDateField = Annotated[
    PlanDate,
    PlainValidator(to_plan_date),
    PlainSerializer(lambda d: d.iso(), return_type=str),
    _DateJsonSchema,
]
Text = Annotated[str, Field(min_length=1)]


class Model(BaseModel):
    """Shared settings: unknown keys are errors, `x-` keys are extensions and are dropped."""

    model_config = ConfigDict(
        extra="forbid",
        defer_build=True,
        frozen=True,
        json_schema_extra={"patternProperties": {"^x-": {}}},
    )

    @model_validator(mode="before")
    @classmethod
    def _drop_extensions(cls, data: Any) -> Any:
        if isinstance(data, dict) and any(
            isinstance(k, str) and k.startswith(EXTENSION_PREFIX) for k in data
        ):
            return {
                k: v
                for k, v in data.items()
                if not (isinstance(k, str) and k.startswith(EXTENSION_PREFIX))
            }
        return data
