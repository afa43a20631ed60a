"""Every visible string of the kiosk, in Korean and English, in one table.

Screens ask `tr(key, lang)`; a test checks that every key has both languages and that every
key used by the code exists here.
"""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # home
    "app.title": ("경기과천교육도서관 안내", "Library Guide"),
    "home.greeting": ("반갑습니다. 무엇을 도와 드릴까요?", "Welcome. How may I help you?"),
    "home.floors": ("층별 안내", "Floor directory"),
    "home.floors.sub": ("층마다 있는 곳", "What is on each floor"),
    "home.people": ("담당자 찾기", "Find a person"),
    "home.people.sub": ("부서와 담당 업무", "Departments and duties"),
    "home.search": ("검색", "Search"),
    "home.search.sub": ("이름, 장소, 업무", "Names, places, duties"),
    "home.services": ("민원·서비스", "Services"),
    "home.services.sub": ("대출증, 증명서, 프로그램", "Library cards, certificates, programs"),
    # chrome
    "nav.home": ("처음으로", "Home"),
    "nav.back": ("뒤로", "Back"),
    "lang.switch": ("English", "한국어"),
    "lang.switch.name": ("Switch to English", "한국어로 바꾸기"),
    "help.button": ("직원 호출", "Call for help"),
    "help.title": ("직원의 도움이 필요하신가요?", "Do you need a staff member's help?"),
    "help.body": ("1층 안내데스크로 오시거나 전화해 주세요.",
                  "Please come to the information desk on 1F, or call it."),
    "help.close": ("닫기", "Close"),
    "access.button": ("글자 크게", "Larger text"),
    "access.button.on": ("글자 보통", "Normal text"),
    "you_are_here": ("현재 위치", "You are here"),
    # floors
    "floors.title": ("층별 안내", "Floor directory"),
    "floor.title": ("{floor} 안내도", "{floor} plan"),
    "floor.rooms": ("이 층의 장소", "Places on this floor"),
    "floor.hint": ("장소를 누르면 자세한 안내가 나옵니다.", "Tap a place to see its details."),
    # cards
    "card.department": ("부서", "Department"),
    "card.floor": ("위치", "Location"),
    "card.phone": ("전화", "Phone"),
    "card.fax": ("팩스", "Fax"),
    "card.hours": ("운영 시간", "Hours"),
    "card.services": ("이곳의 서비스", "Services here"),
    "card.staff": ("이곳의 담당자", "Staff here"),
    "card.amenities": ("편의 시설", "Amenities"),
    "card.duties": ("담당 업무", "Duties"),
    "card.extension": ("내선 전화", "Extension"),
    "card.position": ("직위", "Position"),
    "card.presence": ("근무 상태", "Status"),
    "card.about": ("안내", "About"),
    "card.where": ("있는 곳", "Where"),
    "card.processing": ("처리 기간과 수수료", "Processing time and fee"),
    "card.legal_time": ("법정", "Legal"),
    "card.recommended_time": ("권고", "Target"),
    "card.fee": ("수수료", "Fee"),
    "card.show_room": ("{room} 보기", "Show {room}"),
    "card.paid": ("유료", "Paid"),
    "card.accessible": ("장애인 이용 가능", "Accessible"),
    # people
    "people.title": ("담당자 찾기", "Find a person"),
    "people.departments": ("부서를 고르세요", "Choose a department"),
    "people.count": ("{n}명", "{n} people"),
    "people.everyone": ("전체 직원", "All staff"),
    "presence.in": ("근무 중", "In"),
    "presence.away": ("자리 비움", "Away"),
    "presence.leave": ("휴가 중", "On leave"),
    "sample.person": ("예시 인물", "Sample person"),
    # services
    "services.title": ("민원·서비스", "Services"),
    "services.choose": ("필요한 서비스를 고르세요", "Choose a service"),
    # search
    "search.title": ("검색", "Search"),
    "search.placeholder": ("찾을 이름, 장소, 업무를 입력하세요", "Type a name, place or duty"),
    "search.none": ("찾는 결과가 없습니다. 안내데스크에 문의해 주세요.",
                    "Nothing found. Please ask at the information desk."),
    "search.count": ("{n}건", "{n} results"),
    "search.count_more": ("{n}건 이상", "{n}+ results"),
    "search.hint": ("글자를 입력하면 바로 찾아 드립니다. 초성(ㅈㅎㅈㅂ)으로도 찾을 수 있습니다.",
                    "Results appear as you type. Korean initials (ㅈㅎㅈㅂ) work too."),
    "kbd.ko": ("한글", "한글"),
    "kbd.en": ("ABC", "ABC"),
    "kbd.digits": ("123", "123"),
    "kbd.initials": ("초성", "Initials"),
    "kbd.space": ("띄어쓰기", "Space"),
    "kbd.backspace": ("지우기", "Delete"),
    "kbd.clear": ("모두 지우기", "Clear"),
    "kbd.shift": ("쌍자음", "Shift"),
    # idle
    "idle.title": ("시간이 더 필요하신가요?", "Need more time?"),
    "idle.body": ("{n}초 후 처음 화면으로 돌아갑니다.", "Returning to the start in {n} s."),
    "idle.more": ("네, 계속할게요", "Yes, more time"),
    "idle.done": ("처음으로", "Start over"),
    # kinds
    "kind.rooms": ("장소", "Place"),
    "kind.departments": ("부서", "Department"),
    "kind.staff": ("직원", "Person"),
    "kind.services": ("서비스", "Service"),
    "kind.amenities": ("편의 시설", "Amenity"),
}

KIND_LABELS = {
    "rooms": "kind.rooms",
    "departments": "kind.departments",
    "staff": "kind.staff",
    "services": "kind.services",
    "amenities": "kind.amenities",
}


def tr(key: str, lang: str, **values: object) -> str:
    ko, en = STRINGS[key]
    text = en if lang == "en" else ko
    return text.format(**values) if values else text
