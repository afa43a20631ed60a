"""What can be wrong with the shape of a building.toml entry (kiosk/bundle/record_shape.py),
in Korean and English: key -> ((what is wrong: ko, en), (how to fix it: ko, en)), merged
into problems.MESSAGES."""
from __future__ import annotations

MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "record.unknown_field_close": (
        ("{record}: 알 수 없는 필드 '{field}'.",
         "{record}: '{field}' is not a field this entry has."),
        ("뜻한 필드가 '{close}'이면 그렇게 고쳐 쓰세요.", "Did you mean '{close}'? Write it so.")),
    "record.unknown_field": (
        ("{record}: 알 수 없는 필드 '{field}'.",
         "{record}: '{field}' is not a field this entry has."),
        ("쓸 수 있는 필드: {known}. docs/bundle-format.md를 보세요.",
         "Its fields are: {known} (docs/bundle-format.md).")),
    "record.table_inside": (
        ("{record}: 이 항목 아래에 쓴 '{field} = …' 줄이 이 항목의 필드로 읽혔습니다.",
         "{record}: '{field} = …' is written below this entry, so it was read as one of its "
         "fields."),
        ("이 줄을 파일 맨 위, 첫 [ ] 줄보다 앞으로 옮기거나, [[{field}]] 항목들로 쓰세요.",
         "Write '{field} = …' at the top of the file, before the first [ ] line, or write "
         "[[{field}]] entries.")),
    "record.missing_field": (
        ("{record}: 꼭 있어야 하는 필드 '{field}' 줄이 없습니다.",
         "{record}: '{field}', which every such entry must have, is missing."),
        ("이 항목에 {field} = … 줄을 쓰세요(docs/bundle-format.md의 예시처럼).",
         "Add {field} = … to this entry, as in docs/bundle-format.md.")),
    "record.step_missing_field": (
        ("{record}: items의 {step}번째 단계 {{ … }}에 꼭 있어야 하는 '{field_in}'이(가) 없습니다.",
         "{record}: step {step} of items (its {nth} {{ … }}) lacks '{field_in}', which "
         "every step must have."),
        ("items = [ … ] 안 {step}번째 {{ 바로 뒤에 {field_in} = {{ ko = \"…\", en = \"…\" }}, 를 "
         "쓰세요. 예: items = [{{ {field_in} = {{ ko = \"…\", en = \"…\" }}, fee = {{ ko = "
         "\"무료\", en = \"Free\" }} }}]",
         "Right after the {nth} {{ in items = [ … ], write {field_in} = {{ ko = \"…\", en = "
         "\"…\" }}, (with its comma), e.g. items = [{{ {field_in} = {{ ko = \"…\", en = \"…\" }}, fee = {{ ko = "
         "\"무료\", en = \"Free\" }} }}]")),
    "record.step_text_form": (
        ("{record}: items의 {step}번째 단계의 {field_in} 값은 글자여야 합니다.",
         "{record}: step {step} of items: {field_in} must be text."),
        ("그 {{ … }} 안에서 {field_in} = {{ ko = \"…\", en = \"…\" }}처럼 따옴표 안에 쓰세요.",
         "Inside that {{ … }}, write it in quotes: {field_in} = {{ ko = \"…\", en = \"…\" }}.")),
    "record.text_form": (
        ("{record}: {field} 값은 글자여야 합니다.", "{record}: {field} must be text."),
        ("{field} = {{ ko = \"…\", en = \"…\" }}처럼 따옴표 안에 쓰세요.",
         "Write it in quotes: {field} = {{ ko = \"…\", en = \"…\" }}.")),
    "record.steps_form": (
        ("{record}: {field} 값은 단계의 목록이어야 합니다.",
         "{record}: {field} must be a list of steps."),
        ("items = [{{ name = {{ ko = \"…\", en = \"…\" }}, fee = \"…\" }}]처럼 쓰세요.",
         "Write it as items = [{{ name = {{ ko = \"…\", en = \"…\" }}, fee = \"…\" }}].")),
    "text.other_language": (
        ("{record}: {field}에 쓴 언어 {languages}의 글은 키오스크가 보여 주지 않습니다(한국어와 "
         "영어만).",
         "{record}: {field} in {languages} is never shown: the kiosk shows Korean and English "
         "only."),
        ("ko와 en만 쓰세요.", "Write ko and en only.")),
}
