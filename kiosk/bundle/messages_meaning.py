"""Problems of meaning in a bundle that is well formed: what a kiosk could show or route but
would show wrongly (kiosk/bundle/meaning_checks.py). Merged into problems.MESSAGES; the form
is theirs: key -> ((what is wrong: ko, en), (how to fix it: ko, en))."""
from __future__ import annotations

MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "building.name_empty": (
        ("건물 이름({lang_ko})이 비어 있습니다. 첫 화면과 안내 방송에 이름 대신 빈칸이 나옵니다.",
         "The building's name ({lang_en}) is empty: the home screen and the speech would show "
         "a blank in its place."),
        ("[building]의 name에 한국어와 영어 이름을 모두 쓰세요(예: name = {{ ko = \"시립도서관\", "
         "en = \"City Library\" }}).",
         "Write both names in [building]'s name, e.g. name = {{ ko = \"시립도서관\", "
         "en = \"City Library\" }}.")),
}
